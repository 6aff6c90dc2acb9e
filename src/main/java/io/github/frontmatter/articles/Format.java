package io.github.frontmatter.articles;

/**
 * The format of an article's front matter, detected from its first line.
 *
 * @since 0.1.0
 */
public enum Format {
  /** YAML between {@code ---} lines (closed by {@code ---} or {@code ...}). */
  YAML,
  /** TOML 1.0 between {@code +++} lines. */
  TOML,
  /**
   * JSON: an object at the very start of the file, as Hugo reads it (the body starts after its
   * closing brace and one line break), or an object between a first line {@code ---json} and
   * the next line {@code ---}, as gray-matter writes it.
   */
  JSON,
  /** The file has no front matter: the whole file is the body. */
  NONE
}
