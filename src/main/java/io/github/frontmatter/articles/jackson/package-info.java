/**
 * Jackson 3 support: register {@link io.github.frontmatter.articles.jackson.ArticlesModule}
 * with a {@code tools.jackson.databind.ObjectMapper} to write articles and front matter as JSON
 * and read them back. The core package does not depend on Jackson's types; only this one
 * does.
 *
 * @since 0.1.0
 */
package io.github.frontmatter.articles.jackson;
