package io.github.frontmatter.articles.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.json.ValueJson;
import io.github.frontmatter.articles.internal.read.FieldReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON Schema, compiled by networknt's validator, and the mapping of its errors to the
 * library's problems: rule and severity from the {@code x-rule} and {@code x-severity}
 * annotations nearest to the failing keyword, the path as a JSON Pointer, and a message in the
 * "expected ... but found ..." style where the keyword allows it.
 *
 * <p>Instances are immutable once built and safe to use from many threads (networknt's
 * compiled schemas are, once their validators are initialized, which the constructor does).
 */
public final class SchemaCheck {
  /** The annotation naming a rule: the problem's rule id. */
  public static final String RULE = "x-rule";
  /** The annotation naming a severity: {@code error} or {@code warning}. */
  public static final String SEVERITY = "x-severity";
  /** The annotation saying what was expected, for the message. */
  public static final String EXPECTED = "x-expected";
  /** The annotation saying what was found instead, when the value itself does not say it. */
  public static final String FOUND = "x-found";

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Keywords whose values are data, not schemas: annotations there are not checked. */
  private static final Set<String> DATA_KEYWORDS =
      Set.of("enum", "const", "examples", "default");

  /**
   * One problem found by the schema, before it is placed in a file.
   *
   * @param path the JSON Pointer of the value ({@code ""} for the front matter as a whole)
   * @param rule the rule id
   * @param severity the severity
   * @param message what was expected and found, without the path
   */
  public record Finding(String path, String rule, Severity severity, String message) {}

  private final String text;
  private final SchemaRegistry registry;
  private final Schema schema;
  /** Schema documents by absolute IRI: the main one, and any that $ref loaded. */
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

  private SchemaCheck(String text, JsonNode document, SchemaRegistry registry, Schema schema,
      String baseIri) {
    this.text = text;
    this.registry = registry;
    this.schema = schema;
    documents.put(baseIri, document);
    documents.put(schema.getSchemaLocation().getAbsoluteIri().toString(), document);
  }

  /**
   * Reads and compiles a schema.
   *
   * @param json the schema as JSON text
   * @param name the name used in messages
   * @param baseIri the IRI that relative {@code $ref}s resolve against: a {@code file:} IRI for
   *     a file (its neighbours can be referenced), anything else for text
   * @throws IllegalArgumentException if the text is not JSON or not a usable schema, or an
   *     {@code x-severity} is neither {@code error} nor {@code warning}
   */
  public static SchemaCheck compile(String json, String name, String baseIri) {
    JsonNode doc;
    try {
      doc = JSON.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(name + ": expected a JSON Schema but found text that"
          + " is not JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (doc == null || !(doc.isObject() || doc.isBoolean())) {
      throw new IllegalArgumentException(name + ": expected a JSON Schema (an object or a"
          + " boolean) but found " + (doc == null || doc.isMissingNode() ? "nothing"
              : "a JSON " + doc.getNodeType().name().toLowerCase(Locale.ROOT)));
    }
    checkAnnotations(doc, "", name);
    // $refs may load other files (a schema split over several files next to each other), but
    // nothing from the network: only file: IRIs are fetched
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaLoader(l -> l.fetchRemoteResources()
            .allow(iri -> iri.toString().startsWith("file:"))));
    Schema schema;
    try {
      schema = registry.getSchema(SchemaLocation.of(baseIri), doc);
      schema.initializeValidators();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + ": expected a usable JSON Schema but "
          + e.getMessage(), e);
    }
    return new SchemaCheck(json, doc, registry, schema, baseIri);
  }

  /** The schema's text, as given. */
  public String text() {
    return text;
  }

  /**
   * Returns {@code json} with the {@code x-severity} of every subschema whose {@code x-rule}
   * is {@code rule} set to {@code severity}.
   */
  public static String withSeverity(String json, String rule, String severity) {
    JsonNode doc = JSON.readTree(json);
    setSeverity(doc, rule, severity);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
  }

  private static void setSeverity(JsonNode node, String rule, String severity) {
    if (node instanceof ObjectNode o) {
      if (o.path(RULE).isString() && o.get(RULE).stringValue().equals(rule)) {
        o.put(SEVERITY, severity);
      }
    }
    for (JsonNode child : node) {
      setSeverity(child, rule, severity);
    }
  }

  /** Rejects annotations that could not be used: a rule or severity that is not text. */
  private static void checkAnnotations(JsonNode node, String at, String name) {
    if (node.isObject()) {
      JsonNode rule = node.get(RULE);
      if (rule != null && (!rule.isString() || rule.stringValue().isBlank())) {
        throw new IllegalArgumentException(name + ": " + (at.isEmpty() ? "/" : at)
            + ": expected x-rule to be a rule id but found " + rule);
      }
      JsonNode severity = node.get(SEVERITY);
      if (severity != null && (!severity.isString() || severity(severity.stringValue()) == null)) {
        throw new IllegalArgumentException(name + ": " + (at.isEmpty() ? "/" : at)
            + ": expected x-severity to be \"error\" or \"warning\" but found " + severity);
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!DATA_KEYWORDS.contains(e.getKey())) {
          checkAnnotations(e.getValue(), at + "/" + Pointers.escape(e.getKey()), name);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkAnnotations(node.get(i), at + "/" + i, name);
      }
    }
  }

  private static Severity severity(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> null;
    };
  }

  /** Validates the JSON form of the front-matter values; findings in networknt's order. */
  public List<Finding> check(Map<String, Value> values) {
    Value.Mapping root = new Value.Mapping(values);
    JsonNode instance = ValueJson.schemaInstance(root);
    LinkedHashSet<Finding> out = new LinkedHashSet<>();
    Set<String> uniqueDone = new LinkedHashSet<>();
    for (Error e : schema.validate(instance)) {
      String path = pointer(e.getInstanceLocation());
      Annotations a = annotations(e.getSchemaLocation());
      String keyword = e.getKeyword();
      String rule = a.rule != null ? a.rule : "schema-" + keyword;
      Severity severity = a.severity != null ? severity(a.severity) : Severity.ERROR;
      if ("uniqueItems".equals(keyword)) {
        // networknt says that an array has duplicates, not where: point at each repeat
        if (uniqueDone.add(path)) {
          repeats(e.getInstanceNode(), path, rule, severity, a.expected, root, out);
        }
        continue;
      }
      if ("additionalProperties".equals(keyword) && e.getProperty() != null) {
        path = path + "/" + Pointers.escape(e.getProperty());
        String expected = a.expected != null ? a.expected : "only the keys the schema allows";
        out.add(new Finding(path, rule, severity, "expected " + expected
            + " but found the key \"" + e.getProperty() + "\""));
        continue;
      }
      Value value = at(root, path);
      String expected = a.expected != null ? a.expected : expected(e);
      String message;
      if (expected == null) {
        message = e.getMessage();
      } else if (a.found != null) {
        message = "expected " + expected + " but found " + a.found;
      } else if ("required".equals(keyword)) {
        message = "expected " + expected + " but found none";
      } else if ("not".equals(keyword) && a.underAdditionalProperties && !path.isEmpty()) {
        // a key that no property allows (the strict schema's key-unknown)
        message = "expected " + expected + " but found the key \""
            + lastToken(path) + "\"";
      } else if ("type".equals(keyword)) {
        message = "expected " + expected + " but found " + describe(value);
      } else {
        message = "expected " + expected + " but found " + quoted(value);
      }
      out.add(new Finding(path, rule, severity, message));
    }
    return List.copyOf(out);
  }

  /** What the keyword expected, in words; null when that cannot be said simply. */
  private static String expected(Error e) {
    JsonNode arg = e.getSchemaNode();
    switch (e.getKeyword()) {
      case "type": {
        List<String> words = new ArrayList<>();
        if (arg != null && arg.isArray()) {
          arg.forEach(t -> words.add(typeWord(t.asString())));
        } else if (arg != null) {
          words.add(typeWord(arg.asString()));
        }
        return words.isEmpty() ? null : join(words, "or");
      }
      case "enum": {
        if (arg == null || !arg.isArray()) {
          return null;
        }
        List<String> items = new ArrayList<>();
        arg.forEach(v -> items.add(v.isString() ? v.stringValue() : v.toString()));
        return "one of " + String.join(", ", items);
      }
      case "const":
        return arg == null ? null : arg.toString();
      case "pattern":
        return arg == null ? null : "text matching " + arg.asString();
      case "required":
        return e.getProperty() == null ? null : "a \"" + e.getProperty() + "\" field";
      default:
        return null;
    }
  }

  private static String typeWord(String type) {
    return switch (type) {
      case "string" -> "text";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "a boolean";
      case "null" -> "null";
      case "array" -> "a sequence";
      case "object" -> "a mapping";
      default -> type;
    };
  }

  private static String join(List<String> words, String last) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " " + last + " "
        + words.get(words.size() - 1);
  }

  /** Adds a finding for each item equal (as JSON Schema compares) to an earlier one. */
  private static void repeats(JsonNode array, String path, String rule, Severity severity,
      String expected, Value.Mapping root, Set<Finding> out) {
    String what = expected != null ? expected : "each item once";
    boolean found = false;
    if (array != null && array.isArray()) {
      for (int i = 1; i < array.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (same(array.get(i), array.get(j))) {
            String itemPath = path + "/" + i;
            out.add(new Finding(itemPath, rule, severity, "expected " + what + " but found "
                + quoted(at(root, itemPath)) + " again"));
            found = true;
            break;
          }
        }
      }
    }
    if (!found) {
      out.add(new Finding(path, rule, severity, "expected " + what
          + " but found an item more than once"));
    }
  }

  /** JSON Schema equality: numbers by value ({@code 1} equals {@code 1.0}). */
  static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!same(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> e : a.properties()) {
        JsonNode other = b.get(e.getKey());
        if (other == null || !same(e.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private record Annotations(String rule, String severity, String expected, String found,
      boolean underAdditionalProperties) {}

  /**
   * The annotations for a failing keyword: x-rule and x-severity from the nearest schema
   * object on the way from the document root to the keyword (each separately), x-expected
   * and x-found from the object holding the keyword only.
   */
  private Annotations annotations(SchemaLocation location) {
    JsonNode doc = document(location.getAbsoluteIri() == null ? ""
        : location.getAbsoluteIri().toString());
    if (doc == null) {
      return new Annotations(null, null, null, null, false);
    }
    NodePath fragment = location.getFragment();
    List<JsonNode> chain = new ArrayList<>();
    chain.add(doc);
    JsonNode node = doc;
    String lastName = null;
    int count = fragment == null ? 0 : fragment.getNameCount();
    // the last element is the keyword itself (or "false" for a false schema): its holder is
    // the object before it
    for (int i = 0; i < count - 1 && node != null; i++) {
      String name = fragment.getName(i);
      JsonNode next;
      if (node.isArray()) {
        try {
          next = node.get(Integer.parseInt(name));
        } catch (NumberFormatException ex) {
          next = null;
        }
      } else {
        next = node.get(name);
      }
      if (next == null) {
        break;
      }
      chain.add(next);
      node = next;
      lastName = name;
    }
    String rule = null;
    String severity = null;
    for (int i = chain.size() - 1; i >= 0 && (rule == null || severity == null); i--) {
      JsonNode n = chain.get(i);
      if (n.isObject()) {
        if (rule == null && n.path(RULE).isString()) {
          rule = n.get(RULE).stringValue();
        }
        if (severity == null && n.path(SEVERITY).isString()) {
          severity = n.get(SEVERITY).stringValue();
        }
      }
    }
    JsonNode holder = chain.get(chain.size() - 1);
    String expected = holder.isObject() && holder.path(EXPECTED).isString()
        ? holder.get(EXPECTED).stringValue() : null;
    String found = expected != null && holder.path(FOUND).isString()
        ? holder.get(FOUND).stringValue() : null;
    return new Annotations(rule, severity, expected, found,
        "additionalProperties".equals(lastName));
  }

  /** The schema document with this IRI: the main one, or one that a $ref loaded. */
  private JsonNode document(String iri) {
    JsonNode doc = documents.get(iri);
    if (doc == null && !iri.isEmpty()) {
      try {
        doc = registry.getSchema(SchemaLocation.of(iri)).getSchemaNode();
      } catch (RuntimeException e) {
        return null; // no annotations then
      }
      if (doc != null) {
        documents.put(iri, doc);
      }
    }
    return doc;
  }

  private static String pointer(NodePath path) {
    StringBuilder out = new StringBuilder();
    int n = path == null ? 0 : path.getNameCount();
    for (int i = 0; i < n; i++) {
      out.append('/').append(Pointers.escape(path.getName(i)));
    }
    return out.toString();
  }

  private static String lastToken(String pointer) {
    String t = pointer.substring(pointer.lastIndexOf('/') + 1);
    return t.replace("~1", "/").replace("~0", "~");
  }

  /** The value at a JSON Pointer, or null when there is none. */
  static Value at(Value root, String pointer) {
    if (pointer.isEmpty()) {
      return root;
    }
    Value v = root;
    Iterator<String> tokens = List.of(pointer.substring(1).split("/", -1)).iterator();
    while (tokens.hasNext() && v != null) {
      String t = tokens.next().replace("~1", "/").replace("~0", "~");
      if (v instanceof Value.Mapping m) {
        v = m.entries().get(t);
      } else if (v instanceof Value.Sequence s) {
        try {
          int i = Integer.parseInt(t);
          v = i >= 0 && i < s.items().size() ? s.items().get(i) : null;
        } catch (NumberFormatException e) {
          v = null;
        }
      } else {
        v = null;
      }
    }
    return v;
  }

  private static String describe(Value v) {
    if (v == null) {
      return "nothing";
    } else if (v instanceof Value.Mapping) {
      return "a mapping";
    } else if (v instanceof Value.Sequence) {
      return "a sequence";
    } else if (v instanceof Value.Null) {
      return "null";
    }
    return "the scalar \"" + FieldReader.canonicalText(v) + "\"";
  }

  private static String quoted(Value v) {
    if (v == null || v instanceof Value.Mapping || v instanceof Value.Sequence
        || v instanceof Value.Null) {
      return describe(v);
    }
    return "\"" + FieldReader.canonicalText(v) + "\"";
  }
}
