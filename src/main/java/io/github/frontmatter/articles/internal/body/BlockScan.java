package io.github.frontmatter.articles.internal.body;

import java.util.Locale;

/**
 * One linear pass over the body's lines before flexmark sees it, for the two limits that must
 * stop a parse before it starts: {@code Limits.maxBodyBlockLines} (flexmark's time on such a
 * block grows with the square of its lines) and the estimate behind {@code
 * Limits.maxBodyNodes} (a flat list of 2 MB cannot be parsed in 512 MiB at all). Both counts
 * can only be too high, never too low; see docs/markdown-limits.md.
 *
 * <p><b>Prefixed lines.</b> flexmark keeps a block's content as pieces of the file; a line
 * that starts at the left margin with neither a blank nor {@code >} continues the previous
 * line's piece (the piece ends with the line break just before it), but a line whose prefix
 * is stripped (a quote's {@code >}, a list item's or indented code's indentation, a
 * paragraph's leading blanks) starts a new piece, and joining n pieces costs n² in flexmark
 * 0.64.8. So the pass counts the lines that start with a blank, a tab or {@code >} over each
 * run of lines that a block could span: a run ends at a blank line followed by a line that
 * starts at the margin (no container, code block or paragraph continues across that: a blank
 * line ends a block quote, and a list item or indented code continues only with indented
 * lines).
 */
final class BlockScan {
  private BlockScan() {}

  /** The rule of {@link #tooManyLines}. */
  static final String LINES_RULE = "limit-body-lines";

  /** The rule of node limit errors. */
  static final String NODES_RULE = "limit-body-nodes";

  /**
   * Scans {@code text} from {@code start}; throws a {@link BodyGuard.Limit} when a run has
   * more than {@code maxBlockLines} prefixed lines, or when the node estimate passes twice
   * {@code maxNodes}.
   */
  static void check(String text, int start, int maxBlockLines, int maxNodes) {
    scan(text, start, (long) maxBlockLines * maxBlockLines, maxBlockLines, 2L * maxNodes,
        maxNodes, null);
  }

  /**
   * The largest count of prefixed lines in one run, the sum of their squares over the runs,
   * and the node estimate of {@code text} from {@code start}, for measuring a corpus against
   * the limits.
   */
  static long[] measure(String text, int start) {
    long[] out = new long[3];
    scan(text, start, Long.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE,
        out);
    return out;
  }

  private static void scan(String text, int start, long squareBudget, int maxBlockLines,
      long nodeBudget, int maxNodes, long[] out) {
    long squares = 0; // the sum over runs of their prefixed lines squared
    long nodes = 1; // the document
    int runStart = -1; // offset of the current run's first line, -1 after a blank line
    int prefixed = 0;
    boolean afterBlank = true;
    int n = text.length();
    int i = start;
    while (i < n) {
      int lineStart = i;
      int end = i;
      int cells = 0; // table cells and links: each '|' or '[' may make a node
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        char ch = text.charAt(end);
        if (ch == '|' || ch == '[') {
          cells++;
        }
        end++;
      }
      i = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
          ? end + 2 : end + 1;
      int first = lineStart;
      while (first < end && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      if (first == end) { // blank
        afterBlank = true;
        continue;
      }
      char c = text.charAt(lineStart);
      boolean indented = c == ' ' || c == '\t';
      boolean hasPrefix = indented || c == '>';
      if (afterBlank && !indented) {
        runStart = -1;
      }
      afterBlank = false;
      if (runStart < 0) {
        runStart = lineStart;
        prefixed = 0;
      }
      if (hasPrefix) {
        // (p + 1)² - p²: the runs so far cost as much as one run of √squares lines
        squares += 2L * prefixed + 1;
        prefixed++;
        if (squares > squareBudget) {
          throw tooManyLines(maxBlockLines, runStart);
        }
      }
      nodes += 2 + 2L * listMarkers(text, first, end) + cells;
      if (nodes > nodeBudget) {
        throw tooManyNodes(maxNodes, lineStart, true);
      }
      if (out != null) {
        out[0] = Math.max(out[0], prefixed);
      }
    }
    if (out != null) {
      out[1] = squares;
      out[2] = nodes;
    }
  }

  /**
   * Counts the list markers at the start of a line from {@code at}: {@code -}, {@code +},
   * {@code *} or a number with {@code .} or {@code )}, followed by a blank or the end of the
   * line, possibly after {@code >} and blanks. Each may open a list item and a list; a {@code >}
   * is passed over uncounted, as a quote's lines mostly continue the quote they are in.
   */
  private static int listMarkers(String text, int at, int end) {
    int count = 0;
    int i = at;
    while (i < end) {
      char c = text.charAt(i);
      int next;
      if (c == '>') {
        i++;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          i++;
        }
        continue;
      } else if (c == '-' || c == '+' || c == '*') {
        next = i + 1;
        if (next < end && text.charAt(next) != ' ' && text.charAt(next) != '\t') {
          break;
        }
      } else if (c >= '0' && c <= '9') {
        int d = i;
        while (d < end && d - i < 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
          d++;
        }
        if (d >= end || (text.charAt(d) != '.' && text.charAt(d) != ')')) {
          break;
        }
        next = d + 1;
        if (next < end && text.charAt(next) != ' ' && text.charAt(next) != '\t') {
          break;
        }
      } else {
        break;
      }
      count++;
      i = next;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
    }
    return count;
  }

  static BodyGuard.Limit tooManyLines(int max, int offset) {
    return new BodyGuard.Limit(LINES_RULE, offset, String.format(Locale.ROOT,
        "expected at most %,d lines in one block inside a block quote or list item, or of"
            + " indented code (several such blocks count together, the squares of their line"
            + " counts adding up to at most that number squared), but found more by the block"
            + " that starts here; flexmark's time grows with the square of such a block's"
            + " lines; Limits.maxBodyBlockLines raises the limit", max));
  }

  static BodyGuard.Limit tooManyNodes(int max, int offset, boolean estimated) {
    String found = estimated
        ? String.format(Locale.ROOT, "so many lines and list markers by this line that"
            + " it would have more than %,d", 2L * max)
        : "more by this node";
    return new BodyGuard.Limit(NODES_RULE, offset, String.format(Locale.ROOT,
        "expected a body of at most %,d Markdown nodes but found %s; Limits.maxBodyNodes"
            + " raises the limit", max, found));
  }
}
