package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What binding front matter to the caller's own type gives ({@link FrontMatterType#bind}):
 * the value when nothing was wrong, and every problem found, sorted by position.
 *
 * @param <T> the type bound to
 * @param value the bound value; empty when any problem is an error
 * @param problems the problems of reading (for {@link FrontMatterType#bind(ParseResult)}) and
 *     of binding, errors and warnings, sorted by position; unmodifiable
 * @since 0.2.0
 */
public record BindResult<T>(Optional<T> value, List<Problem> problems) {

  /**
   * Checks and copies the arguments.
   *
   * @param value the bound value; empty when any problem is an error
   * @param problems the problems, sorted by position
   */
  public BindResult {
    requireNonNull(value, "value must not be null");
    problems = List.copyOf(problems);
  }

  /**
   * Returns whether any problem is an error.
   *
   * @return whether any problem is an error
   */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  /**
   * Returns the value, or throws the errors.
   *
   * @return the value
   * @throws ArticleException with every error, when there is no value
   */
  public T orElseThrow() {
    return value.orElseThrow(() -> new ArticleException(problems.stream()
        .filter(p -> p.severity() == Problem.Severity.ERROR).toList()));
  }
}
