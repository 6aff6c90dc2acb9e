package io.github.frontmatter.articles.bench;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.InlineShapes;
import io.github.frontmatter.articles.MarkdownExtension;
import io.github.frontmatter.articles.PathologicalShapes;
import io.github.frontmatter.articles.internal.body.Markdown;
import io.github.frontmatter.articles.internal.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Milliseconds per parse of the pathological shapes, stock flexmark against ours (the default
 * extensions), each the median of several passes after a warm-up pass. A plain main, not a
 * JMH benchmark: the differences it shows are factors of ten to a hundred.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.github.frontmatter.articles.bench.PathologicalBench [--passes 5] [--budget 20] [shape…]
 * </pre>
 *
 * <p>With {@code --inline [--size N] [shape…]} it times the inline shapes of {@code
 * InlineShapes} through the public API ({@code body()} then {@code html()} of one article)
 * against ordinary prose and dense ordinary inline Markdown ({@code PathologicalShapes.mix})
 * of the same size, and itself at a quarter of the size (4.0 is linear growth), alternated
 * in the same run, and prints the ratios;
 * stock flexmark is timed at a tenth of the size (the issue's size), or skipped when a
 * twentieth already took over a quarter of the budget. Run it with {@code -Xmx512m -Xss1m}.
 * The default size of each shape is ten times the issue's (up to the 8 MiB body limit).
 *
 * <p>With {@code --corpus DIR} it times whole passes over every {@code .md} file under {@code
 * DIR} instead (each file's whole text parsed as a body): ordinary content, where ours must not
 * be slower.
 *
 * <p>{@code --budget} is the seconds one cell may take: passes stop when it is spent (at least
 * one is timed). Stock is skipped at larger sizes once one of its passes took longer than the
 * budget, or when its last time scaled quadratically to the next size exceeds twice the budget.
 */
public final class PathologicalBench {
  private PathologicalBench() {}

  record Shape(String name, IntFunction<String> body, int... sizes) {}

  static List<Shape> shapes() {
    return List.of(
        new Shape("mix-bytes", PathologicalShapes::mix, 35_000, 70_000, 140_000, 280_000),
        new Shape("links", PathologicalShapes::links, 5_000, 10_000, 20_000, 40_000),
        new Shape("indented-list", PathologicalShapes::indentedList, 500, 1_000, 2_000),
        new Shape("bullets-one-line", PathologicalShapes::bulletsOnOneLine,
            1_000, 5_000, 10_000, 50_000),
        new Shape("ordered-one-line", PathologicalShapes::orderedOnOneLine,
            1_000, 5_000, 10_000, 50_000),
        new Shape("dashes-one-line", PathologicalShapes::dashesOnOneLine,
            1_000, 5_000, 10_000, 50_000),
        new Shape("quotes", PathologicalShapes::quotes, 1_000, 5_000, 10_000, 50_000),
        new Shape("brackets", PathologicalShapes::brackets, 1_000, 5_000, 10_000, 50_000),
        new Shape("unclosed-brackets", PathologicalShapes::unclosedBrackets,
            1_000, 5_000, 10_000, 50_000),
        new Shape("nested-images", PathologicalShapes::nestedImages,
            1_000, 5_000, 10_000, 50_000),
        new Shape("stars", PathologicalShapes::stars, 1_000, 5_000, 10_000, 50_000),
        new Shape("nested-emphasis", PathologicalShapes::nestedEmphasis,
            1_000, 5_000, 10_000, 50_000));
  }

  public static void main(String[] args) throws IOException {
    int passes = 5;
    double budget = 20;
    Path corpus = null;
    boolean inline = false;
    int inlineSize = 0;
    List<String> only = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--budget" -> budget = Double.parseDouble(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--inline" -> inline = true;
        case "--size" -> inlineSize = Integer.parseInt(args[++i]);
        default -> only.add(args[i]);
      }
    }
    Set<MarkdownExtension> all = EnumSet.allOf(MarkdownExtension.class);
    Parser stock = Markdown.stockParser(all);
    Markdown ours = new Markdown(all);
    warmUp(stock, ours);
    if (inline) {
      inline(stock, only, inlineSize, budget);
      return;
    }
    if (corpus != null) {
      corpus(corpus, stock, ours, passes);
      return;
    }
    System.out.printf(Locale.ROOT, "java %s, %d passes (median), budget %.0f s per cell%n",
        System.getProperty("java.version"), passes, budget);
    System.out.printf(Locale.ROOT, "%-18s %8s %10s  %-26s %10s  %-26s%n",
        "shape", "size", "stock ms", "stock outcome", "ours ms", "ours outcome");
    for (Shape shape : shapes()) {
      if (!only.isEmpty() && !only.contains(shape.name())) {
        continue;
      }
      boolean stockTooSlow = false;
      double lastStockMs = 0;
      int lastSize = 0;
      for (int size : shape.sizes()) {
        String body = shape.body().apply(size);
        // stock is quadratic on these shapes: skip a size whose first pass alone would take
        // over twice the budget by that measure
        double ratio = lastSize == 0 ? 0 : (double) size / lastSize;
        if (lastStockMs * ratio * ratio > 2 * budget * 1000) {
          stockTooSlow = true;
        }
        Cell s = stockTooSlow ? null : time(() -> outcome(stock.parse(BasedSequence.of(body))),
            passes, budget);
        Cell o = time(() -> {
          try {
            return outcome(ours.parse(new SourceText("bench.md", body), 0));
          } catch (ArticleException e) {
            return e.problems().get(0).rule();
          }
        }, passes, budget);
        if (s != null && s.slowest > budget * 1000) {
          stockTooSlow = true;
        }
        if (s != null) {
          lastStockMs = s.slowest;
          lastSize = size;
        }
        System.out.printf(Locale.ROOT, "%-18s %8d %10s  %-26s %10s  %-26s%n", shape.name(),
            size, s == null ? "-" : s.median(), s == null ? "skipped (over budget)"
                : s.outcome, o.median(), o.outcome);
      }
    }
  }

  /** Ten times the size issue 15 gave for the shape (its family's), at most the body limit. */
  static int defaultSize(String shape) {
    if (shape.startsWith("cdata")) {
      return 880_000;
    }
    if (shape.startsWith("pi") || shape.equals("www")) {
      return 1_600_000;
    }
    if (shape.equals("underscores")) {
      return 8_000_000; // 40 MB asked, the default body limit is 8 MiB
    }
    return 800_000;
  }

  private static final String FRONT = "---\ntitle: t\n---\n";

  /** body() then html() of one article; the outcome names the limit when one stops it. */
  private static String bodyAndHtml(String body) {
    try {
      Article a = Articles.parse(FRONT + body, "bench.md");
      a.body();
      return "ok, html " + a.html().length() + " chars";
    } catch (ArticleException e) {
      return e.problems().get(0).rule();
    }
  }

  private static double once(Run run) {
    long t = System.nanoTime();
    safely(run);
    return (System.nanoTime() - t) / 1e6;
  }

  /** The inline shapes against prose of the same size, alternated; see the class comment. */
  private static void inline(Parser stock, List<String> only, int fixedSize, double budget) {
    System.out.printf(Locale.ROOT, "java %s, max heap %d MB; best of 3 alternated runs%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "%-26s %9s %9s %9s %6s %9s %6s %9s %5s  %-24s %s%n",
        "shape", "chars", "ours ms", "prose ms", "ratio", "mixed ms", "ratio", "ours /4",
        "x", "stock at size/10", "ours outcome");
    for (Map.Entry<String, IntFunction<String>> e : InlineShapes.shapes().entrySet()) {
      String name = e.getKey();
      if (!only.isEmpty() && !only.contains(name)) {
        continue;
      }
      int size = fixedSize > 0 ? fixedSize : defaultSize(name);
      String text = e.getValue().apply(size);
      String prose = InlineShapes.prose(text.length());
      // dense ordinary inline Markdown of the same size: about as many nodes per character
      String mixed = PathologicalShapes.mix(text.length());
      String quarter = e.getValue().apply(size / 4);
      bodyAndHtml(e.getValue().apply(size / 20)); // warm this shape's paths
      String outcome = bodyAndHtml(text);
      double ours = Double.MAX_VALUE;
      double yard = Double.MAX_VALUE;
      double mix = Double.MAX_VALUE;
      double small4 = Double.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        yard = Math.min(yard, once(() -> bodyAndHtml(prose)));
        ours = Math.min(ours, once(() -> bodyAndHtml(text)));
        mix = Math.min(mix, once(() -> bodyAndHtml(mixed)));
        small4 = Math.min(small4, once(() -> bodyAndHtml(quarter)));
      }
      String small = e.getValue().apply(size / 20);
      double stockSmall = once(() -> outcome(stock.parse(BasedSequence.of(small))));
      String stockCell;
      if (stockSmall > budget * 250) {
        stockCell = String.format(Locale.ROOT, "skipped (%.0f ms at /20)", stockSmall);
      } else {
        String issue = e.getValue().apply(size / 10);
        stockCell = String.format(Locale.ROOT, "%.0f ms",
            once(() -> outcome(stock.parse(BasedSequence.of(issue)))));
      }
      System.out.printf(Locale.ROOT, "%-26s %9d %9.0f %9.0f %6.2f %9.0f %6.2f %9.0f %5.1f  %-24s"
          + " %s%n", name, text.length(), ours, yard, ours / yard, mix, ours / mix, small4,
          ours / small4, stockCell, outcome);
    }
  }

  /** Whole corpus passes (every file's text parsed as a body): ordinary content. */
  private static void corpus(Path dir, Parser stock, Markdown ours, int passes)
      throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".md")).sorted().toList()) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    Cell s = time(() -> {
      for (String t : texts) {
        stock.parse(BasedSequence.of(t));
      }
      return "ok";
    }, passes, 120);
    Cell o = time(() -> {
      for (String t : texts) {
        try {
          ours.parse(new SourceText("c.md", t), 0);
        } catch (ArticleException e) {
          return e.getMessage();
        }
      }
      return "ok";
    }, passes, 120);
    System.out.printf(Locale.ROOT, "corpus %s: %d files, %d chars; ms per pass: stock %s (%s),"
        + " ours %s (%s)%n", dir, texts.size(), chars, s.median(), s.outcome, o.median(),
        o.outcome);
  }

  private static void warmUp(Parser stock, Markdown ours) {
    String text = PathologicalShapes.mix(20_000) + "\n\n" + PathologicalShapes.links(1_000)
        + "\n\n" + PathologicalShapes.quotes(50) + "\n" + PathologicalShapes.indentedList(20);
    for (int i = 0; i < 20; i++) {
      stock.parse(BasedSequence.of(text));
      ours.parse(new SourceText("warm.md", text), 0);
    }
  }

  interface Run {
    String run();
  }

  record Cell(String outcome, double[] ms, double slowest) {
    String median() {
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      double m = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      return String.format(Locale.ROOT, "%.0f", m) + (n < 3 ? "(" + n + ")" : "");
    }
  }

  /** One untimed pass, then timed passes until {@code passes} or the budget is spent. */
  private static Cell time(Run run, int passes, double budgetSeconds) {
    long budgetNanos = (long) (budgetSeconds * 1e9);
    long start = System.nanoTime();
    String outcome = safely(run);
    long first = System.nanoTime() - start;
    List<Double> ms = new ArrayList<>();
    if (first > budgetNanos / 2) {
      ms.add(first / 1e6); // too slow to repeat: the warm-up pass is the only figure
    } else {
      long spent = first;
      while (ms.size() < passes && (ms.isEmpty() || spent < budgetNanos)) {
        long t = System.nanoTime();
        safely(run);
        long d = System.nanoTime() - t;
        spent += d;
        ms.add(d / 1e6);
      }
    }
    double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
    return new Cell(outcome, a, Arrays.stream(a).max().orElse(0));
  }

  private static String safely(Run run) {
    try {
      return run.run();
    } catch (StackOverflowError e) {
      return "StackOverflowError";
    } catch (OutOfMemoryError e) {
      return "OutOfMemoryError"; // the parse's garbage is unreachable again: the next cell runs
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  private static String outcome(Document d) {
    long nodes = 0;
    int depth = 0;
    int max = 0;
    Node n = d;
    while (n != null) {
      nodes++;
      max = Math.max(max, depth);
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        depth++;
        continue;
      }
      while (n != d && n.getNext() == null) {
        n = n.getParent();
        depth--;
      }
      n = n == d ? null : n.getNext();
    }
    return "ok " + nodes + " nodes, depth " + max;
  }
}
