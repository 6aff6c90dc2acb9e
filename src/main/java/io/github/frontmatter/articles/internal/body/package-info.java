/**
 * The body: flexmark set up with the library's extensions and guards against pathological
 * input, safe HTML rendering, and Hugo-compatible summaries.
 */
package io.github.frontmatter.articles.internal.body;
