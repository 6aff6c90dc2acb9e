package io.github.frontmatter.articles.internal.read;

import java.util.function.IntUnaryOperator;

/**
 * Finds the brace that closes a Hugo-style JSON object the way Hugo 0.111's page lexer
 * ({@code lexFrontMatterJSON}) finds it: braces are counted outside double-quoted strings, and
 * a backslash skips the next character. Used by {@link Split} on decoded text and by {@link
 * FrontMatterPrefix} on raw UTF-8 bytes, where the count is the same byte for char: the
 * braces, quotes and backslash are ASCII, and no byte of a multi-byte character is.
 *
 * <p>The count can be resumed when more input arrives: one instance per object.
 */
final class JsonBraces {
  private int level;
  private boolean inQuote;
  private int resumeAt;

  /**
   * Counts from {@code from} (the opening brace, or where the last call stopped) to {@code
   * length}, reading the character or byte at {@code i} with {@code at}; returns the index of
   * the brace that balances the first one, or -1 when it is not in {@code [from, length)}
   * (then {@link #resumeAt()} is where to go on).
   */
  int close(IntUnaryOperator at, int from, int length) {
    int i = from;
    for (; i < length; i++) {
      int c = at.applyAsInt(i);
      if (c == '{' && !inQuote) {
        level++;
      } else if (c == '}' && !inQuote) {
        level--;
      } else if (c == '"') {
        inQuote = !inQuote;
      } else if (c == '\\') {
        i++;
      }
      if (level == 0) {
        return i;
      }
    }
    resumeAt = i; // past a backslash at the end, one further: the character still to come
    return -1;
  }

  /** Where the count goes on after {@link #close} returned -1. */
  int resumeAt() {
    return resumeAt;
  }
}
