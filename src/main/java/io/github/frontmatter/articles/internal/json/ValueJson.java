package io.github.frontmatter.articles.internal.json;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Value;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the small things: a {@link Value}, an {@link ArticleDate}, a {@link Problem}.
 * Written once here for {@code ArticlesModule}, {@code show}, {@code check --format json} and
 * the JSON Schema check.
 *
 * <p>A value has two forms. The lossless one ({@link #value(Value)}) reads back as the same
 * value: text, integers of any size, decimals (written with a fraction or exponent; NaN and the
 * infinities as {@code {"$decimal": "NaN"}}), booleans, null, arrays, objects in key order, and
 * dates as {@code {"text", "local", "offset"?}}; an object that would read back as a date or a
 * tagged value is written as {@code {"$mapping": {...}}}. The plain one ({@link
 * #schemaInstance(Value)}) is what a JSON Schema sees: dates as their text, NaN and the
 * infinities as strings, objects as they are.
 */
public final class ValueJson {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> DATE_KEYS = Set.of("text", "local", "offset");

  private ValueJson() {}

  /** JSON that is not in the shape expected; the message says where and why. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /** One value, losslessly: it reads back with {@link #readValue(JsonNode)} as itself. */
  public static JsonNode value(Value v) {
    return write(v, true);
  }

  /** One value as a JSON Schema validates it: dates as text, no tags. */
  public static JsonNode schemaInstance(Value v) {
    return write(v, false);
  }

  private static JsonNode write(Value v, boolean lossless) {
    if (v instanceof Value.Text t) {
      return NODES.stringNode(t.value());
    } else if (v instanceof Value.Int i) {
      return NODES.numberNode(i.value());
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        String name = Double.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
        if (!lossless) {
          return NODES.stringNode(name);
        }
        ObjectNode o = NODES.objectNode();
        o.put("$decimal", name);
        return o;
      }
      return NODES.numberNode(x);
    } else if (v instanceof Value.Bool b) {
      return NODES.booleanNode(b.value());
    } else if (v instanceof Value.Date d) {
      return lossless ? date(d.value()) : NODES.stringNode(d.value().text());
    } else if (v instanceof Value.Null) {
      return NODES.nullNode();
    } else if (v instanceof Value.Sequence s) {
      ArrayNode a = NODES.arrayNode();
      s.items().forEach(item -> a.add(write(item, lossless)));
      return a;
    } else if (v instanceof Value.Mapping m) {
      ObjectNode o = NODES.objectNode();
      m.entries().forEach((k, x) -> o.set(k, write(x, lossless)));
      if (lossless && special(o)) {
        ObjectNode wrapped = NODES.objectNode();
        wrapped.set("$mapping", o);
        return wrapped;
      }
      return o;
    }
    throw new IllegalArgumentException("unknown value " + v);
  }

  /** Whether an object would read back as something other than a mapping. */
  private static boolean special(ObjectNode o) {
    if (o.size() == 1 && (o.has("$mapping") || o.has("$decimal"))) {
      return true;
    }
    return o.has("text") && o.has("local") && o.propertyNames().stream()
        .allMatch(DATE_KEYS::contains);
  }

  /** {@code {text, local, offset?}}: as written, the ISO local date-time or date, the offset. */
  public static ObjectNode date(ArticleDate d) {
    ObjectNode o = NODES.objectNode();
    o.put("text", d.text());
    o.put("local", d.hasTime()
        ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d.localDateTime())
        : DateTimeFormatter.ISO_LOCAL_DATE.format(d.localDate()));
    d.offset().ifPresent(z -> o.put("offset", z.getId()));
    return o;
  }

  /**
   * {@code {rule, severity, path, line, column, message}}: a problem as {@code show} and {@code
   * check --format json} print it; line and column 1-based, the message without its location.
   */
  public static ObjectNode problem(Problem p) {
    ObjectNode o = NODES.objectNode();
    o.put("rule", p.rule());
    o.put("severity", p.severity().label());
    o.put("path", p.path());
    o.put("line", p.location().line());
    o.put("column", p.location().column());
    o.put("message", p.message());
    return o;
  }

  // ------------------------------------------------------------------ reading

  /** One value from its lossless form; see {@link #value(Value)}. */
  public static Value readValue(JsonNode v) {
    return value(v, "", true);
  }

  /**
   * One value from plain JSON, as a user types it: every object is a mapping (no dates, no
   * {@code $decimal} or {@code $mapping} tags).
   */
  public static Value readPlain(JsonNode v) {
    return value(v, "", false);
  }

  /** A date from {@code {text, ...}} or its text. */
  public static ArticleDate readDate(JsonNode v) {
    JsonNode text = v.isObject() ? v.get("text") : v;
    if (text == null || !text.isString()) {
      throw new Invalid("expected a date {\"text\": ...} or a string but found " + kind(v));
    }
    return parseDate(text.stringValue(), "");
  }

  /** A date from its text; {@code path} (with its separator) starts the message. */
  static ArticleDate parseDate(String text, String path) {
    try {
      return ArticleDate.parse(text);
    } catch (IllegalArgumentException e) {
      throw new Invalid(path + e.getMessage());
    }
  }

  /** One value from its lossless form, {@code path} naming it in messages. */
  static Value value(JsonNode v, String path) {
    return value(v, path, true);
  }

  private static Value value(JsonNode v, String path, boolean lossless) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return Value.Null.INSTANCE;
    } else if (v.isString()) {
      return new Value.Text(v.stringValue());
    } else if (v.isBoolean()) {
      return new Value.Bool(v.booleanValue());
    } else if (v.isIntegralNumber()) {
      return new Value.Int(v.bigIntegerValue());
    } else if (v.isNumber()) {
      return new Value.Decimal(v.doubleValue());
    } else if (v.isArray()) {
      List<Value> items = new ArrayList<>(v.size());
      int i = 0;
      for (JsonNode item : v) {
        items.add(value(item, path + "[" + i++ + "]", lossless));
      }
      return new Value.Sequence(items);
    } else if (v.isObject() && !lossless) {
      LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
      v.properties().forEach(e -> entries.put(e.getKey(), value(e.getValue(), path, false)));
      return new Value.Mapping(entries);
    } else if (v.isObject()) {
      if (v.size() == 1 && v.has("$decimal")) {
        return decimal(v.get("$decimal"), path);
      }
      if (v.size() == 1 && v.has("$mapping")) {
        return new Value.Mapping(mapping(v.get("$mapping"), path + ".$mapping"));
      }
      if (v.has("text") && v.has("local") && v.get("text").isString()
          && v.propertyNames().stream().allMatch(DATE_KEYS::contains)) {
        return new Value.Date(parseDate(v.get("text").stringValue(), path + ": "));
      }
      return new Value.Mapping(mapping(v, path));
    }
    throw new Invalid(path + ": expected a JSON value but found " + kind(v));
  }

  private static Value decimal(JsonNode v, String path) {
    if (v.isNumber()) {
      return new Value.Decimal(v.doubleValue());
    }
    String s = v.isString() ? v.stringValue() : "";
    return switch (s) {
      case "NaN" -> new Value.Decimal(Double.NaN);
      case "Infinity" -> new Value.Decimal(Double.POSITIVE_INFINITY);
      case "-Infinity" -> new Value.Decimal(Double.NEGATIVE_INFINITY);
      default -> throw new Invalid(path + ": expected \"NaN\", \"Infinity\" or \"-Infinity\""
          + " but found " + kind(v));
    };
  }

  /** The entries of an object, each value from its lossless form. */
  static Map<String, Value> mapping(JsonNode v, String path) {
    if (!v.isObject()) {
      throw new Invalid(path + ": expected an object but found " + kind(v));
    }
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      out.put(e.getKey(), value(e.getValue(), path + "." + e.getKey()));
    }
    return out;
  }

  /** What a node is, for messages: "an array", "a string", "nothing". */
  static String kind(JsonNode v) {
    if (v == null) {
      return "nothing";
    }
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
