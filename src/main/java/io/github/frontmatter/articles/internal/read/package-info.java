/**
 * Reading: where the front matter is (fences), the YAML, TOML and JSON readers that turn it
 * into {@link io.github.frontmatter.articles.Value}s with positions, the typed fields, and the
 * built-in validation rules; and {@link
 * io.github.frontmatter.articles.internal.read.LimitGuard}, where every limit on the text is
 * checked.
 *
 * <p>The typed fields are declared once, in a {@link
 * io.github.frontmatter.articles.internal.read.FieldTable} ({@link
 * io.github.frontmatter.articles.internal.read.HugoFields#TABLE} is Hugo's and Mainroad's):
 * each {@link io.github.frontmatter.articles.internal.read.Field} has a key, a {@link
 * io.github.frontmatter.articles.internal.read.FieldKind} (how it is read, into what Java
 * type), an owner (how bad a wrong shape is) and a description. {@link
 * io.github.frontmatter.articles.internal.read.FieldReader} reads a table's fields into {@link
 * io.github.frontmatter.articles.internal.read.TypedFields}; the JSON form and the JSON Schema
 * take the same table. Another generator's profile is another table.
 */
package io.github.frontmatter.articles.internal.read;
