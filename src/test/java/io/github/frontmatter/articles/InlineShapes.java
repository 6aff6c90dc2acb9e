package io.github.frontmatter.articles;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inline Markdown that stock flexmark 0.64.8 parses in time growing with the square of its
 * length (issue 15): each generator repeats a unit to at least the given number of characters
 * in one paragraph. Shared by {@code MarkdownEquivalenceTest}, {@code PathologicalMarkdownTest}
 * and {@code bench.PathologicalBench}.
 */
public final class InlineShapes {
  private InlineShapes() {}

  /** The unit repeated to at least {@code chars} characters. */
  public static String repeat(String unit, int chars) {
    return unit.repeat(Math.max(1, (chars + unit.length() - 1) / unit.length()));
  }

  /** Ordinary prose in paragraphs, the yardstick the shapes are timed against. */
  public static String prose(int chars) {
    return repeat("The quick brown fox jumps over the lazy dog, again and again.\n"
        + "It keeps going on.\n\n", chars);
  }

  /** Shape name → generator, in the order of the issue and the documentation table. */
  public static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> m = new LinkedHashMap<>();
    // inline HTML openers whose closer never comes
    m.put("cdata", n -> repeat("a <![CDATA[", n));
    m.put("cdata-lower", n -> repeat("a <![cdata[", n));
    m.put("pi", n -> repeat("a <?", n));
    m.put("declaration", n -> repeat("a <!A", n));
    m.put("bang", n -> repeat("a <!", n));
    m.put("declaration-space", n -> repeat("a <!a ", n));
    // ... and whose closer comes only at the very end
    m.put("cdata-closed-at-end", n -> repeat("a <![CDATA[", n) + "]]>");
    m.put("declaration-closed-at-end", n -> repeat("a <!A ", n) + ">");
    m.put("pi-closed-at-line-end", n -> repeat("a <?", n) + "?>");
    // autolinks
    m.put("www", n -> repeat("www.", n));
    m.put("email-dots", n -> "a@" + repeat("b.", n));
    m.put("dot-run-colon", n -> repeat("a.", n) + ":");
    m.put("dash-run-at", n -> repeat("a-", n) + "@");
    m.put("plus-run-amp", n -> repeat("1+", n) + "&amp;");
    m.put("http-dots", n -> "http://" + repeat("a.", n));
    m.put("uri-prefixes", n -> repeat("a:// ", n));
    m.put("uri-prefixes-then-links", n -> repeat("a:// ", n / 2) + repeat("http://x.y ", n / 2));
    // intraword underscores
    m.put("underscores", n -> repeat("_a_b", n));
    // unclosed inline links
    m.put("unclosed-link", n -> repeat("[a](b", n));
    m.put("unclosed-link-angle", n -> repeat("[a](<b", n));
    m.put("unclosed-link-space", n -> repeat("[a](b ", n));
    m.put("unclosed-link-title", n -> repeat("[a](b \"t", n));
    m.put("unclosed-image", n -> repeat("![a](b", n));
    return m;
  }
}
