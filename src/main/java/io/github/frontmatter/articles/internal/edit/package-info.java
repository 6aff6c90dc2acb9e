/**
 * Editing: the in-place editors of each format ({@link
 * io.github.frontmatter.articles.internal.edit.Editor}), which change only the edited key's
 * text, and the emitter that writes clean front matter for conversion and new keys. YAML's
 * editor splices what {@code YamlRenderer} writes into the places {@code YamlDocument} found;
 * TOML's does the same with {@code TomlValueWriter} and {@code TomlBlock}. How each format
 * writes a scalar (quoting, escapes, keys, numbers, dates) is in one class per format,
 * {@code YamlScalars}, {@code TomlScalars} and {@code JsonScalars}, shared by the editors and
 * the emitter.
 */
package io.github.frontmatter.articles.internal.edit;
