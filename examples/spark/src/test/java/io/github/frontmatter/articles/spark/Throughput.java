package io.github.frontmatter.articles.spark;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.ParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The throughput figures of docs/spark.md (a main, not a test). Run from examples/spark:
 *
 * <pre>
 * java [Spark's --add-opens flags] -cp target/classes:target/test-classes:CLASSPATH \
 *   io.github.frontmatter.articles.spark.Throughput (single | spark N) [CORPUS [PASSES]]
 * </pre>
 *
 * <p>{@code single}: one thread, every *.md and *.markdown file of the corpus read from disk,
 * {@code ArticleParser.defaults().read(bytes, path)} and {@code body()} forced; then the same
 * with the whole row of the Spark table built ({@code ArticleRows.toRow}: ArticlesModule's
 * JSON of the front matter, word count); then {@code ArticleParser.parseAll(corpus, 1)} and
 * {@code parseAll(corpus, 2)} consumed to the end (the library's own walk included, body ASTs
 * built on the worker threads). {@code spark N}: {@code ArticlesSpark.parse} in local[N], every row
 * computed and dropped by Spark's {@code noop} writer; Spark settings such as {@code
 * spark.sql.files.openCostInBytes} can be given as {@code -D} system properties. Each pass is
 * timed; the first includes the JIT warming up (and for Spark, the session's first job).
 */
public final class Throughput {
  private Throughput() {}

  public static void main(String[] args) throws Exception {
    int next = args[0].equals("spark") ? 2 : 1;
    String corpus = args.length > next ? args[next]
        : Path.of("../../../shared/corpus").toAbsolutePath().normalize().toString();
    int passes = args.length > next + 1 ? Integer.parseInt(args[next + 1]) : 3;
    List<Path> files;
    try (var walk = Files.walk(Path.of(corpus))) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> Corpus.isArticleName(p.getFileName().toString())).sorted().toList();
    }
    if (args[0].equals("single")) {
      for (int pass = 1; pass <= passes; pass++) {
        long start = System.nanoTime();
        long bodies = 0;
        for (Path f : files) {
          ParseResult r = ArticleParser.defaults().read(Files.readAllBytes(f), f.toString());
          if (r.article().isPresent()) {
            try {
              bodies += r.article().get().body().getTextLength();
            } catch (RuntimeException e) {
              bodies++;
            }
          }
        }
        report("single thread, read + body()", pass, files.size(), start);
        start = System.nanoTime();
        List<Object> rows = new ArrayList<>();
        for (Path f : files) {
          rows.add(ArticleRows.toRow("file:" + f, Files.readAllBytes(f),
              ArticleParser.defaults()));
        }
        report("single thread, whole rows (toRow)", pass, rows.size(), start);
        for (int threads : new int[] {1, 2}) {
          start = System.nanoTime();
          long n = 0;
          try (var results = ArticleParser.defaults().parseAll(Path.of(corpus), threads)) {
            // every result taken (count() alone may skip the work of a sized stream)
            for (var it = results.iterator(); it.hasNext(); n++) {
              bodies += it.next().problems().size();
            }
          }
          report("parseAll(corpus, " + threads + "), walk included", pass, n, start);
        }
        if (bodies == 42) {
          System.out.println();
        }
      }
      return;
    }
    int cores = Integer.parseInt(args[1]);
    SparkSession spark = SparkSession.builder().master("local[" + cores + "]")
        .appName("throughput").config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      ArticlesSpark.parse(spark, corpus).write().format("noop").mode("overwrite").save();
      report("spark local[" + cores + "], list + read + parse + noop write", pass,
          files.size(), start);
    }
    spark.stop();
  }

  private static void report(String what, int pass, long files, long start) {
    double s = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s, pass %d: %d files in %.2f s = %.0f files/s%n", what, pass, files, s,
        files / s);
  }
}
