package io.github.frontmatter.articles.internal.edit;

/**
 * How text is written as a JSON string, for the emitter and the in-place editor alike:
 * {@code "}, {@code \}, the usual control characters escaped by name and the other control
 * characters as {@code \}{@code u00xx}; every other character as it is.
 */
final class JsonScalars {
  private JsonScalars() {}

  /** The text as a JSON string, quotes included. */
  static String string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Escapes.common(c, b)) {
        continue;
      }
      if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
