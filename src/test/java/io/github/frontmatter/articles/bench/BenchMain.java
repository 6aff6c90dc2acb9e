package io.github.frontmatter.articles.bench;

import com.vladsch.flexmark.util.ast.Node;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.FileResult;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.FrontMatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The library's entry point for the shared side-by-side benchmark ({@code
 * ../shared/bench/README.md}): same file discovery, in-memory load, warm-up, timed passes,
 * median and {@code RESULT} line as the floor and the peers, so that {@code run.sh} puts its
 * rows in the same table. Run it through {@code scripts/bench.sh}, or on its own:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/bench.classpath) \
 *     io.github.frontmatter.articles.bench.BenchMain DIR --mode MODE \
 *     [--warmup 3] [--warmup-s 20] [--passes 5] [--verbose]
 * </pre>
 *
 * <p>Modes (each file in memory as decoded text, as the floor has it, unless said otherwise):
 *
 * <ul>
 *   <li>{@code full}: {@code parse(text, name)} with the default options (CommonMark plus six
 *       extensions) and the body AST forced with {@code body()}, which is lazy;
 *   <li>{@code full-core}: the same with no Markdown extensions, which is what the floor's
 *       flexmark does (CommonMark only);
 *   <li>{@code full-bytes}: {@code parse(bytes, name)} + {@code body()}: strict UTF-8
 *       decoding included;
 *   <li>{@code fm}: {@code readFrontMatter(text, name)}: front matter only (typed fields,
 *       validation), YAML, TOML and JSON all read;
 *   <li>{@code fm-bytes}: {@code readFrontMatter(bytes, name)};
 *   <li>{@code io}: {@code readFrontMatter(path)} from disk on every pass (the floor's {@code
 *       io} is {@code readAllBytes} + decoding, nothing parsed);
 *   <li>{@code write}: {@code Articles.toBytes(article)} of articles parsed from bytes before
 *       the timing; {@code copy}: {@code bytes.clone()}, its baseline;
 *   <li>{@code parseAll}: {@code parseAll(DIR, 1)} and {@code parseAll(DIR, 2)}, every result
 *       consumed, passes interleaved; prints two {@code RESULT} lines ({@code parseAll-1t},
 *       {@code parseAll-2t}), the second with the speed-up.
 * </ul>
 *
 * <p>A file counts as an error when its work threw ({@code parse} is strict: a file with an
 * error problem throws). The checksum is top-level front-matter keys plus flexmark nodes
 * (Document included), as the floor counts them.
 */
public final class BenchMain {
  private BenchMain() {}

  record Doc(Path path, String name, String text, byte[] bytes) {}

  interface Work {
    long apply(Doc d) throws Exception;
  }

  static final ArticleParser DEFAULT = ArticleParser.defaults();
  static final ArticleParser CORE = ArticleParser.builder().markdownExtensions(Set.of()).build();

  public static void main(String[] args) throws Exception {
    String dir = null;
    String mode = "full";
    int warmup = 3;
    double warmupS = 20;
    int passes = 5;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--mode" -> mode = args[++i];
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--warmup-s" -> warmupS = Double.parseDouble(args[++i]);
        case "--passes" -> passes = Integer.parseInt(args[++i]);
        case "--verbose" -> verbose = true;
        default -> dir = args[i];
      }
    }
    if (dir == null || passes < 1) {
      System.err.println("usage: BenchMain DIR [--mode full|full-core|full-bytes|fm|fm-bytes|io"
          + "|write|copy|parseAll] [--warmup N] [--warmup-s S] [--passes N] [--verbose]");
      System.exit(2);
    }
    Path root = Path.of(dir);
    List<Doc> docs = load(root);
    if (docs.isEmpty()) {
      System.err.println("no *.md / *.markdown files under " + dir);
      System.exit(1);
    }
    long bytes = docs.stream().mapToLong(d -> d.bytes().length).sum();
    String versions = "snakeyaml-engine " + version("org.snakeyaml.engine.v2.api.Load")
        + ", flexmark " + version("com.vladsch.flexmark.parser.Parser");
    if (mode.equals("parseAll")) {
      parseAll(root, docs.size(), bytes, warmup, warmupS, passes, versions);
      return;
    }
    Work work;
    String tool;
    switch (mode) {
      case "full" -> {
        tool = "Articles.parse(text) + body(), default extensions";
        work = d -> full(DEFAULT.parse(d.text(), d.name()));
      }
      case "full-core" -> {
        tool = "Articles.parse(text) + body(), CommonMark only";
        work = d -> full(CORE.parse(d.text(), d.name()));
      }
      case "full-bytes" -> {
        tool = "Articles.parse(bytes) + body(), default extensions";
        work = d -> full(DEFAULT.parse(d.bytes(), d.name()));
      }
      case "fm" -> {
        tool = "Articles.readFrontMatter(text)";
        work = d -> DEFAULT.readFrontMatter(d.text(), d.name()).values().size();
      }
      case "fm-bytes" -> {
        tool = "Articles.readFrontMatter(bytes)";
        work = d -> DEFAULT.readFrontMatter(d.bytes(), d.name()).values().size();
      }
      case "io" -> {
        tool = "Articles.readFrontMatter(path), from disk";
        work = d -> DEFAULT.readFrontMatter(d.path()).values().size();
      }
      case "write" -> {
        tool = "Articles.toBytes(unedited article)";
        Map<Doc, Article> parsed = new java.util.IdentityHashMap<>();
        for (Doc d : docs) {
          try {
            parsed.put(d, DEFAULT.parse(d.bytes(), d.name()));
          } catch (RuntimeException e) {
            // counted as an error below
          }
        }
        work = d -> {
          Article a = parsed.get(d);
          if (a == null) {
            throw new IllegalStateException("not readable");
          }
          return Articles.toBytes(a).length;
        };
      }
      case "copy" -> {
        tool = "byte[].clone() (baseline of write)";
        work = d -> d.bytes().clone().length;
      }
      default -> {
        System.err.println("unknown mode " + mode);
        System.exit(2);
        return;
      }
    }
    String note = mode.startsWith("fm") || mode.equals("io") || mode.startsWith("full")
        ? formats(docs) : "";

    System.out.println("articles  " + tool + " (" + versions + "; java "
        + System.getProperty("java.version") + ")");
    long w0 = System.nanoTime();
    int warmed = 0;
    for (; warmed < warmup || System.nanoTime() - w0 < warmupS * 1e9; warmed++) {
      pass(docs, work);
    }
    System.out.printf("mode=%s files=%d bytes=%d warmup=%d passes=%d%n", mode, docs.size(),
        bytes, warmed, passes);
    double[] ms = new double[passes];
    long[] last = null;
    for (int i = 0; i < passes; i++) {
      long t0 = System.nanoTime();
      last = pass(docs, work);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    report(mode, docs.size(), bytes, ms, last, note);
    if (verbose) {
      int shown = 0;
      for (Doc d : docs) {
        if (shown == 10) {
          break;
        }
        try {
          work.apply(d);
        } catch (Exception | StackOverflowError e) {
          shown++;
          System.out.println("  error " + d.path() + ": "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
      }
    }
  }

  /** Keys plus AST nodes: forces the lazy body. */
  static long full(Article a) {
    return a.frontMatter().values().size() + countNodes(a.body());
  }

  /** Pre-order count of a flexmark tree without recursion. */
  static long countNodes(Node root) {
    long n = 1;
    Node node = root.getFirstChild();
    while (node != null) {
      n++;
      Node next = node.getFirstChild();
      if (next == null) {
        next = node.getNext();
        Node up = node;
        while (next == null) {
          up = up.getParent();
          if (up == root) {
            return n;
          }
          next = up.getNext();
        }
      }
      node = next;
    }
    return n;
  }

  /** {checksum, errors} of one pass. */
  static long[] pass(List<Doc> docs, Work work) {
    long checksum = 0;
    long errors = 0;
    for (Doc d : docs) {
      try {
        checksum += work.apply(d);
      } catch (Exception | StackOverflowError e) {
        errors++;
      }
    }
    return new long[] {checksum, errors};
  }

  static void report(String mode, int files, long bytes, double[] ms, long[] last, String note) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    int n = ms.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double filesPerS = files / (median / 1000);
    double mbPerS = bytes / 1e6 / (median / 1000);
    double best = files / (sorted[0] / 1000);
    if (ms[0] > 1.25 * median) {
      note = (note + " first-pass-slow:warm-up-longer?").strip();
    }
    System.out.println("pass ms: " + Arrays.stream(ms).mapToObj(t -> String.format(Locale.ROOT,
        "%.1f", t)).collect(Collectors.joining(" ")));
    System.out.printf(Locale.ROOT, "median %.1f ms/pass -> %.0f files/s, %.2f MB/s (best pass"
        + " %.0f files/s); errors=%d checksum=%d %s%n", median, filesPerS, mbPerS, best,
        last[1], last[0], note);
    System.out.println(String.join("\t", "RESULT", "articles", mode, String.valueOf(files),
        String.format(Locale.ROOT, "%.0f", filesPerS), String.format(Locale.ROOT, "%.2f", mbPerS),
        String.format(Locale.ROOT, "%.0f", best), String.valueOf(last[1]),
        String.valueOf(last[0]), note));
  }

  /** parseAll on 1 and on 2 threads, passes interleaved so that drift hits both alike. */
  static void parseAll(Path root, int files, long bytes, int warmup, double warmupS,
      int passes, String versions) throws IOException {
    System.out.println("articles  ArticleParser.parseAll(dir, threads), every result consumed ("
        + versions + "; java " + System.getProperty("java.version") + "; "
        + Runtime.getRuntime().availableProcessors() + " processors)");
    long w0 = System.nanoTime();
    int warmed = 0;
    for (; warmed < warmup || System.nanoTime() - w0 < warmupS * 1e9; warmed++) {
      parseAllPass(root, 1 + warmed % 2);
    }
    System.out.printf("mode=parseAll files=%d bytes=%d warmup=%d passes=%d%n", files, bytes,
        warmed, passes);
    double[] one = new double[passes];
    double[] two = new double[passes];
    long[] lastOne = null;
    long[] lastTwo = null;
    for (int i = 0; i < passes; i++) {
      long t0 = System.nanoTime();
      lastOne = parseAllPass(root, 1);
      one[i] = (System.nanoTime() - t0) / 1e6;
      t0 = System.nanoTime();
      lastTwo = parseAllPass(root, 2);
      two[i] = (System.nanoTime() - t0) / 1e6;
    }
    report("parseAll-1t", (int) lastOne[2], bytes, one, lastOne, "");
    double m1 = median(one);
    double m2 = median(two);
    report("parseAll-2t", (int) lastTwo[2], bytes, two, lastTwo,
        String.format(Locale.ROOT, "speedup=%.2fx", m1 / m2));
  }

  static double median(double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** {checksum, files with errors, results} of one parseAll. */
  static long[] parseAllPass(Path root, int threads) throws IOException {
    long[] out = new long[3];
    try (Stream<FileResult> results = DEFAULT.parseAll(root, threads)) {
      results.forEach(r -> {
        out[2]++;
        if (r.hasErrors()) {
          out[1]++;
        }
        r.article().ifPresent(a -> out[0] += full(a));
      });
    }
    return out;
  }

  /** How many files have each front-matter format (the floor reads only YAML). */
  static String formats(List<Doc> docs) {
    Map<Format, Integer> n = new EnumMap<>(Format.class);
    for (Doc d : docs) {
      try {
        FrontMatter fm = DEFAULT.readFrontMatter(d.text(), d.name());
        n.merge(fm.format(), 1, Integer::sum);
      } catch (RuntimeException e) {
        // an error: counted by the passes
      }
    }
    return "yaml=" + n.getOrDefault(Format.YAML, 0) + " toml=" + n.getOrDefault(Format.TOML, 0)
        + " json=" + n.getOrDefault(Format.JSON, 0);
  }

  /** The protocol's discovery: *.md and *.markdown in any case, recursive, sorted. */
  static List<Doc> load(Path dir) throws IOException {
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dir)) {
      paths = s.filter(Files::isRegularFile).filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
      }).sorted().collect(Collectors.toList());
    }
    List<Doc> docs = new ArrayList<>(paths.size());
    for (Path p : paths) {
      byte[] b = Files.readAllBytes(p);
      docs.add(new Doc(p, p.toString(), new String(b, StandardCharsets.UTF_8), b));
    }
    return docs;
  }

  /** The version in a jar's manifest or Maven metadata, for the header line. */
  static String version(String className) {
    try {
      Class<?> c = Class.forName(className);
      String v = c.getPackage().getImplementationVersion();
      if (v != null) {
        return v;
      }
      String jar = c.getProtectionDomain().getCodeSource().getLocation().getPath();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d[^/]*)\\.jar$")
          .matcher(jar);
      return m.find() ? m.group(1) : "?";
    } catch (ReflectiveOperationException | RuntimeException e) {
      return "?";
    }
  }
}
