package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One file of {@link ArticleParser#parseAll(Path, int)}: its path, and either what reading it
 * gave (the article when it could be read, and every problem, as {@link
 * ArticleParser#read(Path)} returns them) or why it could not be read at all.
 *
 * <p>A file that cannot be read (permissions, a folder that cannot be listed, a broken
 * symbolic link, a symbolic link leading out of the directory) has {@link #ioError()} and no
 * article; a file whose content is not a readable article has error problems and usually no
 * article. Neither is thrown: the walk goes on.
 *
 * @param path the file, under the directory as it was given (for a folder that could not be
 *     listed, the folder)
 * @param article the article, with its body AST already built; empty when the file could not
 *     be read or is not a readable article
 * @param problems errors and warnings, sorted by position; empty when {@code ioError} is
 *     present; unmodifiable
 * @param ioError why the file could not be read, or empty
 * @since 0.1.0
 */
public record FileResult(
    Path path, Optional<Article> article, List<Problem> problems, Optional<IOException> ioError) {

  /**
   * Checks and copies the arguments.
   *
   * @param article the article
   * @param ioError the io error
   * @param path the path
   * @param problems the problems
   */
  public FileResult {
    requireNonNull(path, "path must not be null");
    requireNonNull(article, "article must not be null");
    problems = List.copyOf(problems);
    requireNonNull(ioError, "ioError must not be null");
  }

  /**
   * Returns whether the file could not be read or any of its problems is an error.
   *
   * @return the result
   */
  public boolean hasErrors() {
    return ioError.isPresent()
        || problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }
}
