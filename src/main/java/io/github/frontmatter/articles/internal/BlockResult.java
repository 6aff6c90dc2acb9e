package io.github.frontmatter.articles.internal;

import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Value;
import java.util.List;
import java.util.Map;

/**
 * What a front-matter reader (YAML, TOML, JSON) produces from one block.
 *
 * @param values every top-level key in file order with its value
 * @param offsets JSON Pointer of every value to its UTF-16 offset in the file
 * @param fields the typed fields, read by {@link FieldReader}
 * @param warnings problems that do not stop parsing
 */
public record BlockResult(
    Map<String, Value> values,
    Map<String, Integer> offsets,
    TypedFields fields,
    List<Problem> warnings) {}
