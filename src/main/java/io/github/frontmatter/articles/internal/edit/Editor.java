package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.read.Split;

import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;

/**
 * Edits the front matter of one format in place, the way a careful person edits by hand:
 * only the text of the edited value changes; every other byte of the file stays (comments,
 * key order, indentation, quoting of untouched values, blank lines, line endings).
 *
 * <p>Implementations re-read the block they are given as needed; they keep no state and are
 * safe to share. They never re-emit the whole front matter.
 */
public interface Editor {

  /**
   * Returns the whole new file text (without byte order mark) with the top-level {@code key}
   * set to {@code value}.
   *
   * <p>An existing key (exact spelling) keeps its place, its comment after the value and, where
   * the new value can be written in it, the style of the old value (a double-quoted title
   * stays double-quoted, a flow list stays a flow list, a block list keeps its indentation and
   * the quoting of its items). A new key is appended at the end of the front matter in the
   * file's own indentation (TOML: before the first table, since a key after {@code [extra]}
   * would land inside it; JSON: as the last member of the object).
   *
   * @param text the whole file text, without byte order mark
   * @param split where the front matter and body are
   * @param key the top-level key, spelled exactly
   * @param value the new value
   * @param lineSeparator the file's line separator, for new lines
   * @throws IllegalArgumentException if the format cannot hold {@code value} (TOML null),
   *     with a message saying why
   */
  String set(String text, Split split, String key, Value value, String lineSeparator);

  /**
   * Returns the whole new file text with the top-level {@code key} and its value removed,
   * with the comment lines that clearly belong to it: full-line comments directly above the
   * key (no blank line between) that follow a blank line, the start of the front matter, or
   * the end of the previous value. The text is returned unchanged if the key is absent.
   */
  String remove(String text, Split split, String key, String lineSeparator);

  /**
   * Refuses a block of another format than {@code format}, the one the calling editor edits.
   *
   * @throws IllegalArgumentException if {@code split} is not of {@code format}
   */
  static void requireFormat(Split split, Format format) {
    if (split.format() != format) {
      throw new IllegalArgumentException("expected " + format + " front matter but found "
          + split.format());
    }
  }
}
