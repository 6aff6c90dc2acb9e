/** JSON views of articles through Jackson; not exported, so no Jackson type is public API. */
package io.github.frontmatter.articles.internal.json;
