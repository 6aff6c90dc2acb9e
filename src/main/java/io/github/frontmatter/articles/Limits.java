package io.github.frontmatter.articles;

import java.util.Locale;
import java.util.Objects;

/**
 * How much of a file the parser reads before it refuses it: sizes, nesting, aliases, values
 * and the length of one scalar. Every parser applies limits; {@link #defaults()} are generous
 * for real articles (the largest of the 2,980 corpus files are far below each of them, see
 * docs/security.md) and stop hostile input early, in milliseconds.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder()
 *     .limits(Limits.defaults().withMaxFrontMatterBytes(1 << 20).withMaxValues(50_000))
 *     .build();
 * }</pre>
 *
 * <p>A file over a limit is refused with an {@link ArticleException} whose rule is {@code
 * limit-} and the limit's name ({@code limit-front-matter-bytes}, {@code limit-depth}, ...);
 * its message names the limit, the value found and the option that raises it. The lenient
 * {@code read} reports the same problem and returns no article.
 *
 * <p>Instances are immutable and thread-safe; each {@code with...} method returns a copy.
 *
 * @since 0.1.0
 */
public final class Limits {
  /**
   * The highest {@link #maxDepth()} allowed. Reading a value, and comparing, hashing or
   * printing it, recurse a few calls per level: values 400 levels deep need the JVM's
   * default thread stack (1 MiB on 64-bit Linux); the default limit of 200 also fits in
   * 512 KiB. Measured in {@code HostileInputTest}; see docs/security.md.
   */
  public static final int MAX_DEPTH_CEILING = 400;

  /** The largest {@link #maxFileBytes()} allowed: the largest Java array. */
  public static final int MAX_FILE_BYTES_CEILING = Integer.MAX_VALUE - 8;

  private static final Limits DEFAULTS =
      new Limits(16 * 1024 * 1024, 256 * 1024, 8 * 1024 * 1024, 200, 50, 10_000, 64 * 1024,
          1_000);

  private final int maxFileBytes;
  private final int maxFrontMatterBytes;
  private final int maxBodyBytes;
  private final int maxDepth;
  private final int maxAliases;
  private final int maxValues;
  private final int maxScalarBytes;
  private final int maxNumberLength;

  private Limits(int maxFileBytes, int maxFrontMatterBytes, int maxBodyBytes, int maxDepth,
      int maxAliases, int maxValues, int maxScalarBytes, int maxNumberLength) {
    this.maxFileBytes = check("maxFileBytes", maxFileBytes, 1, MAX_FILE_BYTES_CEILING);
    this.maxFrontMatterBytes = check("maxFrontMatterBytes", maxFrontMatterBytes, 0,
        Integer.MAX_VALUE);
    this.maxBodyBytes = check("maxBodyBytes", maxBodyBytes, 0, Integer.MAX_VALUE);
    this.maxDepth = check("maxDepth", maxDepth, 1, MAX_DEPTH_CEILING);
    this.maxAliases = check("maxAliases", maxAliases, 0, Integer.MAX_VALUE);
    this.maxValues = check("maxValues", maxValues, 0, Integer.MAX_VALUE);
    this.maxScalarBytes = check("maxScalarBytes", maxScalarBytes, 0, Integer.MAX_VALUE);
    this.maxNumberLength = check("maxNumberLength", maxNumberLength, 1, Integer.MAX_VALUE);
  }

  private static int check(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be from %,d to %,d but was %,d", name, min, max, value));
    }
    return value;
  }

  /**
   * Returns the default limits: files of at most 16 MiB, front matter of at most 256 KiB, a
   * body of at most 8 MiB, nesting at most 200 levels deep, at most 50 YAML aliases, at most
   * 10,000 values, scalars of at most 64 KiB and numbers of at most 1,000 characters.
   *
   * @return the default limits
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * The largest file, in bytes (a byte order mark included). Checked before the file is
   * decoded, and for a {@code Path} before it is read: a larger file is never read into
   * memory. Text given as a {@code String} is measured in UTF-8. Default 16 MiB (16,777,216).
   * At most {@link #MAX_FILE_BYTES_CEILING}.
   *
   * @return the limit
   */
  public int maxFileBytes() {
    return maxFileBytes;
  }

  /**
   * The largest front matter, in UTF-8 bytes: the text between the fences (for Hugo-style
   * JSON, the object). Default 256 KiB (262,144).
   *
   * @return the limit
   */
  public int maxFrontMatterBytes() {
    return maxFrontMatterBytes;
  }

  /**
   * The largest body, in UTF-8 bytes: everything after the front matter. Default 8 MiB.
   *
   * @return the limit
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * The deepest nesting of front-matter values, the top-level mapping being level 1, in every
   * format (a TOML dotted key or table header nests like a mapping). Default 200; at most
   * {@link #MAX_DEPTH_CEILING}.
   *
   * @return the limit
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * The most YAML aliases ({@code *name}) in one front matter. Default 50.
   *
   * @return the limit
   */
  public int maxAliases() {
    return maxAliases;
  }

  /**
   * The most values in one front matter, every scalar, list and mapping below the top level
   * counted once, and a YAML alias counted as all the values it stands for. Bounds the memory
   * of an "alias bomb" (billion laughs). Default 10,000.
   *
   * @return the limit
   */
  public int maxValues() {
    return maxValues;
  }

  /**
   * The longest scalar, in UTF-8 bytes of its value (after unquoting and escapes); keys are
   * scalars too. Default 64 KiB (65,536).
   *
   * @return the limit
   */
  public int maxScalarBytes() {
    return maxScalarBytes;
  }

  /**
   * The longest number, in characters as written (a YAML scalar resolved as an integer or a
   * float, a TOML number, a JSON number). Reading a number of n digits takes time growing
   * with n squared, so numbers have a much lower limit than other scalars. Default 1,000.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns these limits with {@link #maxFileBytes()} set.
   *
   * @param maxFileBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxFileBytes(int maxFileBytes) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxFrontMatterBytes()} set.
   *
   * @param maxFrontMatterBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxFrontMatterBytes(int maxFrontMatterBytes) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxBodyBytes()} set.
   *
   * @param maxBodyBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxBodyBytes(int maxBodyBytes) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxDepth()} set.
   *
   * @param maxDepth the new limit
   * @return new limits with that one changed
   * @throws IllegalArgumentException if {@code maxDepth} is below 1 or above {@link
   *     #MAX_DEPTH_CEILING}
   */
  public Limits withMaxDepth(int maxDepth) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxAliases()} set.
   *
   * @param maxAliases the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxAliases(int maxAliases) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxValues()} set.
   *
   * @param maxValues the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxValues(int maxValues) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxScalarBytes()} set.
   *
   * @param maxScalarBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxScalarBytes(int maxScalarBytes) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxNumberLength()} set.
   *
   * @param maxNumberLength the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxNumberLength(int maxNumberLength) {
    return new Limits(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits l
        && maxFileBytes == l.maxFileBytes
        && maxFrontMatterBytes == l.maxFrontMatterBytes
        && maxBodyBytes == l.maxBodyBytes
        && maxDepth == l.maxDepth
        && maxAliases == l.maxAliases
        && maxValues == l.maxValues
        && maxScalarBytes == l.maxScalarBytes
        && maxNumberLength == l.maxNumberLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxFileBytes, maxFrontMatterBytes, maxBodyBytes, maxDepth, maxAliases,
        maxValues, maxScalarBytes, maxNumberLength);
  }

  @Override
  public String toString() {
    return "Limits[maxFileBytes=" + maxFileBytes + ", maxFrontMatterBytes="
        + maxFrontMatterBytes + ", maxBodyBytes=" + maxBodyBytes + ", maxDepth=" + maxDepth
        + ", maxAliases=" + maxAliases + ", maxValues=" + maxValues + ", maxScalarBytes="
        + maxScalarBytes + ", maxNumberLength=" + maxNumberLength + "]";
  }
}
