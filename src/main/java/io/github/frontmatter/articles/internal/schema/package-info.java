/**
 * JSON Schema: validation of front matter through networknt's json-schema-validator
 * (Jackson 3), in {@link io.github.frontmatter.articles.internal.schema.SchemaCheck}, and the
 * built-in schema of each profile, written from its field table, in {@link
 * io.github.frontmatter.articles.internal.schema.BuiltInSchema}. It uses {@code internal.json}
 * for the instance a schema sees and {@code internal.read} for the fields and rules; neither
 * uses it. Not exported: no networknt or Jackson type is public API; {@link
 * io.github.frontmatter.articles.FrontMatterSchema} is the public face.
 */
package io.github.frontmatter.articles.internal.schema;
