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

  /** Returns the summary line followed by the excerpt with its caret, if there is one. */
  @Override
  public String toString() {
    return excerpt.isEmpty() ? summary() : summary() + "\n" + excerpt;
  }
}
