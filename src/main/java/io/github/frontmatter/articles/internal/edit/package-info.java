/**
 * Editing: the in-place editors of each format, which change only the edited key's text, and
 * the emitter that writes clean front matter for conversion and new keys.
 */
package io.github.frontmatter.articles.internal.edit;
