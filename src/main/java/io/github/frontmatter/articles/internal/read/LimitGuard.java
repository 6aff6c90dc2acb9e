package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Problem;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * Every check of {@link Limits} on the text of an article, each kind in one place, with the
 * message of its {@code limit-*} problem: each message names the limit, the value found and
 * the option that raises it. (The body's depth is checked while flexmark builds the tree, by
 * {@code internal.body.BodyGuard}.)
 *
 * <p>The static methods check the sizes: of the file, and of the front matter and the body
 * once the fences are found. An instance guards one front-matter read: the YAML, TOML and JSON
 * readers call it for each value, each level of nesting, each alias, scalar and number, and it
 * keeps the counts. A limit that ends reading (depth, values, aliases, a TOML key) records its
 * problem in the reader's list and throws what the reader's {@code stop} gives; a scalar or a
 * number over its limit is recorded and reading goes on. The checks allocate nothing unless
 * a limit is exceeded: they sit on the readers' hot path. For the same reason positions
 * ({@code at}) are the reader's own (for YAML a code point index in the block, for JSON a char
 * index in the block), turned into file offsets only for a problem.
 */
public final class LimitGuard {
  /**
   * Limits for the editors' own reading of a text the parser has already accepted under the
   * caller's limits: only the depth ceiling, which bounds recursion, stays.
   */
  public static final Limits EDITING = Limits.defaults()
      .withMaxFileBytes(Limits.MAX_FILE_BYTES_CEILING)
      .withMaxFrontMatterBytes(Integer.MAX_VALUE)
      .withMaxBodyBytes(Integer.MAX_VALUE)
      .withMaxFrontMatterDepth(Limits.MAX_DEPTH_CEILING)
      .withMaxAliases(Integer.MAX_VALUE)
      .withMaxValues(Integer.MAX_VALUE)
      .withMaxScalarBytes(Integer.MAX_VALUE)
      .withMaxNumberLength(Integer.MAX_VALUE);

  private final SourceText src;
  private final List<Problem> errors;
  private final Supplier<? extends RuntimeException> stop;
  private final IntUnaryOperator fileOffset;
  /** Whether a YAML alias counts as the values it stands for (said in the message). */
  private final boolean aliasesExpanded;
  // the limits this guard applies, read once rather than per value
  private final int maxDepth;
  private final int maxAliases;
  private final int maxValues;
  private final int maxScalarBytes;
  private final int maxNumberLength;
  private long values;
  private int aliases;

  /**
   * A guard for one read of {@code src}.
   *
   * @param errors the reader's problems, where a limit's problem is added
   * @param aliasesExpanded whether values are counted with YAML aliases expanded
   * @param stop what to throw when a limit ends reading (after its problem is added)
   * @param fileOffset turns the reader's positions into offsets in {@code src}
   */
  LimitGuard(SourceText src, Limits limits, List<Problem> errors, boolean aliasesExpanded,
      Supplier<? extends RuntimeException> stop, IntUnaryOperator fileOffset) {
    this.src = src;
    this.errors = errors;
    this.stop = stop;
    this.fileOffset = fileOffset;
    this.aliasesExpanded = aliasesExpanded;
    this.maxDepth = limits.maxFrontMatterDepth();
    this.maxAliases = limits.maxAliases();
    this.maxValues = limits.maxValues();
    this.maxScalarBytes = limits.maxScalarBytes();
    this.maxNumberLength = limits.maxNumberLength();
  }

  // ---------------------------------------------------------------- one front-matter read

  /**
   * Refuses a value nested {@code depth} levels deep, the top-level mapping being level 1,
   * when that is deeper than {@link Limits#maxFrontMatterDepth()}; ends reading.
   */
  void depth(int depth, int at) {
    if (depth > maxDepth) {
      throw stop("limit-depth", at, "expected front matter nested at most "
          + format(maxDepth) + " levels deep but found a value nested " + format(depth)
          + " levels deep (raise Limits.maxFrontMatterDepth)");
    }
  }

  /**
   * Refuses a YAML alias that, expanded where it is used, puts values {@code depth} levels
   * deep, deeper than {@link Limits#maxFrontMatterDepth()}; ends reading.
   */
  void expandedDepth(int depth, int at) {
    if (depth > maxDepth) {
      throw stop("limit-depth", at, "expected front matter nested at most "
          + format(maxDepth) + " levels deep but found an alias that nests values "
          + format(depth) + " levels deep once expanded (raise Limits.maxFrontMatterDepth)");
    }
  }

  /** Counts one value; refuses more than {@link Limits#maxValues()}, ending reading. */
  void value(int at) {
    values(1, at);
  }

  /** Counts {@code n} values at once (what a YAML alias stands for); see {@link #value}. */
  void values(int n, int at) {
    values += n;
    if (values > maxValues) {
      throw stop("limit-values", at, "expected at most " + format(maxValues)
          + " values in the front matter" + (aliasesExpanded ? " (aliases expanded)" : "")
          + " but found at least " + format(values) + " (raise Limits.maxValues)");
    }
  }

  /** The values counted so far. */
  long valueCount() {
    return values;
  }

  /** Counts one YAML alias; refuses more than {@link Limits#maxAliases()}, ending reading. */
  void alias(int at) {
    if (++aliases > maxAliases) {
      throw stop("limit-aliases", at, "expected at most " + format(maxAliases)
          + " aliases in the front matter but found at least " + format(aliases)
          + " (raise Limits.maxAliases)");
    }
  }

  /**
   * Whether the scalar {@code s} (after unquoting) is within {@link Limits#maxScalarBytes()};
   * if not, records {@code limit-scalar-bytes} at {@code path} and reading goes on.
   */
  boolean scalarFits(String s, String path, int at) {
    return fits(s, false, path, at);
  }

  /** Like {@link #scalarFits} for a key. */
  boolean keyFits(String key, String path, int at) {
    return fits(key, true, path, at);
  }

  /**
   * Refuses a key longer than {@link Limits#maxScalarBytes()}, ending reading (the TOML
   * reader cannot skip a key part).
   */
  void key(String key, int at) {
    if (tooLong(key)) {
      throw stop("limit-scalar-bytes", at, scalarMessage(key, true));
    }
  }

  /**
   * Whether a number written with {@code length} chars is within {@link
   * Limits#maxNumberLength()}; if not, records {@code limit-number-length} at {@code path}
   * and reading goes on. Checked before the number is read: {@code BigInteger} reads n digits
   * in time growing with n squared.
   */
  boolean numberFits(int length, String path, int at) {
    if (length <= maxNumberLength) {
      return true;
    }
    error("limit-number-length", path, at, "expected a number of at most "
        + format(maxNumberLength) + " characters but found one of " + format(length)
        + " characters (raise Limits.maxNumberLength)");
    return false;
  }

  private boolean fits(String s, boolean key, String path, int at) {
    if (!tooLong(s)) {
      return true;
    }
    error("limit-scalar-bytes", path, at, scalarMessage(s, key));
    return false;
  }

  /** Cheap for short values: a char is at most three UTF-8 bytes. */
  private boolean tooLong(String s) {
    return s.length() > maxScalarBytes / 3 && utf8Length(s, 0, s.length()) > maxScalarBytes;
  }

  private String scalarMessage(String s, boolean key) {
    return "expected " + (key ? "a key" : "a scalar") + " of at most " + format(maxScalarBytes)
        + " bytes but found one of " + format(utf8Length(s, 0, s.length()))
        + " bytes (raise Limits.maxScalarBytes)";
  }

  private void error(String rule, String path, int at, String message) {
    errors.add(src.problem(rule, Problem.Severity.ERROR, path, fileOffset.applyAsInt(at),
        Pointers.display(path) + message));
  }

  private RuntimeException stop(String rule, int at, String message) {
    errors.add(src.problem(rule, Problem.Severity.ERROR, "", fileOffset.applyAsInt(at),
        message));
    return stop.get();
  }

  // ---------------------------------------------------------------- sizes

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

  /**
   * The problem of a file over {@link Limits#maxFileBytes()}: about the whole file, at 1:1,
   * with no excerpt; {@code found} is its size as the message says it.
   */
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
      checkBlock(src, split.blockStart(), split.blockEnd(), limits.maxFrontMatterBytes(),
          "limit-front-matter-bytes", "front matter", "maxFrontMatterBytes");
    }
    checkBlock(src, split.bodyStart(), text.length(), limits.maxBodyBytes(),
        "limit-body-bytes", "a body", "maxBodyBytes");
  }

  private static void checkBlock(SourceText src, int start, int end, int max, String rule,
      String what, String option) {
    if (end - start > max / 3) { // else it cannot be over the limit
      long bytes = utf8Length(src.text(), start, end);
      if (bytes > max) {
        throw new ArticleException(List.of(src.problem(rule, Problem.Severity.ERROR, "", start,
            "expected " + what + " of at most " + format(max) + " bytes but found "
                + format(bytes) + " (raise Limits." + option + ")")));
      }
    }
  }

  /** The UTF-8 length of {@code s[from, to)}: a surrogate pair takes four bytes. */
  static long utf8Length(CharSequence s, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  private static String format(long n) {
    return Problem.formatNumber(n);
  }
}
