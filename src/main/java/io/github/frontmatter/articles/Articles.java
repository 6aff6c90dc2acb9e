package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.internal.files.Saving;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads and writes Markdown articles with front matter.
 *
 * <pre>{@code
 * Article a = Articles.parse(Path.of("content/post/paris-ai-summit.md"));
 * String title = a.title().orElse("(untitled)");
 * List<String> tags = a.tags();
 * Document body = a.body();                 // flexmark AST, file-relative positions
 * Articles.write(a, Path.of("copy.md"));    // the same bytes
 * }</pre>
 *
 * <p>Every method uses {@link ArticleParser#defaults()}; build an {@link ArticleParser} for
 * other options. All methods are safe to call from many threads at once.
 *
 * @since 0.1.0
 */
public final class Articles {
  private Articles() {}

  /**
   * Reads the article at {@code path}.
   *
   * @param path a UTF-8 Markdown file, with or without front matter
   * @return the article
   * @throws IOException if the file cannot be read
   * @throws ArticleException if the file is not a readable article: not UTF-8, an unclosed
   *     fence, a YAML error, a duplicate key, a date that is not a date
   */
  public static Article parse(Path path) throws IOException {
    return ArticleParser.defaults().parse(path);
  }

  /**
   * Reads an article from text.
   *
   * @param text the whole file's text
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article
   * @throws ArticleException if the text is not a readable article
   */
  public static Article parse(String text, String sourceName) {
    return ArticleParser.defaults().parse(text, sourceName);
  }

  /**
   * Reads an article from UTF-8 bytes.
   *
   * @param bytes the whole file's bytes; not copied, so do not change them afterwards
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article
   * @throws ArticleException if the bytes are not UTF-8 or not a readable article
   */
  public static Article parse(byte[] bytes, String sourceName) {
    return ArticleParser.defaults().parse(bytes, sourceName);
  }

  /**
   * Reads an article from a stream of UTF-8 bytes; the stream is read to its end and not
   * closed.
   *
   * @param in a stream of UTF-8 bytes
   * @param sourceName the name used in messages and locations, usually the file path
   * @return the article
   * @throws IOException if the stream cannot be read
   * @throws ArticleException if the bytes are not UTF-8 or not a readable article
   */
  public static Article parse(InputStream in, String sourceName) throws IOException {
    return ArticleParser.defaults().parse(in, sourceName);
  }

  /**
   * Reads the article at {@code path} without throwing for its content: the article, when it
   * could be read at all, with every problem, errors and warnings, sorted by position.
   *
   * @param path a UTF-8 Markdown file
   * @return the article, when it could be read, and every problem
   * @throws IOException if the file cannot be read
   */
  public static ParseResult read(Path path) throws IOException {
    return ArticleParser.defaults().read(path);
  }

  /**
   * Returns every problem of the article at {@code path} against the built-in schema (Hugo
   * and Mainroad front matter), errors and warnings, sorted by position; empty when it is
   * fine. Never throws for the content.
   *
   * @param path a UTF-8 Markdown file
   * @return every problem of the article at {@code path} against the built-in schema (Hugo and
   *     Mainroad front matter), errors and warnings, sorted by position; empty when it is fine
   * @throws IOException if the file cannot be read
   */
  public static List<Problem> validate(Path path) throws IOException {
    return ArticleParser.defaults().validate(path);
  }

  /**
   * Reads only the front matter of the file at {@code path}, reading the file only up to the
   * line that closes it: fast, and in bounded memory whatever the size of the body. The values,
   * typed fields and locations are those {@link #parse(Path)} gives, and so are the errors
   * about the front matter; the body is not read, so it is not checked. See {@link
   * ArticleParser#parseFrontMatter(Path)}.
   *
   * <pre>{@code
   * Optional<String> title = Articles.parseFrontMatter(Path.of("content/post/a.md")).title();
   * }</pre>
   *
   * @param path the path
   * @return the result
   * @throws IOException if the file cannot be read
   * @throws ArticleException if the front matter is not readable
   * @since 0.2.0
   */
  public static FrontMatter parseFrontMatter(Path path) throws IOException {
    return ArticleParser.defaults().parseFrontMatter(path);
  }

  /**
   * Reads only the front matter of a file's UTF-8 bytes; see {@link #parseFrontMatter(Path)}.
   *
   * @param bytes the bytes
   * @param sourceName the source name
   * @return the result
   * @throws ArticleException if the front matter is not readable
   * @since 0.2.0
   */
  public static FrontMatter parseFrontMatter(byte[] bytes, String sourceName) {
    return ArticleParser.defaults().parseFrontMatter(bytes, sourceName);
  }

  /**
   * Reads only the front matter of a file's text; see {@link #parseFrontMatter(Path)}.
   *
   * @param sourceName the source name
   * @param text the text
   * @return the result
   * @throws ArticleException if the front matter is not readable
   * @since 0.2.0
   */
  public static FrontMatter parseFrontMatter(String text, String sourceName) {
    return ArticleParser.defaults().parseFrontMatter(text, sourceName);
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
  public static FrontMatter readFrontMatter(Path path) throws IOException {
    return parseFrontMatter(path);
  }

  /**
   * Reads only the front matter of a file's UTF-8 bytes, strictly.
   *
   * @param bytes the bytes
   * @param sourceName the source name
   * @return the front matter
   * @throws ArticleException if the front matter is not readable
   * @deprecated use {@link #parseFrontMatter(byte[], String)}
   * @since 0.1.0
   */
  @Deprecated(since = "0.2.0")
  public static FrontMatter readFrontMatter(byte[] bytes, String sourceName) {
    return parseFrontMatter(bytes, sourceName);
  }

  /**
   * Reads only the front matter of a file's text, strictly.
   *
   * @param text the text
   * @param sourceName the source name
   * @return the front matter
   * @throws ArticleException if the front matter is not readable
   * @deprecated use {@link #parseFrontMatter(String, String)}
   * @since 0.1.0
   */
  @Deprecated(since = "0.2.0")
  public static FrontMatter readFrontMatter(String text, String sourceName) {
    return parseFrontMatter(text, sourceName);
  }

  /**
   * Reads every {@code *.md} and {@code *.markdown} file under {@code directory}, in parallel
   * on as many threads as there are processors, as a stream of results in the order of their
   * paths. A file that cannot be read or is not a readable article is a result with its error,
   * never an exception and never left out. See {@link ArticleParser#parseAll(Path, int)}.
   *
   * <pre>{@code
   * try (Stream<FileResult> files = Articles.parseAll(Path.of("content"))) {
   *   files.forEach(r -> r.article().ifPresent(a -> index(a.title(), a.body())));
   * }
   * }</pre>
   *
   * @param directory the directory
   * @return the result
   * @throws IOException if {@code directory} itself cannot be read
   * @since 0.1.0
   */
  public static Stream<FileResult> parseAll(Path directory) throws IOException {
    return ArticleParser.defaults().parseAll(directory);
  }

  /**
   * Returns the exact bytes of the file {@code article} writes. For an article as it was
   * read, these are the bytes it was read from.
   *
   * @param article the article
   * @return the exact bytes of the file {@code article} writes
   */
  public static byte[] toBytes(Article article) {
    requireNonNull(article, "article must not be null");
    return article.toBytes();
  }

  /**
   * Writes {@code article} to {@code path} with {@link WriteMode#AUTO}: atomically, by
   * replacing the file, wherever that keeps what the file had; see {@link #write(Article,
   * Path, WriteMode)}.
   *
   * @param article the article
   * @param path the file to write; a symbolic link is followed
   * @throws IOException if the file cannot be written; the original is then unchanged
   */
  public static void write(Article article, Path path) throws IOException {
    write(article, path, WriteMode.AUTO);
  }

  /**
   * Writes {@code article} to {@code path}, replacing the file atomically or writing into it
   * as {@code mode} says.
   *
   * <p>A replace writes the bytes to a temporary file beside {@code path}, named {@code
   * .<name>.articles-tmp} (a long name is cut and followed by a hash, so the name always
   * fits), forces it to disk, gives it the file's owner, group and mode (setuid and setgid
   * included) as far as the process may, and renames it over {@code path}; the folder is
   * then synced. A reader or a crash sees the old bytes or the new ones. A save that was
   * killed leaves that one temporary file, which the next save of the same file removes;
   * saves of one file, from any thread or process, wait for each other.
   *
   * <p>A symbolic link is followed: its target is written and the link kept. A broken link's
   * target is created when its folder exists; otherwise the {@link IOException} names the
   * link and the target. A file with several names (hard links) is written in place by
   * {@link WriteMode#AUTO}, so every name shows the new bytes, and refused by {@link
   * WriteMode#REPLACE}. {@link WriteMode#AUTO} also writes in place a file of another user
   * (whose owner a new file could not have) and a file in a folder that does not allow the
   * replace (a sticky folder such as {@code /tmp}, a read-only folder): not atomic, but the
   * only way to save those. See docs/editing.md, "Saving files".
   *
   * @param article the article
   * @param path the file to write; a symbolic link is followed
   * @param mode how: {@link WriteMode#AUTO} (what {@link #write(Article, Path)} does), {@link
   *     WriteMode#REPLACE} (atomic or an exception) or {@link WriteMode#IN_PLACE}
   * @throws IOException if the file cannot be written; after a failed replace the original is
   *     unchanged and no temporary file is left
   * @since 0.2.0
   */
  public static void write(Article article, Path path, WriteMode mode) throws IOException {
    requireNonNull(article, "article must not be null");
    requireNonNull(path, "path must not be null");
    requireNonNull(mode, "mode must not be null");
    Saving.save(article.bytesForWriting(), path, mode);
  }
}
