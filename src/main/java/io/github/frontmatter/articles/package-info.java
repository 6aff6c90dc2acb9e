/**
 * Markdown articles with front matter: {@link io.github.frontmatter.articles.Articles} reads
 * them into immutable {@link io.github.frontmatter.articles.Article}s and writes them back.
 *
 * <p>Nothing in this package returns {@code null}: absent values are empty {@code Optional}s
 * or empty collections, and a YAML null is {@link io.github.frontmatter.articles.Value.Null}.
 * Methods reject {@code null} arguments with a {@code NullPointerException} naming the
 * argument.
 */
package io.github.frontmatter.articles;
