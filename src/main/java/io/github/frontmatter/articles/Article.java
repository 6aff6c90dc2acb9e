package io.github.frontmatter.articles;

import com.vladsch.flexmark.util.ast.Document;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.body.Summaries;
import io.github.frontmatter.articles.internal.edit.ArticleEdits;
import io.github.frontmatter.articles.internal.read.Split;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

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
 * <p>An article is a value: its text, what was read from it, and a small context shared with
 * the other articles its parser read (the body's Markdown set-up, and the reading of an edited
 * text with the same options). Editing, conversion, HTML and summaries are done by the
 * internal stages; the methods here hand over to them.
 *
 * @since 0.1.0
 */
public final class Article extends Withers<Article> {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final SourceText source;
  private final FrontMatter frontMatter;
  private final Split split;
  private final boolean bom;
  private final byte[] originalBytes; // null when parsed from a String
  private final List<Problem> problems;
  private final ArticleContext context; // shared with the parser's other articles
  private Document document; // built on first use, guarded by this
  private Summaries.Prepared summary; // built on first use, guarded by this

  Article(SourceText source, FrontMatter frontMatter, Split split, boolean bom,
      byte[] originalBytes, List<Problem> problems, ArticleContext context) {
    this.source = source;
    this.frontMatter = frontMatter;
    this.split = split;
    this.problems = List.copyOf(problems);
    this.bom = bom;
    this.originalBytes = originalBytes;
    this.context = context;
  }

  /**
   * Returns the source name given to the parser, usually the file path.
   *
   * @return the source name given to the parser, usually the file path
   */
  public String sourceName() {
    return source.name();
  }

  /**
   * Returns the front-matter format, {@link Format#NONE} when the file has none.
   *
   * @return the front-matter format, {@link Format#NONE} when the file has none
   */
  public Format format() {
    return frontMatter.format();
  }

  /**
   * Returns the front matter: every key and value, and the typed fields.
   *
   * @return the front matter: every key and value, and the typed fields
   */
  public FrontMatter frontMatter() {
    return frontMatter;
  }

  /**
   * Returns the keys that are not known Hugo or Mainroad fields, in file order; see {@link
   * FrontMatter#extras()}.
   *
   * @return the keys that are not known Hugo or Mainroad fields, in file order; see {@link
   *     FrontMatter#extras()}
   */
  public Map<String, Value> extras() {
    return frontMatter.extras();
  }

  /**
   * Returns the problems found while reading and validating, sorted by position: warnings
   * (a theme field in an unexpected shape, a missing title, an unknown widget...), and also
   * errors when the article was read leniently with {@link ArticleParser#read}. A strict
   * {@code parse} throws instead of returning an article with errors.
   *
   * @return the problems found while reading and validating, sorted by position: warnings (a theme
   *     field in an unexpected shape, a missing title, an unknown widget...), and also errors when
   *     the article was read leniently with {@link ArticleParser#read}
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the Markdown body: everything after the closing fence line, as written.
   *
   * @return the Markdown body: everything after the closing fence line, as written
   */
  public String bodyText() {
    return source.text().substring(split.bodyStart());
  }

  /**
   * Returns the 1-based line of the file on which the body starts.
   *
   * @return the 1-based line of the file on which the body starts
   */
  public int bodyLine() {
    return source.location(split.bodyStart()).line();
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
   * @return the body parsed by flexmark
   * @throws ArticleException if the body cannot be parsed safely: nested deeper than {@link
   *     Limits#maxBodyDepth()} ({@code limit-body-depth}), more nodes than {@link
   *     Limits#maxBodyNodes()} ({@code limit-body-nodes}), a block inside a container longer
   *     than {@link Limits#maxBodyBlockLines()} ({@code limit-body-lines}), more text than
   *     {@link Limits#maxBodyTextPieces()} read together by the search for bare links ({@code
   *     limit-body-text-pieces}), or a construct on
   *     which flexmark overflows the stack ({@code limit-body-stack}); see
   *     docs/markdown-limits.md. The exception is thrown again on every call.
   */
  public synchronized Document body() {
    if (document == null) {
      document = context.body().parse(source, split.bodyStart());
    }
    return document;
  }

  /**
   * Returns the body as HTML, safe for untrusted articles: raw HTML in the Markdown is left
   * out and {@code javascript:}, {@code vbscript:}, {@code file:} and non-image {@code data:}
   * links and images get an empty URL; see {@link HtmlOptions} and docs/html.md. The body is
   * rendered by flexmark's HTML renderer with the parser's Markdown extensions.
   *
   * <pre>{@code
   * String html = Articles.parse(path).html();
   * }</pre>
   *
   * @return the HTML of the body, without {@code <html>} or {@code <body>} around it
   * @throws ArticleException if the body cannot be parsed (see {@link #body()}), or the HTML
   *     would be larger than {@link Limits#maxHtmlBytes()} ({@code limit-html-bytes})
   * @since 0.1.0
   */
  public String html() {
    return html(HtmlOptions.defaults());
  }

  /**
   * Returns the body as HTML with the given options; see {@link #html()}.
   *
   * @param options what to do with raw HTML
   * @return the HTML of the body
   * @since 0.1.0
   */
  public synchronized String html(HtmlOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    // under this article's lock: flexmark records footnote order in the shared document
    return context.body().html(source, split.bodyStart(), body(), options);
  }

  /**
   * Returns the summary Hugo 0.111.3 would show for this article, as plain text, with Hugo's
   * default length of 70 words; see {@link #excerpt(int)}.
   *
   * @return the summary, its source, and whether Hugo would call it truncated
   * @since 0.1.0
   */
  public Excerpt excerpt() {
    return excerpt(Summaries.DEFAULT_WORDS);
  }

  /**
   * Returns the summary Hugo 0.111.3 would show for this article ({@code .Summary} and
   * {@code .Truncated}), for a site with {@code summaryLength = words} and {@code
   * hasCJKLanguage = true}. Unlike {@link #summary()}, which is the raw front-matter field,
   * this resolves the summary as Hugo does:
   *
   * <ol>
   *   <li>the body before the first {@code <!--more-->} divider, when there is one;
   *   <li>else the front matter's {@code summary}, rendered as Markdown, when it is not
   *       empty;
   *   <li>else the first {@code words} words of the body's text. Text with Chinese, Japanese
   *       or Korean characters anywhere in the file (unless the front matter says {@code
   *       isCJKLanguage: false}) is cut at exactly {@code words}, each of those characters
   *       counting as a word; other text runs on to the end of the sentence.
   * </ol>
   *
   * <p>The body is rendered as Hugo renders Markdown by default (smart quotes and dashes,
   * raw HTML left out); shortcodes are not expanded. The known differences from Hugo are
   * listed in docs/hugo.md (summaries). The rendering is done once per article and kept;
   * later calls only cut.
   *
   * @param words the summary length in words, at least 1; only the automatic summary uses
   *     it
   * @return the summary, its source, and whether Hugo would call it truncated
   * @throws IllegalArgumentException if {@code words} is less than 1
   * @since 0.1.0
   */
  public Excerpt excerpt(int words) {
    if (words < 1) {
      throw new IllegalArgumentException("words must be at least 1, but was " + words);
    }
    return preparedSummary().excerpt(words);
  }

  private synchronized Summaries.Prepared preparedSummary() {
    if (summary == null) {
      summary = context.body().summary(source, split.bodyStart(), frontMatter, this::body);
    }
    return summary;
  }

  /**
   * Returns whether the file starts with a UTF-8 byte order mark (kept when written).
   *
   * @return whether the file starts with a UTF-8 byte order mark (kept when written)
   */
  public boolean hasByteOrderMark() {
    return bom;
  }

  /**
   * Returns the whole text of the file as written, without the byte order mark.
   *
   * @return the whole text of the file as written, without the byte order mark
   */
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
    ArticleEdits.Converted c = ArticleEdits.convert(source, frontMatter.values(), bodyText(),
        bom, target, frontMatter::offsetOf);
    return new Conversion(context.parse(c.text(), source.name()), c.notes());
  }

  /**
   * Returns a new, empty article in YAML ({@code ---} then {@code ---}, no body), to be
   * filled with the withers: the front matter they write is clean, conventional YAML.
   *
   * <pre>{@code
   * Article a = Article.newArticle("content/post/hello.md")
   *     .withTitle("Hello").withTags(List.of("a", "b")).withBody("\nHi.\n");
   * }</pre>
   *
   * @param sourceName the name used in messages, usually the path it will be written to
   * @return a new, empty article in YAML ({@code ---} then {@code ---}, no body), to be filled with
   *     the withers: the front matter they write is clean, conventional YAML
   */
  public static Article newArticle(String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    return ArticleContext.defaults().parse(ArticleEdits.NEW_ARTICLE, sourceName);
  }

  /**
   * Returns a builder that applies several edits in order, starting from this article; the
   * result is read once, when it is built.
   *
   * <pre>{@code
   * Article b = a.toBuilder().withTitle("New").withTags(List.of("x")).withDraft(false).build();
   * }</pre>
   *
   * @return a builder that applies several edits in order, starting from this article
   */
  public Editing toBuilder() {
    return new Editing(this);
  }

  /** A single edit: a chain of one, read at once. */
  @Override
  Article edit(Consumer<ArticleEdits> step) {
    ArticleEdits edits = edits();
    step.accept(edits);
    return finish(edits);
  }

  private ArticleEdits edits() {
    return new ArticleEdits(source, split, frontMatter.values(), context.dialect());
  }

  /**
   * Reads the text a chain of edits left, once, with this article's settings, and checks it;
   * this article when nothing changed.
   */
  private Article finish(ArticleEdits edits) {
    if (!edits.edited()) {
      return this;
    }
    ParseResult r = context.reread(edits.text(), source.name(), bom);
    edits.check(r.problems(), r.article().map(a -> a.frontMatter.values()));
    return r.article().orElseThrow();
  }

  /** What this article works with after reading; tests count the reads of edits with it. */
  ArticleContext context() {
    return context;
  }

  /**
   * Several edits at once, with the same methods as {@link Article}'s withers ({@code with},
   * {@code without}, {@code withBody}, {@code withTitle}, {@code withTags}...). The edits are
   * applied to the text in order as they are made, and the result is read once, by {@link
   * #build()}, which checks it as a single edit is checked. An edit the format cannot write
   * (a TOML null, a key that cannot be edited in place) is refused at once; what depends on
   * reading the result (an error, a limit) is refused by {@code build()}. Not thread-safe; the
   * articles it builds are.
   *
   * @since 0.1.0
   */
  public static final class Editing extends Withers<Editing> {
    private final Article start;
    private final ArticleEdits edits;

    private Editing(Article start) {
      this.start = start;
      this.edits = start.edits();
    }

    @Override
    Editing edit(Consumer<ArticleEdits> step) {
      step.accept(edits);
      return this;
    }

    /**
     * Returns the article with every edit applied, read once and checked.
     *
     * @return the article with every edit applied; the starting article when nothing changed
     * @throws IllegalArgumentException if the result would be invalid (an error) or over one
     *     of the parser's {@link Limits}, with the reason
     */
    public Article build() {
      return start.finish(edits);
    }

    /**
     * As {@link Article#with(String, Value)}.
     *
     * @param key the key, spelled exactly as in the file
     * @param value the new value
     * @return this builder
     * @deprecated use {@link #with(String, Value)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing set(String key, Value value) {
      return with(key, value);
    }

    /**
     * As {@link Article#without(String)}.
     *
     * @param key the key, spelled exactly as in the file
     * @return this builder
     * @deprecated use {@link #without(String)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing remove(String key) {
      return without(key);
    }

    /**
     * As {@link Article#withTitle(String)}.
     *
     * @param title the title
     * @return this builder
     * @deprecated use {@link #withTitle(String)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing title(String title) {
      return withTitle(title);
    }

    /**
     * As {@link Article#withDate(ArticleDate)}.
     *
     * @param date the date
     * @return this builder
     * @deprecated use {@link #withDate(ArticleDate)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing date(ArticleDate date) {
      return withDate(date);
    }

    /**
     * As {@link Article#withTags(List)}.
     *
     * @param tags the tags
     * @return this builder
     * @deprecated use {@link #withTags(List)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing tags(List<String> tags) {
      return withTags(tags);
    }

    /**
     * As {@link Article#withCategories(List)}.
     *
     * @param categories the categories
     * @return this builder
     * @deprecated use {@link #withCategories(List)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing categories(List<String> categories) {
      return withCategories(categories);
    }

    /**
     * As {@link Article#withWidgets(List)}.
     *
     * @param widgets the widgets
     * @return this builder
     * @deprecated use {@link #withWidgets(List)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing widgets(List<String> widgets) {
      return withWidgets(widgets);
    }

    /**
     * As {@link Article#withDraft(boolean)}.
     *
     * @param draft the draft
     * @return this builder
     * @deprecated use {@link #withDraft(boolean)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing draft(boolean draft) {
      return withDraft(draft);
    }

    /**
     * As {@link Article#withBody(String)}.
     *
     * @param markdown the new body, everything after the front matter
     * @return this builder
     * @deprecated use {@link #withBody(String)}, the name {@link Article} uses
     */
    @Deprecated(since = "0.2.0")
    public Editing body(String markdown) {
      return withBody(markdown);
    }
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

  /** {@return the front matter's {@code title}; see {@link FrontMatter#title()}} */
  public Optional<String> title() {
    return frontMatter.title();
  }

  /** {@return the front matter's {@code date}; see {@link FrontMatter#date()}} */
  public Optional<ArticleDate> date() {
    return frontMatter.date();
  }

  /**
   * {@return the front matter's {@code summary}: the raw front-matter field; see {@link
   * FrontMatter#summary()}}
   */
  public Optional<String> summary() {
    return frontMatter.summary();
  }

  /** {@return the front matter's {@code categories}; see {@link FrontMatter#categories()}} */
  public List<String> categories() {
    return frontMatter.categories();
  }

  /**
   * {@return the front matter's {@code lang}: one language tag or a list of them; see {@link
   * FrontMatter#lang()}}
   */
  public List<String> lang() {
    return frontMatter.lang();
  }

  /** {@return the front matter's {@code translations}; see {@link FrontMatter#translations()}} */
  public List<String> translations() {
    return frontMatter.translations();
  }

  /** {@return the front matter's {@code tags}; see {@link FrontMatter#tags()}} */
  public List<String> tags() {
    return frontMatter.tags();
  }

  /**
   * {@return the front matter's {@code menu}: a name, a list of names or a mapping of entries;
   * see {@link FrontMatter#menu()}}
   */
  public Optional<Menu> menu() {
    return frontMatter.menu();
  }

  /**
   * {@return the front matter's {@code thumbnail}: a URL or path, or {@code {src, visibility}};
   * see {@link FrontMatter#thumbnail()}}
   */
  public Optional<Thumbnail> thumbnail() {
    return frontMatter.thumbnail();
  }

  /** {@return the front matter's {@code lead}; see {@link FrontMatter#lead()}} */
  public Optional<String> lead() {
    return frontMatter.lead();
  }

  /** {@return the front matter's {@code comments}; see {@link FrontMatter#comments()}} */
  public Optional<Boolean> comments() {
    return frontMatter.comments();
  }

  /** {@return the front matter's {@code authorbox}; see {@link FrontMatter#authorbox()}} */
  public Optional<Boolean> authorbox() {
    return frontMatter.authorbox();
  }

  /** {@return the front matter's {@code pager}; see {@link FrontMatter#pager()}} */
  public Optional<Boolean> pager() {
    return frontMatter.pager();
  }

  /** {@return the front matter's {@code toc}; see {@link FrontMatter#toc()}} */
  public Optional<Boolean> toc() {
    return frontMatter.toc();
  }

  /** {@return the front matter's {@code mathjax}; see {@link FrontMatter#mathjax()}} */
  public Optional<Boolean> mathjax() {
    return frontMatter.mathjax();
  }

  /**
   * {@return the front matter's {@code sidebar}: Mainroad's {@code left}, {@code right} or
   * {@code false}, as text; see {@link FrontMatter#sidebar()}}
   */
  public Optional<String> sidebar() {
    return frontMatter.sidebar();
  }

  /** {@return the front matter's {@code widgets}; see {@link FrontMatter#widgets()}} */
  public List<String> widgets() {
    return frontMatter.widgets();
  }

  /** {@return the front matter's {@code description}; see {@link FrontMatter#description()}} */
  public Optional<String> description() {
    return frontMatter.description();
  }

  /** {@return the front matter's {@code draft}; see {@link FrontMatter#draft()}} */
  public Optional<Boolean> draft() {
    return frontMatter.draft();
  }

  /** {@return the front matter's {@code lastmod}; see {@link FrontMatter#lastmod()}} */
  public Optional<ArticleDate> lastmod() {
    return frontMatter.lastmod();
  }

  /** {@return the front matter's {@code publishDate}; see {@link FrontMatter#publishDate()}} */
  public Optional<ArticleDate> publishDate() {
    return frontMatter.publishDate();
  }

  /** {@return the front matter's {@code expiryDate}; see {@link FrontMatter#expiryDate()}} */
  public Optional<ArticleDate> expiryDate() {
    return frontMatter.expiryDate();
  }

  /** {@return the front matter's {@code slug}; see {@link FrontMatter#slug()}} */
  public Optional<String> slug() {
    return frontMatter.slug();
  }

  /** {@return the front matter's {@code aliases}; see {@link FrontMatter#aliases()}} */
  public List<String> aliases() {
    return frontMatter.aliases();
  }

  /** {@return the front matter's {@code keywords}; see {@link FrontMatter#keywords()}} */
  public List<String> keywords() {
    return frontMatter.keywords();
  }

  /** {@return the front matter's {@code weight}; see {@link FrontMatter#weight()}} */
  public OptionalInt weight() {
    return frontMatter.weight();
  }

  /** {@return the front matter's {@code url}; see {@link FrontMatter#url()}} */
  public Optional<String> url() {
    return frontMatter.url();
  }

  /** {@return the front matter's {@code layout}; see {@link FrontMatter#layout()}} */
  public Optional<String> layout() {
    return frontMatter.layout();
  }

  /** {@return the front matter's {@code type}; see {@link FrontMatter#type()}} */
  public Optional<String> type() {
    return frontMatter.type();
  }

  /**
   * {@return the front matter's {@code params}; see {@link FrontMatter#params()}}
   *
   * @since 0.2.0
   */
  public Optional<Map<String, Value>> params() {
    return frontMatter.params();
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
    int start = split.bodyStart();
    int other = a.split.bodyStart();
    int n = t.length() - start;
    return n == u.length() - other && t.regionMatches(start, u, other, n);
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
