/**
 * Reading: where the front matter is (fences), the YAML, TOML and JSON readers that turn it
 * into {@link io.github.frontmatter.articles.Value}s with positions, the typed fields, and the
 * built-in validation rules.
 */
package io.github.frontmatter.articles.internal.read;
