package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an article, placed exactly.
 *
 * <p>{@link #toString()} prints it the way a compiler would:
 *
 * <pre>
 * content/post/hello.md:4:7: error: date: expected a date (yyyy-MM-dd[THH:mm[:ss]][offset]) but
 * found "yesterday" [date-invalid]
 *   date: yesterday
 *         ^
 * </pre>
 *
 * @param rule a stable identifier of the rule that was broken, such as {@code date-invalid}
 * @param severity whether the problem stops {@link Articles#parse(java.nio.file.Path)}
 * @param path the JSON Pointer of the offending value ({@code /tags/1}), or {@code ""} for the
 *     file or the front matter as a whole
 * @param location where the problem is
 * @param message what was expected and what was found, without the location
 * @param excerpt the source line and a caret under the column, or {@code ""} when there is
 *     no line to show
 * @since 0.1.0
 */
public record Problem(
    String rule,
    Severity severity,
    String path,
    Location location,
    String message,
    String excerpt) {

  /**
   * How serious a problem is.
   *
   * @since 0.1.0
   */
  public enum Severity {
    /** The article cannot be read as its format and Hugo intend; strict parsing throws. */
    ERROR,
    /** The article can be read, but something looks wrong. */
    WARNING;

    /**
     * Returns the lower-case name used in messages: {@code error} or {@code warning}.
     *
     * @return the lower-case name used in messages: {@code error} or {@code warning}
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Checks the arguments.
   *
   * @param rule a stable identifier of the rule that was broken, such as {@code date-invalid}
   * @param severity whether the problem stops {@link Articles#parse(java.nio.file.Path)}
   * @param path the JSON Pointer of the offending value ({@code /tags/1}), or {@code ""} for the
   *     file or the front matter as a whole
   * @param location where the problem is
   * @param message what was expected and what was found, without the location
   * @param excerpt the source line and a caret under the column, or {@code ""} when there is
   *     no line to show
   */
  public Problem {
    requireNonNull(rule, "rule must not be null");
    requireNonNull(severity, "severity must not be null");
    requireNonNull(path, "path must not be null");
    requireNonNull(location, "location must not be null");
    requireNonNull(message, "message must not be null");
    requireNonNull(excerpt, "excerpt must not be null");
  }

  /**
   * Returns the first line of {@link #toString()}: location, severity, message and rule.
   *
   * @return the first line of {@link #toString()}: location, severity, message and rule
   */
  public String summary() {
    return location + ": " + severity.label() + ": " + message + " [" + rule + "]";
  }

  /** How many characters of a value {@link #quote} shows; the rest is cut, its length given. */
  private static final int QUOTED_CHARS = 200;

  /**
   * Returns {@code value} quoted as every message of this library quotes a value it found: in
   * double quotes, with line breaks, tabs, other control characters, U+2028, U+2029, quotes and
   * backslashes escaped, so that a problem always prints on one line (compiler-style output is
   * one problem per line). A value longer than 200 characters is cut there and followed by its
   * length ({@code "aaa…" (1,000,000 characters)}), so that a hostile value cannot make a
   * message megabytes long. Custom rules can use it to word their messages like the built-in
   * ones.
   *
   * @param value the value found
   * @return the value quoted for a message, on one line
   */
  public static String quote(String value) {
    requireNonNull(value, "value must not be null");
    int n = value.length();
    if (n > QUOTED_CHARS) {
      // never cut between the two halves of a surrogate pair
      int cut = Character.isLowSurrogate(value.charAt(QUOTED_CHARS)) ? QUOTED_CHARS - 1
          : QUOTED_CHARS;
      String head = quote(value.substring(0, cut));
      return head.substring(0, head.length() - 1) + "\u2026\" (" + formatNumber(n)
          + " characters)";
    }
    StringBuilder b = new StringBuilder(n + 2).append('"');
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Returns {@code n} as every message of this library writes a number: with a comma between
   * thousands, whatever the default locale ({@code 1048576} as {@code 1,048,576}).
   *
   * @param n the number
   * @return the number with thousands separators
   */
  public static String formatNumber(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** Returns the summary line followed by the excerpt with its caret, if there is one. */
  @Override
  public String toString() {
    return excerpt.isEmpty() ? summary() : summary() + "\n" + excerpt;
  }
}
