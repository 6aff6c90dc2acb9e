package io.github.frontmatter.articles.internal;

import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Problem;
import java.util.Arrays;

/**
 * The decoded text of one file (without its byte order mark), its source name, and the
 * mapping from UTF-16 offsets to 1-based lines and columns.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as CommonMark counts them.
 * The line index is built on first use: most articles never need a position.
 */
public final class SourceText {
  /** Longest stretch of a line shown in an excerpt; longer lines are cut around the column. */
  private static final int EXCERPT_WIDTH = 120;

  private final String name;
  private final String text;
  private int[] lineStarts; // built lazily; racy but idempotent

  public SourceText(String name, String text) {
    this.name = name;
    this.text = text;
  }

  public String name() {
    return name;
  }

  public String text() {
    return text;
  }

  private int[] lineStarts() {
    int[] starts = lineStarts;
    if (starts == null) {
      int[] s = new int[16];
      int n = 0;
      s[n++] = 0;
      for (int i = 0, len = text.length(); i < len; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
          if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
          }
          s[n++] = i + 1;
        }
      }
      starts = Arrays.copyOf(s, n);
      lineStarts = starts;
    }
    return starts;
  }

  /** Returns the 0-based line that holds {@code offset}. */
  public int lineIndex(int offset) {
    int[] starts = lineStarts();
    int k = Arrays.binarySearch(starts, offset);
    return k >= 0 ? k : -k - 2;
  }

  /** Returns the offset where the 0-based line starts. */
  public int lineStart(int lineIndex) {
    return lineStarts()[lineIndex];
  }

  /** Returns the offset just past the 0-based line's content (before its line break). */
  public int lineEnd(int lineIndex) {
    int[] starts = lineStarts();
    int end = lineIndex + 1 < starts.length ? starts[lineIndex + 1] : text.length();
    while (end > starts[lineIndex] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  public Location location(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = lineIndex(clamped);
    return new Location(name, line + 1, clamped - lineStart(line) + 1);
  }

  /**
   * Returns the line holding {@code offset} and a caret under it, each indented by two
   * spaces. The caret is padded so that it lands under the character on a terminal: a tab
   * stays a tab, a wide (CJK, fullwidth, emoji) character takes two cells.
   */
  public String excerpt(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = lineIndex(clamped);
    int start = lineStart(line);
    int end = lineEnd(line);
    int caret = Math.min(clamped, end);
    String prefix = "";
    String suffix = "";
    if (end - start > EXCERPT_WIDTH) {
      int from = Math.max(start, caret - EXCERPT_WIDTH / 2);
      int to = Math.min(end, from + EXCERPT_WIDTH);
      from = Math.max(start, Math.min(from, to - EXCERPT_WIDTH));
      from = avoidSplittingPair(from);
      to = avoidSplittingPair(to);
      prefix = from > start ? "..." : "";
      suffix = to < end ? "..." : "";
      start = from;
      end = to;
    }
    StringBuilder out = new StringBuilder();
    out.append("  ").append(prefix);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) && c != '\t' ? '?' : c);
    }
    out.append(suffix).append("\n  ").append(" ".repeat(prefix.length()));
    for (int i = start; i < caret; ) {
      int cp = text.codePointAt(i);
      if (cp == '\t') {
        out.append('\t');
      } else {
        out.append(isWide(cp) ? "  " : " ");
      }
      i += Character.charCount(cp);
    }
    return out.append('^').toString();
  }

  private int avoidSplittingPair(int i) {
    return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  /** East Asian Wide and Fullwidth ranges, and the emoji planes: two terminal cells. */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Builds a problem at {@code offset} with its location and excerpt. */
  public Problem problem(
      String rule, Problem.Severity severity, String path, int offset, String message) {
    return new Problem(rule, severity, path, location(offset), message, excerpt(offset));
  }
}
