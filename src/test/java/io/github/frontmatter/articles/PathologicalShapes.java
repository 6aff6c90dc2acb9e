package io.github.frontmatter.articles;

import java.util.LinkedHashMap;
import java.util.Map;

/** Generators of pathological Markdown bodies, shared by tests and the benchmark. */
public final class PathologicalShapes {
  private PathologicalShapes() {}

  /** The unit of the mixed paragraph: 35 characters of inline Markdown. */
  public static final String MIX_UNIT = "word *em* [a](b) **strong** `code` ";

  /** One paragraph of {@link #MIX_UNIT} repeated to at least {@code chars} characters. */
  public static String mix(int chars) {
    return MIX_UNIT.repeat((chars + MIX_UNIT.length() - 1) / MIX_UNIT.length());
  }

  /** One paragraph of {@code n} inline links. */
  public static String links(int n) {
    return "[a](b) ".repeat(n);
  }

  /** A bullet list nested {@code n} deep, one item per line, each indented two more. */
  public static String indentedList(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("  ".repeat(i)).append("- a\n");
    }
    return b.toString();
  }

  /** {@code n} bullet markers on one line: a list nested {@code n} deep. */
  public static String bulletsOnOneLine(int n) {
    return "+ ".repeat(n) + "a\n";
  }

  /** {@code n} ordered-list markers on one line. */
  public static String orderedOnOneLine(int n) {
    return "1. ".repeat(n) + "a\n";
  }

  /** {@code n} dash markers on one line (also a thematic-break candidate for flexmark). */
  public static String dashesOnOneLine(int n) {
    return "- ".repeat(n) + "a\n";
  }

  /** {@code n} block quote markers. */
  public static String quotes(int n) {
    return ">".repeat(n) + " a\n";
  }

  /** {@code n} opening brackets, a word, {@code n} closing brackets. */
  public static String brackets(int n) {
    return "[".repeat(n) + "a" + "]".repeat(n) + "\n";
  }

  /** {@code n} opening brackets that never close. */
  public static String unclosedBrackets(int n) {
    return "[".repeat(n) + "a\n";
  }

  /** {@code n} images nested in each other. */
  public static String nestedImages(int n) {
    return "![".repeat(n) + "a" + "](b)".repeat(n) + "\n";
  }

  /** A run of {@code n} stars, a word, {@code n} stars, at the start of the line. */
  public static String stars(int n) {
    return "*".repeat(n) + "a" + "*".repeat(n) + "\n";
  }

  /** Emphasis nested {@code 2n} deep: alternating {@code *a} and {@code **a} openers. */
  public static String nestedEmphasis(int n) {
    return "x " + "*a **a ".repeat(n) + "b" + " a** a*".repeat(n) + "\n";
  }

  /**
   * Shapes at sizes where stock flexmark is still quick and within its stack: ours must give
   * the same tree on each.
   */
  public static Map<String, String> comparable() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("mix 20 KB", mix(20_000));
    m.put("links 2,000", links(2_000));
    m.put("links with references", "[a][r] [r] [b][] ".repeat(500) + "\n\n[r]: /u \"t\"\n[b]: /v\n");
    m.put("mix with a reference definition first", "[r]: /u\n" + mix(10_000));
    m.put("images 1,000", "![a](b \"t\") ".repeat(1_000));
    m.put("emphasis inside links", "[*a* **b** `c`](u) ".repeat(1_000));
    m.put("footnotes", "a[^1] b[^x] ".repeat(500) + "\n\n[^1]: one\n");
    m.put("autolinks", "see https://example.com/a and <b@example.com> ".repeat(500));
    m.put("strikethrough", "~~a~~ ~b~ ".repeat(1_000));
    m.put("table", "|a|*b*|\n|-|-|\n" + "|[x](y)|**z**|\n".repeat(1_000));
    m.put("indented list 200", indentedList(200));
    m.put("bullets on one line 500", bulletsOnOneLine(500));
    m.put("ordered on one line 500", orderedOnOneLine(500));
    m.put("quotes 1,000", quotes(1_000));
    m.put("brackets 5,000", brackets(5_000));
    m.put("unclosed brackets 5,000", unclosedBrackets(5_000));
    m.put("nested images 500", nestedImages(500));
    m.put("stars 500", stars(500));
    m.put("nested emphasis 250", nestedEmphasis(250));
    m.put("emphasis closers without openers", "a_ ".repeat(5_000));
    m.put("emphasis openers without closers", "_a ".repeat(5_000));
    m.put("link closers without openers", "a] ".repeat(5_000));
    m.put("link openers and emphasis closers", "[ a_".repeat(5_000));
    m.put("mismatched openers and closers", "*a_ ".repeat(5_000));
    m.put("openers and closers multiple of 3", "a**b" + "c* ".repeat(2_000));
    m.put("unclosed link titles", "[a](b \"c ".repeat(200));
    m.put("backticks", "e`".repeat(2_000));
    return m;
  }
}
