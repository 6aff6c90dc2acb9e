package io.github.frontmatter.articles.internal.bind;

import io.github.frontmatter.articles.UnknownKeys;
import io.github.frontmatter.articles.internal.bind.Shape.Kind;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of a {@link Shape}, written from the same shape that
 * {@link Walk} checks, so that the two accept the same front matter: a scalar of any kind
 * where text is expected, one item where a list is expected, null where a property may be
 * absent, dates in the forms {@code ArticleDate} reads. Nested records and classes go to
 * {@code $defs} (a type may refer to itself). Descriptions come from
 * {@code @JsonClassDescription} and {@code @JsonPropertyDescription}.
 *
 * <p>What a schema cannot say: keys in another case (Hugo's profile) match only as spelled
 * here; a day that does not exist ({@code 2025-02-30}) is refused by the pattern as binding
 * refuses it, but a URI's syntax is only named ({@code "format": "uri-reference"}), and Bean
 * Validation constraints are not translated.
 */
public final class Schemas {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String END = "(?![\\s\\S])";
  private static final String YEAR_DAY = "(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
      + "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]"
      + "|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)";
  private static final String TIME =
      "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?";
  private static final String OFFSET = "(?:[Zz]|[+-](?:(?:0[0-9]|1[0-7]):?[0-5][0-9]|18:?00))";

  private final Map<Shape.ObjectShape, String> names = new IdentityHashMap<>();
  private final ObjectNode defs = NODES.objectNode();
  private final UnknownKeys unknownKeys;

  private Schemas(UnknownKeys unknownKeys) {
    this.unknownKeys = unknownKeys;
  }

  /**
   * The schema of a binder's type.
   *
   * @param shape the type's shape (an object or a map)
   * @param unknownKeys {@code REJECT}: keys the type does not take are refused
   * @return the schema
   */
  public static ObjectNode of(Shape shape, UnknownKeys unknownKeys) {
    Schemas s = new Schemas(unknownKeys);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", shape.type().getRawClass().getSimpleName());
    ObjectNode body = shape instanceof Shape.ObjectShape o ? s.object(o) : (ObjectNode) s.schema(shape);
    body.properties().forEach(e -> root.set(e.getKey(), e.getValue()));
    if (!s.defs.isEmpty()) {
      root.set("$defs", s.defs);
    }
    return root;
  }

  private JsonNode schema(Shape shape) {
    if (shape instanceof Shape.Scalar s) {
      return scalar(s.kind());
    }
    if (shape instanceof Shape.EnumShape e) {
      ArrayNode names = NODES.arrayNode();
      e.names().keySet().forEach(names::add);
      return NODES.objectNode().set("enum", names);
    }
    if (shape instanceof Shape.OptionalShape o) {
      return schema(o.inner());
    }
    if (shape instanceof Shape.ListShape l) {
      JsonNode item = schema(l.item());
      ObjectNode array = NODES.objectNode().put("type", "array");
      array.set("items", item);
      if (l.set()) {
        array.put("uniqueItems", true);
      }
      return l.item().scalarLike() ? anyOf(array, item) : array;
    }
    if (shape instanceof Shape.MapShape m) {
      ObjectNode o = NODES.objectNode().put("type", "object");
      o.set("additionalProperties", schema(m.value()));
      return o;
    }
    Shape.ObjectShape o = (Shape.ObjectShape) shape;
    String name = names.get(o);
    if (name == null) {
      String simple = o.type().getRawClass().getSimpleName();
      name = simple;
      for (int i = 2; defs.has(name); i++) {
        name = simple + i;
      }
      names.put(o, name);
      defs.putObject(name); // taken before the properties: a type may refer to itself
      defs.set(name, object(o));
    }
    return NODES.objectNode().put("$ref", "#/$defs/" + name);
  }

  private ObjectNode object(Shape.ObjectShape o) {
    ObjectNode out = NODES.objectNode();
    if (o.description() != null) {
      out.put("description", o.description());
    }
    out.put("type", "object");
    ObjectNode props = out.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    ArrayNode requiredAliases = NODES.arrayNode();
    for (Shape.Property p : o.properties()) {
      JsonNode s = schema(p.shape());
      if (!p.required()) {
        s = anyOf(NODES.objectNode().put("type", "null"), s);
      }
      if (p.description() != null) {
        ObjectNode d = s.isObject() && !s.has("$ref") ? ((ObjectNode) s).deepCopy()
            : NODES.objectNode().set("allOf", NODES.arrayNode().add(s));
        d.put("description", p.description());
        s = d;
      }
      props.set(p.name(), s);
      p.aliases().forEach(a -> props.set(a, props.get(p.name())));
      if (p.required()) {
        if (p.aliases().isEmpty()) {
          required.add(p.name());
        } else {
          ArrayNode any = NODES.arrayNode();
          any.add(NODES.objectNode().set("required", NODES.arrayNode().add(p.name())));
          p.aliases().forEach(a -> any.add(NODES.objectNode().set("required",
              NODES.arrayNode().add(a))));
          requiredAliases.add(NODES.objectNode().set("anyOf", any));
        }
      }
    }
    if (!required.isEmpty()) {
      out.set("required", required);
    }
    if (!requiredAliases.isEmpty()) {
      out.set("allOf", requiredAliases);
    }
    if (unknownKeys == UnknownKeys.REJECT && !o.ignoreUnknown()) {
      o.ignoredNames().forEach(n -> props.put(n, true));
      out.put("additionalProperties", false);
    }
    return out;
  }

  private static ObjectNode anyOf(JsonNode... schemas) {
    ArrayNode a = NODES.arrayNode();
    for (JsonNode s : schemas) {
      a.add(s);
    }
    return NODES.objectNode().set("anyOf", a);
  }

  private static JsonNode scalar(Kind kind) {
    ObjectNode o = NODES.objectNode();
    switch (kind) {
      case TEXT -> o.set("type", types("string", "number", "boolean"));
      case URI -> o.set("type", types("string", "number", "boolean")).put("format", "uri-reference");
      case BOOLEAN -> {
        return anyOf(NODES.objectNode().put("type", "boolean"), NODES.objectNode()
            .put("type", "string").put("pattern", "^(?:[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])" + END));
      }
      case BYTE -> range(o, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case SHORT -> range(o, Short.MIN_VALUE, Short.MAX_VALUE);
      case INT -> range(o, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case LONG -> range(o, Long.MIN_VALUE, Long.MAX_VALUE);
      case BIG_INTEGER -> o.put("type", "integer");
      case FLOAT, DOUBLE, BIG_DECIMAL -> o.put("type", "number");
      case LOCAL_DATE -> date(o, YEAR_DAY);
      case LOCAL_DATE_TIME -> date(o, YEAR_DAY + "(?:[Tt ]" + TIME + ")?");
      case OFFSET_DATE_TIME, INSTANT -> date(o, YEAR_DAY + "[Tt ]" + TIME + " ?" + OFFSET);
      case ARTICLE_DATE -> date(o, YEAR_DAY + "(?:[Tt ]" + TIME + "(?: ?" + OFFSET + ")?)?");
      case VALUE, ANY -> {
        // anything
      }
      default -> throw new AssertionError(kind);
    }
    return o;
  }

  private static void range(ObjectNode o, long min, long max) {
    o.put("type", "integer");
    o.put("minimum", BigInteger.valueOf(min));
    o.put("maximum", BigInteger.valueOf(max));
  }

  /** A date in the pattern's form, or blank text (read as no date, as Hugo reads it). */
  private static void date(ObjectNode o, String pattern) {
    o.put("type", "string");
    o.put("pattern", "^(?:[\\s]*|" + pattern + ")" + END);
  }

  private static ArrayNode types(String... names) {
    ArrayNode a = NODES.arrayNode();
    List.of(names).forEach(a::add);
    return a;
  }
}
