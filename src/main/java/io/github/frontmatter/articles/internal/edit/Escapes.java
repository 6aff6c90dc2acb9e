package io.github.frontmatter.articles.internal.edit;

/**
 * Writes a double-quoted string with the backslash escapes that a YAML double-quoted scalar,
 * a TOML basic string and a JSON string spell alike: {@code \"}, {@code \\}, {@code \n},
 * {@code \t}, {@code \r}, {@code \b} and {@code \f}. What each format does with the other
 * characters (which it escapes, and how it spells a {@code \}{@code u} escape) is its own
 * class's rule: {@link YamlScalars}, {@link TomlScalars}, {@link JsonScalars}.
 */
final class Escapes {
  private Escapes() {}

  /** A format's rule for a character without a common escape. */
  interface Other {
    /**
     * Appends the character at {@code i} of {@code s}, escaped or not, and returns the index
     * of the last character it used ({@code i}, or {@code i + 1} for a surrogate pair).
     */
    int append(String s, int i, StringBuilder out);
  }

  /** {@code s} in double quotes, escaped by the common escapes and then by {@code other}. */
  static String doubleQuoted(String s, Other other) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> i = other.append(s, i, b);
      }
    }
    return b.append('"').toString();
  }
}
