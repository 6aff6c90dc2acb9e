package io.github.frontmatter.articles.internal.json;

import static java.util.Objects.requireNonNull;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.jackson.ArticlesModule;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an {@link Article} into a Jackson tree, for the command line and for tools that want
 * JSON. Internal: no Jackson type appears in the public API.
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
 * <p><b>extras</b> and, when present, <b>asWritten</b> are as {@link ArticlesModule} writes
 * them (see {@link JsonForm}): values by kind, losslessly; dates as {@code {text, local,
 * offset?}}; NaN and the infinities as {@code {"$decimal": "NaN"}}. {@code asWritten} holds the
 * keys the typed fields do not give back (a shape, a spelling), as written. The
 * module's {@code body} (the Markdown text) is replaced here by the outline below.
 *
 * <p>{@link #value(Value)} is another, simpler form (dates as their text, NaN as a string): the
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

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ArticleJson() {}

  /** The module's mapper: show prints what ArticlesModule writes, with an outline for a body. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new ArticlesModule()).build();

  /** Returns the JSON tree of {@code article}, in the shape described above. */
  public static ObjectNode toJson(Article article) {
    requireNonNull(article, "article must not be null");
    ObjectNode module = MAPPER.valueToTree(article);
    ObjectNode out = NODES.objectNode();
    module.properties().forEach(e -> {
      if (!e.getKey().equals("body")) {
        out.set(e.getKey(), e.getValue());
      }
    });
    ArrayNode warnings = out.putArray("warnings");
    article.problems().forEach(p -> warnings.add(problem(p)));
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
    ObjectNode error = out.putObject("error");
    error.put("rule", p.rule());
    error.put("line", p.location().line());
    error.put("column", p.location().column());
    error.put("message", p.message());
    return out;
  }

  /** Returns the JSON form of one front-matter value, as {@code extras} holds it. */
  public static JsonNode value(Value v) {
    if (v instanceof Value.Text t) {
      return NODES.stringNode(t.value());
    } else if (v instanceof Value.Int i) {
      return NODES.numberNode(i.value());
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      if (Double.isNaN(x)) {
        return NODES.stringNode("NaN");
      } else if (Double.isInfinite(x)) {
        return NODES.stringNode(x > 0 ? "Infinity" : "-Infinity");
      }
      return NODES.numberNode(x);
    } else if (v instanceof Value.Bool b) {
      return NODES.booleanNode(b.value());
    } else if (v instanceof Value.Date d) {
      return NODES.stringNode(d.value().text());
    } else if (v instanceof Value.Null) {
      return NODES.nullNode();
    } else if (v instanceof Value.Sequence s) {
      ArrayNode a = NODES.arrayNode();
      s.items().forEach(item -> a.add(value(item)));
      return a;
    } else if (v instanceof Value.Mapping m) {
      return mapping(m.entries());
    }
    throw new IllegalArgumentException("unknown value " + v);
  }

  private static ObjectNode mapping(Map<String, Value> entries) {
    ObjectNode o = NODES.objectNode();
    entries.forEach((k, v) -> o.set(k, value(v)));
    return o;
  }

  private static ObjectNode problem(Problem p) {
    ObjectNode o = NODES.objectNode();
    o.put("rule", p.rule());
    o.put("severity", p.severity().label());
    o.put("path", p.path());
    o.put("line", p.location().line());
    o.put("column", p.location().column());
    o.put("message", p.message());
    return o;
  }

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
