package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.Utf8;
import io.github.frontmatter.articles.internal.body.ArticleBody;
import io.github.frontmatter.articles.internal.body.Markdown;
import io.github.frontmatter.articles.internal.files.InOrder;
import io.github.frontmatter.articles.internal.files.BoundedFiles;
import io.github.frontmatter.articles.internal.files.Walk;
import io.github.frontmatter.articles.internal.read.Dialect;
import io.github.frontmatter.articles.internal.read.FrontMatterPrefix;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;

/**
 * Reads articles with a fixed set of options. Build one with {@link #builder()}, or use
 * {@link Articles}, which holds one with the default options.
 *
 * <p>A parser is immutable and safe to use from many threads at once.
 *
 * @since 0.1.0
 */
public final class ArticleParser {
  private static final ArticleParser DEFAULT = builder().build();

  private final Set<MarkdownExtension> extensions;
  private final Limits limits;
  private final Profile profile;
  private final ArticleReader reader;

  private ArticleParser(Builder b) {
    this.extensions = Set.copyOf(b.extensions);
    this.limits = b.limits;
    this.profile = b.profile;
    Markdown markdown = new Markdown(extensions, limits);
    this.reader = new ArticleReader(Dialect.of(profile), limits, b.unknownKeys,
        b.warningsAsErrors, b.schema, new ArticleBody(extensions, markdown));
  }

  /**
   * Returns the parser with the default options.
   *
   * @return the parser with the default options
   */
  public static ArticleParser defaults() {
    return DEFAULT;
  }

  /**
   * Returns a builder that starts from the default options.
   *
   * @return a builder that starts from the default options
   */
  public static Builder builder() {
    return new Builder();
  }

  /** What the articles this parser reads work with after reading. */
  ArticleContext context() {
    return reader.context();
  }

  /**
   * Returns the generator whose rules this parser reads by; see {@link
   * Builder#profile(Profile)}.
   *
   * @return the profile
   * @since 0.2.0
   */
  public Profile profile() {
    return profile;
  }

  /**
   * Returns the limits this parser applies; see {@link Builder#limits(Limits)}.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Returns the Markdown extensions the body parser enables.
   *
   * @return the Markdown extensions the body parser enables
   */
  public Set<MarkdownExtension> markdownExtensions() {
    return extensions;
  }

  /**
   * Returns the deepest the body's tree may nest: {@code limits().maxBodyDepth()}.
   *
   * @return the body depth limit
   * @deprecated the body depth is one of the {@link Limits}; use {@link Limits#maxBodyDepth()}
   */
  @Deprecated(since = "0.2.0")
  public int maxBodyDepth() {
    return limits.maxBodyDepth();
  }

  /**
   * Reads the file at {@code path}; its source name is {@code path.toString()}.
   *
   * <p>A file larger than {@link Limits#maxFileBytes()} is refused ({@code limit-file-bytes})
   * without being read.
   *
   * @param path a UTF-8 Markdown file
   * @return the article
   * @throws IOException if the file cannot be read
   * @throws ArticleException if the file is not a readable article or is over a limit
   */
  public Article parse(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    return parse(BoundedFiles.read(path, limits), path.toString());
  }

  /**
   * Reads UTF-8 bytes (a UTF-8 byte order mark is allowed and kept).
   *
   * @param bytes the file's bytes; not copied, so do not change them afterwards
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article
   * @throws ArticleException if the bytes are not UTF-8 or not a readable article
   */
  public Article parse(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return reader.parse(bytes, sourceName);
  }

  /**
   * Reads a whole stream as UTF-8 bytes; the stream is not closed. At most {@link
   * Limits#maxFileBytes()} + 1 bytes are read: a longer stream is refused ({@code
   * limit-file-bytes}) and left partly read.
   *
   * @param in a stream of UTF-8 bytes
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article
   * @throws IOException if the stream cannot be read
   * @throws ArticleException if the bytes are not UTF-8 or not a readable article
   */
  public Article parse(InputStream in, String sourceName) throws IOException {
    requireNonNull(in, "in must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return parse(BoundedFiles.read(in, sourceName, limits), sourceName);
  }

  /**
   * Reads the file at {@code path} without throwing for its content: the article (when it
   * could be read at all) and every problem, errors and warnings, sorted by position.
   *
   * @param path a UTF-8 Markdown file
   * @return the article, when it could be read, and every problem
   * @throws IOException if the file cannot be read
   */
  public ParseResult read(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    byte[] bytes;
    try {
      bytes = BoundedFiles.read(path, limits);
    } catch (ArticleException e) {
      return new ParseResult(Optional.empty(), e.problems());
    }
    return read(bytes, path.toString());
  }

  /**
   * Reads UTF-8 bytes without throwing for their content; see {@link #read(Path)}.
   *
   * @param bytes the file's bytes; not copied, so do not change them afterwards
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article, when it could be read, and every problem
   */
  public ParseResult read(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return reader.read(bytes, sourceName);
  }

  /**
   * Reads text without throwing for its content; see {@link #read(Path)}.
   *
   * @param text the whole file's text
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article, when it could be read, and every problem
   */
  public ParseResult read(String text, String sourceName) {
    requireNonNull(text, "text must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return reader.read(text, sourceName);
  }

  /**
   * Returns every problem of the file at {@code path}, errors and warnings, sorted by
   * position; empty when the article is fine.
   *
   * @param path a UTF-8 Markdown file
   * @return every problem of the file at {@code path}, errors and warnings, sorted by position;
   *     empty when the article is fine
   * @throws IOException if the file cannot be read
   */
  public List<Problem> validate(Path path) throws IOException {
    return read(path).problems();
  }

  /**
   * Reads text. A leading U+FEFF is taken as a byte order mark and written back as one.
   *
   * @param text the whole file's text
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article
   * @throws ArticleException if the text is not a readable article
   */
  public Article parse(String text, String sourceName) {
    requireNonNull(text, "text must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    return reader.parse(text, sourceName);
  }

  // ------------------------------------------------------------ front matter only

  /**
   * Reads only the front matter of the file at {@code path}: the file is read a piece at a
   * time, and only up to the end of the line that closes the front matter (for Hugo's JSON
   * front matter, the line of the balancing brace). Memory and time depend on the size of
   * the front matter, not of the file; a file without front matter costs its first line.
   *
   * <p>The front matter, its values, typed fields and {@link FrontMatter#locationOf
   * locations} are those of {@code parse(path).frontMatter()}, and the errors are the same
   * ones {@code parse} throws for the front matter: fences, syntax, duplicate keys, bad dates,
   * shapes, and any warning raised by {@link Builder#warningsAsErrors}. What lies after the
   * front matter is not read, so it is not checked either: a body that is not valid UTF-8
   * makes {@code parse} throw but not this method. A fence that is never closed is read to
   * the end of the file, as {@code parse} reads it, to say so. Warnings are not returned; use
   * {@link #read(Path)} for those.
   *
   * @param path the path
   * @return the result
   * @throws IOException if the file cannot be read
   * @throws ArticleException if the front matter is not readable, as {@link #parse(Path)}
   *     would say
   * @since 0.2.0
   */
  public FrontMatter parseFrontMatter(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    byte[] prefix;
    try (InputStream in = Files.newInputStream(path)) {
      prefix = FrontMatterPrefix.read(in, reader.dialect());
    }
    return frontMatter(prefix, path.toString());
  }

  /**
   * Reads only the front matter of a file's UTF-8 bytes; only the bytes up to the end of the
   * front matter are decoded and read. See {@link #parseFrontMatter(Path)}.
   *
   * @param bytes the file's bytes; not changed
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the result
   * @throws ArticleException if the front matter is not readable, as {@link #parse(byte[],
   *     String)} would say
   * @since 0.2.0
   */
  public FrontMatter parseFrontMatter(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    int end = new FrontMatterPrefix(reader.dialect()).end(bytes, bytes.length, true);
    return frontMatter(end == bytes.length ? bytes : Arrays.copyOf(bytes, end), sourceName);
  }

  /**
   * Reads only the front matter of a file's text; the body is not looked at. See {@link
   * #readFrontMatter(Path)}.
   *
   * @param text the whole file's text (a leading U+FEFF is taken as a byte order mark)
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the result
   * @throws ArticleException if the front matter is not readable, as {@link #parse(String,
   *     String)} would say
   * @since 0.2.0
   */
  public FrontMatter parseFrontMatter(String text, String sourceName) {
    requireNonNull(text, "text must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    boolean bom = text.startsWith("\uFEFF");
    SourceText src = new SourceText(sourceName, bom ? text.substring(1) : text);
    Utf8.checkText(src);
    return frontMatter(src);
  }

  /**
   * Reads only the front matter of the file at {@code path}, strictly.
   *
   * @param path the path
   * @return the front matter
   * @throws IOException if the file cannot be read
   * @throws ArticleException if the front matter is not readable
   * @deprecated use {@link #parseFrontMatter(Path)}: like {@code parse}, it throws for an
   *     error, where {@code read} never does
   * @since 0.1.0
   */
  @Deprecated(since = "0.2.0")
  public FrontMatter readFrontMatter(Path path) throws IOException {
    return parseFrontMatter(path);
  }

  /**
   * Reads only the front matter of a file's UTF-8 bytes, strictly.
   *
   * @param bytes the file's bytes; not changed
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the front matter
   * @throws ArticleException if the front matter is not readable
   * @deprecated use {@link #parseFrontMatter(byte[], String)}
   * @since 0.1.0
   */
  @Deprecated(since = "0.2.0")
  public FrontMatter readFrontMatter(byte[] bytes, String sourceName) {
    return parseFrontMatter(bytes, sourceName);
  }

  /**
   * Reads only the front matter of a file's text, strictly.
   *
   * @param text the whole file's text (a leading U+FEFF is taken as a byte order mark)
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the front matter
   * @throws ArticleException if the front matter is not readable
   * @deprecated use {@link #parseFrontMatter(String, String)}
   * @since 0.1.0
   */
  @Deprecated(since = "0.2.0")
  public FrontMatter readFrontMatter(String text, String sourceName) {
    return parseFrontMatter(text, sourceName);
  }

  private FrontMatter frontMatter(byte[] prefix, String sourceName) {
    Utf8.Decoded decoded = Utf8.decode(prefix, sourceName);
    return frontMatter(new SourceText(sourceName, decoded.text()));
  }

  private FrontMatter frontMatter(SourceText src) {
    return reader.frontMatter(src);
  }

  // ------------------------------------------------------------ whole directories

  /**
   * Reads every article under {@code directory}, on as many threads as there are processors;
   * see {@link #parseAll(Path, int)}.
   *
   * @param directory the directory
   * @return the result
   * @throws IOException if {@code directory} itself cannot be read
   * @since 0.1.0
   */
  public Stream<FileResult> parseAll(Path directory) throws IOException {
    return parseAll(directory, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Reads every article under {@code directory}: the regular files named {@code *.md} or
   * {@code *.markdown}, in any folder below it, as the command line finds them; under another
   * {@link #profile()}, the files its generator reads ({@code .mdx} under {@link
   * Profile#ASTRO} and {@link Profile#DOCUSAURUS}, Jekyll's {@code .mkd}..., without the
   * {@code _}-prefixed partials Docusaurus and Starlight leave out; docs/profiles.md). The results
   * come in the order of their paths, one per file, each read leniently as {@link #read(Path)}
   * reads it and with its body AST already built (on the worker thread, so that the whole
   * parse runs in parallel and {@link Article#body()} returns at once).
   *
   * <p>Nothing is thrown for a file and nothing is left out: a file that cannot be read, a
   * folder that cannot be listed, a broken symbolic link or one leading out of {@code
   * directory} each give a {@link FileResult} with its {@link FileResult#ioError()}; a file
   * that is not a readable article gives one with its error problems. Symbolic links to
   * folders are not followed.
   *
   * <p>The directory is walked when this method is called; the files are read as the stream
   * is consumed, at most 32 per thread ahead of the consumer (fewer kept one slow file from
   * leaving the other threads idle), so a whole archive never sits in memory unless the
   * caller keeps it. Close the stream (try-with-resources) when it may
   * not be consumed to its end: that stops the threads, which are daemon threads in any case.
   *
   * <pre>{@code
   * try (Stream<FileResult> files = parser.parseAll(Path.of("content"), 4)) {
   *   files.filter(FileResult::hasErrors).forEach(r -> System.err.println(r.path()));
   * }
   * }</pre>
   *
   * @param threads how many threads read files; 1 reads them on the consuming thread
   * @return the results, in the order of their paths
   * @param directory the directory
   * @throws IOException if {@code directory} itself cannot be read
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @since 0.1.0
   */
  public Stream<FileResult> parseAll(Path directory, int threads) throws IOException {
    requireNonNull(directory, "directory must not be null");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
    }
    List<Entry> entries = entries(directory);
    if (threads == 1) {
      return InOrder.map(entries, this::readEntry, null, 1, () -> {});
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, DAEMON_THREADS);
    return InOrder.map(entries, this::readEntry, pool, 32 * threads, pool::shutdown);
  }

  /**
   * Reads every article under {@code directory} as {@link #parseAll(Path, int)} does, with
   * the work done on {@code executor}, which is not shut down.
   *
   * @param executor runs the reading of each file; at most {@code window} files are given
   *     to it ahead of the consumer
   * @param window how many files may be in flight at once, at least 1; about 32 per thread
   *     keeps every thread busy when file sizes vary
   * @param directory the directory
   * @return the result
   * @throws IOException if {@code directory} itself cannot be read
   * @since 0.1.0
   */
  public Stream<FileResult> parseAll(Path directory, Executor executor, int window)
      throws IOException {
    requireNonNull(directory, "directory must not be null");
    requireNonNull(executor, "executor must not be null");
    if (window < 1) {
      throw new IllegalArgumentException("window must be at least 1, but was " + window);
    }
    return InOrder.map(entries(directory), this::readEntry, executor, window, () -> {});
  }

  /** A path to read, or one the walk could not take and why. */
  private record Entry(Path path, IOException error) {}

  /** The walk's files and what it skipped, in the order of their paths. */
  private List<Entry> entries(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new NotDirectoryException(directory.toString());
    }
    Walk walk = Walk.of(directory, reader.dialect());
    List<Entry> out = new ArrayList<>(walk.files().size() + walk.skipped().size());
    walk.files().forEach(p -> out.add(new Entry(p, null)));
    walk.skipped().forEach(s -> out.add(new Entry(s.path(), s.error())));
    out.sort(Comparator.comparing(Entry::path));
    return out;
  }

  private FileResult readEntry(Entry e) {
    if (e.error() != null) {
      return new FileResult(e.path(), Optional.empty(), List.of(), Optional.of(e.error()));
    }
    ParseResult r;
    try {
      r = read(e.path());
    } catch (IOException io) {
      return new FileResult(e.path(), Optional.empty(), List.of(), Optional.of(io));
    }
    r.article().ifPresent(Article::body);
    return new FileResult(e.path(), r.article(), r.problems(), Optional.empty());
  }

  private static final ThreadFactory DAEMON_THREADS = task -> {
    Thread t = new Thread(task, "articles-parseAll");
    t.setDaemon(true);
    return t;
  };

  /**
   * Options for an {@link ArticleParser}. Not thread-safe; the parser it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Set<MarkdownExtension> extensions = EnumSet.allOf(MarkdownExtension.class);
    private UnknownKeys unknownKeys = UnknownKeys.ALLOW;
    private boolean warningsAsErrors;
    private FrontMatterSchema schema;
    private Limits limits = Limits.defaults();
    private Profile profile = Profile.HUGO;

    private Builder() {}

    /**
     * Sets the generator whose rules articles are read by: fences, YAML flavour, dates,
     * repeated keys, the typed fields and the common accessors (docs/profiles.md). The default
     * is {@link Profile#HUGO}.
     *
     * @param profile the profile
     * @return this builder
     * @since 0.2.0
     */
    public Builder profile(Profile profile) {
      this.profile = requireNonNull(profile, "profile must not be null");
      return this;
    }

    /**
     * Sets the limits on sizes, nesting, aliases, values and scalars; the default is {@link
     * Limits#defaults()}. A file over a limit is refused with a {@code limit-*} error (see
     * docs/security.md). The limits apply to every way of reading, and to the text an edit
     * produces.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits must not be null");
      return this;
    }

    /**
     * Sets the Markdown extensions of the body parser. The default is all of {@link
     * MarkdownExtension}; an empty set gives plain CommonMark.
     *
     * @param extensions the extensions; may be empty
     * @return this builder
     */
    public Builder markdownExtensions(Set<MarkdownExtension> extensions) {
      requireNonNull(extensions, "extensions must not be null");
      this.extensions = extensions.isEmpty()
          ? EnumSet.noneOf(MarkdownExtension.class)
          : EnumSet.copyOf(extensions);
      return this;
    }

    /**
     * Sets what validation does with keys that are neither Hugo's nor Mainroad's fields
     * ({@code key-unknown}); the default {@link UnknownKeys#ALLOW} accepts them, since they
     * are usually site parameters.
     *
     * @param unknownKeys what to do with unknown keys
     * @return this builder
     */
    public Builder unknownKeys(UnknownKeys unknownKeys) {
      this.unknownKeys = requireNonNull(unknownKeys, "unknownKeys must not be null");
      return this;
    }

    /**
     * Raises every warning to an error, so that {@code parse} throws for them too (what
     * {@code check --strict} does). Off by default.
     *
     * @param warningsAsErrors whether warnings count as errors
     * @return this builder
     */
    public Builder warningsAsErrors(boolean warningsAsErrors) {
      this.warningsAsErrors = warningsAsErrors;
      return this;
    }

    /**
     * Validates front matter against a JSON Schema instead of the built-in rules in Java.
     *
     * <p>The schema's problems (see {@link FrontMatterSchema} for how they are made) replace
     * the built-in validation rules ({@code title-missing}, {@code sidebar-value}, {@code
     * widget-unknown}, {@code lang-tag}, {@code thumbnail-url}, {@code duplicate-item}, {@code
     * key-unknown}) and the shape problems of the typed fields ({@code hugo-field-shape},
     * {@code theme-field-shape}); {@link #unknownKeys(UnknownKeys)} then has no effect, the
     * schema decides. What reading finds stays: encoding, fences and syntax errors, duplicate
     * keys, {@code date-invalid}, {@code field-repeated}. A schema problem with the same rule
     * and path as one of those is left out, so {@link FrontMatterSchema#builtIn()} does not
     * report a bad date twice. {@link #warningsAsErrors(boolean)} applies to the schema's
     * warnings too.
     *
     * <p>With {@link FrontMatterSchema#builtIn()} the problems are those of the default parser,
     * but for the differences listed under "JSON Schema" in docs/validation.md.
     *
     * @param schema the schema
     * @return this builder
     */
    public Builder schema(FrontMatterSchema schema) {
      this.schema = requireNonNull(schema, "schema must not be null");
      return this;
    }

    /**
     * Sets {@link Limits#maxBodyDepth()} in this builder's limits: the same as {@code
     * limits(limits.withMaxBodyDepth(maxBodyDepth))}, so a later {@link #limits(Limits)}
     * replaces it.
     *
     * @param maxBodyDepth the deepest level allowed, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxBodyDepth} is less than 1
     * @deprecated the body depth is one of the {@link Limits}; use {@link
     *     Limits#withMaxBodyDepth}
     */
    @Deprecated(since = "0.2.0")
    public Builder maxBodyDepth(int maxBodyDepth) {
      if (maxBodyDepth < 1) {
        throw new IllegalArgumentException(
            "expected maxBodyDepth of at least 1 but found " + maxBodyDepth);
      }
      this.limits = limits.withMaxBodyDepth(maxBodyDepth);
      return this;
    }

    /**
     * Builds an immutable, thread-safe parser.
     *
     * @return the parser
     */
    public ArticleParser build() {
      return new ArticleParser(this);
    }
  }
}
