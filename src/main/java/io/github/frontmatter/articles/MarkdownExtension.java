package io.github.frontmatter.articles;

/**
 * Markdown syntax beyond CommonMark that the body parser can recognise. The default set is
 * all of them: what Hugo's renderer enables by default and flexmark offers.
 *
 * @since 0.1.0
 */
public enum MarkdownExtension {
  /** GitHub-style pipe tables. */
  TABLES,
  /** {@code ~~strikethrough~~}. */
  STRIKETHROUGH,
  /** {@code - [ ]} and {@code - [x]} list items. */
  TASK_LISTS,
  /** Bare URLs and e-mail addresses become links. */
  AUTOLINKS,
  /** {@code [^1]} references and their definitions. */
  FOOTNOTES,
  /** Definition lists ({@code Term} then {@code : definition}). */
  DEFINITION_LISTS
}
