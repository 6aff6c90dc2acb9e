/**
 * The JSON form of the model through Jackson: {@link
 * io.github.frontmatter.articles.internal.json.ValueJson} writes values, dates and problems
 * (once, for every caller), {@link io.github.frontmatter.articles.internal.json.ArticleJson}
 * articles and front matter (what {@code ArticlesModule} writes and reads back, and what
 * {@code articles show} prints). It does not depend on the {@code jackson} package, which
 * depends on it. Not exported, so no Jackson type is public API.
 */
package io.github.frontmatter.articles.internal.json;
