package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

/**
 * A place in a source file.
 *
 * <p>{@code line} and {@code column} are 1-based and count lines of the whole file (not of
 * the front-matter block). Columns count UTF-16 code units, as Java strings and SARIF do: a
 * Chinese character is one column, an emoji outside the Basic Multilingual Plane is two. A
 * UTF-8 byte order mark is not counted.
 *
 * @param source the source name given to the parser (usually the file path)
 * @param line 1-based line number
 * @param column 1-based column in UTF-16 code units
 * @since 0.1.0
 */
public record Location(String source, int line, int column) {

  /**
   * Checks the arguments.
   *
   * @param source the source name given to the parser (usually the file path)
   * @param line 1-based line number
   * @param column 1-based column in UTF-16 code units
   */
  public Location {
    requireNonNull(source, "source must not be null");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1 but was " + line);
    }
    if (column < 1) {
      throw new IllegalArgumentException("column must be at least 1 but was " + column);
    }
  }

  /** Returns {@code source:line:column}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
