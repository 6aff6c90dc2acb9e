package io.github.frontmatter.articles.internal.bind;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.UnknownKeys;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.bind.Shape.Kind;
import io.github.frontmatter.articles.internal.json.ValueJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks front-matter values against a {@link Shape} and turns them into the plain JSON that
 * Jackson then binds. Every problem is reported, each at the value it is about (the JSON
 * Pointer uses the keys as the file spells them), before Jackson is asked to build anything:
 * the caller gets all of them at once rather than Jackson's first exception.
 *
 * <p>The shapes the built-in fields accept are accepted here too: any scalar where text is
 * expected reads as its text as written; a single scalar where a list is expected is a
 * one-item list; a date in any form {@link ArticleDate} reads; null is the same as absent;
 * and under Hugo's profile keys match in any case.
 */
public final class Walk {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Where problems go. */
  @FunctionalInterface
  public interface Report {
    /**
     * Reports one problem.
     *
     * @param rule the rule id
     * @param severity how bad
     * @param pointer the JSON Pointer of the value (keys as the file spells them)
     * @param atKey whether the problem is about the key rather than its value
     * @param message the message after the path's prefix
     */
    void add(String rule, Severity severity, String pointer, boolean atKey, String message);
  }

  /**
   * The value a top-level property reads instead of the key of its name: a common role's
   * value under a profile that keeps it elsewhere (docs/own-types.md, "Common fields under
   * each profile").
   *
   * @param value the role's value as the accessor gives it; null when it has none
   * @param pointer where the value is in the file (problems go there), or would be
   * @param keys the top-level keys the role is read from, taken by the property
   */
  public record RoleValue(Value value, String pointer, Set<String> keys) {}

  /** Which top-level properties read a role's value. */
  @FunctionalInterface
  public interface Roles {
    /**
     * The role's value for a top-level property.
     *
     * @param name the property's JSON name
     * @return its value, or null when the property binds the key of its name
     */
    RoleValue of(String name);
  }

  private Roles roles = name -> null;
  private final Map<String, String> scalarText;
  private final boolean anyCase;
  private final UnknownKeys unknownKeys;
  private final Report report;
  private final Function<String, ArticleDate> dates;
  private boolean failed;
  /**
   * The file pointer of each property read, by the pointer of its object and its Java name
   * ({@code "/author" + " " + "email"}): how a Bean Validation path becomes a position.
   */
  private final Map<String, String> byJavaName = new HashMap<>();

  /**
   * A walk.
   *
   * @param scalarText the text as written of each non-text scalar, by pointer
   * @param anyCase whether keys match whatever their case (Hugo)
   * @param unknownKeys what a key no property takes is
   * @param dates how a date is read from its text (the profile's forms); throws
   *     IllegalArgumentException with the message to report
   * @param report where problems go
   */
  public Walk(Map<String, String> scalarText, boolean anyCase, UnknownKeys unknownKeys,
      Function<String, ArticleDate> dates, Report report) {
    this.scalarText = scalarText;
    this.anyCase = anyCase;
    this.unknownKeys = unknownKeys;
    this.dates = dates;
    this.report = report;
  }

  /** Sets which top-level properties read a role's value; none by default. */
  public Walk roles(Roles roles) {
    this.roles = roles;
    return this;
  }

  /** Whether any error was reported. */
  public boolean failed() {
    return failed;
  }

  /** See {@link #byJavaName}. */
  public Map<String, String> byJavaName() {
    return byJavaName;
  }

  /**
   * The top-level mapping read as {@code shape} (an object or a map); null after reporting
   * why not.
   */
  public JsonNode root(Shape shape, Map<String, Value> values) {
    return shape instanceof Shape.ObjectShape o ? object(o, values, "")
        : value(shape, new Value.Mapping(values), "");
  }

  private void add(String rule, String pointer, String message) {
    failed = true;
    report.add(rule, Severity.ERROR, pointer, false, message);
  }

  private void mismatch(String pointer, String expected, Value found) {
    add("type-mismatch", pointer, "expected " + expected + " but found " + describe(found, pointer));
  }

  private ObjectNode object(Shape.ObjectShape shape, Map<String, Value> entries, String path) {
    ObjectNode out = NODES.objectNode();
    Set<String> used = new HashSet<>();
    for (Shape.Property p : shape.properties()) {
      RoleValue role = path.isEmpty() ? roles.of(p.name()) : null;
      if (role != null) {
        role.keys().forEach(k -> {
          if (entries.containsKey(k)) {
            used.add(k);
          }
        });
        if (role.value() == null) {
          if (p.required()) {
            add("required-missing", role.pointer(), "expected " + expected(p.shape())
                + " but found none (the field is required)");
          } else if (p.fillWhenAbsent()) {
            out.set(p.name(), p.shape() instanceof Shape.ListShape ? NODES.arrayNode()
                : NODES.objectNode());
          }
          continue;
        }
        byJavaName.put(path + " " + p.javaName(), role.pointer());
        JsonNode node = value(p.shape(), role.value(), role.pointer());
        if (node != null) {
          out.set(p.name(), node);
        }
        continue;
      }
      String key = find(entries, p, used);
      if (key == null || entries.get(key) instanceof Value.Null
          || blankDate(p.shape(), entries.get(key))) {
        String pointer = path + "/" + Pointers.escape(key == null ? p.name() : key);
        if (p.required()) {
          add("required-missing", pointer, "expected " + expected(p.shape()) + " but found "
              + (key == null ? "none" : "null") + " (the field is required)");
        } else if (p.fillWhenAbsent()) {
          out.set(p.name(), p.shape() instanceof Shape.ListShape ? NODES.arrayNode()
              : NODES.objectNode());
        }
        continue;
      }
      String pointer = path + "/" + Pointers.escape(key);
      byJavaName.put(path + " " + p.javaName(), pointer);
      JsonNode node = value(p.shape(), entries.get(key), pointer);
      if (node != null) {
        out.set(p.name(), node);
      }
    }
    if (unknownKeys != UnknownKeys.ALLOW && !shape.ignoreUnknown()) {
      for (String key : entries.keySet()) {
        if (!used.contains(key) && !shape.ignoredNames().contains(key)) {
          Severity severity = unknownKeys == UnknownKeys.REJECT ? Severity.ERROR : Severity.WARNING;
          failed |= severity == Severity.ERROR;
          report.add("key-unknown", severity, path + "/" + Pointers.escape(key), true,
              "expected a key of " + shape.type().getRawClass().getSimpleName()
                  + " but found the unknown key " + Problem.quote(key));
        }
      }
    }
    return out;
  }

  /**
   * The key that gives property {@code p}: its name, then its aliases, then (Hugo) the same
   * in another case. A second key for the same property (two cases, or a name and an
   * alias) is reported and not used.
   */
  private String find(Map<String, Value> entries, Shape.Property p, Set<String> used) {
    List<String> names = new ArrayList<>(1 + p.aliases().size());
    names.add(p.name());
    names.addAll(p.aliases());
    String found = null;
    for (String key : entries.keySet()) {
      boolean match = false;
      for (String n : names) {
        if (key.equals(n) || (anyCase && key.equalsIgnoreCase(n))) {
          match = true;
          break;
        }
      }
      if (!match) {
        continue;
      }
      used.add(key);
      if (found == null) {
        found = key;
      } else {
        report.add("field-repeated", Severity.WARNING, "/" + Pointers.escape(key), true,
            "expected one \"" + p.name() + "\" field but found \"" + found + "\" and \"" + key
                + "\" (the first is used)");
      }
    }
    return found;
  }

  /** One value that is not null; null after reporting why it does not fit. */
  private JsonNode value(Shape shape, Value v, String path) {
    if (blankDate(shape, v)) {
      v = Value.Null.INSTANCE; // Hugo and the built-in fields read an empty date as none
    }
    if (shape instanceof Shape.OptionalShape o) {
      return v instanceof Value.Null ? NODES.nullNode() : value(o.inner(), v, path);
    }
    if (v instanceof Value.Null) {
      if (shape instanceof Shape.Scalar s && (s.kind() == Kind.ANY || s.kind() == Kind.VALUE)) {
        return s.kind() == Kind.ANY ? NODES.nullNode() : ValueJson.value(v);
      }
      add("type-mismatch", path, "expected " + expected(shape) + " but found null");
      return null;
    }
    if (shape instanceof Shape.Scalar s) {
      return scalar(s.kind(), v, path);
    }
    if (shape instanceof Shape.EnumShape e) {
      return enumValue(e, v, path);
    }
    if (shape instanceof Shape.ListShape l) {
      return list(l, v, path);
    }
    if (shape instanceof Shape.MapShape m) {
      if (!(v instanceof Value.Mapping map)) {
        mismatch(path, "a mapping", v);
        return null;
      }
      ObjectNode out = NODES.objectNode();
      map.entries().forEach((k, x) -> {
        String p = path + "/" + Pointers.escape(k);
        JsonNode n = value(m.value(), x, p);
        if (n != null) {
          out.set(k, n);
        }
      });
      return out;
    }
    Shape.ObjectShape o = (Shape.ObjectShape) shape;
    if (!(v instanceof Value.Mapping map)) {
      mismatch(path, "a mapping", v);
      return null;
    }
    return object(o, map.entries(), path);
  }

  private JsonNode list(Shape.ListShape l, Value v, String path) {
    ArrayNode out = NODES.arrayNode();
    if (v instanceof Value.Sequence seq) {
      Map<JsonNode, Integer> seen = new HashMap<>();
      int i = 0;
      for (Value item : seq.items()) {
        String p = path + "/" + i;
        JsonNode n = value(l.item(), item, p);
        if (n != null) {
          Integer first = l.set() ? seen.putIfAbsent(n, i) : null;
          if (first != null) {
            add("item-repeated", p, "expected distinct items but found "
                + describe(item, p) + " again (first at " + Pointers.display(path + "/" + first)
                .replaceAll(": $", "") + ")");
          }
          out.add(n);
        }
        i++;
      }
      return out;
    }
    if (l.item().scalarLike() && isScalar(v)) {
      JsonNode n = value(l.item(), v, path);
      return n == null ? null : out.add(n);
    }
    mismatch(path, "a sequence", v);
    return null;
  }

  private JsonNode enumValue(Shape.EnumShape e, Value v, String path) {
    if (!isScalar(v)) {
      mismatch(path, expected(e), v);
      return null;
    }
    String text = scalar(v, path);
    Enum<?> c = e.names().get(text);
    if (c == null) {
      add("enum-unknown", path, "expected " + expected(e) + " but found " + Problem.quote(text));
      return null;
    }
    // the first name of the constant: the one Jackson reads
    for (Map.Entry<String, Enum<?>> n : e.names().entrySet()) {
      if (n.getValue() == c) {
        return NODES.stringNode(n.getKey());
      }
    }
    throw new AssertionError(c);
  }

  private JsonNode scalar(Kind kind, Value v, String path) {
    switch (kind) {
      case ANY:
        return any(v);
      case VALUE:
        return ValueJson.value(v);
      case TEXT:
        if (isScalar(v)) {
          return NODES.stringNode(scalar(v, path));
        }
        mismatch(path, kind.expected(), v);
        return null;
      case BOOLEAN:
        if (v instanceof Value.Bool b) {
          return NODES.booleanNode(b.value());
        }
        // as the built-in fields read them (draft: "false")
        if (v instanceof Value.Text t && (t.value().equalsIgnoreCase("true")
            || t.value().equalsIgnoreCase("false"))) {
          return NODES.booleanNode(t.value().equalsIgnoreCase("true"));
        }
        mismatch(path, kind.expected(), v);
        return null;
      case BYTE, SHORT, INT, LONG, BIG_INTEGER:
        return integer(kind, v, path);
      case FLOAT, DOUBLE, BIG_DECIMAL:
        if (v instanceof Value.Int i) {
          return NODES.numberNode(i.value());
        }
        // NaN and the infinities are refused: JSON (and so the generated schema) has none
        if (v instanceof Value.Decimal d && Double.isFinite(d.value())) {
          return NODES.numberNode(d.value());
        }
        mismatch(path, kind.expected(), v);
        return null;
      case URI:
        if (!isScalar(v)) {
          mismatch(path, kind.expected(), v);
          return null;
        }
        String text = scalar(v, path);
        try {
          new java.net.URI(text);
        } catch (URISyntaxException e) {
          add("type-mismatch", path, "expected a URI but found " + Problem.quote(text) + " ("
              + e.getReason().toLowerCase(Locale.ROOT) + " at index " + e.getIndex() + ")");
          return null;
        }
        return NODES.stringNode(text);
      default:
        return date(kind, v, path);
    }
  }

  private JsonNode integer(Kind kind, Value v, String path) {
    BigInteger n = null;
    if (v instanceof Value.Int i) {
      n = i.value();
    } else if (v instanceof Value.Decimal d && Double.isFinite(d.value())
        && d.value() == Math.rint(d.value())) {
      n = BigDecimal.valueOf(d.value()).toBigInteger(); // 3.0 is an integer, as JSON Schema says
    }
    if (n != null) {
      long min = switch (kind) {
        case BYTE -> Byte.MIN_VALUE;
        case SHORT -> Short.MIN_VALUE;
        case INT -> Integer.MIN_VALUE;
        default -> Long.MIN_VALUE;
      };
      long max = switch (kind) {
        case BYTE -> Byte.MAX_VALUE;
        case SHORT -> Short.MAX_VALUE;
        case INT -> Integer.MAX_VALUE;
        default -> Long.MAX_VALUE;
      };
      if (kind == Kind.BIG_INTEGER
          || (n.compareTo(BigInteger.valueOf(min)) >= 0 && n.compareTo(BigInteger.valueOf(max)) <= 0)) {
        return NODES.numberNode(n);
      }
    }
    mismatch(path, kind.expected(), v);
    return null;
  }

  private JsonNode date(Kind kind, Value v, String path) {
    ArticleDate d;
    if (v instanceof Value.Date date) {
      d = date.value();
    } else if (isScalar(v)) {
      try {
        d = dates.apply(scalar(v, path));
      } catch (IllegalArgumentException e) {
        add("date-invalid", path, e.getMessage());
        return null;
      }
    } else {
      add("date-invalid", path, "expected a date but found " + describe(v, path));
      return null;
    }
    switch (kind) {
      case LOCAL_DATE:
        if (d.hasTime() || d.offset().isPresent()) {
          break;
        }
        return NODES.stringNode(d.localDate().toString());
      case LOCAL_DATE_TIME:
        if (d.offset().isPresent()) {
          break;
        }
        return NODES.stringNode(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d.localDateTime()));
      case OFFSET_DATE_TIME, INSTANT:
        if (d.offset().isEmpty()) {
          break;
        }
        return NODES.stringNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            d.toOffsetDateTime().orElseThrow()));
      default:
        return ValueJson.date(d);
    }
    add("type-mismatch", path, "expected " + kind.expected() + " but found "
        + Problem.quote(d.text()));
    return null;
  }

  /** A value as plain Java would hold it: dates stay {@link ArticleDate}s. */
  private static JsonNode any(Value v) {
    if (v instanceof Value.Text t) {
      return NODES.stringNode(t.value());
    } else if (v instanceof Value.Int i) {
      return NODES.numberNode(i.value());
    } else if (v instanceof Value.Decimal d) {
      return NODES.numberNode(d.value());
    } else if (v instanceof Value.Bool b) {
      return NODES.booleanNode(b.value());
    } else if (v instanceof Value.Date d) {
      return NODES.pojoNode(d.value());
    } else if (v instanceof Value.Sequence s) {
      ArrayNode a = NODES.arrayNode();
      s.items().forEach(x -> a.add(any(x)));
      return a;
    } else if (v instanceof Value.Mapping m) {
      ObjectNode o = NODES.objectNode();
      m.entries().forEach((k, x) -> o.set(k, any(x)));
      return o;
    }
    return NODES.nullNode();
  }

  /** Blank text where a date is expected. */
  private static boolean blankDate(Shape shape, Value v) {
    Shape s = shape instanceof Shape.OptionalShape o ? o.inner() : shape;
    return v instanceof Value.Text t && t.value().isBlank() && s instanceof Shape.Scalar sc
        && sc.kind().isDate();
  }

  /** How a message names what {@code shape} expects. */
  static String expected(Shape shape) {
    if (shape instanceof Shape.Scalar s) {
      return s.kind().expected();
    }
    if (shape instanceof Shape.EnumShape e) {
      StringBuilder b = new StringBuilder("one of ");
      int i = 0;
      for (Map.Entry<String, Enum<?>> n : e.names().entrySet()) {
        b.append(i++ == 0 ? "" : ", ").append(Problem.quote(n.getKey()));
      }
      return b.toString();
    }
    if (shape instanceof Shape.ListShape) {
      return "a sequence";
    }
    if (shape instanceof Shape.OptionalShape o) {
      return expected(o.inner());
    }
    return "a mapping";
  }

  private static boolean isScalar(Value v) {
    return !(v instanceof Value.Sequence) && !(v instanceof Value.Mapping)
        && !(v instanceof Value.Null);
  }

  /** The scalar as written (a number's text, not Java's); see FieldReader. */
  private String scalar(Value v, String path) {
    if (v instanceof Value.Text t) {
      return t.value();
    }
    if (v instanceof Value.Date d) {
      return d.value().text();
    }
    String raw = scalarText.get(path);
    if (raw != null) {
      return raw;
    }
    if (v instanceof Value.Int i) {
      return i.value().toString();
    }
    if (v instanceof Value.Decimal d) {
      return Double.toString(d.value());
    }
    return Boolean.toString(((Value.Bool) v).value());
  }

  private String describe(Value v, String path) {
    if (v instanceof Value.Mapping) {
      return "a mapping";
    }
    if (v instanceof Value.Sequence) {
      return "a sequence";
    }
    if (v instanceof Value.Null) {
      return "null";
    }
    String kind = v instanceof Value.Text ? "the text " : v instanceof Value.Bool ? "the boolean "
        : v instanceof Value.Date ? "the date " : "the number ";
    return kind + Problem.quote(scalar(v, path));
  }
}
