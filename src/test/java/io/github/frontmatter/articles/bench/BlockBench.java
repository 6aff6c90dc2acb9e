package io.github.frontmatter.articles.bench;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Limits;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The block shapes of issue 15 at a given size against ordinary prose of the same size, timed
 * side by side in one JVM (case and prose alternated, the fastest of {@code --passes} runs
 * each, in CPU time of the parsing thread): {@code body()} then {@code html()} of a fresh
 * article. Run it with the heap and stack
 * the issue names:
 *
 * <pre>
 * java -Xmx512m -Xss1m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.github.frontmatter.articles.bench.BlockBench [--size 8000000] [--passes 2] [case…]
 * </pre>
 *
 * <p>Prints one row per case: size, our milliseconds, prose milliseconds, their ratio and the
 * outcome ({@code ok} or the limit's rule).
 */
public final class BlockBench {
  private BlockBench() {}

  record Case(String name, IntFunction<String> text) {}

  /** {@link Limits#maxBodyBlockLines()}: the default, or the system property {@code lines}. */
  static final int LINES = Integer.getInteger("lines", Limits.defaults().maxBodyBlockLines());

  static String repeat(String unit, int size) {
    return unit.repeat(Math.max(1, size / unit.length()));
  }

  static List<Case> cases() {
    return List.of(
        new Case("lazy-quote", n -> repeat("> a\nb\n", n)),
        new Case("quote-lines", n -> repeat("> a\n", n)),
        new Case("quote-digits", n -> repeat("> 1\n", n)),
        new Case("list-continuation", n -> "- a\n" + repeat("  b\n", n)),
        new Case("indented-code", n -> repeat("    a\n", n)),
        new Case("fenced-in-quote", n -> "> ```\n" + repeat("> a\n", n)),
        new Case("footnote-continuation", n -> "[^f]: a\n" + repeat("    b\n", n) + "\n[^f]\n"),
        // the most flexmark's quadratic joining of lines can cost under
        // Limits.maxBodyBlockLines: one block of that many lines, or four of half as many
        // (whatever the size asked for)
        new Case("quote-at-limit", n -> "> a\n".repeat(LINES)),
        new Case("lazy-at-limit", n -> "> a\nb\n".repeat(LINES)),
        new Case("indented-at-limit", n -> "    a\n".repeat(LINES)),
        new Case("list-at-limit", n -> "- a\n" + "  b\n".repeat(LINES)),
        new Case("quotes-4-at-half", n -> ("> a\n".repeat(LINES / 2) + "\n").repeat(4)),
        new Case("refdefs", n -> {
          StringBuilder b = new StringBuilder();
          for (int i = 0; b.length() < n; i++) {
            b.append("[r").append(i).append("]: /u\n");
          }
          return b.toString();
        }),
        new Case("same-refdef", n -> repeat("[r]: /u\n", n)),
        new Case("digit-lines", n -> repeat("1\n", n)),
        new Case("punct-lines", n -> repeat("!\n", n)),
        new Case("hash-lines", n -> repeat("#a\n", n)),
        new Case("flat-list", n -> repeat("* a\n", n)),
        new Case("setext-million", n -> repeat("a\n", n - 4) + "===\n"),
        new Case("ref-url-uses", n -> "[r]: /" + "u".repeat(100_000) + "\n\n"
            + repeat("[a][r] ", n - 100_010)),
        // the rest of the constructs, each repeated to the size (timed on 2026-12-06 to find
        // what else is slow; docs/security.md)
        new Case("wide-table", n -> "|" + repeat("a|", n / 3) + "\n|" + repeat("-|", n / 3)
            + "\n|" + repeat("b|", n / 3) + "\n"),
        new Case("long-table", n -> "|a|b|\n|-|-|\n" + repeat("|c|d|\n", n)),
        new Case("headings", n -> repeat("# a\n", n)),
        new Case("setext-headings", n -> repeat("a\n=\n", n)),
        new Case("thematic-breaks", n -> repeat("---\n\n", n)),
        new Case("fences", n -> repeat("```\na\n```\n", n)),
        new Case("html-blocks", n -> repeat("<div>\na\n</div>\n\n", n)),
        new Case("emphasis", n -> repeat("*a* ", n)),
        new Case("strikethrough", n -> repeat("~~a~~ ", n)),
        new Case("task-items", n -> repeat("- [ ] a\n", n)),
        new Case("definitions", n -> repeat("a\n: b\n\n", n)),
        new Case("footnote-refs", n -> "[^1]: x\n\n" + repeat("a[^1] ", n)),
        new Case("footnote-defs", n -> repeat("[^a]: b\n", n)),
        new Case("entities", n -> repeat("&amp; ", n)),
        new Case("entity-run", n -> repeat("a&amp;", n)),
        new Case("escapes", n -> repeat("\\* ", n)),
        new Case("hard-breaks", n -> repeat("a  \n", n)),
        new Case("code-spans", n -> repeat("`a` ", n)),
        new Case("unclosed-code", n -> repeat("`a ", n)),
        new Case("backtick-runs", n -> repeat("``a` ", n)),
        new Case("angle-autolinks", n -> repeat("<http://a> ", n)),
        new Case("unclosed-angle", n -> repeat("<http://a ", n)),
        new Case("images", n -> repeat("![a](b) ", n)),
        new Case("reference-links", n -> "[r]: /u\n\n" + repeat("[a][r] ", n)),
        new Case("unclosed-reference", n -> repeat("[a][", n)),
        new Case("bracket-runs", n -> repeat("[a]", n)));
  }

  /** Ordinary prose: sentences, five lines to a paragraph. */
  static String prose(int size) {
    String line = "The quick brown fox jumps over the lazy dog, and then it rests a while.\n";
    StringBuilder b = new StringBuilder(size + 200);
    int lines = 0;
    while (b.length() < size) {
      b.append(line);
      if (++lines % 5 == 0) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  record Run(double ms, String outcome) {}

  private static final ArticleParser PARSER = ArticleParser.builder()
      .limits(Limits.defaults().withMaxBodyBlockLines(LINES)).build();

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * Parses and renders {@code body}; the time is this thread's CPU time, which a loaded
   * machine inflates far less than wall-clock time (the collector's threads are not in it).
   */
  static Run run(String body) {
    long t = THREADS.getCurrentThreadCpuTime();
    String outcome = "ok";
    try {
      Article a = PARSER.parse(body, "bench.md");
      a.body();
      a.html();
    } catch (ArticleException e) {
      outcome = e.problems().get(0).rule();
    } catch (OutOfMemoryError e) {
      outcome = "OutOfMemoryError";
    } catch (StackOverflowError e) {
      outcome = "StackOverflowError";
    }
    return new Run((THREADS.getCurrentThreadCpuTime() - t) / 1e6, outcome);
  }

  public static void main(String[] args) {
    int size = 8_000_000;
    int passes = 2;
    List<String> only = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> size = Integer.parseInt(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        default -> only.add(args[i]);
      }
    }
    String prose = prose(size);
    for (int i = 0; i < 3; i++) {
      run(prose); // warm-up
    }
    System.out.printf(Locale.ROOT, "java %s, max heap %d MiB, size %,d chars, best of %d%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, size,
        passes);
    System.out.printf(Locale.ROOT, "%-22s %10s %9s %9s %7s  %s%n", "case", "size", "ours ms",
        "prose ms", "ratio", "outcome");
    for (Case c : cases()) {
      if (!only.isEmpty() && !only.contains(c.name())) {
        continue;
      }
      String text = c.text().apply(size);
      double ours = Double.MAX_VALUE;
      double base = Double.MAX_VALUE;
      String outcome = "";
      for (int p = 0; p < passes; p++) {
        base = Math.min(base, run(prose.substring(0, Math.min(prose.length(), text.length())))
            .ms());
        Run r = run(text);
        ours = Math.min(ours, r.ms());
        outcome = r.outcome();
      }
      System.out.printf(Locale.ROOT, "%-22s %10d %9.0f %9.0f %7.2f  %s%n", c.name(),
          text.length(), ours, base, ours / base, outcome);
    }
  }
}
