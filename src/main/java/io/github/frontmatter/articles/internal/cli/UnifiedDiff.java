package io.github.frontmatter.articles.internal.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unified diff of two texts by lines (Myers' algorithm), as {@code diff -u} prints it, for
 * {@code set --dry-run}. Line breaks are kept in the lines, so a change of line ending shows.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** Returns the diff, or "" when the texts are equal. */
  static String of(String oldName, String oldText, String newName, String newText) {
    List<String> a = lines(oldText);
    List<String> b = lines(newText);
    List<int[]> ops = script(a, b); // {kind, aIndex, bIndex}: 0 same, 1 delete, 2 insert
    if (ops.stream().allMatch(o -> o[0] == 0)) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n');
    out.append("+++ ").append(newName).append('\n');
    int i = 0;
    while (i < ops.size()) {
      while (i < ops.size() && ops.get(i)[0] == 0) {
        i++;
      }
      if (i == ops.size()) {
        break;
      }
      int start = Math.max(0, i - CONTEXT);
      // one hunk holds changes up to 2 * CONTEXT unchanged lines apart
      int lastChange = i;
      for (int k = i; k < ops.size(); k++) {
        if (ops.get(k)[0] != 0) {
          lastChange = k;
        } else if (k - lastChange > 2 * CONTEXT) {
          break;
        }
      }
      int end = Math.min(ops.size() - 1, lastChange + CONTEXT);
      int aStart = -1;
      int bStart = -1;
      int aCount = 0;
      int bCount = 0;
      StringBuilder body = new StringBuilder();
      for (int k = start; k <= end; k++) {
        int[] op = ops.get(k);
        String line = op[0] == 2 ? b.get(op[2]) : a.get(op[1]);
        if (aStart < 0 && op[0] != 2) {
          aStart = op[1];
        }
        if (bStart < 0 && op[0] != 1) {
          bStart = op[2];
        }
        char mark = op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+';
        if (op[0] != 2) {
          aCount++;
        }
        if (op[0] != 1) {
          bCount++;
        }
        body.append(mark).append(line);
        if (!line.endsWith("\n")) {
          body.append("\n\\ No newline at end of file\n");
        }
      }
      out.append("@@ -").append(range(aStart, aCount, ops, start, true)).append(" +")
          .append(range(bStart, bCount, ops, start, false)).append(" @@\n").append(body);
      i = end + 1;
    }
    return out.toString();
  }

  private static String range(int first, int count, List<int[]> ops, int start, boolean old) {
    if (first < 0) { // no line of this side in the hunk: the position before it
      first = old ? ops.get(start)[1] : ops.get(start)[2];
      return first + ",0";
    }
    return (first + 1) + (count == 1 ? "" : "," + count);
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    if (from < text.length()) {
      out.add(text.substring(from));
    }
    return out;
  }

  /** The shortest edit script from a to b, by Myers' greedy algorithm with a trace. */
  private static List<int[]> script(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int max = n + m;
    int[] v = new int[2 * max + 2];
    List<int[]> trace = new ArrayList<>();
    int found = -1;
    for (int d = 0; d <= max && found < 0; d++) {
      trace.add(v.clone());
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (k == -d || (k != d && v[max + k - 1] < v[max + k + 1])) {
          x = v[max + k + 1];
        } else {
          x = v[max + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a.get(x).equals(b.get(y))) {
          x++;
          y++;
        }
        v[max + k] = x;
        if (x >= n && y >= m) {
          found = d;
          break;
        }
      }
    }
    List<int[]> ops = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = found; d > 0; d--) {
      int[] vd = trace.get(d);
      int k = x - y;
      int prevK = (k == -d || (k != d && vd[max + k - 1] < vd[max + k + 1])) ? k + 1 : k - 1;
      int prevX = vd[max + prevK];
      int prevY = prevX - prevK;
      while (x > prevX && y > prevY) {
        ops.add(new int[] {0, --x, --y});
      }
      if (x == prevX) {
        ops.add(new int[] {2, x, --y});
      } else {
        ops.add(new int[] {1, --x, y});
      }
    }
    while (x > 0 && y > 0) {
      ops.add(new int[] {0, --x, --y});
    }
    Collections.reverse(ops);
    return ops;
  }
}
