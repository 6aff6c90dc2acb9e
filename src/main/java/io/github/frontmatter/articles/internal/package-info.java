/**
 * Implementation: fence detection, the YAML reader, typed fields, positions. Not exported by
 * the module and not part of the API; anything here may change in any release.
 */
package io.github.frontmatter.articles.internal;
