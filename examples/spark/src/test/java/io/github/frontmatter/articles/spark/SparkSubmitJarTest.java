package io.github.frontmatter.articles.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.FrontMatterSchema;
import io.github.frontmatter.articles.ParseResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classpath proof: the job run the way {@code spark-submit} runs it. A child JVM with
 * Spark's own jars first on its class path (spark-sql and its dependencies, resolved on their
 * own, as $SPARK_HOME/jars holds them) runs {@code org.apache.spark.deploy.SparkSubmit
 * --master local[2] --class ArticlesJob job.jar ...}, which loads the shaded job jar in a
 * class loader below Spark's, parent first. If the library's Jackson 3, snakeyaml-engine,
 * flexmark or json-schema-validator clashed with Spark's Jackson 2 (or anything else of
 * Spark's), the job would fail or its output would differ from the library's.
 *
 * <p>Runs in failsafe (mvn verify), after the shaded jar is built.
 */
class SparkSubmitJarTest {

  @Test
  void theShadedJarRunsUnderSparkSubmit(@TempDir Path tmp) throws Exception {
    Path jobJar = Path.of(System.getProperty("articles.jobJar", "target/none.jar"));
    assertThat(jobJar).as("the shaded job jar (mvn package)").isRegularFile();
    List<String> sparkJars = Arrays.asList(Files.readString(
        Path.of(System.getProperty("articles.sparkClasspath"))).strip()
        .split(File.pathSeparator));
    assertThat(sparkJars).anyMatch(j -> j.contains("spark-core_2.13"))
        .anyMatch(j -> j.matches(".*jackson-databind-2[.0-9]+\\.jar"))
        .noneMatch(j -> j.contains("tools/jackson") || j.contains("frontmatter"));
    checkJarContents(jobJar);

    Path in = tmp.resolve("in");
    List<String> names = Corpus.copySubset(in);
    Path out = tmp.resolve("out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(System.getProperty("articles.sparkJvmFlags").trim()
        .split("\\s+")));
    command.addAll(List.of("-Xmx1g", "-cp", String.join(File.pathSeparator, sparkJars),
        "org.apache.spark.deploy.SparkSubmit",
        "--master", "local[2]",
        "--conf", "spark.ui.enabled=false",
        "--conf", "spark.driver.host=127.0.0.1",
        "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--class", ArticlesJob.class.getName(),
        jobJar.toAbsolutePath().toString(),
        in.toString(), out.toString(), "--summary", "--versions", "--validation", "schema"));
    Path stdout = tmp.resolve("stdout.txt");
    Path stderr = tmp.resolve("stderr.txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("SPARK_") || k.equals("CLASSPATH"));
    long start = System.nanoTime();
    Process child = pb.start();
    boolean finished = child.waitFor(6, TimeUnit.MINUTES);
    if (!finished) {
      child.destroyForcibly();
    }
    String printed = Files.readString(stdout, StandardCharsets.UTF_8);
    String log = Files.readString(stderr, StandardCharsets.UTF_8);
    System.out.printf("SparkSubmitJarTest: spark-submit-style run of %d files took %.1f s%n%s",
        names.size(), (System.nanoTime() - start) / 1e9, printed);
    assertThat(finished).as("the job finishes").isTrue();
    assertThat(child.exitValue()).as("exit status; stderr:%n%s", tail(log)).isZero();
    assertThat(log).doesNotContain("NoSuchMethodError", "NoClassDefFoundError",
        "ClassNotFoundException", "IncompatibleClassChangeError", "LinkageError");

    // where each contested class came from in the child
    Map<String, String> origin = new HashMap<>();
    printed.lines().filter(l -> l.startsWith("origin ")).forEach(l -> {
      String[] f = l.split(" ", 3);
      origin.put(f[1], f[2]);
    });
    String jar = jobJar.getFileName().toString();
    assertThat(origin.get("jackson2")).matches(".*/jackson-databind-2[.0-9]+\\.jar");
    assertThat(origin.get("jackson2-annotations")).matches(".*/jackson-annotations-2[.0-9]+\\.jar");
    for (String ours : List.of("jackson3", "snakeyaml-engine", "flexmark",
        "json-schema-validator", "articles", "articles-spark")) {
      assertThat(origin.get(ours)).as(ours).endsWith("/" + jar);
    }

    // the output: one row per file, the library's own verdict and problems for each
    List<Row> rows = LocalSpark.session().read().parquet(out.toString()).collectAsList();
    Map<String, Row> byPath = new HashMap<>();
    rows.forEach(r -> byPath.put(r.getString(0), r));
    TreeSet<String> expected = new TreeSet<>();
    names.forEach(n -> expected.add(in.resolve(n).toString()));
    assertThat(rows).hasSize(names.size());
    assertThat(new TreeSet<>(byPath.keySet())).isEqualTo(expected);
    ArticleParser schemaParser = ArticleParser.builder().schema(FrontMatterSchema.builtIn())
        .build();
    int rejected = 0;
    for (String name : names) {
      Path file = in.resolve(name);
      Row row = byPath.get(file.toString());
      ParseResult direct = schemaParser.read(Files.readAllBytes(file), file.toString());
      boolean directRejected = direct.article().isEmpty() || direct.hasErrors();
      if (!directRejected) {
        try {
          direct.article().get().body();
        } catch (ArticleException e) {
          directRejected = true;
        }
      }
      assertThat(row.getBoolean(row.fieldIndex("rejected"))).as(name).isEqualTo(directRejected);
      List<Map<String, Object>> problems = new ArrayList<>();
      direct.problems().forEach(p -> problems.add(CorpusTableTest.problem(p)));
      assertThat(CorpusTableTest.problems(row)).as(name).isEqualTo(problems);
      assertThat(row.<Object>getAs("title")).as(name)
          .isEqualTo(direct.article().flatMap(a -> a.title()).orElse(null));
      rejected += directRejected ? 1 : 0;
    }
    assertThat(printed).contains(names.size() + " files, " + rejected + " rejected");
    assertThat(rejected).isGreaterThanOrEqualTo(3);
  }

  /** Our code, the library and its dependencies are in; Spark, Scala, Jackson 2 are not. */
  private static void checkJarContents(Path jobJar) throws IOException {
    List<String> entries = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jobJar.toFile())) {
      zip.stream().forEach(e -> entries.add(e.getName()));
    }
    assertThat(entries).contains(
        "io/github/frontmatter/articles/spark/ArticlesJob.class",
        "io/github/frontmatter/articles/Articles.class",
        "tools/jackson/databind/ObjectMapper.class",
        "org/snakeyaml/engine/v2/api/Load.class",
        "com/vladsch/flexmark/parser/Parser.class",
        "com/networknt/schema/Schema.class");
    for (String prefix : List.of("org/apache/spark/", "scala/", "com/fasterxml/jackson/",
        "org/slf4j/", "org/apache/hadoop/")) {
      assertThat(entries).as("nothing under " + prefix).noneMatch(e -> e.startsWith(prefix));
    }
  }

  private static String tail(String log) {
    String[] lines = log.split("\n");
    return String.join("\n", Arrays.copyOfRange(lines, Math.max(0, lines.length - 40),
        lines.length));
  }
}
