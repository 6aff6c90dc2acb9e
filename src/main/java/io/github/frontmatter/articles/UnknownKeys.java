package io.github.frontmatter.articles;

/**
 * What validation does with front-matter keys that are neither Hugo's own fields nor
 * Mainroad's. Such keys are usually site or theme parameters, so they are allowed by default.
 *
 * @since 0.1.0
 */
public enum UnknownKeys {
  /** Unknown keys are fine (the default). */
  ALLOW,
  /** Each unknown key is a {@code key-unknown} warning. */
  WARN,
  /** Each unknown key is a {@code key-unknown} error. */
  REJECT
}
