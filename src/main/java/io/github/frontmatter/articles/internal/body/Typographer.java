package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Smart punctuation as Hugo 0.111.3's Markdown renderer applies it by default (its
 * "typographer"): straight quotes become curly ones, {@code --} and {@code ---} dashes,
 * {@code ...} an ellipsis and {@code <<}, {@code >>} guillemets, all written as named HTML
 * entities. The rules below were worked out by feeding Hugo every combination of the
 * characters around a quote and reading its HTML; docs/hugo.md (summaries) lists them.
 *
 * <p>One instance serves one rendering of one document: it counts the quotes opened so far,
 * because Hugo curls a closing double quote only while an opened one is pending, anywhere
 * earlier in the document (and a doubtful single quote only then).
 */
final class Typographer {
  private int openDoubleQuotes;
  private int openSingleQuotes;

  /**
   * Appends the HTML for the text {@code s} (a piece of the Markdown source, with backslash
   * escapes and entity references still in it) to {@code out}: unescaped, smartened and
   * HTML-escaped as Hugo writes text ({@code & < > "}). The characters around {@code s} in
   * the source decide how a quote at its edge is read; {@code limit} is where the enclosing
   * block's text ends in the source (trailing whitespace excluded): nothing after it counts.
   */
  void appendText(BasedSequence s, int limit, StringBuilder out) {
    BasedSequence base = s.getBaseSequence();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < n && isAsciiPunct(s.charAt(i + 1))) {
        escape(s.charAt(i + 1), out);
        i += 2;
        continue;
      }
      if (c == '&') {
        int end = entityEnd(s, i);
        if (end > 0) {
          String decoded = Escaping.unescapeHtml(s.subSequence(i, end).toString());
          for (int k = 0; k < decoded.length(); k++) {
            escape(decoded.charAt(k), out);
          }
          i = end;
          continue;
        }
      }
      int used = smart(s, i, base, s.getIndexOffset(i), limit, out);
      if (used > 0) {
        i += used;
        continue;
      }
      if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
        i++;
        continue;
      }
      escape(c, out);
      i++;
    }
  }

  /** Writes a smart replacement for the character at {@code i}; returns how many it used. */
  private int smart(BasedSequence s, int i, BasedSequence base, int at, int limit,
      StringBuilder out) {
    char c = s.charAt(i);
    int n = s.length();
    switch (c) {
      case '-':
        if (i + 2 < n && s.charAt(i + 1) == '-' && s.charAt(i + 2) == '-') {
          out.append("&mdash;");
          return 3;
        }
        if (i + 1 < n && s.charAt(i + 1) == '-') {
          out.append("&ndash;");
          return 2;
        }
        return 0;
      case '.':
        if (i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
          out.append("&hellip;");
          return 3;
        }
        return 0;
      case '<', '>':
        if (i + 1 < n && s.charAt(i + 1) == c) {
          out.append(c == '<' ? "&laquo;" : "&raquo;");
          return 2;
        }
        return 0;
      case '\'', '"':
        String quote = c == '\'' ? single(base, at, limit) : dbl(base, at, limit);
        if (quote == null) {
          return 0;
        }
        out.append(quote);
        return 1;
      default:
        return 0;
    }
  }

  /** The entity for a single quote at {@code at} of the source, or null to keep it. */
  private String single(BasedSequence base, int at, int limit) {
    Around a = new Around(base, at, limit);
    if (a.opens && !a.closes && isDigit(a.n1) && isDigit(a.n2) && a.n3 == 's'
        && (a.n4 < 0 || isSpace(a.n4) || isPunct(a.n4))) {
      return "&rsquo;"; // a decade: '90s
    }
    if ((isSpace(a.before) || isUnicodePunct(a.before))
        && (a.n1 == 't' || a.n1 == 'e' || a.n1 == 'n' || a.n1 == 'l')) {
      return "&rsquo;"; // an elision at a word's start: 'twas, 'em, 'n'
    }
    if ((Character.isLetter(a.before) || isDigit(a.before)) && a.n1 >= 0
        && Character.isLetter(a.n1)) {
      return "&rsquo;"; // an apostrophe inside a word: don't, it's
    }
    if (a.opens && !a.closes) {
      boolean endsAfter1 = a.n2 < 0 || isAsciiPunct(a.n2) || isAsciiSpace(a.n2);
      boolean endsAfter2 = a.n3 < 0 || isAsciiPunct(a.n3) || isAsciiSpace(a.n3);
      if ((a.n1 == 's' || a.n1 == 'm' || a.n1 == 't' || a.n1 == 'd') && endsAfter1) {
        return "&rsquo;"; // Alice's, I'm, don't, you'd
      }
      if (((a.n1 == 'v' && a.n2 == 'e') || (a.n1 == 'l' && a.n2 == 'l')
          || (a.n1 == 'r' && a.n2 == 'e')) && endsAfter2) {
        return "&rsquo;"; // I've, I'll, you're
      }
      openSingleQuotes++;
      return "&lsquo;";
    }
    if (a.opens && a.closes && isDigit(a.n1)) {
      return null; // 5'10
    }
    if (a.bytesAfter < 2) {
      // too little follows on the line (less than two UTF-8 bytes): kept, unless it closes
      // a single quote opened before
      boolean closing = a.n1 < 0 ? a.closes : a.closes && (!a.opens || isPunct(a.before));
      if (openSingleQuotes > 0 && closing) {
        openSingleQuotes--;
        return "&rsquo;";
      }
      return null;
    }
    return "&rsquo;";
  }

  /** The entity for a double quote at {@code at} of the source, or null to keep it. */
  private String dbl(BasedSequence base, int at, int limit) {
    Around a = new Around(base, at, limit);
    if (a.opens && !a.closes) {
      openDoubleQuotes++;
      return "&ldquo;";
    }
    if (openDoubleQuotes == 0 || !a.closes) {
      return null;
    }
    if (!a.opens || (a.n1 < 0x80 && isUnicodePunct(a.n1)
        && (a.n2 < 0 || isAsciiSpace(a.n2) || isAsciiPunct(a.n2)))) {
      openDoubleQuotes--;
      return "&rdquo;";
    }
    return null;
  }

  /**
   * The source characters around a quote: the one before it (a line start reads as a
   * newline) and up to four after it on the same line and within the block (-1 past their
   * end), and whether the quote can open (left-flanking) or close (right-flanking) in
   * CommonMark's sense, judged on the character after the run of identical quotes.
   */
  private static final class Around {
    final int before;
    final int n1;
    final int n2;
    final int n3;
    final int n4;
    final int bytesAfter;
    final boolean opens;
    final boolean closes;

    Around(BasedSequence base, int at, int limit) {
      before = at > 0 ? Character.codePointBefore(base, at) : '\n';
      int[] next = new int[4];
      int j = at + 1;
      for (int k = 0; k < 4; k++) {
        if (j >= limit || base.charAt(j) == '\n' || base.charAt(j) == '\r') {
          for (; k < 4; k++) {
            next[k] = -1;
          }
          break;
        }
        if (base.charAt(j) == '\\' && j + 1 < limit && isAsciiPunct(base.charAt(j + 1))) {
          j++; // an escaped character reads as itself
        }
        next[k] = Character.codePointAt(base, j);
        j += Character.charCount(next[k]);
      }
      int bytes = 0; // UTF-8 bytes left on the line, counting its line break within the block
      for (int b = at + 1; b < limit && bytes < 2; b++) {
        char ch = base.charAt(b);
        bytes += ch < 0x80 ? 1 : 2; // enough to tell fewer than two bytes from more
        if (ch == '\n') {
          break;
        }
      }
      bytesAfter = bytes;
      n1 = next[0];
      n2 = next[1];
      n3 = next[2];
      n4 = next[3];
      char quote = base.charAt(at);
      int r = at + 1;
      while (r < limit && base.charAt(r) == quote) {
        r++;
      }
      int after = r >= limit || base.charAt(r) == '\n' || base.charAt(r) == '\r'
          ? -1 : Character.codePointAt(base, r);
      boolean afterSpace = after < 0 || isSpace(after);
      boolean afterPunct = after >= 0 && isPunct(after);
      boolean beforeSpace = isSpace(before);
      boolean beforePunct = isPunct(before);
      opens = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
      closes = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
    }
  }

  /** The end of an entity reference starting at {@code i}, or -1 if there is none. */
  private static int entityEnd(BasedSequence s, int i) {
    int j = i + 1;
    int n = s.length();
    if (j < n && s.charAt(j) == '#') {
      j++;
      boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
      if (hex) {
        j++;
      }
      int start = j;
      while (j < n && j - start < 8 && (hex ? isHex(s.charAt(j)) : isDigit(s.charAt(j)))) {
        j++;
      }
      return j > start && j < n && s.charAt(j) == ';' ? j + 1 : -1;
    }
    int start = j;
    while (j < n && j - start < 32 && isAsciiAlnum(s.charAt(j))) {
      j++;
    }
    if (j == start || j >= n || s.charAt(j) != ';') {
      return -1;
    }
    String entity = s.subSequence(i, j + 1).toString();
    return Escaping.unescapeHtml(entity).equals(entity) ? -1 : j + 1;
  }

  /** Escapes as Hugo's renderer does for text: {@code & < > "}; everything else as is. */
  static void escape(char c, StringBuilder out) {
    switch (c) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      default -> out.append(c);
    }
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(int c) {
    return c >= 0 && Character.isDigit(c);
  }

  static boolean isAsciiPunct(int c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }

  private static boolean isAsciiSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** Punctuation for flanking: ASCII punctuation and symbols, and Unicode punctuation. */
  private static boolean isPunct(int c) {
    return isAsciiPunct(c) || isUnicodePunct(c);
  }

  /** Unicode general category P (what Go's unicode.IsPunct accepts). */
  static boolean isUnicodePunct(int c) {
    if (c < 0) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  /** Whitespace as Go's unicode.IsSpace defines it (no-break space included). */
  static boolean isSpace(int c) {
    if (c < 0x100) {
      return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }
    return Character.isSpaceChar(c);
  }
}
