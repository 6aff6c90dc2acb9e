package io.github.frontmatter.articles;

import com.vladsch.flexmark.util.ast.Document;
import io.github.frontmatter.articles.internal.Emitter;
import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Markdown article with front matter: typed fields, every other key in file order, the
 * Markdown body as text and as a flexmark {@link Document}, and the exact text it came from.
 *
 * <p>An article is immutable and safe to share between threads. It keeps the original text,
 * so writing an unedited article gives back the same bytes: byte order mark, line endings,
 * comments, key order, quoting, blank lines and a missing final newline included.
 *
 * <p>Two articles are equal when their front-matter format and values and their body text
 * are equal; where they came from, the spelling of the front matter (quoting, comments) and
 * the identity of AST nodes are not compared.
 *
 * @since 0.1.0
 */
public final class Article {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final SourceText source;
  private final FrontMatter frontMatter;
  private final int bodyStart;
  private final boolean bom;
  private final byte[] originalBytes; // null when parsed from a String
  private final List<Problem> problems;
  private final ArticleParser parser;
  private Document document; // built on first use, guarded by this

  Article(
      SourceText source,
      FrontMatter frontMatter,
      int bodyStart,
      boolean bom,
      byte[] originalBytes,
      List<Problem> problems,
      ArticleParser parser) {
    this.source = source;
    this.frontMatter = frontMatter;
    this.bodyStart = bodyStart;
    this.bom = bom;
    this.originalBytes = originalBytes;
    this.problems = List.copyOf(problems);
    this.parser = parser;
  }

  /** Returns the source name given to the parser, usually the file path. */
  public String sourceName() {
    return source.name();
  }

  /** Returns the front-matter format, {@link Format#NONE} when the file has none. */
  public Format format() {
    return frontMatter.format();
  }

  /** Returns the front matter: every key and value, and the typed fields. */
  public FrontMatter frontMatter() {
    return frontMatter;
  }

  /**
   * Returns the keys that are not known Hugo or Mainroad fields, in file order; see {@link
   * FrontMatter#extras()}.
   */
  public Map<String, Value> extras() {
    return frontMatter.extras();
  }

  /**
   * Returns the problems found while reading and validating, sorted by position: warnings
   * (a theme field in an unexpected shape, a missing title, an unknown widget...), and also
   * errors when the article was read leniently with {@link ArticleParser#read}. A strict
   * {@code parse} throws instead of returning an article with errors.
   */
  public List<Problem> problems() {
    return problems;
  }

  /** Returns the Markdown body: everything after the closing fence line, as written. */
  public String bodyText() {
    return source.text().substring(bodyStart);
  }

  /** Returns the 1-based line of the file on which the body starts. */
  public int bodyLine() {
    return source.location(bodyStart).line();
  }

  /**
   * Returns the body parsed by flexmark. Node offsets ({@code getStartOffset()}) are UTF-16
   * indexes into the file text without its byte order mark, and {@code getLineNumber()} is
   * the 0-based line of the file, so positions need no adjusting. The document node's own
   * {@code getChars()} is the whole file text; only the body is parsed as Markdown.
   *
   * <p>The tree is built on first call and then shared: treat it as read-only. flexmark nodes
   * are mutable, and changing them changes what later calls return; they never change the
   * article's text or what is written.
   *
   * @throws ArticleException if the body cannot be parsed safely: nested deeper than {@link
   *     ArticleParser.Builder#maxBodyDepth} ({@code limit-body-depth}), or a construct on
   *     which flexmark overflows the stack ({@code limit-body-stack}); see
   *     docs/markdown-limits.md. The exception is thrown again on every call.
   */
  public synchronized Document body() {
    if (document == null) {
      document = parser.markdown().parse(source, bodyStart);
    }
    return document;
  }

  /** Returns whether the file starts with a UTF-8 byte order mark (kept when written). */
  public boolean hasByteOrderMark() {
    return bom;
  }

  /** Returns the whole text of the file as written, without the byte order mark. */
  public String text() {
    return source.text();
  }

  /**
   * Returns this article with its front matter written in another format, the body
   * unchanged. The new front matter is clean and conventional (see docs/formats.md), so
   * comments and the spelling of values are not carried over; the values are.
   *
   * <p>What the target cannot hold is refused, never dropped: TOML has no null and no
   * integers beyond 64 bits, JSON has no NaN or infinity. What it can only hold differently
   * is done and listed in {@link Conversion#notes()}: TOML writes plain keys before tables
   * (key order may change) and dates in RFC 3339 form; JSON writes dates as strings.
   *
   * @param target the format to write; the same format returns this article unchanged
   * @return the converted article and notes on what changed besides the syntax
   * @throws ArticleException ({@code convert-refused}) naming the value the target cannot
   *     hold and where it is
   * @since 0.1.0
   */
  public Conversion convertTo(Format target) {
    Objects.requireNonNull(target, "target must not be null");
    if (target == format()) {
      return new Conversion(this, List.of());
    }
    Emitter.Emitted emitted;
    try {
      emitted = Emitter.emit(target, frontMatter.values(), lineSeparator());
    } catch (Emitter.Unrepresentable e) {
      throw new ArticleException(List.of(source.problem("convert-refused",
          Problem.Severity.ERROR, e.path(), frontMatter.offsetOf(e.path()),
          Pointers.display(e.path()) + e.getMessage() + " (converting to " + target + ")")));
    }
    String text = emitted.text() + bodyText();
    Article converted = parser.parse(bom ? "\uFEFF" + text : text, source.name());
    return new Conversion(converted, emitted.notes());
  }

  /** The line separator of the file: CRLF when its first line ends with one, else LF. */
  private String lineSeparator() {
    String t = source.text();
    int nl = t.indexOf('\n');
    return nl > 0 && t.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
  }

  /** Returns the exact bytes of the file this article writes. */
  byte[] toBytes() {
    if (originalBytes != null) {
      return originalBytes.clone();
    }
    byte[] body = source.text().getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  /** The bytes to write without a defensive copy; callers must not modify them. */
  byte[] bytesForWriting() {
    return originalBytes != null ? originalBytes : toBytes();
  }

  /** Returns the front matter's {@code title}; see {@link FrontMatter#title()}. */
  public Optional<String> title() {
    return frontMatter.title();
  }

  /** Returns the front matter's {@code date}; see {@link FrontMatter#date()}. */
  public Optional<ArticleDate> date() {
    return frontMatter.date();
  }

  /** Returns the front matter's {@code summary}: the raw front-matter field; see {@link FrontMatter#summary()}. */
  public Optional<String> summary() {
    return frontMatter.summary();
  }

  /** Returns the front matter's {@code categories}; see {@link FrontMatter#categories()}. */
  public List<String> categories() {
    return frontMatter.categories();
  }

  /** Returns the front matter's {@code lang}: one language tag or a list of them; see {@link FrontMatter#lang()}. */
  public List<String> lang() {
    return frontMatter.lang();
  }

  /** Returns the front matter's {@code translations}; see {@link FrontMatter#translations()}. */
  public List<String> translations() {
    return frontMatter.translations();
  }

  /** Returns the front matter's {@code tags}; see {@link FrontMatter#tags()}. */
  public List<String> tags() {
    return frontMatter.tags();
  }

  /** Returns the front matter's {@code menu}: a name, a list of names or a mapping of entries; see {@link FrontMatter#menu()}. */
  public Optional<Menu> menu() {
    return frontMatter.menu();
  }

  /** Returns the front matter's {@code thumbnail}: a URL or path, or {@code {src, visibility}}; see {@link FrontMatter#thumbnail()}. */
  public Optional<Thumbnail> thumbnail() {
    return frontMatter.thumbnail();
  }

  /** Returns the front matter's {@code lead}; see {@link FrontMatter#lead()}. */
  public Optional<String> lead() {
    return frontMatter.lead();
  }

  /** Returns the front matter's {@code comments}; see {@link FrontMatter#comments()}. */
  public Optional<Boolean> comments() {
    return frontMatter.comments();
  }

  /** Returns the front matter's {@code authorbox}; see {@link FrontMatter#authorbox()}. */
  public Optional<Boolean> authorbox() {
    return frontMatter.authorbox();
  }

  /** Returns the front matter's {@code pager}; see {@link FrontMatter#pager()}. */
  public Optional<Boolean> pager() {
    return frontMatter.pager();
  }

  /** Returns the front matter's {@code toc}; see {@link FrontMatter#toc()}. */
  public Optional<Boolean> toc() {
    return frontMatter.toc();
  }

  /** Returns the front matter's {@code mathjax}; see {@link FrontMatter#mathjax()}. */
  public Optional<Boolean> mathjax() {
    return frontMatter.mathjax();
  }

  /** Returns the front matter's {@code sidebar}: Mainroad's {@code left}, {@code right} or {@code false}, as text; see {@link FrontMatter#sidebar()}. */
  public Optional<String> sidebar() {
    return frontMatter.sidebar();
  }

  /** Returns the front matter's {@code widgets}; see {@link FrontMatter#widgets()}. */
  public List<String> widgets() {
    return frontMatter.widgets();
  }

  /** Returns the front matter's {@code description}; see {@link FrontMatter#description()}. */
  public Optional<String> description() {
    return frontMatter.description();
  }

  /** Returns the front matter's {@code draft}; see {@link FrontMatter#draft()}. */
  public Optional<Boolean> draft() {
    return frontMatter.draft();
  }

  /** Returns the front matter's {@code lastmod}; see {@link FrontMatter#lastmod()}. */
  public Optional<ArticleDate> lastmod() {
    return frontMatter.lastmod();
  }

  /** Returns the front matter's {@code publishDate}; see {@link FrontMatter#publishDate()}. */
  public Optional<ArticleDate> publishDate() {
    return frontMatter.publishDate();
  }

  /** Returns the front matter's {@code expiryDate}; see {@link FrontMatter#expiryDate()}. */
  public Optional<ArticleDate> expiryDate() {
    return frontMatter.expiryDate();
  }

  /** Returns the front matter's {@code slug}; see {@link FrontMatter#slug()}. */
  public Optional<String> slug() {
    return frontMatter.slug();
  }

  /** Returns the front matter's {@code aliases}; see {@link FrontMatter#aliases()}. */
  public List<String> aliases() {
    return frontMatter.aliases();
  }

  /** Returns the front matter's {@code keywords}; see {@link FrontMatter#keywords()}. */
  public List<String> keywords() {
    return frontMatter.keywords();
  }

  /** Returns the front matter's {@code weight}; see {@link FrontMatter#weight()}. */
  public OptionalInt weight() {
    return frontMatter.weight();
  }

  /** Returns the front matter's {@code url}; see {@link FrontMatter#url()}. */
  public Optional<String> url() {
    return frontMatter.url();
  }

  /** Returns the front matter's {@code layout}; see {@link FrontMatter#layout()}. */
  public Optional<String> layout() {
    return frontMatter.layout();
  }

  /** Returns the front matter's {@code type}; see {@link FrontMatter#type()}. */
  public Optional<String> type() {
    return frontMatter.type();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a
        && frontMatter.equals(a.frontMatter)
        && bodyEquals(a);
  }

  private boolean bodyEquals(Article a) {
    String t = source.text();
    String u = a.source.text();
    int n = t.length() - bodyStart;
    return n == u.length() - a.bodyStart && t.regionMatches(bodyStart, u, a.bodyStart, n);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frontMatter, bodyText());
  }

  /** Returns the source name, format and title, for logs. */
  @Override
  public String toString() {
    return "Article[" + source.name() + ", " + format()
        + title().map(t -> ", title=" + t).orElse("") + "]";
  }
}
