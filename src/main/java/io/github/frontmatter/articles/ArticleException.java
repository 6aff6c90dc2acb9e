package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Thrown when an article cannot be read: bad encoding, an unclosed fence, a YAML syntax
 * error, a duplicate key, a date that is not a date, front matter that is not a mapping.
 *
 * <p>It carries every error found, not only the first; {@link #source()}, {@link #line()} and
 * {@link #column()} are those of the first. The message prints each problem in compiler style
 * with the source line and a caret. I/O failures are never wrapped in this exception: they
 * stay {@link java.io.IOException}s.
 *
 * @since 0.1.0
 */
public final class ArticleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Problems are records of strings and ints, all serializable in practice. */
  @SuppressWarnings("serial")
  private final List<Problem> problems;

  /**
   * Creates an exception for one or more problems.
   *
   * @param problems the problems, at least one, in the order to report them
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ArticleException(List<Problem> problems) {
    super(render(problems), null, false, true);
    this.problems = List.copyOf(problems);
  }

  private static String render(List<Problem> problems) {
    requireNonNull(problems, "problems must not be null");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(p);
    }
    return out.toString();
  }

  /**
   * Returns every problem found, in order of position; never empty.
   *
   * @return every problem found, in order of position; never empty
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns the first problem's location.
   *
   * @return the first problem's location
   */
  public Location location() {
    return problems.get(0).location();
  }

  /**
   * Returns the source name (usually the file path) given to the parser.
   *
   * @return the source name (usually the file path) given to the parser
   */
  public String source() {
    return location().source();
  }

  /**
   * Returns the first problem's 1-based line in the file.
   *
   * @return the first problem's 1-based line in the file
   */
  public int line() {
    return location().line();
  }

  /**
   * Returns the first problem's 1-based column, counted in UTF-16 code units.
   *
   * @return the first problem's 1-based column, counted in UTF-16 code units
   */
  public int column() {
    return location().column();
  }
}
