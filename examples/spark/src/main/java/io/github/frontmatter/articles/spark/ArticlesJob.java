package io.github.frontmatter.articles.spark;

import static org.apache.spark.sql.functions.col;

import io.github.frontmatter.articles.spark.ArticleRows.Validation;
import java.io.PrintStream;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: reads the articles under a path into a table and writes it as Parquet or
 * JSON Lines.
 *
 * <pre>
 * spark-submit --class io.github.frontmatter.articles.spark.ArticlesJob \
 *   articles-spark-0.1.0-SNAPSHOT-job.jar INPUT OUTPUT [options]
 *
 *   INPUT                   a file, folder or Hadoop glob; folders are searched recursively
 *   OUTPUT                  the folder to write (must not exist, unless --overwrite)
 *   --format parquet|jsonl  output format (default parquet); jsonl is Spark's JSON Lines
 *   --summary               print problems per severity and rule, and file totals
 *   --filter GLOB           file names to read (default *.{md,markdown})
 *   --validation rules|schema  the library's built-in rules in Java (default) or the same
 *                           rules as its JSON Schema
 *   --overwrite             replace OUTPUT if it exists
 *   --versions              print where Jackson 2, Jackson 3, snakeyaml-engine, flexmark and
 *                           the JSON Schema validator were loaded from
 * </pre>
 *
 * <p>Exit status: 0 when the table was written (rejected files are rows, not failures), 2 for
 * a usage error. Spark's own failures (a missing input, an existing output) end the job with
 * an exception, as in any Spark application.
 */
public final class ArticlesJob {
  private ArticlesJob() {}

  static final String USAGE = """
      usage: ArticlesJob INPUT OUTPUT [--format parquet|jsonl] [--summary] [--filter GLOB]
                         [--validation rules|schema] [--overwrite] [--versions]
      """;

  /** The parsed command line. */
  record Options(String input, String output, String format, boolean summary, String filter,
      Validation validation, boolean overwrite, boolean versions) {

    static Options parse(String[] args) {
      List<String> positional = new ArrayList<>();
      String format = "parquet";
      boolean summary = false;
      String filter = ArticlesSpark.DEFAULT_FILE_FILTER;
      Validation validation = Validation.BUILT_IN_RULES;
      boolean overwrite = false;
      boolean versions = false;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--format" -> {
            format = value(args, ++i, a);
            if (!format.equals("parquet") && !format.equals("jsonl")) {
              throw new IllegalArgumentException(
                  "--format: expected parquet or jsonl but found \"" + format + "\"");
            }
          }
          case "--summary" -> summary = true;
          case "--filter" -> filter = value(args, ++i, a);
          case "--validation" -> {
            String v = value(args, ++i, a);
            validation = switch (v) {
              case "rules" -> Validation.BUILT_IN_RULES;
              case "schema" -> Validation.BUILT_IN_SCHEMA;
              default -> throw new IllegalArgumentException(
                  "--validation: expected rules or schema but found \"" + v + "\"");
            };
          }
          case "--overwrite" -> overwrite = true;
          case "--versions" -> versions = true;
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            positional.add(a);
          }
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException(
            "expected INPUT and OUTPUT but found " + positional.size() + " paths");
      }
      return new Options(positional.get(0), positional.get(1), format, summary, filter,
          validation, overwrite, versions);
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }

  /** Runs the job; see the class comment. */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("articles-spark: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("articles").getOrCreate();
    try {
      run(spark, options, System.out);
    } finally {
      spark.stop();
    }
  }

  /** Writes the table and, when asked, prints the summary to {@code out}. */
  static void run(SparkSession spark, Options o, PrintStream out) {
    if (o.versions()) {
      printVersions(out);
    }
    Dataset<Row> articles = ArticlesSpark.parse(spark, o.input(), o.filter(), o.validation());
    SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (o.format().equals("parquet")) {
      articles.write().mode(mode).parquet(o.output());
    } else {
      articles.write().mode(mode).json(o.output());
    }
    if (o.summary()) {
      // summarise what was written rather than parse everything a second time
      Dataset<Row> written = o.format().equals("parquet")
          ? spark.read().parquet(o.output())
          : spark.read().schema(ArticleRows.SCHEMA).json(o.output());
      written = written.cache();
      long files = written.count();
      long rejected = written.where(col("rejected")).count();
      List<Row> summary = ArticlesSpark.summary(written).collectAsList();
      out.print(ArticlesSpark.formatSummary(summary, files, rejected));
      written.unpersist();
    }
    out.flush();
  }

  /** Where the classes that could clash on a Spark class path were loaded from. */
  static void printVersions(PrintStream out) {
    String[][] classes = {
        {"jackson2", "com.fasterxml.jackson.databind.ObjectMapper"},
        {"jackson2-annotations", "com.fasterxml.jackson.annotation.JsonProperty"},
        {"jackson3", "tools.jackson.databind.ObjectMapper"},
        {"snakeyaml-engine", "org.snakeyaml.engine.v2.api.Load"},
        {"flexmark", "com.vladsch.flexmark.parser.Parser"},
        {"json-schema-validator", "com.networknt.schema.Schema"},
        {"articles", "io.github.frontmatter.articles.Articles"},
        {"articles-spark", ArticlesJob.class.getName()},
    };
    for (String[] c : classes) {
      out.println("origin " + c[0] + " " + origin(c[1]));
    }
  }

  private static String origin(String className) {
    try {
      Class<?> c = Class.forName(className, false, ArticlesJob.class.getClassLoader());
      CodeSource source = c.getProtectionDomain().getCodeSource();
      return source == null || source.getLocation() == null ? "(unknown)"
          : source.getLocation().toString();
    } catch (ClassNotFoundException e) {
      return "(absent)";
    }
  }
}
