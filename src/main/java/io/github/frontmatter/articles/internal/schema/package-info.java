/**
 * JSON Schema validation of front matter through networknt's json-schema-validator (Jackson
 * 3). Not exported: no networknt or Jackson type is public API; {@link
 * io.github.frontmatter.articles.FrontMatterSchema} is the public face.
 */
package io.github.frontmatter.articles.internal.schema;
