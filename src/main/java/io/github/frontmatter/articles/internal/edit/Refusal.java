package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.EditRefusedException;
import io.github.frontmatter.articles.Location;

/**
 * Builds the {@link EditRefusedException} of every editor, with the position of the node that
 * prevents the edit. The editors see the text, not the source name: the location's source is
 * empty here and {@link ArticleEdits} puts the article's name in.
 */
final class Refusal {
  private Refusal() {}

  /**
   * The refusal of an edit of {@code key}, the offending node starting at {@code offset} of
   * {@code text} (the whole file text, without byte order mark).
   */
  static EditRefusedException at(String text, int offset, String key, String message,
      String reason) {
    return new EditRefusedException(message, key, reason, location(text, offset));
  }

  /** The 1-based line and UTF-16 column of {@code offset}, with an empty source name. */
  static Location location(String text, int offset) {
    int at = Math.max(0, Math.min(offset, text.length()));
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return new Location("", line, at - (text.lastIndexOf('\n', at - 1) + 1) + 1);
  }
}
