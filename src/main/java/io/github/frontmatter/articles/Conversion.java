package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of {@link Article#convertTo(Format)}: the article in the new format, and what
 * changed besides the syntax (key order, the spelling of dates, dates that became text).
 *
 * @param article the converted article
 * @param notes one sentence per kind of change, empty when the values came through as
 *     they were
 * @since 0.1.0
 */
public record Conversion(Article article, List<String> notes) {

  /**
   * Checks and copies the arguments.
   *
   * @param article the converted article
   * @param notes one sentence per kind of change, empty when the values came through as
   *     they were
   */
  public Conversion {
    requireNonNull(article, "article must not be null");
    notes = List.copyOf(notes);
  }
}
