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
 * rows in the same table. Run it through {@code src/scripts/bench.sh}, or on its own:
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
 *       {@code parseAll-2t}), the second with the speed-up, and how many cores each pass had
 *       on average (the process's CPU time over the wall time);
 *   <li>{@code vs-floor}: the floor's work, reimplemented here, and this library's, interleaved pass by pass in one JVM and timed in CPU time too,
 *       which a busy machine disturbs far less than wall time; prints one {@code RESULT} line
 *       per work with {@code cpu-time-vs-floor}.
 * </ul>
 *
 * <p>Every line's note has {@code cpu=}: the median CPU time of the timing thread per pass
 * and the files/s it would give, the figure to look at when other processes share the
 * cores.
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
          + "|write|copy|parseAll|vs-floor] [--warmup N] [--warmup-s S] [--passes N]"
          + " [--verbose]");
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
    if (mode.equals("vs-floor")) {
      vsFloor(docs, bytes, warmup, warmupS, passes, versions);
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
        tool = "Articles.parseFrontMatter(text)";
        work = d -> DEFAULT.parseFrontMatter(d.text(), d.name()).values().size();
      }
      case "fm-bytes" -> {
        tool = "Articles.parseFrontMatter(bytes)";
        work = d -> DEFAULT.parseFrontMatter(d.bytes(), d.name()).values().size();
      }
      case "io" -> {
        tool = "Articles.parseFrontMatter(path), from disk";
        work = d -> DEFAULT.parseFrontMatter(d.path()).values().size();
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
    double[] cpu = new double[passes];
    long[] last = null;
    for (int i = 0; i < passes; i++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      last = pass(docs, work);
      ms[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    report(mode, docs.size(), bytes, ms, last, (note + " " + cpuNote(cpu, docs.size())).strip());
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
    double[] cpuOne = new double[passes];
    double[] cpuTwo = new double[passes];
    long[] lastOne = null;
    long[] lastTwo = null;
    for (int i = 0; i < passes; i++) {
      long c0 = processCpuNanos();
      long t0 = System.nanoTime();
      lastOne = parseAllPass(root, 1);
      one[i] = (System.nanoTime() - t0) / 1e6;
      cpuOne[i] = (processCpuNanos() - c0) / 1e6;
      c0 = processCpuNanos();
      t0 = System.nanoTime();
      lastTwo = parseAllPass(root, 2);
      two[i] = (System.nanoTime() - t0) / 1e6;
      cpuTwo[i] = (processCpuNanos() - c0) / 1e6;
    }
    // wall time of each pass over the CPU time the whole process used in it: how many
    // processors the pass had on average (2.0 at most here, less when others are busy)
    report("parseAll-1t", (int) lastOne[2], bytes, one, lastOne, String.format(Locale.ROOT,
        "cores-used=%.2f", median(cpuOne) / median(one)));
    double m1 = median(one);
    double m2 = median(two);
    report("parseAll-2t", (int) lastTwo[2], bytes, two, lastTwo,
        String.format(Locale.ROOT, "speedup=%.2fx cores-used=%.2f", m1 / m2,
            median(cpuTwo) / median(two)));
  }

  static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /** The median CPU time of this thread per pass, and the files/s it would give. */
  static String cpuNote(double[] cpuMs, int files) {
    double m = median(cpuMs);
    return String.format(Locale.ROOT, "cpu=%.0fms(%.0f/s)", m, files / (m / 1000));
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  // ------------------------------------------------------------ the floor, in process

  /**
   * The floor's work per file, written here (not copied) to do what the shared README says
   * the floor does, so that its checksum matches the floor's: the first line {@code ---} (an optional tag of letters) or {@code +++}, the
   * block up to the next line that is the same delimiter with only blanks after it, YAML
   * blocks ({@code ---}, {@code ---yaml}, {@code ---json}) loaded with snakeyaml-engine's
   * {@code Load} and default settings, the body parsed by flexmark's core parser (no
   * extensions). Returns keys + nodes, or keys alone when {@code body} is false.
   */
  static long floorWork(String s, boolean body) {
    int start = s.startsWith("\uFEFF") ? 1 : 0;
    String delim = s.startsWith("---", start) ? "---" : s.startsWith("+++", start) ? "+++" : null;
    int bodyStart = 0;
    long keys = 0;
    if (delim != null) {
      int eol = s.indexOf('\n', start);
      eol = eol < 0 ? s.length() : eol;
      String tag = s.substring(start + 3, eol).strip();
      if (tag.chars().allMatch(Character::isLetter)) {
        for (int line = Math.min(eol + 1, s.length()); line < s.length(); ) {
          int end = s.indexOf('\n', line);
          end = end < 0 ? s.length() : end;
          if (s.startsWith(delim, line) && s.substring(line + 3, end).replace("\r", "")
              .replace("\t", "").replace(" ", "").isEmpty()) {
            String t = tag.toLowerCase(Locale.ROOT);
            if (delim.equals("---") && (t.isEmpty() || t.equals("yaml") || t.equals("json"))) {
              Object data = FLOOR_YAML.get().loadFromString(s.substring(eol + 1, line));
              if (data != null && !(data instanceof Map<?, ?>)) {
                throw new IllegalStateException("front matter is not a map");
              }
              keys = data == null ? 0 : ((Map<?, ?>) data).size();
            }
            bodyStart = Math.min(end + 1, s.length());
            break;
          }
          line = end + 1;
        }
      }
    }
    return body ? keys + countNodes(FLOOR_FLEXMARK.parse(s.substring(bodyStart))) : keys;
  }

  static final ThreadLocal<org.snakeyaml.engine.v2.api.Load> FLOOR_YAML = ThreadLocal.withInitial(
      () -> new org.snakeyaml.engine.v2.api.Load(
          org.snakeyaml.engine.v2.api.LoadSettings.builder().build()));
  static final com.vladsch.flexmark.parser.Parser FLOOR_FLEXMARK =
      com.vladsch.flexmark.parser.Parser.builder().build();

  /**
   * The floor's work and this library's, interleaved pass by pass in one process, timed in
   * wall time and in this thread's CPU time: on a busy machine the CPU-time ratio is the
   * steadier one (it counts the time in the kernel too, so reading files is in it). The
   * pairs: front matter only (floor fm / readFrontMatter(text)), from disk (floor io:
   * readAllBytes + decoding / readFrontMatter(path)), and the full parse (floor
   * full-flexmark / parse + body() with CommonMark only, and with the default extensions).
   */
  static void vsFloor(List<Doc> docs, long bytes, int warmup, double warmupS, int passes,
      String versions) {
    Map<String, Work> works = new java.util.LinkedHashMap<>();
    works.put("floor-fm(in-process)", d -> floorWork(d.text(), false));
    works.put("fm(interleaved)", d -> DEFAULT.parseFrontMatter(d.text(), d.name()).values().size());
    works.put("floor-io(in-process)",
        d -> new String(Files.readAllBytes(d.path()), StandardCharsets.UTF_8).length());
    works.put("io(interleaved)", d -> DEFAULT.parseFrontMatter(d.path()).values().size());
    works.put("floor-full(in-process)", d -> floorWork(d.text(), true));
    works.put("full-core(interleaved)", d -> full(CORE.parse(d.text(), d.name())));
    works.put("full(interleaved)", d -> full(DEFAULT.parse(d.text(), d.name())));
    System.out.println("articles  the floor's work (own code, in process) and the library's,"
        + " interleaved (" + versions + "; java " + System.getProperty("java.version") + ")");
    long w0 = System.nanoTime();
    int warmed = 0;
    for (; warmed < warmup || System.nanoTime() - w0 < warmupS * 1e9; warmed++) {
      works.values().forEach(w -> pass(docs, w));
    }
    System.out.printf("mode=vs-floor files=%d bytes=%d warmup=%d passes=%d%n", docs.size(),
        bytes, warmed, passes);
    Map<String, double[]> wall = new java.util.LinkedHashMap<>();
    Map<String, double[]> cpu = new java.util.LinkedHashMap<>();
    Map<String, long[]> last = new java.util.HashMap<>();
    works.keySet().forEach(k -> {
      wall.put(k, new double[passes]);
      cpu.put(k, new double[passes]);
    });
    List<String> order = new ArrayList<>(works.keySet());
    for (int i = 0; i < passes; i++) {
      java.util.Collections.rotate(order, 1); // no work always runs first
      for (String k : order) {
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        last.put(k, pass(docs, works.get(k)));
        wall.get(k)[i] = (System.nanoTime() - t0) / 1e6;
        cpu.get(k)[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
      }
    }
    for (String k : works.keySet()) {
      String floor = k.startsWith("fm") ? "floor-fm(in-process)"
          : k.startsWith("io") ? "floor-io(in-process)" : "floor-full(in-process)";
      double ref = median(cpu.get(floor));
      String note = cpuNote(cpu.get(k), docs.size())
          + (k.startsWith("floor") ? "" : String.format(Locale.ROOT,
              " cpu-time-vs-floor=%.2fx", median(cpu.get(k)) / ref));
      report(k, docs.size(), bytes, wall.get(k), last.get(k), note);
    }
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
        FrontMatter fm = DEFAULT.parseFrontMatter(d.text(), d.name());
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
