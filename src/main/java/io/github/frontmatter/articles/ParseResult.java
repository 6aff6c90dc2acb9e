package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The result of a lenient read ({@link ArticleParser#read(java.nio.file.Path)}): the article,
 * when the file could be read at all, and every problem found, sorted by position.
 *
 * <p>The article is empty when reading could not get as far as values: bad encoding, an
 * unclosed fence, a syntax error, a duplicate key. Other errors (a date that is not a date, a
 * Hugo field in a shape Hugo cannot use) come with the article.
 *
 * @param article the article, or empty when the file could not be read
 * @param problems errors and warnings, sorted by position; unmodifiable
 * @since 0.1.0
 */
public record ParseResult(Optional<Article> article, List<Problem> problems) {

  /**
   * Checks and copies the arguments.
   *
   * @param article the article, or empty when the file could not be read
   * @param problems errors and warnings, sorted by position; unmodifiable
   */
  public ParseResult {
    requireNonNull(article, "article must not be null");
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
}
