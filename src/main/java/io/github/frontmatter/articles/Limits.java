package io.github.frontmatter.articles;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much of a file the parser reads before it refuses it: sizes, nesting (of the front
 * matter and of the body), aliases, values and the length of one scalar. Every parser applies limits; {@link #defaults()} are generous
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
   * The highest {@link #maxFrontMatterDepth()} allowed. Reading a value, and comparing, hashing
   * or printing it, recurse a few calls per level: values 400 levels deep need the JVM's
   * default thread stack (1 MiB on 64-bit Linux); the default limit of 200 also fits in
   * 512 KiB. Measured in {@code HostileInputTest}; see docs/security.md.
   */
  public static final int MAX_DEPTH_CEILING = 400;

  /** The largest {@link #maxFileBytes()} allowed: the largest Java array. */
  public static final int MAX_FILE_BYTES_CEILING = Integer.MAX_VALUE - 8;

  /**
   * Each limit once: its name (in range errors and {@link #toString()}), the range it may
   * take and its default. The values of an instance are an array indexed by this enum, so
   * that a wither copies the array and changes one slot instead of spelling out every field.
   */
  private enum Limit {
    FILE_BYTES("maxFileBytes", 1, MAX_FILE_BYTES_CEILING, 16 * 1024 * 1024),
    FRONT_MATTER_BYTES("maxFrontMatterBytes", 0, Integer.MAX_VALUE, 256 * 1024),
    BODY_BYTES("maxBodyBytes", 0, Integer.MAX_VALUE, 8 * 1024 * 1024),
    FRONT_MATTER_DEPTH("maxFrontMatterDepth", 1, MAX_DEPTH_CEILING, 200),
    ALIASES("maxAliases", 0, Integer.MAX_VALUE, 50),
    VALUES("maxValues", 0, Integer.MAX_VALUE, 10_000),
    SCALAR_BYTES("maxScalarBytes", 0, Integer.MAX_VALUE, 64 * 1024),
    NUMBER_LENGTH("maxNumberLength", 1, Integer.MAX_VALUE, 1_000),
    BODY_DEPTH("maxBodyDepth", 1, Integer.MAX_VALUE, 128),
    BODY_NODES("maxBodyNodes", 1, Integer.MAX_VALUE, 500_000),
    BODY_BLOCK_LINES("maxBodyBlockLines", 1, Integer.MAX_VALUE, 5_000),
    BODY_TEXT_PIECES("maxBodyTextPieces", 1, Integer.MAX_VALUE, 5_000),
    HTML_BYTES("maxHtmlBytes", 0, Integer.MAX_VALUE, 32 * 1024 * 1024);

    final String label;
    final int min;
    final int max;
    final int defaultValue;

    Limit(String label, int min, int max, int defaultValue) {
      this.label = label;
      this.min = min;
      this.max = max;
      this.defaultValue = defaultValue;
    }
  }

  private static final Limit[] ALL = Limit.values();

  private static final Limits DEFAULTS = new Limits(defaultValues());

  /** The value of each {@link Limit}, at its ordinal; never changed once built. */
  private final int[] values;

  private Limits(int[] values) {
    this.values = values;
  }

  private static int[] defaultValues() {
    int[] values = new int[ALL.length];
    for (Limit l : ALL) {
      values[l.ordinal()] = l.defaultValue;
    }
    return values;
  }

  private int get(Limit limit) {
    return values[limit.ordinal()];
  }

  /**
   * A copy with one limit changed, after checking its range; {@code name} is the option as
   * the caller knows it (a deprecated wither reports its own name).
   */
  private Limits with(Limit limit, String name, int value) {
    if (value < limit.min || value > limit.max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must be from %,d to %,d but was %,d", name, limit.min, limit.max, value));
    }
    int[] copy = values.clone();
    copy[limit.ordinal()] = value;
    return new Limits(copy);
  }

  /**
   * Returns the default limits: files of at most 16 MiB, front matter of at most 256 KiB, a
   * body of at most 8 MiB, front matter nested at most 200 levels deep, at most 50 YAML
   * aliases, at most 10,000 values, scalars of at most 64 KiB, numbers of at most 1,000
   * characters, a body tree at most 128 levels deep with at most 500,000 nodes, blocks of at
   * most 5,000 lines inside a container, and HTML of at most 32 MiB.
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
    return get(Limit.FILE_BYTES);
  }

  /**
   * The largest front matter, in UTF-8 bytes: the text between the fences (for Hugo-style
   * JSON, the object). Default 256 KiB (262,144).
   *
   * @return the limit
   */
  public int maxFrontMatterBytes() {
    return get(Limit.FRONT_MATTER_BYTES);
  }

  /**
   * The largest body, in UTF-8 bytes: everything after the front matter. Default 8 MiB.
   *
   * @return the limit
   */
  public int maxBodyBytes() {
    return get(Limit.BODY_BYTES);
  }

  /**
   * The deepest nesting of front-matter values, the top-level mapping being level 1, in every
   * format (a TOML dotted key or table header nests like a mapping). Default 200; at most
   * {@link #MAX_DEPTH_CEILING}. The body has its own limit, {@link #maxBodyDepth()}.
   *
   * @return the limit
   * @since 0.2.0
   */
  public int maxFrontMatterDepth() {
    return get(Limit.FRONT_MATTER_DEPTH);
  }

  /**
   * The deepest nesting of front-matter values; the same as {@link #maxFrontMatterDepth()}.
   *
   * @return the limit
   * @deprecated the name does not say that it is the front matter's depth only; use {@link
   *     #maxFrontMatterDepth()}
   */
  @Deprecated(since = "0.2.0")
  public int maxDepth() {
    return maxFrontMatterDepth();
  }

  /**
   * The most YAML aliases ({@code *name}) in one front matter. Default 50.
   *
   * @return the limit
   */
  public int maxAliases() {
    return get(Limit.ALIASES);
  }

  /**
   * The most values in one front matter, every scalar, list and mapping below the top level
   * counted once, and a YAML alias counted as all the values it stands for. Bounds the memory
   * of an "alias bomb" (billion laughs). Default 10,000.
   *
   * @return the limit
   */
  public int maxValues() {
    return get(Limit.VALUES);
  }

  /**
   * The longest scalar, in UTF-8 bytes of its value (after unquoting and escapes); keys are
   * scalars too. Default 64 KiB (65,536).
   *
   * @return the limit
   */
  public int maxScalarBytes() {
    return get(Limit.SCALAR_BYTES);
  }

  /**
   * The longest number, in characters as written (a YAML scalar resolved as an integer or a
   * float, a TOML number, a JSON number). Reading a number of n digits takes time growing
   * with n squared, so numbers have a much lower limit than other scalars. Default 1,000.
   *
   * @return the limit
   */
  public int maxNumberLength() {
    return get(Limit.NUMBER_LENGTH);
  }

  /**
   * How deep the body's tree may nest: a node's depth is the number of its ancestors, so a
   * top-level paragraph is at 1 and its text at 2, and each level of a nested list adds two
   * (the list and its item). The default, 128, is about nine times the deepest article of the
   * test corpus (14). {@link Article#body()} throws an {@link ArticleException} ({@code
   * limit-body-depth}) for a deeper body: without a limit a list nested 10,000 deep takes
   * flexmark seconds (the time grows with the square of the depth), and walking such a tree
   * recursively overflows the stack. See docs/markdown-limits.md.
   *
   * @return the limit
   * @since 0.2.0
   */
  public int maxBodyDepth() {
    return get(Limit.BODY_DEPTH);
  }

  /**
   * The most nodes the body's tree may have (every block, list item, text run, line break,
   * link, ...). The tree takes memory in proportion: flexmark keeps about 100 bytes per node
   * and needs about three times that while parsing, so a 2 MB flat list ({@code * a} on every
   * line, about 2 million nodes) cannot be parsed in a 512 MiB heap at all. The default,
   * 500,000, is far above the largest article of the test corpus (see docs/security.md) and
   * keeps a parse within about 150 MiB. Checked while the body is parsed: before flexmark
   * runs, a body whose lines alone would make more than twice the limit (every non-blank line
   * counted as two nodes, plus two for each list marker and one for each {@code |} and {@code [})
   * is refused, so such a body costs no memory; otherwise the nodes are counted as they are
   * made. {@link Article#body()} throws an {@link ArticleException} ({@code
   * limit-body-nodes}).
   *
   * @return the limit
   * @since 0.2.0
   */
  public int maxBodyNodes() {
    return get(Limit.BODY_NODES);
  }

  /**
   * The most lines one block may have when flexmark strips a prefix from each: lines inside a
   * block quote ({@code >}), the indented lines of a list item, footnote or definition, and
   * the lines of indented code. flexmark 0.64.8 joins such a block's lines in time growing
   * with the square of their number (its segment builder grows its array by one entry at a
   * time), so a block quote of 150,000 lines took 7 s. The lines are counted before flexmark
   * runs, over each run of lines that a blank line followed by an unindented line does not
   * end, so the count can only be too high. Default 5,000; see docs/security.md for the corpus
   * maximum. {@link Article#body()} throws an {@link ArticleException} ({@code
   * limit-body-lines}).
   *
   * @return the limit
   * @since 0.2.0
   */
  public int maxBodyBlockLines() {
    return get(Limit.BODY_BLOCK_LINES);
  }

  /**
   * The most pieces of text that the search for bare links ({@code MarkdownExtension.AUTOLINKS})
   * may read together. For each text that could hold a link it reads the text, the entities
   * ({@code &amp;}) and texts that continue it without a space, and decodes the backslash
   * escapes and entities in them; each of these is a piece. flexmark 0.64.8 joins the pieces in
   * time growing with the square of their number (the segment builder of {@link
   * #maxBodyBlockLines()}), once for each text of such a run, so 20 KB of {@code a&amp;}
   * repeated took two minutes. The squares of the counts add up over the body, which is
   * refused when they pass this limit squared; the count is made before the search and can
   * only be too high. Default 5,000; see docs/security.md for the corpus maximum. {@link
   * Article#body()} throws an {@link ArticleException} ({@code limit-body-text-pieces}).
   *
   * @return the limit
   * @since 0.2.0
   */
  public int maxBodyTextPieces() {
    return get(Limit.BODY_TEXT_PIECES);
  }

  /**
   * The largest HTML {@link Article#html()} and {@link Article#excerpt()} may produce, in
   * UTF-8 bytes. A reference definition is written out again at every use, so a 100 KB
   * URL used 20,000 times would make 2 GB of HTML. Checked before rendering from the
   * references' uses, and after rendering on the result. Default 32 MiB (33,554,432), four
   * times the default {@link #maxBodyBytes()}. The methods throw an {@link ArticleException}
   * ({@code limit-html-bytes}).
   *
   * @return the limit
   * @since 0.2.0
   */
  public int maxHtmlBytes() {
    return get(Limit.HTML_BYTES);
  }

  /**
   * Returns these limits with {@link #maxFileBytes()} set.
   *
   * @param maxFileBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxFileBytes(int maxFileBytes) {
    return with(Limit.FILE_BYTES, "maxFileBytes", maxFileBytes);
  }

  /**
   * Returns these limits with {@link #maxFrontMatterBytes()} set.
   *
   * @param maxFrontMatterBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxFrontMatterBytes(int maxFrontMatterBytes) {
    return with(Limit.FRONT_MATTER_BYTES, "maxFrontMatterBytes", maxFrontMatterBytes);
  }

  /**
   * Returns these limits with {@link #maxBodyBytes()} set.
   *
   * @param maxBodyBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxBodyBytes(int maxBodyBytes) {
    return with(Limit.BODY_BYTES, "maxBodyBytes", maxBodyBytes);
  }

  /**
   * Returns these limits with {@link #maxFrontMatterDepth()} set.
   *
   * @param maxFrontMatterDepth the new limit
   * @return new limits with that one changed
   * @throws IllegalArgumentException if {@code maxFrontMatterDepth} is below 1 or above {@link
   *     #MAX_DEPTH_CEILING}
   * @since 0.2.0
   */
  public Limits withMaxFrontMatterDepth(int maxFrontMatterDepth) {
    return with(Limit.FRONT_MATTER_DEPTH, "maxFrontMatterDepth", maxFrontMatterDepth);
  }

  /**
   * Returns these limits with {@link #maxFrontMatterDepth()} set.
   *
   * @param maxDepth the new limit
   * @return new limits with that one changed
   * @throws IllegalArgumentException if {@code maxDepth} is below 1 or above {@link
   *     #MAX_DEPTH_CEILING}
   * @deprecated the name does not say that it is the front matter's depth only; use {@link
   *     #withMaxFrontMatterDepth(int)}
   */
  @Deprecated(since = "0.2.0")
  public Limits withMaxDepth(int maxDepth) {
    return with(Limit.FRONT_MATTER_DEPTH, "maxDepth", maxDepth);
  }

  /**
   * Returns these limits with {@link #maxAliases()} set.
   *
   * @param maxAliases the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxAliases(int maxAliases) {
    return with(Limit.ALIASES, "maxAliases", maxAliases);
  }

  /**
   * Returns these limits with {@link #maxValues()} set.
   *
   * @param maxValues the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxValues(int maxValues) {
    return with(Limit.VALUES, "maxValues", maxValues);
  }

  /**
   * Returns these limits with {@link #maxScalarBytes()} set.
   *
   * @param maxScalarBytes the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxScalarBytes(int maxScalarBytes) {
    return with(Limit.SCALAR_BYTES, "maxScalarBytes", maxScalarBytes);
  }

  /**
   * Returns these limits with {@link #maxNumberLength()} set.
   *
   * @param maxNumberLength the new limit
   * @return new limits with that one changed
   */
  public Limits withMaxNumberLength(int maxNumberLength) {
    return with(Limit.NUMBER_LENGTH, "maxNumberLength", maxNumberLength);
  }

  /**
   * Returns these limits with {@link #maxBodyDepth()} set.
   *
   * @param maxBodyDepth the new limit, at least 1
   * @return new limits with that one changed
   * @throws IllegalArgumentException if {@code maxBodyDepth} is below 1
   * @since 0.2.0
   */
  public Limits withMaxBodyDepth(int maxBodyDepth) {
    return with(Limit.BODY_DEPTH, "maxBodyDepth", maxBodyDepth);
  }

  /**
   * Returns these limits with {@link #maxBodyNodes()} set.
   *
   * @param maxBodyNodes the new limit, at least 1
   * @return new limits with that one changed
   * @throws IllegalArgumentException if {@code maxBodyNodes} is below 1
   * @since 0.2.0
   */
  public Limits withMaxBodyNodes(int maxBodyNodes) {
    return with(Limit.BODY_NODES, "maxBodyNodes", maxBodyNodes);
  }

  /**
   * Returns these limits with {@link #maxBodyBlockLines()} set.
   *
   * @param maxBodyBlockLines the new limit, at least 1
   * @return new limits with that one changed
   * @throws IllegalArgumentException if {@code maxBodyBlockLines} is below 1
   * @since 0.2.0
   */
  public Limits withMaxBodyBlockLines(int maxBodyBlockLines) {
    return with(Limit.BODY_BLOCK_LINES, "maxBodyBlockLines", maxBodyBlockLines);
  }

  /**
   * Returns these limits with {@link #maxBodyTextPieces()} set.
   *
   * @param maxBodyTextPieces the new limit, at least 1
   * @return new limits with that one changed
   * @throws IllegalArgumentException if {@code maxBodyTextPieces} is below 1
   * @since 0.2.0
   */
  public Limits withMaxBodyTextPieces(int maxBodyTextPieces) {
    return with(Limit.BODY_TEXT_PIECES, "maxBodyTextPieces", maxBodyTextPieces);
  }

  /**
   * Returns these limits with {@link #maxHtmlBytes()} set.
   *
   * @param maxHtmlBytes the new limit
   * @return new limits with that one changed
   * @since 0.2.0
   */
  public Limits withMaxHtmlBytes(int maxHtmlBytes) {
    return with(Limit.HTML_BYTES, "maxHtmlBytes", maxHtmlBytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Limits l && Arrays.equals(values, l.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Limits[");
    for (Limit l : ALL) {
      b.append(l.ordinal() == 0 ? "" : ", ").append(l.label).append('=').append(get(l));
    }
    return b.append(']').toString();
  }
}
