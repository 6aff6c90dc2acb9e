package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

/**
 * An article's summary as Hugo 0.111.3 shows it in lists ({@code .Summary}), as plain text.
 * See {@link Article#excerpt()} for the rules and docs/hugo.md (summaries) for how they were
 * established.
 *
 * @param text the summary as plain text: HTML tags stripped as Hugo strips them, entities
 *     decoded, whitespace runs collapsed to their first character, no leading or trailing
 *     whitespace; empty when the summary is empty (a divider at the very start, or a
 *     front-matter summary of only spaces)
 * @param truncated whether Hugo's {@code .Truncated} is true: for {@link Source#DIVIDER},
 *     whether any non-whitespace follows the divider; for {@link Source#FRONT_MATTER}, always
 *     false; for {@link Source#AUTO}, whether the summary was cut before the end of the text
 * @param source where the summary comes from
 * @since 0.1.0
 */
public record Excerpt(String text, boolean truncated, Source source) {

  /**
   * Checks that neither component is null.
   *
   * @param text the summary as plain text: HTML tags stripped as Hugo strips them, entities
   *     decoded, whitespace runs collapsed to their first character, no leading or trailing
   *     whitespace; empty when the summary is empty (a divider at the very start, or a
   *     front-matter summary of only spaces)
   * @param truncated whether Hugo's {@code .Truncated} is true: for {@link Source#DIVIDER},
   *     whether any non-whitespace follows the divider; for {@link Source#FRONT_MATTER}, always
   *     false; for {@link Source#AUTO}, whether the summary was cut before the end of the text
   * @param source where the summary comes from
   * @throws NullPointerException if {@code text} or {@code source} is null
   * @since 0.1.0
   */
  public Excerpt {
    requireNonNull(text, "text must not be null");
    requireNonNull(source, "source must not be null");
  }

  /**
   * Where a summary comes from, in the order Hugo tries them.
   *
   * @since 0.1.0
   */
  public enum Source {
    /**
     * The body before the first {@code <!--more-->} divider.
     *
     * @since 0.1.0
     */
    DIVIDER,
    /**
     * The front matter's {@code summary} field, rendered as Markdown.
     *
     * @since 0.1.0
     */
    FRONT_MATTER,
    /**
     * The first words of the body's text, cut as Hugo cuts them.
     *
     * @since 0.1.0
     */
    AUTO
  }
}
