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
  /** A JSON object at the start of the file. Recognised; reading it is not supported yet. */
  JSON,
  /** The file has no front matter: the whole file is the body. */
  NONE
}
