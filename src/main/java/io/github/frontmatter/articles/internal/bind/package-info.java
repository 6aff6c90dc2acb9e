/**
 * Binding front matter to the caller's own types ({@code FrontMatterType}): the shape of a
 * Java type as Jackson databind introspects it ({@link
 * io.github.frontmatter.articles.internal.bind.Shape}), the walk that checks the front-matter
 * values against it and reports every problem at once with its position ({@link
 * io.github.frontmatter.articles.internal.bind.Walk}), the JSON Schema of the same shape, the
 * values a typed edit writes, and Bean Validation when a provider is present.
 *
 * <p>Nothing here is loaded unless binding is used: reading an article never touches this
 * package or Jackson databind.
 */
package io.github.frontmatter.articles.internal.bind;
