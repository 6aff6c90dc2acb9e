package io.github.frontmatter.articles.internal.files;

import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.Split;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks of {@link Limits} that are not the readers' own: the size of the file (before it
 * is read or decoded), of the front matter and of the body; and the messages every {@code
 * limit-*} problem uses. Each message names the limit, the value found and the option that
 * raises it.
 */
public final class LimitCheck {
  private LimitCheck() {}

  /**
   * Limits for the editors' own reading of a text the parser has already accepted under the
   * caller's limits: only the depth ceiling, which bounds recursion, stays.
   */
  public static final Limits EDITING = Limits.defaults()
      .withMaxFileBytes(Limits.MAX_FILE_BYTES_CEILING)
      .withMaxFrontMatterBytes(Integer.MAX_VALUE)
      .withMaxBodyBytes(Integer.MAX_VALUE)
      .withMaxDepth(Limits.MAX_DEPTH_CEILING)
      .withMaxAliases(Integer.MAX_VALUE)
      .withMaxValues(Integer.MAX_VALUE)
      .withMaxScalarBytes(Integer.MAX_VALUE)
      .withMaxNumberLength(Integer.MAX_VALUE);

  /**
   * Reads a whole file, refusing it before reading when it is larger than {@link
   * Limits#maxFileBytes()}; a file that grows while it is read is cut off at the limit and
   * refused too.
   */
  public static byte[] readFile(Path path, Limits limits) throws IOException {
    long size = Files.size(path);
    if (size > limits.maxFileBytes()) {
      throw fileTooLarge(path.toString(), limits, format(size));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return readStream(in, path.toString(), limits);
    }
  }

  /** Reads at most {@link Limits#maxFileBytes()} + 1 bytes; refuses a longer stream. */
  public static byte[] readStream(InputStream in, String sourceName, Limits limits)
      throws IOException {
    byte[] bytes = in.readNBytes(limits.maxFileBytes() + 1);
    if (bytes.length > limits.maxFileBytes()) {
      throw fileTooLarge(sourceName, limits, "more than " + format(limits.maxFileBytes()));
    }
    return bytes;
  }

  /** Refuses bytes longer than {@link Limits#maxFileBytes()}. */
  public static void checkFile(byte[] bytes, String sourceName, Limits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw fileTooLarge(sourceName, limits, format(bytes.length));
    }
  }

  /** Refuses text whose UTF-8 form (with its byte order mark) is over the file limit. */
  public static void checkFile(String text, String sourceName, Limits limits) {
    // every char takes at least one byte: most texts need no count
    if (text.length() > limits.maxFileBytes()) {
      throw fileTooLarge(sourceName, limits, format(utf8Length(text, 0, text.length())));
    }
    if ((long) text.length() * 3 > limits.maxFileBytes()) {
      long bytes = utf8Length(text, 0, text.length());
      if (bytes > limits.maxFileBytes()) {
        throw fileTooLarge(sourceName, limits, format(bytes));
      }
    }
  }

  /** The problem of a file over the limit: about the whole file, at 1:1, with no excerpt. */
  public static ArticleException fileTooLarge(String sourceName, Limits limits, String found) {
    return new ArticleException(List.of(new Problem("limit-file-bytes", Problem.Severity.ERROR,
        "", new Location(sourceName, 1, 1), "expected a file of at most "
            + format(limits.maxFileBytes()) + " bytes but found " + found
            + " (raise Limits.maxFileBytes)", "")));
  }

  /**
   * Refuses front matter or a body over its limit, before the front matter is parsed. The
   * front matter's problem points at its first character, the body's at the body's.
   */
  public static void checkBlocks(SourceText src, Split split, Limits limits) {
    String text = src.text();
    if (split.format() != Format.NONE) {
      int length = split.blockEnd() - split.blockStart();
      if (length > limits.maxFrontMatterBytes() / 3) { // else it cannot be over the limit
        long bytes = utf8Length(text, split.blockStart(), split.blockEnd());
        if (bytes > limits.maxFrontMatterBytes()) {
          throw new ArticleException(List.of(src.problem("limit-front-matter-bytes",
              Problem.Severity.ERROR, "", split.blockStart(), "expected front matter of at most "
                  + format(limits.maxFrontMatterBytes()) + " bytes but found " + format(bytes)
                  + " (raise Limits.maxFrontMatterBytes)")));
        }
      }
    }
    int body = text.length() - split.bodyStart();
    if (body > limits.maxBodyBytes() / 3) {
      long bytes = utf8Length(text, split.bodyStart(), text.length());
      if (bytes > limits.maxBodyBytes()) {
        throw new ArticleException(List.of(src.problem("limit-body-bytes",
            Problem.Severity.ERROR, "", split.bodyStart(), "expected a body of at most "
                + format(limits.maxBodyBytes()) + " bytes but found " + format(bytes)
                + " (raise Limits.maxBodyBytes)")));
      }
    }
  }

  /** "expected front matter nested at most 200 levels deep but found ..." for {@code depth}. */
  public static String depthMessage(Limits limits, int depth) {
    return "expected front matter nested at most " + format(limits.maxDepth())
        + " levels deep but found a value nested " + format(depth)
        + " levels deep (raise Limits.maxDepth)";
  }

  /** The message of {@code limit-values}, {@code found} values counted so far. */
  public static String valuesMessage(Limits limits, long found, boolean aliases) {
    return "expected at most " + format(limits.maxValues()) + " values in the front matter"
        + (aliases ? " (aliases expanded)" : "") + " but found at least " + format(found)
        + " (raise Limits.maxValues)";
  }

  /** The message of {@code limit-aliases}. */
  public static String aliasesMessage(Limits limits, int found) {
    return "expected at most " + format(limits.maxAliases()) + " aliases in the front matter"
        + " but found at least " + format(found) + " (raise Limits.maxAliases)";
  }

  /**
   * Whether the value {@code s} is over {@link Limits#maxScalarBytes()}; cheap for short
   * values.
   */
  public static boolean scalarTooLong(String s, Limits limits) {
    return s.length() > limits.maxScalarBytes() / 3
        && utf8Length(s, 0, s.length()) > limits.maxScalarBytes();
  }

  /** The message of {@code limit-scalar-bytes} for the value {@code s}. */
  public static String scalarMessage(Limits limits, String s, boolean key) {
    return "expected " + (key ? "a key" : "a scalar") + " of at most "
        + format(limits.maxScalarBytes()) + " bytes but found one of "
        + format(utf8Length(s, 0, s.length())) + " bytes (raise Limits.maxScalarBytes)";
  }

  /** The message of {@code limit-number-length} for a number written with {@code length} chars. */
  public static String numberMessage(Limits limits, int length) {
    return "expected a number of at most " + format(limits.maxNumberLength())
        + " characters but found one of " + format(length)
        + " characters (raise Limits.maxNumberLength)";
  }

  /** The UTF-8 length of {@code s[from, to)}: a surrogate pair takes four bytes. */
  public static long utf8Length(CharSequence s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  /** {@code 1048576} as "1,048,576", as every message writes numbers. */
  public static String format(long n) {
    return Problem.formatNumber(n);
  }
}
