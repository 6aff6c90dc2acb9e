package io.github.frontmatter.articles.internal;

import io.github.frontmatter.articles.internal.files.LimitCheck;

/**
 * Quotes a value for a message: in double quotes, with line breaks, tabs, other control
 * characters, quotes and backslashes escaped, so that a problem always prints on one line
 * (compiler-style output is one problem per line). A value longer than {@value #MAX_CHARS}
 * chars is cut there, with its length after the closing quote, so that a hostile value
 * cannot make a message megabytes long.
 */
public final class Quote {
  static final int MAX_CHARS = 200;

  private Quote() {}

  public static String of(String s) {
    int n = s.length();
    if (n > MAX_CHARS) {
      int cut = Character.isLowSurrogate(s.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
      String head = of(s.substring(0, cut));
      return head.substring(0, head.length() - 1) + "\u2026\" (" + LimitCheck.format(n)
          + " characters)";
    }
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
