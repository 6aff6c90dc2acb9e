package io.github.frontmatter.articles.internal.json;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.FrontMatter;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.edit.Emitter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of articles and front matter that {@code ArticlesModule} writes and reads;
 * the shape is described in docs/json.md and on {@code ArticlesModule}.
 *
 * <pre>{@code
 * {"source": "content/post/a.md", "format": "yaml",
 *  "frontMatter": {"title": "A", "date": {"text": "2025-02-12", "local": "2025-02-12"}},
 *  "extras": {"author": "Ann"},
 *  "asWritten": {"lang": "en"},     // keys the typed fields do not give back, as written
 *  "body": "Hello.\n"}
 * }</pre>
 *
 * <p>Values in {@code extras} and {@code asWritten} are lossless: text, integers of any size,
 * decimals (written with a fraction or exponent; NaN and the infinities as {@code
 * {"$decimal": "NaN"}}), booleans, null, arrays, objects in key order, and dates as {@code
 * {"text", "local", "offset"?}}. An object that would read back as a date or a tagged value
 * is written as {@code {"$mapping": {...}}}.
 */
public final class JsonForm {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> DATE_KEYS = Set.of("text", "local", "offset");

  private JsonForm() {}

  // ------------------------------------------------------------------ writing

  /** {@code {source, format, frontMatter, extras, asWritten?, body}}. */
  public static ObjectNode article(Article article) {
    requireNonNull(article, "article must not be null");
    ObjectNode out = NODES.objectNode();
    out.put("source", article.sourceName());
    out.setAll(frontMatter(article.frontMatter()));
    out.put("body", article.bodyText());
    return out;
  }

  /** {@code {format, frontMatter, extras, asWritten?}}. */
  public static ObjectNode frontMatter(FrontMatter fm) {
    requireNonNull(fm, "frontMatter must not be null");
    ObjectNode out = NODES.objectNode();
    out.put("format", fm.format().name().toLowerCase(Locale.ROOT));
    out.set("frontMatter", typed(fm));
    ObjectNode extras = out.putObject("extras");
    fm.extras().forEach((k, v) -> extras.set(k, value(v)));
    // the typed view loses shapes (lang: en), key spellings (Title) and kinds (a quoted date is
    // text): the keys it does not give back go along as they are written
    Map<String, Value> rebuilt = rebuild(fm.format(), out);
    Map<String, Value> asWritten = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : fm.values().entrySet()) {
      if (!e.getValue().equals(rebuilt.get(e.getKey()))) {
        asWritten.put(e.getKey(), e.getValue());
      }
    }
    if (!apply(rebuilt, asWritten).equals(fm.values())) {
      asWritten = fm.values(); // a key in two spellings: all of them, as written
    }
    if (!asWritten.isEmpty()) {
      ObjectNode w = out.putObject("asWritten");
      asWritten.forEach((k, v) -> w.set(k, value(v)));
    }
    return out;
  }

  /** The typed fields that are present, named and ordered as the accessors. */
  static ObjectNode typed(FrontMatter fm) {
    ObjectNode o = NODES.objectNode();
    text(o, "title", fm.title());
    date(o, "date", fm.date());
    text(o, "summary", fm.summary());
    list(o, "categories", fm.categories());
    list(o, "lang", fm.lang());
    list(o, "translations", fm.translations());
    list(o, "tags", fm.tags());
    fm.menu().ifPresent(m -> o.set("menu", menu(m)));
    fm.thumbnail().ifPresent(t -> o.set("thumbnail", thumbnail(t)));
    text(o, "lead", fm.lead());
    bool(o, "comments", fm.comments());
    bool(o, "authorbox", fm.authorbox());
    bool(o, "pager", fm.pager());
    bool(o, "toc", fm.toc());
    bool(o, "mathjax", fm.mathjax());
    text(o, "sidebar", fm.sidebar());
    list(o, "widgets", fm.widgets());
    text(o, "description", fm.description());
    bool(o, "draft", fm.draft());
    date(o, "lastmod", fm.lastmod());
    date(o, "publishDate", fm.publishDate());
    date(o, "expiryDate", fm.expiryDate());
    text(o, "slug", fm.slug());
    list(o, "aliases", fm.aliases());
    list(o, "keywords", fm.keywords());
    fm.weight().ifPresent(w -> o.put("weight", w));
    text(o, "url", fm.url());
    text(o, "layout", fm.layout());
    text(o, "type", fm.type());
    return o;
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

  /** One value, losslessly. */
  public static JsonNode value(Value v) {
    if (v instanceof Value.Text t) {
      return NODES.stringNode(t.value());
    } else if (v instanceof Value.Int i) {
      return NODES.numberNode(i.value());
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        ObjectNode o = NODES.objectNode();
        o.put("$decimal", Double.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity");
        return o;
      }
      return NODES.numberNode(x);
    } else if (v instanceof Value.Bool b) {
      return NODES.booleanNode(b.value());
    } else if (v instanceof Value.Date d) {
      return date(d.value());
    } else if (v instanceof Value.Null) {
      return NODES.nullNode();
    } else if (v instanceof Value.Sequence s) {
      ArrayNode a = NODES.arrayNode();
      s.items().forEach(item -> a.add(value(item)));
      return a;
    } else if (v instanceof Value.Mapping m) {
      ObjectNode o = NODES.objectNode();
      m.entries().forEach((k, x) -> o.set(k, value(x)));
      if (special(o)) {
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

  private static void text(ObjectNode o, String name, Optional<String> v) {
    v.ifPresent(s -> o.put(name, s));
  }

  private static void bool(ObjectNode o, String name, Optional<Boolean> v) {
    v.ifPresent(b -> o.put(name, b.booleanValue()));
  }

  private static void list(ObjectNode o, String name, List<String> v) {
    if (!v.isEmpty()) {
      ArrayNode a = o.putArray(name);
      v.forEach(a::add);
    }
  }

  private static void date(ObjectNode o, String name, Optional<ArticleDate> v) {
    v.ifPresent(d -> o.set(name, date(d)));
  }

  private static ObjectNode menu(Menu m) {
    ObjectNode o = NODES.objectNode();
    m.entries().forEach((name, props) -> {
      ObjectNode p = o.putObject(name);
      props.forEach((k, v) -> p.set(k, value(v)));
    });
    return o;
  }

  private static ObjectNode thumbnail(Thumbnail t) {
    ObjectNode o = NODES.objectNode();
    o.put("src", t.src());
    ArrayNode vis = o.putArray("visibility");
    t.visibility().forEach(vis::add);
    return o;
  }

  // ------------------------------------------------------------------ reading

  /** A JSON form that cannot be read back; the message says where and why. */
  public static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /**
   * Reads an article back: its front matter is written fresh in its format (clean,
   * conventional text, see docs/formats.md) and the body follows as it was.
   *
   * @throws Invalid if the JSON is not in this shape, or the article it gives cannot be read
   */
  public static Article readArticle(JsonNode node, ArticleParser parser) {
    if (!node.isObject()) {
      throw new Invalid("expected an object for an article but found " + kind(node));
    }
    String source = optionalText(node, "source", "article.json");
    JsonNode body = node.get("body");
    if (body != null && !body.isString()) {
      throw new Invalid("body: expected the Markdown text as a string but found " + kind(body));
    }
    return build(node, body == null ? "" : body.stringValue(), source, parser);
  }

  /**
   * Reads front matter back, as the front matter of an article without a body.
   *
   * @throws Invalid if the JSON is not in this shape, or the front matter cannot be read
   */
  public static FrontMatter readFrontMatter(JsonNode node, ArticleParser parser) {
    if (!node.isObject()) {
      throw new Invalid("expected an object for front matter but found " + kind(node));
    }
    return build(node, "", "front-matter.json", parser).frontMatter();
  }

  private static Article build(JsonNode node, String body, String source,
      ArticleParser parser) {
    Format format = format(node);
    Map<String, Value> values = values(format, node);
    String nl = body.contains("\r\n") && !body.replace("\r\n", "").contains("\n")
        ? "\r\n" : "\n";
    String text;
    if (format == Format.NONE && values.isEmpty()) {
      text = body;
    } else {
      try {
        text = Emitter.emit(format, values, nl).text() + body;
      } catch (Emitter.Unrepresentable e) {
        throw new Invalid("front matter " + (e.path().isEmpty() ? "" : e.path() + " ")
            + e.getMessage());
      }
    }
    ParseResult r = parser.read(text, source);
    if (r.article().isEmpty()) {
      Problem p = r.problems().get(0);
      throw new Invalid("the article cannot be read: " + p.message() + " [" + p.rule() + "]");
    }
    return r.article().get();
  }

  /** The front-matter values: typed fields and extras, then {@code asWritten} over them. */
  static Map<String, Value> values(Format format, JsonNode node) {
    Map<String, Value> rebuilt = rebuild(format, node);
    JsonNode asWritten = node.get("asWritten");
    if (asWritten == null || asWritten.isNull()) {
      return rebuilt;
    }
    return apply(rebuilt, mapping(asWritten, "asWritten"));
  }

  /**
   * Each key of {@code asWritten} replaces the keys of {@code rebuilt} that are the same in
   * lower case (the typed field it was read as), or is added.
   */
  private static Map<String, Value> apply(Map<String, Value> rebuilt,
      Map<String, Value> asWritten) {
    LinkedHashMap<String, Value> out = new LinkedHashMap<>(rebuilt);
    for (String k : asWritten.keySet()) {
      String lower = k.toLowerCase(Locale.ROOT);
      out.keySet().removeIf(r -> !asWritten.containsKey(r)
          && r.toLowerCase(Locale.ROOT).equals(lower));
    }
    out.putAll(asWritten);
    return out;
  }

  private static Map<String, Value> rebuild(Format format, JsonNode node) {
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    JsonNode typed = node.get("frontMatter");
    if (typed != null && !typed.isNull()) {
      if (!typed.isObject()) {
        throw new Invalid("frontMatter: expected an object but found " + kind(typed));
      }
      for (Map.Entry<String, JsonNode> e : typed.properties()) {
        out.put(e.getKey(), typedValue(format, e.getKey(), e.getValue()));
      }
    }
    JsonNode extras = node.get("extras");
    if (extras != null && !extras.isNull()) {
      out.putAll(mapping(extras, "extras"));
    }
    return out;
  }

  private static final Set<String> DATE_FIELDS =
      Set.of("date", "lastmod", "publishDate", "expiryDate");

  /** A typed field as the withers write it. */
  private static Value typedValue(Format format, String field, JsonNode v) {
    String path = "frontMatter." + field;
    if (DATE_FIELDS.contains(field)) {
      String text = v.isObject() && v.get("text") != null && v.get("text").isString()
          ? v.get("text").stringValue()
          : v.isString() ? v.stringValue() : null;
      if (text == null) {
        throw new Invalid(path + ": expected a date {\"text\": ...} or a string but found "
            + kind(v));
      }
      if (format == Format.JSON) {
        return new Value.Text(text);
      }
      try {
        return new Value.Date(ArticleDate.parse(text));
      } catch (IllegalArgumentException e) {
        throw new Invalid(path + ": " + e.getMessage());
      }
    }
    if (field.equals("menu") && v.isObject()) {
      Map<String, Value> entries = mapping(v, path);
      boolean plain = entries.values().stream()
          .allMatch(x -> x instanceof Value.Mapping m && m.entries().isEmpty());
      if (plain && entries.size() == 1) {
        return new Value.Text(entries.keySet().iterator().next());
      } else if (plain) {
        return new Value.Sequence(entries.keySet().stream().<Value>map(Value.Text::new).toList());
      }
      return new Value.Mapping(entries);
    }
    if (field.equals("thumbnail") && v.isObject()) {
      Map<String, Value> m = mapping(v, path);
      Value vis = m.get("visibility");
      if (vis == null || vis instanceof Value.Sequence s && s.items().isEmpty()) {
        Value src = m.get("src");
        return src == null ? new Value.Mapping(m) : src;
      }
      return new Value.Mapping(m);
    }
    return value(v, path);
  }

  /** One value from its lossless form; see {@link #value(Value)}. */
  public static Value readValue(JsonNode v) {
    return value(v, "");
  }

  /** A date from {@code {text, ...}} or its text. */
  public static ArticleDate readDate(JsonNode v) {
    JsonNode text = v.isObject() ? v.get("text") : v;
    if (text == null || !text.isString()) {
      throw new Invalid("expected a date {\"text\": ...} or a string but found " + kind(v));
    }
    try {
      return ArticleDate.parse(text.stringValue());
    } catch (IllegalArgumentException e) {
      throw new Invalid(e.getMessage());
    }
  }

  /** One value from its lossless form. */
  static Value value(JsonNode v, String path) {
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
        items.add(value(item, path + "[" + i++ + "]"));
      }
      return new Value.Sequence(items);
    } else if (v.isObject()) {
      if (v.size() == 1 && v.has("$decimal")) {
        return decimal(v.get("$decimal"), path);
      }
      if (v.size() == 1 && v.has("$mapping")) {
        return new Value.Mapping(mapping(v.get("$mapping"), path + ".$mapping"));
      }
      if (v.has("text") && v.has("local") && v.get("text").isString()
          && v.propertyNames().stream().allMatch(DATE_KEYS::contains)) {
        try {
          return new Value.Date(ArticleDate.parse(v.get("text").stringValue()));
        } catch (IllegalArgumentException e) {
          throw new Invalid(path + ": " + e.getMessage());
        }
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

  private static Map<String, Value> mapping(JsonNode v, String path) {
    if (!v.isObject()) {
      throw new Invalid(path + ": expected an object but found " + kind(v));
    }
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      out.put(e.getKey(), value(e.getValue(), path + "." + e.getKey()));
    }
    return out;
  }

  private static Format format(JsonNode node) {
    String f = optionalText(node, "format", null);
    if (f == null) {
      JsonNode values = node.get("asWritten");
      JsonNode typed = node.get("frontMatter");
      JsonNode extras = node.get("extras");
      boolean any = values != null && values.size() > 0 || typed != null && typed.size() > 0
          || extras != null && extras.size() > 0;
      return any ? Format.YAML : Format.NONE;
    }
    try {
      return Format.valueOf(f.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Invalid("format: expected one of yaml, toml, json, none but found \"" + f
          + "\"");
    }
  }

  private static String optionalText(JsonNode node, String name, String otherwise) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return otherwise;
    }
    if (!v.isString()) {
      throw new Invalid(name + ": expected a string but found " + kind(v));
    }
    return v.stringValue();
  }

  private static String kind(JsonNode v) {
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
