package io.github.frontmatter.articles.internal;

/**
 * Quotes a value for a message: in double quotes, with line breaks, tabs, other control
 * characters, quotes and backslashes escaped, so that a problem always prints on one line
 * (compiler-style output is one problem per line).
 */
public final class Quote {
  private Quote() {}

  public static String of(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
