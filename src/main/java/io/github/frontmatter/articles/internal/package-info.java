/**
 * Implementation of the library, one package per stage; not exported by the module and not
 * part of the API, so anything here may change in any release. Directly here: the decoded
 * text with its line index ({@link io.github.frontmatter.articles.internal.SourceText}), JSON
 * Pointer helpers and UTF-8 decoding, which every stage uses. The stages: {@code read}
 * (fences, the three front-matter readers, typed fields, the built-in rules), {@code edit}
 * (in-place editors and the emitter), {@code body} (Markdown, its guards, HTML, summaries),
 * {@code files} (reading files within limits, walking folders, reading in parallel),
 * {@code json} and {@code schema} (the JSON form and JSON Schema validation), {@code cli}.
 * See docs/architecture.md.
 */
package io.github.frontmatter.articles.internal;
