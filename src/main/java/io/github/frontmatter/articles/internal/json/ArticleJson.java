package io.github.frontmatter.articles.internal.json;

import static java.util.Objects.requireNonNull;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.FrontMatter;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Tag;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.edit.Emitter;
import io.github.frontmatter.articles.internal.read.Field;
import io.github.frontmatter.articles.internal.read.FieldKind;
import io.github.frontmatter.articles.internal.read.Dialect;
import io.github.frontmatter.articles.internal.read.FieldTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of articles and front matter, in one place: what {@code ArticlesModule} writes
 * and reads back ({@link #article}, {@link #frontMatter}, {@link #readArticle}, {@link
 * #readFrontMatter}), and what {@code articles show} prints ({@link #toJson}: the same, with
 * the problems and an outline of the body instead of its text). Values, dates and problems
 * are written by {@link ValueJson}. Internal: no Jackson type appears in the core API.
 *
 * <p>The shape, stable from 0.1.0 on (keys always in this order):
 *
 * <pre>{@code
 * {
 *   "source": "content/post/hello.md",
 *   "format": "yaml",                        // yaml, toml, json or none
 *   "frontMatter": {                         // typed fields that are present, see below
 *     "title": "Hello",
 *     "date": {"text": "2025-02-12 07:02 +01:00", "local": "2025-02-12T07:02:00",
 *              "offset": "+01:00"},
 *     "tags": ["a", "b"],
 *     "menu": {"main": {"weight": 10}},
 *     "thumbnail": {"src": "img/a.jpg", "visibility": ["list"]},
 *     "weight": 3
 *   },
 *   "extras": {"author": "Ann", "rating": 4.5},  // every other key, in file order
 *   "asWritten": {"lang": "en"},              // only when needed, see ArticlesModule
 *   "warnings": [{"rule": "theme-field-shape", "severity": "warning", "path": "/lead",
 *                 "line": 4, "column": 7, "message": "lead: expected text but found ..."}],
 *   "body": {
 *     "line": 7,                             // 1-based file line where the body starts
 *     "outline": [
 *       {"type": "Heading", "line": 8, "text": "# Hello", "level": 1},
 *       {"type": "Paragraph", "line": 10, "text": "See [the docs](https://x.org).",
 *        "links": [{"type": "Link", "url": "https://x.org"}]}
 *     ]
 *   }
 * }
 * }</pre>
 *
 * <p><b>frontMatter</b> holds the typed fields of {@link FrontMatter}, named as its accessors
 * are ({@code publishDate}, {@code expiryDate}) and in their order: text fields as strings,
 * booleans, {@code weight} as a number, lists as arrays of strings, {@code menu} as an object
 * from menu name to entry properties, {@code thumbnail} as {@code {src, visibility}}. A field
 * whose accessor is empty is left out: absent, null in the file, in a shape the accessor cannot
 * hold (then there is a warning), or an empty list. Dates are objects: {@code text} as
 * written; {@code local}, the ISO local date-time ({@code 2025-02-12T07:02:00}, seconds always
 * written, a fraction only when there is one) or the ISO date when the text has no time; and
 * {@code offset} ({@code Z}, {@code +08:00}) only when the text has one.
 *
 * <p><b>extras</b> and, when present, <b>asWritten</b> are as {@code ArticlesModule} writes
 * them (see {@link ValueJson#value}): values by kind, losslessly; dates as {@code {text, local,
 * offset?}}; NaN and the infinities as {@code {"$decimal": "NaN"}}. {@code asWritten} holds the
 * keys the typed fields do not give back (a shape, a spelling), as written. The
 * module's {@code body} (the Markdown text) is replaced here by the outline below.
 *
 * <p>{@link ValueJson#schemaInstance(Value)} is another, simpler form (dates as their text, NaN as a string): the
 * instance that JSON Schema validation sees.
 *
 * <p><b>warnings</b> are {@link Article#problems()}; {@code path} is the JSON Pointer of the
 * value ({@code ""} for the whole front matter), {@code line} and {@code column} are 1-based
 * (columns in UTF-16 code units), {@code message} has no location.
 *
 * <p><b>body.outline</b> lists the top-level blocks of {@link Article#body()}: {@code type} is
 * the flexmark node's simple class name ({@code Paragraph}, {@code FencedCodeBlock}, {@code
 * TableBlock}...), {@code line} the 1-based file line where it starts, {@code text} the first
 * 80 characters (code points) of its Markdown source with trailing line breaks removed and the
 * others turned into spaces. Headings add {@code level}. A block with links or images adds
 * {@code links}, in document order: {@code type} is the node's class name ({@code Link}, {@code
 * Image}, {@code AutoLink}, {@code MailLink}, {@code LinkRef}, {@code ImageRef}, {@code
 * Reference}) and {@code url} the destination as written; references ({@code [text][ref]})
 * give the URL of their definition and are left out when it is not defined.
 *
 * <p>An article that cannot be read is {@link #error(String, ArticleException)}: {@code
 * {"source": ..., "error": {"rule", "line", "column", "message"}}}, from the first problem.
 */
public final class ArticleJson {
  /** Longest block text in the outline, in code points. */
  static final int OUTLINE_TEXT_LENGTH = 80;

  private static final JsonNodeFactory NODES = ValueJson.NODES;

  private ArticleJson() {}

  /** Returns the JSON tree of {@code article}, in the shape described above. */
  public static ObjectNode toJson(Article article) {
    requireNonNull(article, "article must not be null");
    // show prints what ArticlesModule writes, with an outline for the body
    ObjectNode module = article(article);
    ObjectNode out = NODES.objectNode();
    module.properties().forEach(e -> {
      if (!e.getKey().equals("body")) {
        out.set(e.getKey(), e.getValue());
      }
    });
    ArrayNode warnings = out.putArray("warnings");
    article.problems().forEach(p -> warnings.add(ValueJson.problem(p)));
    out.set("body", body(article));
    return out;
  }

  /** Returns {@code {source, error: {rule, line, column, message}}} for the first problem. */
  public static ObjectNode error(String source, ArticleException e) {
    requireNonNull(source, "source must not be null");
    requireNonNull(e, "e must not be null");
    Problem p = e.problems().get(0);
    ObjectNode out = NODES.objectNode();
    out.put("source", source);
    ObjectNode error = ValueJson.problem(p);
    error.remove(List.of("severity", "path"));
    out.set("error", error);
    return out;
  }

  // ------------------------------------------------------------ the module's form

  /** {@code {source, format, frontMatter, extras, asWritten?, body}}, as ArticlesModule writes. */
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
    fm.extras().forEach((k, v) -> extras.set(k, ValueJson.value(v)));
    // the typed view loses shapes (lang: en), key spellings (Title) and kinds (a quoted date is
    // text): the keys it does not give back go along as they are written
    Map<String, Value> rebuilt = rebuild(table(fm), fm.format(), out);
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
      asWritten.forEach((k, v) -> w.set(k, ValueJson.value(v)));
    }
    return out;
  }

  /** The field table of the profile {@code fm} was read under. */
  private static FieldTable table(FrontMatter fm) {
    return Dialect.of(fm.profile()).table();
  }

  /**
   * The top-level typed fields that are present, named and ordered as the table declares
   * them; a nested field ({@code sidebar.order}) is part of its parent's value.
   */
  static ObjectNode typed(FrontMatter fm) {
    ObjectNode o = NODES.objectNode();
    FieldTable table = table(fm);
    fm.typedFields().forEach((name, v) -> {
      Field<?> f = table.named(name);
      if (f != null && f.parent() == null && !(v instanceof List<?> l && l.isEmpty())) {
        o.set(name, typedJson(v));
      }
    });
    return o;
  }

  /** A typed value: text, booleans and numbers as such, lists of text, and the records. */
  private static JsonNode typedJson(Object v) {
    if (v instanceof String s) {
      return NODES.stringNode(s);
    } else if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (v instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (v instanceof BigDecimal n) {
      return NODES.numberNode(n);
    } else if (v instanceof Value x) {
      return ValueJson.value(x);
    } else if (v instanceof Tag t) {
      if (t.permalink().isEmpty()) {
        return NODES.stringNode(t.label());
      }
      ObjectNode o = NODES.objectNode();
      o.put("label", t.label());
      o.put("permalink", t.permalink().get());
      return o;
    } else if (v instanceof ArticleDate d) {
      return ValueJson.date(d);
    } else if (v instanceof List<?> list) {
      ArrayNode a = NODES.arrayNode();
      list.forEach(item -> a.add(typedJson(item)));
      return a;
    } else if (v instanceof Menu m) {
      ObjectNode o = NODES.objectNode();
      m.entries().forEach((name, props) -> {
        ObjectNode p = o.putObject(name);
        props.forEach((k, x) -> p.set(k, ValueJson.value(x)));
      });
      return o;
    } else if (v instanceof Thumbnail t) {
      ObjectNode o = NODES.objectNode();
      o.put("src", t.src());
      ArrayNode vis = o.putArray("visibility");
      t.visibility().forEach(vis::add);
      return o;
    } else if (v instanceof Map<?, ?> m) {
      // a mapping of values (params, extra) or of typed values (Zola's taxonomies)
      ObjectNode o = NODES.objectNode();
      m.forEach((k, x) -> o.set((String) k, typedJson(x)));
      return o;
    }
    throw new IllegalArgumentException("no JSON form for the typed value " + v);
  }

  // ------------------------------------------------------------ reading the module's form

  /**
   * Reads an article back: its front matter is written fresh in its format (clean,
   * conventional text, see docs/formats.md) and the body follows as it was.
   *
   * @throws ValueJson.Invalid if the JSON is not in this shape, or the article it gives cannot be read
   */
  public static Article readArticle(JsonNode node, ArticleParser parser) {
    if (!node.isObject()) {
      throw new ValueJson.Invalid("expected an object for an article but found " + ValueJson.kind(node));
    }
    String source = optionalText(node, "source", "article.json");
    JsonNode body = node.get("body");
    if (body != null && !body.isString()) {
      throw new ValueJson.Invalid("body: expected the Markdown text as a string but found " + ValueJson.kind(body));
    }
    return build(node, body == null ? "" : body.stringValue(), source, parser);
  }

  /**
   * Reads front matter back, as the front matter of an article without a body.
   *
   * @throws ValueJson.Invalid if the JSON is not in this shape, or the front matter cannot be read
   */
  public static FrontMatter readFrontMatter(JsonNode node, ArticleParser parser) {
    if (!node.isObject()) {
      throw new ValueJson.Invalid("expected an object for front matter but found " + ValueJson.kind(node));
    }
    return build(node, "", "front-matter.json", parser).frontMatter();
  }

  private static Article build(JsonNode node, String body, String source,
      ArticleParser parser) {
    Format format = format(node);
    Map<String, Value> values = values(Dialect.of(parser.profile()).table(), format, node);
    String nl = body.contains("\r\n") && !body.replace("\r\n", "").contains("\n")
        ? "\r\n" : "\n";
    String text;
    if (format == Format.NONE && values.isEmpty()) {
      text = body;
    } else {
      try {
        text = Emitter.emit(format, values, nl).text() + body;
      } catch (Emitter.Unrepresentable e) {
        throw new ValueJson.Invalid("front matter " + (e.path().isEmpty() ? "" : e.path() + " ")
            + e.getMessage());
      }
    }
    ParseResult r = parser.read(text, source);
    if (r.article().isEmpty()) {
      Problem p = r.problems().get(0);
      throw new ValueJson.Invalid("the article cannot be read: " + p.message() + " [" + p.rule() + "]");
    }
    return r.article().get();
  }

  /** The front-matter values: typed fields and extras, then {@code asWritten} over them. */
  static Map<String, Value> values(FieldTable table, Format format, JsonNode node) {
    Map<String, Value> rebuilt = rebuild(table, format, node);
    JsonNode asWritten = node.get("asWritten");
    if (asWritten == null || asWritten.isNull()) {
      return rebuilt;
    }
    return apply(rebuilt, ValueJson.mapping(asWritten, "asWritten"));
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

  private static Map<String, Value> rebuild(FieldTable table, Format format, JsonNode node) {
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    JsonNode typed = node.get("frontMatter");
    if (typed != null && !typed.isNull()) {
      if (!typed.isObject()) {
        throw new ValueJson.Invalid("frontMatter: expected an object but found " + ValueJson.kind(typed));
      }
      for (Map.Entry<String, JsonNode> e : typed.properties()) {
        out.put(e.getKey(), typedValue(table, format, e.getKey(), e.getValue()));
      }
    }
    JsonNode extras = node.get("extras");
    if (extras != null && !extras.isNull()) {
      out.putAll(ValueJson.mapping(extras, "extras"));
    }
    return out;
  }

  /** A typed field as the withers write it. */
  private static Value typedValue(FieldTable table, Format format, String field, JsonNode v) {
    String path = "frontMatter." + field;
    Field<?> f = table.named(field);
    FieldKind<?> kind = f == null ? null : f.kind();
    if (kind == FieldKind.DATE || kind == FieldKind.ELEVENTY_DATE) {
      String text = v.isObject() && v.get("text") != null && v.get("text").isString()
          ? v.get("text").stringValue()
          : v.isString() ? v.stringValue() : null;
      if (text == null) {
        throw new ValueJson.Invalid(path + ": expected a date {\"text\": ...} or a string but"
            + " found " + ValueJson.kind(v));
      }
      if (format == Format.JSON) {
        return new Value.Text(text);
      }
      return new Value.Date(ValueJson.parseDate(text, path + ": "));
    }
    if (kind == FieldKind.MENU && v.isObject()) {
      Map<String, Value> entries = ValueJson.mapping(v, path);
      boolean plain = entries.values().stream()
          .allMatch(x -> x instanceof Value.Mapping m && m.entries().isEmpty());
      if (plain && entries.size() == 1) {
        return new Value.Text(entries.keySet().iterator().next());
      } else if (plain) {
        return new Value.Sequence(entries.keySet().stream().<Value>map(Value.Text::new).toList());
      }
      return new Value.Mapping(entries);
    }
    if (kind == FieldKind.THUMBNAIL && v.isObject()) {
      Map<String, Value> m = ValueJson.mapping(v, path);
      Value vis = m.get("visibility");
      if (vis == null || vis instanceof Value.Sequence s && s.items().isEmpty()) {
        Value src = m.get("src");
        return src == null ? new Value.Mapping(m) : src;
      }
      return new Value.Mapping(m);
    }
    return ValueJson.value(v, path);
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
      throw new ValueJson.Invalid("format: expected one of yaml, toml, json, none but found \"" + f
          + "\"");
    }
  }

  private static String optionalText(JsonNode node, String name, String otherwise) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return otherwise;
    }
    if (!v.isString()) {
      throw new ValueJson.Invalid(name + ": expected a string but found " + ValueJson.kind(v));
    }
    return v.stringValue();
  }

  // ------------------------------------------------------------ show's outline

  private static ObjectNode body(Article article) {
    ObjectNode o = NODES.objectNode();
    o.put("line", article.bodyLine());
    ArrayNode outline = o.putArray("outline");
    Document doc = article.body();
    SourceText lines = new SourceText(article.sourceName(), article.text());
    for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
      outline.add(block(doc, lines, block));
    }
    return o;
  }

  private static ObjectNode block(Document doc, SourceText lines, Node block) {
    ObjectNode o = NODES.objectNode();
    o.put("type", block.getClass().getSimpleName());
    o.put("line", lines.location(block.getStartOffset()).line());
    o.put("text", outlineText(block.getChars().toString()));
    if (block instanceof Heading h) {
      o.put("level", h.getLevel());
    }
    ArrayNode links = NODES.arrayNode();
    link(doc, block, links);
    // iterative pre-order walk: deeply nested lists must not overflow the stack
    Node n = block.getFirstChild();
    while (n != null) {
      link(doc, n, links);
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != block && n.getNext() == null) {
        n = n.getParent();
      }
      n = n == block ? null : n.getNext();
    }
    if (!links.isEmpty()) {
      o.set("links", links);
    }
    return o;
  }

  private static void link(Document doc, Node n, ArrayNode links) {
    String url = null;
    if (n instanceof LinkNodeBase l) {
      url = l.getUrl().toString();
    } else if (n instanceof RefNode r && r.isDefined()) {
      Reference ref = r.getReferenceNode(doc);
      url = ref == null ? null : ref.getUrl().toString();
    }
    if (url != null) {
      ObjectNode o = links.addObject();
      o.put("type", n.getClass().getSimpleName());
      o.put("url", url);
    }
  }

  /** Trailing line breaks dropped, the others as spaces, cut at 80 code points. */
  static String outlineText(String chars) {
    int end = chars.length();
    while (end > 0 && (chars.charAt(end - 1) == '\n' || chars.charAt(end - 1) == '\r')) {
      end--;
    }
    String s = chars.substring(0, end).replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    if (s.codePointCount(0, s.length()) > OUTLINE_TEXT_LENGTH) {
      s = s.substring(0, s.offsetByCodePoints(0, OUTLINE_TEXT_LENGTH));
    }
    return s;
  }
}
