package io.github.frontmatter.articles;

import com.vladsch.flexmark.util.ast.Document;
import io.github.frontmatter.articles.internal.edit.Editor;
import io.github.frontmatter.articles.internal.edit.Emitter;
import io.github.frontmatter.articles.internal.edit.JsonEditor;
import io.github.frontmatter.articles.internal.read.Split;
import io.github.frontmatter.articles.internal.edit.TomlEditor;
import io.github.frontmatter.articles.internal.edit.YamlEditor;
import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.body.SafeHtml;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.body.Summaries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
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
  private final Split split;
  private final int bodyStart;
  private final boolean bom;
  private final byte[] originalBytes; // null when parsed from a String
  private final List<Problem> problems;
  private final ArticleParser parser;
  private Document document; // built on first use, guarded by this
  private Summaries.Prepared summary; // built on first use, guarded by this

  Article(
      SourceText source,
      FrontMatter frontMatter,
      Split split,
      boolean bom,
      byte[] originalBytes,
      List<Problem> problems,
      ArticleParser parser) {
    this.source = source;
    this.frontMatter = frontMatter;
    this.split = split;
    this.bodyStart = split.bodyStart();
    this.bom = bom;
    this.originalBytes = originalBytes;
    this.problems = List.copyOf(problems);
    this.parser = parser;
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
    return source.text().substring(bodyStart);
  }

  /**
   * Returns the 1-based line of the file on which the body starts.
   *
   * @return the 1-based line of the file on which the body starts
   */
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
   * @return the body parsed by flexmark
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
    return SafeHtml.forExtensions(parser.markdownExtensions()).render(body(), options.rawHtml());
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
      summary = parser.summaries().prepare(source.text(), bodyStart, this::body,
          frontMatter.summary().orElse(null), cjkOverride());
    }
    return summary;
  }

  /**
   * The front matter's {@code isCJKLanguage} (key in any case) read as Hugo reads a boolean:
   * a boolean; a number, true unless 0; the text {@code true}, {@code 1}, {@code t} (and
   * {@code TRUE}, {@code True}, {@code T}), anything else false. Null when the key is absent.
   */
  private Boolean cjkOverride() {
    for (Map.Entry<String, Value> e : frontMatter.values().entrySet()) {
      if (e.getKey().equalsIgnoreCase("isCJKLanguage")) {
        Value v = e.getValue();
        if (v instanceof Value.Bool b) {
          return b.value();
        }
        if (v instanceof Value.Int i) {
          return i.value().signum() != 0;
        }
        if (v instanceof Value.Decimal d) {
          return d.value() != 0;
        }
        return v instanceof Value.Text t
            && List.of("1", "t", "T", "TRUE", "true", "True").contains(t.value());
      }
    }
    return null;
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


  // ------------------------------------------------------------------ editing

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
    return ArticleParser.defaults().parse("---\n---\n", sourceName);
  }

  /**
   * Returns this article with the top-level {@code key} set to {@code value}, changing only
   * the text of that value in the file: every other byte stays, including the comment after
   * the value; the old value's style is kept where the new value can be written in it (see
   * docs/editing.md). A new key is appended at the end of the front matter (in TOML before the
   * first table). An article without front matter gets YAML front matter.
   *
   * @param key the key, spelled exactly as in the file (or as it should be written)
   * @param value the new value
   * @return the edited article; this one is unchanged
   * @throws IllegalArgumentException if the format cannot hold the value (TOML has no null,
   *     JSON no NaN), if the key cannot be edited in place (a YAML flow mapping, an anchored
   *     value), if the value would make the article invalid (a {@code date} that is not a
   *     date), or if the edited file would be over one of the parser's {@link Limits}, with
   *     the reason
   */
  public Article with(String key, Value value) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(value, "value must not be null");
    if (format() == Format.NONE) {
      return withYamlFrontMatter().with(key, value);
    }
    String edited;
    try {
      edited = editor().set(source.text(), split, key, value, lineSeparator());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Pointers.display("/" + Pointers.escape(key))
          + e.getMessage(), e);
    }
    Article a = reread(edited, key);
    Value written = a.frontMatter.values().get(key);
    if (!sameValue(value, written)) {
      throw new IllegalStateException("the edited text reads back as " + written
          + " instead of " + value + " for key \"" + key + "\"; please report this");
    }
    return a;
  }

  /**
   * Returns this article without the top-level {@code key}: its lines go, with the comment
   * lines directly above it that clearly belong to it (see docs/editing.md); every other byte
   * stays. Returns this article when the key is absent.
   *
   * @param key the key, spelled exactly as in the file
   * @return this article without the top-level {@code key}: its lines go, with the comment lines
   *     directly above it that clearly belong to it (see docs/editing.md); every other byte stays
   */
  public Article without(String key) {
    Objects.requireNonNull(key, "key must not be null");
    if (!frontMatter.values().containsKey(key)) {
      return this;
    }
    return reread(editor().remove(source.text(), split, key, lineSeparator()), key);
  }

  /**
   * Returns this article with a new Markdown body, everything after the front matter; the
   * front matter stays byte for byte.
   *
   * @param markdown the new body, everything after the front matter
   * @return this article with a new Markdown body, everything after the front matter; the front
   *     matter stays byte for byte
   */
  public Article withBody(String markdown) {
    Objects.requireNonNull(markdown, "markdown must not be null");
    return reread(source.text().substring(0, bodyStart) + markdown, null);
  }

  /**
   * Sets {@code title}.
   *
   * @param title the new value
   * @return the edited article; this one is unchanged
   */
  public Article withTitle(String title) {
    return with(keyFor("title"), new Value.Text(Objects.requireNonNull(title,
        "title must not be null")));
  }

  /**
   * Sets {@code date}. Written as its text; where the old date was quoted text (or the
   * format is JSON) the new one is too.
   *
   * @param date the new value
   * @return the edited article; this one is unchanged
   */
  public Article withDate(ArticleDate date) {
    return withDateField("date", date);
  }

  /**
   * Sets {@code lastmod}, as {@link #withDate}.
   *
   * @param date the new value
   * @return the edited article; this one is unchanged
   */
  public Article withLastmod(ArticleDate date) {
    return withDateField("lastmod", date);
  }

  /**
   * Sets {@code publishDate}, as {@link #withDate}.
   *
   * @param date the new value
   * @return the edited article; this one is unchanged
   */
  public Article withPublishDate(ArticleDate date) {
    return withDateField("publishDate", date);
  }

  /**
   * Sets {@code expiryDate}, as {@link #withDate}.
   *
   * @param date the new value
   * @return the edited article; this one is unchanged
   */
  public Article withExpiryDate(ArticleDate date) {
    return withDateField("expiryDate", date);
  }

  /**
   * Sets {@code summary} (the front-matter field).
   *
   * @param summary the new value
   * @return the edited article; this one is unchanged
   */
  public Article withSummary(String summary) {
    return withText("summary", summary);
  }

  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return the edited article; this one is unchanged
   */
  public Article withDescription(String description) {
    return withText("description", description);
  }

  /**
   * Sets {@code lead}.
   *
   * @param lead the new value
   * @return the edited article; this one is unchanged
   */
  public Article withLead(String lead) {
    return withText("lead", lead);
  }

  /**
   * Sets {@code slug}.
   *
   * @param slug the new value
   * @return the edited article; this one is unchanged
   */
  public Article withSlug(String slug) {
    return withText("slug", slug);
  }

  /**
   * Sets {@code url}.
   *
   * @param url the new value
   * @return the edited article; this one is unchanged
   */
  public Article withUrl(String url) {
    return withText("url", url);
  }

  /**
   * Sets {@code layout}.
   *
   * @param layout the new value
   * @return the edited article; this one is unchanged
   */
  public Article withLayout(String layout) {
    return withText("layout", layout);
  }

  /**
   * Sets {@code type}.
   *
   * @param type the new value
   * @return the edited article; this one is unchanged
   */
  public Article withType(String type) {
    return withText("type", type);
  }

  /**
   * Sets {@code sidebar} ({@code left}, {@code right} or {@code false} for Mainroad).
   *
   * @param sidebar the new value
   * @return the edited article; this one is unchanged
   */
  public Article withSidebar(String sidebar) {
    return withText("sidebar", sidebar);
  }

  /**
   * Sets {@code tags}.
   *
   * @param tags the new value
   * @return the edited article; this one is unchanged
   */
  public Article withTags(List<String> tags) {
    return withList("tags", tags);
  }

  /**
   * Sets {@code categories}.
   *
   * @param categories the new value
   * @return the edited article; this one is unchanged
   */
  public Article withCategories(List<String> categories) {
    return withList("categories", categories);
  }

  /**
   * Sets {@code lang}.
   *
   * @param lang the new value
   * @return the edited article; this one is unchanged
   */
  public Article withLang(List<String> lang) {
    return withList("lang", lang);
  }

  /**
   * Sets {@code translations}.
   *
   * @param translations the new value
   * @return the edited article; this one is unchanged
   */
  public Article withTranslations(List<String> translations) {
    return withList("translations", translations);
  }

  /**
   * Sets {@code widgets}.
   *
   * @param widgets the new value
   * @return the edited article; this one is unchanged
   */
  public Article withWidgets(List<String> widgets) {
    return withList("widgets", widgets);
  }

  /**
   * Sets {@code aliases}.
   *
   * @param aliases the new value
   * @return the edited article; this one is unchanged
   */
  public Article withAliases(List<String> aliases) {
    return withList("aliases", aliases);
  }

  /**
   * Sets {@code keywords}.
   *
   * @param keywords the new value
   * @return the edited article; this one is unchanged
   */
  public Article withKeywords(List<String> keywords) {
    return withList("keywords", keywords);
  }

  /**
   * Sets {@code draft}.
   *
   * @param draft the new value
   * @return the edited article; this one is unchanged
   */
  public Article withDraft(boolean draft) {
    return with(keyFor("draft"), new Value.Bool(draft));
  }

  /**
   * Sets {@code comments}.
   *
   * @param comments the new value
   * @return the edited article; this one is unchanged
   */
  public Article withComments(boolean comments) {
    return with(keyFor("comments"), new Value.Bool(comments));
  }

  /**
   * Sets {@code authorbox}.
   *
   * @param authorbox the new value
   * @return the edited article; this one is unchanged
   */
  public Article withAuthorbox(boolean authorbox) {
    return with(keyFor("authorbox"), new Value.Bool(authorbox));
  }

  /**
   * Sets {@code pager}.
   *
   * @param pager the new value
   * @return the edited article; this one is unchanged
   */
  public Article withPager(boolean pager) {
    return with(keyFor("pager"), new Value.Bool(pager));
  }

  /**
   * Sets {@code toc}.
   *
   * @param toc the new value
   * @return the edited article; this one is unchanged
   */
  public Article withToc(boolean toc) {
    return with(keyFor("toc"), new Value.Bool(toc));
  }

  /**
   * Sets {@code mathjax}.
   *
   * @param mathjax the new value
   * @return the edited article; this one is unchanged
   */
  public Article withMathjax(boolean mathjax) {
    return with(keyFor("mathjax"), new Value.Bool(mathjax));
  }

  /**
   * Sets {@code weight}.
   *
   * @param weight the new value
   * @return the edited article; this one is unchanged
   */
  public Article withWeight(int weight) {
    return with(keyFor("weight"), Value.Int.of(weight));
  }

  /**
   * Sets {@code thumbnail}: a plain URL or path when there is no visibility, else {@code
   * {src, visibility}}.
   *
   * @param thumbnail the new value
   * @return the edited article; this one is unchanged
   */
  public Article withThumbnail(Thumbnail thumbnail) {
    Objects.requireNonNull(thumbnail, "thumbnail must not be null");
    Value v;
    if (thumbnail.visibility().isEmpty()) {
      v = new Value.Text(thumbnail.src());
    } else {
      LinkedHashMap<String, Value> m = new LinkedHashMap<>();
      m.put("src", new Value.Text(thumbnail.src()));
      m.put("visibility", texts(thumbnail.visibility()));
      v = new Value.Mapping(m);
    }
    return with(keyFor("thumbnail"), v);
  }

  /**
   * Sets {@code menu}: a single name when the menu has one entry without properties, a list
   * of names when no entry has properties, else a mapping of entries.
   *
   * @param menu the new value
   * @return the edited article; this one is unchanged
   */
  public Article withMenu(Menu menu) {
    Objects.requireNonNull(menu, "menu must not be null");
    boolean plain = menu.entries().values().stream().allMatch(Map::isEmpty);
    Value v;
    if (plain && menu.entries().size() == 1) {
      v = new Value.Text(menu.names().get(0));
    } else if (plain) {
      v = texts(menu.names());
    } else {
      LinkedHashMap<String, Value> m = new LinkedHashMap<>();
      menu.entries().forEach((name, props) -> m.put(name, new Value.Mapping(props)));
      v = new Value.Mapping(m);
    }
    return with(keyFor("menu"), v);
  }

  /**
   * Returns a builder that applies several edits in order, starting from this article.
   *
   * <pre>{@code
   * Article b = a.toBuilder().title("New").tags(List.of("x")).draft(false).build();
   * }</pre>
   *
   * @return a builder that applies several edits in order, starting from this article
   */
  public Editing toBuilder() {
    return new Editing(this);
  }

  /**
   * Several edits at once; each is applied in order, exactly as the matching wither would.
   * Not thread-safe; the articles it builds are.
   *
   * @since 0.1.0
   */
  public static final class Editing {
    private Article article;

    private Editing(Article start) {
      this.article = start;
    }

    /**
     * As {@link Article#with(String, Value)}.
     *
     * @param key the key, spelled exactly as in the file
     * @param value the new value
     * @return this builder
     */
    public Editing set(String key, Value value) {
      article = article.with(key, value);
      return this;
    }

    /**
     * As {@link Article#without(String)}.
     *
     * @param key the key, spelled exactly as in the file
     * @return this builder
     */
    public Editing remove(String key) {
      article = article.without(key);
      return this;
    }

    /**
     * As {@link Article#withTitle(String)}.
     *
     * @param title the title
     * @return this builder
     */
    public Editing title(String title) {
      article = article.withTitle(title);
      return this;
    }

    /**
     * As {@link Article#withDate(ArticleDate)}.
     *
     * @param date the date
     * @return this builder
     */
    public Editing date(ArticleDate date) {
      article = article.withDate(date);
      return this;
    }

    /**
     * As {@link Article#withTags(List)}.
     *
     * @param tags the tags
     * @return this builder
     */
    public Editing tags(List<String> tags) {
      article = article.withTags(tags);
      return this;
    }

    /**
     * As {@link Article#withCategories(List)}.
     *
     * @param categories the categories
     * @return this builder
     */
    public Editing categories(List<String> categories) {
      article = article.withCategories(categories);
      return this;
    }

    /**
     * As {@link Article#withWidgets(List)}.
     *
     * @param widgets the widgets
     * @return this builder
     */
    public Editing widgets(List<String> widgets) {
      article = article.withWidgets(widgets);
      return this;
    }

    /**
     * As {@link Article#withDraft(boolean)}.
     *
     * @param draft the draft
     * @return this builder
     */
    public Editing draft(boolean draft) {
      article = article.withDraft(draft);
      return this;
    }

    /**
     * As {@link Article#withBody(String)}.
     *
     * @param markdown the new body, everything after the front matter
     * @return this builder
     */
    public Editing body(String markdown) {
      article = article.withBody(markdown);
      return this;
    }

    /**
     * Returns the article with every edit applied.
     *
     * @return the article with every edit applied
     */
    public Article build() {
      return article;
    }
  }

  private Article withText(String field, String text) {
    Objects.requireNonNull(text, field + " must not be null");
    return with(keyFor(field), new Value.Text(text));
  }

  private Article withList(String field, List<String> items) {
    Objects.requireNonNull(items, field + " must not be null");
    return with(keyFor(field), texts(items));
  }

  private Article withDateField(String field, ArticleDate date) {
    Objects.requireNonNull(date, field + " must not be null");
    String key = keyFor(field);
    Value old = frontMatter.values().get(key);
    boolean asText = old instanceof Value.Text || format() == Format.JSON;
    return with(key, asText ? new Value.Text(date.text()) : new Value.Date(date));
  }

  private static Value texts(List<String> items) {
    List<Value> out = new ArrayList<>(items.size());
    for (String s : items) {
      out.add(new Value.Text(Objects.requireNonNull(s, "list items must not be null")));
    }
    return new Value.Sequence(out);
  }

  /** The key as spelled in the file (Hugo matches case-insensitively), else the field name. */
  private String keyFor(String field) {
    for (String k : frontMatter.values().keySet()) {
      if (k.toLowerCase(Locale.ROOT).equals(field.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return field;
  }

  private Editor editor() {
    return switch (format()) {
      case YAML -> new YamlEditor();
      case TOML -> new TomlEditor();
      case JSON -> new JsonEditor();
      case NONE -> throw new IllegalStateException("no front matter to edit");
    };
  }

  /** The same article with empty YAML front matter added before its body. */
  private Article withYamlFrontMatter() {
    String nl = lineSeparator();
    return reread("---" + nl + "---" + nl + source.text(), null);
  }

  /**
   * Reads an edited text. An edit that makes the file unreadable is a bug of the editor;
   * one that makes it invalid (an error) is refused.
   */
  private Article reread(String text, String key) {
    ParseResult r = parser.readEdited(text, source.name(), bom);
    if (r.article().isEmpty() && !r.problems().isEmpty()
        && r.problems().get(0).rule().startsWith("limit-")) {
      // a legitimate edit can make the file larger than the parser's limits allow
      throw new IllegalArgumentException("the edit would make the article exceed a limit: "
          + r.problems().get(0).message() + " [" + r.problems().get(0).rule() + "]");
    }
    if (r.article().isEmpty()) {
      throw new IllegalStateException("the edit of " + (key == null ? "the body" : "\"" + key
          + "\"") + " made the file unreadable; please report this: " + r.problems());
    }
    List<Problem> errors = r.problems().stream()
        .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("the edit would make the article invalid: "
          + errors.get(0).message() + " [" + errors.get(0).rule() + "]");
    }
    return r.article().get();
  }

  /** JSON has no dates: a date written there reads back as text with the same spelling. */
  private static boolean sameValue(Value wanted, Value written) {
    if (wanted instanceof Value.Date d && written instanceof Value.Text t) {
      return d.value().text().equals(t.value());
    }
    return wanted.equals(written);
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

  /**
   * Returns the front matter's {@code title}; see {@link FrontMatter#title()}.
   *
   * @return the front matter's {@code title}; see {@link FrontMatter#title()}
   */
  public Optional<String> title() {
    return frontMatter.title();
  }

  /**
   * Returns the front matter's {@code date}; see {@link FrontMatter#date()}.
   *
   * @return the front matter's {@code date}; see {@link FrontMatter#date()}
   */
  public Optional<ArticleDate> date() {
    return frontMatter.date();
  }

  /**
   * Returns the front matter's {@code summary}: the raw front-matter field; see {@link
   * FrontMatter#summary()}.
   *
   * @return the front matter's {@code summary}: the raw front-matter field; see {@link
   *     FrontMatter#summary()}
   */
  public Optional<String> summary() {
    return frontMatter.summary();
  }

  /**
   * Returns the front matter's {@code categories}; see {@link FrontMatter#categories()}.
   *
   * @return the front matter's {@code categories}; see {@link FrontMatter#categories()}
   */
  public List<String> categories() {
    return frontMatter.categories();
  }

  /**
   * Returns the front matter's {@code lang}: one language tag or a list of them; see {@link
   * FrontMatter#lang()}.
   *
   * @return the front matter's {@code lang}: one language tag or a list of them; see {@link
   *     FrontMatter#lang()}
   */
  public List<String> lang() {
    return frontMatter.lang();
  }

  /**
   * Returns the front matter's {@code translations}; see {@link FrontMatter#translations()}.
   *
   * @return the front matter's {@code translations}; see {@link FrontMatter#translations()}
   */
  public List<String> translations() {
    return frontMatter.translations();
  }

  /**
   * Returns the front matter's {@code tags}; see {@link FrontMatter#tags()}.
   *
   * @return the front matter's {@code tags}; see {@link FrontMatter#tags()}
   */
  public List<String> tags() {
    return frontMatter.tags();
  }

  /**
   * Returns the front matter's {@code menu}: a name, a list of names or a mapping of entries; see
   * {@link FrontMatter#menu()}.
   *
   * @return the front matter's {@code menu}: a name, a list of names or a mapping of entries; see
   *     {@link FrontMatter#menu()}
   */
  public Optional<Menu> menu() {
    return frontMatter.menu();
  }

  /**
   * Returns the front matter's {@code thumbnail}: a URL or path, or {@code {src, visibility}}; see
   * {@link FrontMatter#thumbnail()}.
   *
   * @return the front matter's {@code thumbnail}: a URL or path, or {@code {src, visibility}}; see
   *     {@link FrontMatter#thumbnail()}
   */
  public Optional<Thumbnail> thumbnail() {
    return frontMatter.thumbnail();
  }

  /**
   * Returns the front matter's {@code lead}; see {@link FrontMatter#lead()}.
   *
   * @return the front matter's {@code lead}; see {@link FrontMatter#lead()}
   */
  public Optional<String> lead() {
    return frontMatter.lead();
  }

  /**
   * Returns the front matter's {@code comments}; see {@link FrontMatter#comments()}.
   *
   * @return the front matter's {@code comments}; see {@link FrontMatter#comments()}
   */
  public Optional<Boolean> comments() {
    return frontMatter.comments();
  }

  /**
   * Returns the front matter's {@code authorbox}; see {@link FrontMatter#authorbox()}.
   *
   * @return the front matter's {@code authorbox}; see {@link FrontMatter#authorbox()}
   */
  public Optional<Boolean> authorbox() {
    return frontMatter.authorbox();
  }

  /**
   * Returns the front matter's {@code pager}; see {@link FrontMatter#pager()}.
   *
   * @return the front matter's {@code pager}; see {@link FrontMatter#pager()}
   */
  public Optional<Boolean> pager() {
    return frontMatter.pager();
  }

  /**
   * Returns the front matter's {@code toc}; see {@link FrontMatter#toc()}.
   *
   * @return the front matter's {@code toc}; see {@link FrontMatter#toc()}
   */
  public Optional<Boolean> toc() {
    return frontMatter.toc();
  }

  /**
   * Returns the front matter's {@code mathjax}; see {@link FrontMatter#mathjax()}.
   *
   * @return the front matter's {@code mathjax}; see {@link FrontMatter#mathjax()}
   */
  public Optional<Boolean> mathjax() {
    return frontMatter.mathjax();
  }

  /**
   * Returns the front matter's {@code sidebar}: Mainroad's {@code left}, {@code right} or {@code
   * false}, as text; see {@link FrontMatter#sidebar()}.
   *
   * @return the front matter's {@code sidebar}: Mainroad's {@code left}, {@code right} or {@code
   *     false}, as text; see {@link FrontMatter#sidebar()}
   */
  public Optional<String> sidebar() {
    return frontMatter.sidebar();
  }

  /**
   * Returns the front matter's {@code widgets}; see {@link FrontMatter#widgets()}.
   *
   * @return the front matter's {@code widgets}; see {@link FrontMatter#widgets()}
   */
  public List<String> widgets() {
    return frontMatter.widgets();
  }

  /**
   * Returns the front matter's {@code description}; see {@link FrontMatter#description()}.
   *
   * @return the front matter's {@code description}; see {@link FrontMatter#description()}
   */
  public Optional<String> description() {
    return frontMatter.description();
  }

  /**
   * Returns the front matter's {@code draft}; see {@link FrontMatter#draft()}.
   *
   * @return the front matter's {@code draft}; see {@link FrontMatter#draft()}
   */
  public Optional<Boolean> draft() {
    return frontMatter.draft();
  }

  /**
   * Returns the front matter's {@code lastmod}; see {@link FrontMatter#lastmod()}.
   *
   * @return the front matter's {@code lastmod}; see {@link FrontMatter#lastmod()}
   */
  public Optional<ArticleDate> lastmod() {
    return frontMatter.lastmod();
  }

  /**
   * Returns the front matter's {@code publishDate}; see {@link FrontMatter#publishDate()}.
   *
   * @return the front matter's {@code publishDate}; see {@link FrontMatter#publishDate()}
   */
  public Optional<ArticleDate> publishDate() {
    return frontMatter.publishDate();
  }

  /**
   * Returns the front matter's {@code expiryDate}; see {@link FrontMatter#expiryDate()}.
   *
   * @return the front matter's {@code expiryDate}; see {@link FrontMatter#expiryDate()}
   */
  public Optional<ArticleDate> expiryDate() {
    return frontMatter.expiryDate();
  }

  /**
   * Returns the front matter's {@code slug}; see {@link FrontMatter#slug()}.
   *
   * @return the front matter's {@code slug}; see {@link FrontMatter#slug()}
   */
  public Optional<String> slug() {
    return frontMatter.slug();
  }

  /**
   * Returns the front matter's {@code aliases}; see {@link FrontMatter#aliases()}.
   *
   * @return the front matter's {@code aliases}; see {@link FrontMatter#aliases()}
   */
  public List<String> aliases() {
    return frontMatter.aliases();
  }

  /**
   * Returns the front matter's {@code keywords}; see {@link FrontMatter#keywords()}.
   *
   * @return the front matter's {@code keywords}; see {@link FrontMatter#keywords()}
   */
  public List<String> keywords() {
    return frontMatter.keywords();
  }

  /**
   * Returns the front matter's {@code weight}; see {@link FrontMatter#weight()}.
   *
   * @return the front matter's {@code weight}; see {@link FrontMatter#weight()}
   */
  public OptionalInt weight() {
    return frontMatter.weight();
  }

  /**
   * Returns the front matter's {@code url}; see {@link FrontMatter#url()}.
   *
   * @return the front matter's {@code url}; see {@link FrontMatter#url()}
   */
  public Optional<String> url() {
    return frontMatter.url();
  }

  /**
   * Returns the front matter's {@code layout}; see {@link FrontMatter#layout()}.
   *
   * @return the front matter's {@code layout}; see {@link FrontMatter#layout()}
   */
  public Optional<String> layout() {
    return frontMatter.layout();
  }

  /**
   * Returns the front matter's {@code type}; see {@link FrontMatter#type()}.
   *
   * @return the front matter's {@code type}; see {@link FrontMatter#type()}
   */
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
