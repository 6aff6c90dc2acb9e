package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.internal.BlockResult;
import io.github.frontmatter.articles.internal.Markdown;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.Split;
import io.github.frontmatter.articles.internal.Summaries;
import io.github.frontmatter.articles.internal.TypedFields;
import io.github.frontmatter.articles.internal.Utf8;
import io.github.frontmatter.articles.internal.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
  private final Markdown markdown;
  private final Summaries summaries;

  private ArticleParser(Builder b) {
    this.extensions = Set.copyOf(b.extensions);
    this.markdown = new Markdown(extensions);
    this.summaries = new Summaries(markdown);
  }

  /** Returns the parser with the default options. */
  public static ArticleParser defaults() {
    return DEFAULT;
  }

  /** Returns a builder that starts from the default options. */
  public static Builder builder() {
    return new Builder();
  }

  Markdown markdown() {
    return markdown;
  }

  Summaries summaries() {
    return summaries;
  }

  /** Returns the Markdown extensions the body parser enables. */
  public Set<MarkdownExtension> markdownExtensions() {
    return extensions;
  }

  /**
   * Reads the file at {@code path}; its source name is {@code path.toString()}.
   *
   * @throws IOException if the file cannot be read
   * @throws ArticleException if the file is not a readable article
   */
  public Article parse(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    return parse(Files.readAllBytes(path), path.toString());
  }

  /**
   * Reads UTF-8 bytes (a UTF-8 byte order mark is allowed and kept).
   *
   * @param bytes the file's bytes; not copied, so do not change them afterwards
   * @param sourceName the name used in messages and locations, usually the file path
   * @throws ArticleException if the bytes are not UTF-8 or not a readable article
   */
  public Article parse(byte[] bytes, String sourceName) {
    requireNonNull(bytes, "bytes must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    Utf8.Decoded decoded = Utf8.decode(bytes, sourceName);
    return read(new SourceText(sourceName, decoded.text()), decoded.bom(), bytes);
  }

  /**
   * Reads a whole stream as UTF-8 bytes; the stream is not closed.
   *
   * @throws IOException if the stream cannot be read
   * @throws ArticleException if the bytes are not UTF-8 or not a readable article
   */
  public Article parse(InputStream in, String sourceName) throws IOException {
    requireNonNull(in, "in must not be null");
    return parse(in.readAllBytes(), sourceName);
  }

  /**
   * Reads text. A leading U+FEFF is taken as a byte order mark and written back as one.
   *
   * @throws ArticleException if the text is not a readable article
   */
  public Article parse(String text, String sourceName) {
    requireNonNull(text, "text must not be null");
    requireNonNull(sourceName, "sourceName must not be null");
    boolean bom = text.startsWith("\uFEFF");
    return read(new SourceText(sourceName, bom ? text.substring(1) : text), bom, null);
  }

  private Article read(SourceText src, boolean bom, byte[] original) {
    Split split = Split.of(src);
    FrontMatter fm;
    List<Problem> warnings;
    if (split.format() == Format.YAML) {
      BlockResult r = YamlReader.read(src, split.blockStart(), split.blockEnd());
      fm = new FrontMatter(Format.YAML, r.values(), r.fields(), r.offsets(), src,
          src.text().substring(split.blockStart(), split.blockEnd()));
      warnings = r.warnings();
    } else {
      fm = new FrontMatter(Format.NONE, Map.of(), TypedFields.EMPTY, Map.of(), src, "");
      warnings = List.of();
    }
    return new Article(src, fm, split.bodyStart(), bom, original, warnings, this);
  }

  /**
   * Options for an {@link ArticleParser}. Not thread-safe; the parser it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Set<MarkdownExtension> extensions = EnumSet.allOf(MarkdownExtension.class);

    private Builder() {}

    /**
     * Sets the Markdown extensions of the body parser. The default is all of {@link
     * MarkdownExtension}; an empty set gives plain CommonMark.
     */
    public Builder markdownExtensions(Set<MarkdownExtension> extensions) {
      requireNonNull(extensions, "extensions must not be null");
      this.extensions = extensions.isEmpty()
          ? EnumSet.noneOf(MarkdownExtension.class)
          : EnumSet.copyOf(extensions);
      return this;
    }

    /** Builds an immutable, thread-safe parser. */
    public ArticleParser build() {
      return new ArticleParser(this);
    }
  }
}
