package io.github.frontmatter.articles.internal;

import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Problem;
import java.util.Arrays;

/**
 * The decoded text of one file (without its byte order mark), its source name, and the
 * mapping from UTF-16 offsets to 1-based lines and columns.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as CommonMark counts them.
 * The line index is built on first use, and only as far as the positions asked for: most
 * articles never need a position, and most positions are in the front matter.
 */
public final class SourceText {
  /** Longest stretch of a line shown in an excerpt; longer lines are cut around the column. */
  private static final int EXCERPT_WIDTH = 120;

  private final String name;
  private final String text;

  /**
   * The starts of the lines found so far: every line start up to {@code scanned} (the text
   * before it has been looked at). Append-only: a snapshot handed out stays valid when later
   * calls add lines to the same array.
   */
  private record Lines(int[] starts, int count, int scanned) {}

  private Lines lines = new Lines(new int[16], 1, 0); // guarded by this; starts[0] == 0

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

  /**
   * The lines known at least up to {@code offset} and at least {@code lineCount} of them (or
   * all there are). The index grows only as far as positions are asked for: a problem on the
   * first lines of a long file costs those lines, not the file.
   */
  private synchronized Lines lines(int offset, int lineCount) {
    Lines l = lines;
    int len = text.length();
    if (l.scanned == len || (l.scanned >= offset && l.count >= lineCount)) {
      return l;
    }
    int[] s = l.starts;
    int n = l.count;
    int i = l.scanned;
    for (; i < len && (i < offset || n < lineCount); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
        if (n == s.length) {
          s = Arrays.copyOf(s, n * 2);
        }
        s[n++] = i + 1;
      }
    }
    l = new Lines(s, n, i);
    lines = l;
    return l;
  }

  /** Returns the 0-based line that holds {@code offset}. */
  public int lineIndex(int offset) {
    Lines l = lines(offset, 1);
    int k = Arrays.binarySearch(l.starts(), 0, l.count(), offset);
    return k >= 0 ? k : -k - 2;
  }

  /** Returns the offset where the 0-based line starts. */
  public int lineStart(int lineIndex) {
    Lines l = lines(0, lineIndex + 1);
    if (lineIndex >= l.count()) {
      throw new IndexOutOfBoundsException("line " + lineIndex + " of " + l.count());
    }
    return l.starts()[lineIndex];
  }

  /** Returns the offset just past the 0-based line's content (before its line break). */
  public int lineEnd(int lineIndex) {
    Lines l = lines(0, lineIndex + 2);
    int[] starts = l.starts();
    int end = lineIndex + 1 < l.count() ? starts[lineIndex + 1] : text.length();
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

  /**
   * Code points a terminal draws two cells wide: the ranges, first and last inclusive, whose
   * East Asian Width is Wide or Fullwidth in Unicode 14 (CJK, Hangul, fullwidth forms and the
   * emoji that display as emoji by default), gaps of unassigned code points merged, and the
   * whole of planes 2 and 3.
   */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0,
      0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F,
      0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5,
      0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
      0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728,
      0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
      0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
      0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C,
      0xAC00, 0xD7A3, 0xF900, 0xFAD9, 0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60,
      0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E,
      0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393,
      0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
      0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567,
      0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
      0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
      0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAF6,
      0x20000, 0x3FFFD
  };

  /** Whether {@code cp} takes two terminal cells; see {@link #WIDE}. */
  static boolean isWide(int cp) {
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Builds a problem at {@code offset} with its location and excerpt. */
  public Problem problem(
      String rule, Problem.Severity severity, String path, int offset, String message) {
    return new Problem(rule, severity, path, location(offset), message, excerpt(offset));
  }
}
