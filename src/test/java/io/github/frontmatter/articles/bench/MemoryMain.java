package io.github.frontmatter.articles.bench;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.FrontMatter;
import io.github.frontmatter.articles.Limits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memory figures: a big article made of the reference article's front matter and its body
 * repeated to {@code --size-mb} (default 50) MB, written to a temporary folder (deleted
 * afterwards, never kept), then each measurement in a JVM of its own with a fixed {@code
 * -Xmx}:
 *
 * <ul>
 *   <li>{@code fm}: {@code Articles.parseFrontMatter(path)} in a 32 MB heap; what it allocates
 *       (the thread's allocated bytes, an upper bound of how far the heap can grow) and the
 *       heap used afterwards, both over a baseline taken after a warm-up and a GC;
 *   <li>{@code parse}: {@code Articles.parse(path)} + {@code body()} with {@code -Xmx} = 10x
 *       the file (the target: it must not run out of memory), with the heap pools' peak over
 *       the baseline and what the article and its AST keep after a GC; then the smallest
 *       {@code -Xmx} (in steps of 16 MB) with which it still succeeds.
 * </ul>
 *
 * <pre>
 * src/scripts/memory.sh [--size-mb 50] [--reference ../shared/reference/paris-ai-summit.md]
 * </pre>
 */
public final class MemoryMain {
  private MemoryMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], Path.of(args[2]), Path.of(args[3]));
      return;
    }
    int sizeMb = 50;
    Path reference = Path.of("../shared/reference/paris-ai-summit.md");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--size-mb" -> sizeMb = Integer.parseInt(args[++i]);
        case "--reference" -> reference = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Path dir = Files.createTempDirectory("articles-memory");
    Path big = dir.resolve("big-article.md");
    try {
      long size = make(reference, big, sizeMb * 1_000_000L);
      double mb = size / 1e6;
      System.out.printf(Locale.ROOT, "big article: %s, %.1f MB (%d bytes), the front matter and"
          + " body of %s, the body repeated; java %s%n", big, mb, size, reference,
          System.getProperty("java.version"));

      Result fm = run("fm", 32, reference, big);
      System.out.printf(Locale.ROOT, "readFrontMatter(path), -Xmx32m: %s%n", fm.line());

      int tenfold = (int) Math.ceil(10 * mb);
      Result parse = run("parse", tenfold, reference, big);
      System.out.printf(Locale.ROOT, "parse(path) + body(), -Xmx%dm (10x): %s%n", tenfold,
          parse.line());

      int lo = 0; // fails (or not tried)
      int hi = parse.ok() ? tenfold : -1; // succeeds
      if (hi > 0) {
        lo = Math.max(16, (int) mb) / 16 * 16;
        if (run("parse", lo, reference, big).ok()) {
          hi = lo;
          lo = 0;
        }
        while (hi - lo > 16 && lo > 0) {
          int mid = (lo + hi) / 2 / 16 * 16;
          if (mid <= lo) {
            break;
          }
          if (run("parse", mid, reference, big).ok()) {
            hi = mid;
          } else {
            lo = mid;
          }
        }
        System.out.printf(Locale.ROOT, "parse(path) + body(): smallest -Xmx that succeeds"
            + " (16 MB steps): %dm = %.1fx the file%s%n", hi, hi / mb,
            lo > 0 ? " (" + lo + "m runs out of memory)" : "");
      }
    } finally {
      Files.deleteIfExists(big);
      Files.deleteIfExists(dir);
    }
  }

  /** Writes the front matter of {@code reference} and its body repeated to {@code size}. */
  static long make(Path reference, Path out, long size) throws IOException {
    Article a = Articles.parse(reference);
    byte[] all = Files.readAllBytes(reference);
    byte[] body = a.bodyText().getBytes(StandardCharsets.UTF_8);
    int head = all.length - body.length;
    long written = 0;
    try (OutputStream o = Files.newOutputStream(out)) {
      o.write(all, 0, head);
      written += head;
      while (written < size) {
        o.write(body);
        o.write('\n');
        written += body.length + 1;
      }
    }
    return written;
  }

  record Result(boolean ok, String line) {}

  static Result run(String mode, int xmxMb, Path reference, Path big)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + xmxMb + "m", "-XX:+UseG1GC",
        "-cp", System.getProperty("java.class.path"),
        MemoryMain.class.getName(), "--child", mode, reference.toString(), big.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        out.append(line).append(' ');
      }
    }
    int status = p.waitFor();
    String text = out.toString().strip();
    System.out.printf(Locale.ROOT, "  [%s -Xmx%dm: exit %d] %s%n", mode, xmxMb, status, text);
    return new Result(status == 0, status == 0 ? text : "FAILED (exit " + status + "): "
        + text);
  }

  // ------------------------------------------------------------------ in the child JVM

  static void child(String mode, Path reference, Path big) throws IOException {
    // warm up on the small article: classes loaded, static tables built
    for (int i = 0; i < 3; i++) {
      Articles.parse(reference).body();
      Articles.parseFrontMatter(reference);
    }
    long baseline = usedAfterGc();
    resetPeaks();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long allocated0 = threads.getThreadAllocatedBytes(id);
    long t0 = System.nanoTime();
    try {
      switch (mode) {
        case "fm" -> {
          FrontMatter fm = ArticleParser.defaults().parseFrontMatter(big);
          long allocated = threads.getThreadAllocatedBytes(id) - allocated0;
          long used = heapUsed() - baseline;
          System.out.printf(Locale.ROOT, "title=%s keys=%d allocated=%.1f KB"
              + " heap-over-baseline=%.1f KB peak-over-baseline=%.1f KB time=%.1f ms%n",
              fm.title().isPresent(), fm.values().size(), allocated / 1e3,
              used / 1e3, (peak() - baseline) / 1e3, (System.nanoTime() - t0) / 1e6);
        }
        case "parse" -> {
          // the default limits refuse a file over 16 MB (Limits.maxFileBytes), so this
          // measurement raises the file and body limits to fit the big article
          Limits roomy = Limits.defaults().withMaxFileBytes(1 << 30)
              .withMaxBodyBytes(1 << 30);
          Article a = ArticleParser.builder().limits(roomy).build().parse(big);
          int nodes = count(a.body());
          long peak = peak() - baseline;
          double seconds = (System.nanoTime() - t0) / 1e9;
          long kept = usedAfterGc() - baseline;
          System.out.printf(Locale.ROOT, "nodes=%d peak-over-baseline=%.1f MB (sum of the heap"
              + " pools' peaks) kept-after-gc=%.1f MB time=%.1f s%n", nodes, peak / 1e6,
              kept / 1e6, seconds);
          if (a.bodyText().isEmpty()) {
            System.out.println("no body?");
          }
        }
        default -> throw new IllegalArgumentException(mode);
      }
    } catch (OutOfMemoryError e) {
      System.out.println("OutOfMemoryError");
      System.exit(3);
    }
  }

  static int count(com.vladsch.flexmark.util.ast.Node root) {
    int n = 0;
    for (com.vladsch.flexmark.util.ast.Node c : root.getDescendants()) {
      n++;
    }
    return n + 1;
  }

  static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return heapUsed();
  }

  static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap's peak. */
  static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
