package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Value;
import java.util.List;
import java.util.Map;

/**
 * What a front-matter reader (YAML, TOML, JSON) produces from one block that it could read.
 * Syntax errors make the reader throw; what the values mean (typed fields, validation) is
 * decided afterwards, the same way for every format.
 *
 * @param values every top-level key in file order with its value
 * @param offsets JSON Pointer of every value to its UTF-16 offset in the file
 * @param scalarText JSON Pointer of every non-text scalar to its text as written
 *     ({@code 1.50}, {@code True}), so that a scalar where text is expected reads as written
 * @param keyOffsets JSON Pointer of every top-level key to the UTF-16 offset of the key as
 *     written, for problems about the key rather than its value ({@code key-unknown},
 *     {@code field-repeated}); a YAML block value starts on the line after its key
 * @param warnings what reading found that does not stop it: a key written twice where the
 *     profile's generator keeps the last one ({@code key-repeated})
 */
public record BlockResult(
    Map<String, Value> values, Map<String, Integer> offsets, Map<String, String> scalarText,
    Map<String, Integer> keyOffsets, List<Problem> warnings) {

  /** A result without warnings. */
  public BlockResult(
      Map<String, Value> values, Map<String, Integer> offsets, Map<String, String> scalarText,
      Map<String, Integer> keyOffsets) {
    this(values, offsets, scalarText, keyOffsets, List.of());
  }

  /** A result without key positions (an empty block): problems fall back to the values'. */
  public BlockResult(
      Map<String, Value> values, Map<String, Integer> offsets, Map<String, String> scalarText) {
    this(values, offsets, scalarText, Map.of());
  }
}
