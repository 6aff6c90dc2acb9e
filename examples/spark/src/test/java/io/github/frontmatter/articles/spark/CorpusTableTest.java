package io.github.frontmatter.articles.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.internal.json.ArticleJson;
import io.github.frontmatter.articles.internal.json.ValueJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole corpus through {@link ArticlesSpark#parse} in local[2], compared with the
 * library run directly on each file.
 *
 * <p>The job's file filter is {@code *.{md,markdown}}: every regular file under the folder
 * whose name ends in {@code .md} or {@code .markdown}, hidden names and empty files included.
 * Under the corpus folder those are the 2,942 MANIFEST.tsv entries with those extensions plus
 * two Markdown files the manifest does not list because they are not articles: {@code
 * SOURCES.md} and {@code gohugoio-hugoDocs/LICENSE-repository-note.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusTableTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  /** The Markdown files under the corpus folder that MANIFEST.tsv does not list. */
  private static final Set<String> NOT_IN_MANIFEST =
      Set.of("SOURCES.md", "gohugoio-hugoDocs/LICENSE-repository-note.md");

  private Path corpus;
  private Dataset<Row> table;
  /** Rows by path relative to the corpus folder. */
  private final Map<String, Row> rows = new TreeMap<>();
  private int rowCount;

  @BeforeAll
  void parseCorpus() {
    corpus = Corpus.dir();
    SparkSession spark = LocalSpark.session();
    long start = System.nanoTime();
    table = ArticlesSpark.parse(spark, corpus.toString()).cache();
    List<Row> all = table.collectAsList();
    System.out.printf("CorpusTableTest: %d rows in %.1f s (local[2], first parse)%n",
        all.size(), (System.nanoTime() - start) / 1e9);
    rowCount = all.size();
    for (Row r : all) {
      rows.put(relative(r.getString(0)), r);
    }
  }

  @AfterAll
  void release() {
    if (table != null) {
      table.unpersist();
    }
  }

  private String relative(String path) {
    return corpus.relativize(Path.of(path)).toString();
  }

  @Test
  void exactlyOneRowPerMarkdownFile() {
    Set<String> walked = new TreeSet<>();
    Corpus.walk().forEach(p -> walked.add(corpus.relativize(p).toString()));
    Set<String> manifest = new TreeSet<>();
    Corpus.manifest().stream()
        .filter(p -> Corpus.isArticleName(p.substring(p.lastIndexOf('/') + 1)))
        .forEach(manifest::add);

    assertThat(rowCount).as("no file twice").isEqualTo(rows.size());
    assertThat(rows.keySet()).isEqualTo(walked);
    assertThat(manifest).hasSize(2942);
    assertThat(rows.keySet()).containsAll(manifest);
    Set<String> extra = new TreeSet<>(rows.keySet());
    extra.removeAll(manifest);
    assertThat(extra).isEqualTo(new TreeSet<>(NOT_IN_MANIFEST));
    System.out.printf("CorpusTableTest: %d rows = %d manifest articles + %s%n", rows.size(),
        manifest.size(), extra);
  }

  @Test
  void awkwardNamesComeThrough() {
    for (String name : Corpus.AWKWARD) {
      assertThat(Files.isRegularFile(corpus.resolve(name))).as("in the corpus: %s", name)
          .isTrue();
      Row r = rows.get(name);
      assertThat(r).as("row for %s", name).isNotNull();
      assertThat(r.getString(0)).isEqualTo(corpus.resolve(name).toString());
      assertThat(r.getLong(1)).isEqualTo(size(corpus.resolve(name)));
    }
    long hidden = rows.keySet().stream()
        .filter(p -> List.of(p.split("/")).stream().anyMatch(s -> s.startsWith("_")))
        .count();
    assertThat(hidden).as("rows under a name starting with _").isGreaterThan(500);
  }

  @Test
  void rejectedRowsAreExactlyTheFilesTheLibraryRejects() {
    Set<String> bySpark = new TreeSet<>();
    rows.forEach((name, r) -> {
      if (r.getBoolean(r.fieldIndex("rejected"))) {
        bySpark.add(name);
      }
    });
    Set<String> byLibrary = new TreeSet<>();
    for (String name : rows.keySet()) {
      if (Direct.read(corpus.resolve(name)).rejected()) {
        byLibrary.add(name);
      }
    }
    System.out.printf("CorpusTableTest: %d rejected rows, %d files rejected by the library%n",
        bySpark.size(), byLibrary.size());
    assertThat(byLibrary).contains("jekyll/test/source/_encodings/Unicode16LECRLFandBOM.md",
        "jekyll/test/source/_broken/bad_post.md");
    assertThat(bySpark).isEqualTo(byLibrary);
    Set<String> withErrors = new TreeSet<>();
    rows.forEach((name, r) -> {
      if (problems(r).stream().anyMatch(p -> p.get("severity").equals("error"))) {
        withErrors.add(name);
      }
    });
    assertThat(withErrors).as("rows with an error problem").isEqualTo(byLibrary);
  }

  @Test
  void everyRowEqualsTheLibrarysOwnJson() {
    int compared = 0;
    int accepted = 0;
    int withDate = 0;
    int withInstant = 0;
    int lossless = 0;
    int asWritten = 0;
    for (Map.Entry<String, Row> e : rows.entrySet()) {
      Path file = corpus.resolve(e.getKey());
      Row row = e.getValue();
      String source = file.toString();
      JsonNode json;
      Article article = null;
      try {
        article = Articles.parse(bytes(file), source);
        json = reparse(ArticleJson.toJson(article));
      } catch (ArticleException ex) {
        json = reparse(ArticleJson.error(source, ex));
        assertRejectedRowMatches(row, json, ex, e.getKey());
        compared++;
        continue;
      }
      assertAcceptedRowMatches(row, json, article, e.getKey());
      compared++;
      accepted++;
      if (!json.get("extras").equals(reparse(simpleExtras(article)))) {
        lossless++;
      }
      if (json.has("asWritten")) {
        asWritten++;
      }
      if (!row.isNullAt(row.fieldIndex("date"))) {
        withDate++;
        if (!row.getStruct(row.fieldIndex("date")).isNullAt(3)) {
          withInstant++;
        }
      }
    }
    System.out.printf("CorpusTableTest: %d rows equal the library's JSON field by field "
        + "(%d accepted, %d with a date, %d with an instant, %d whose extras need the lossless "
        + "forms, %d with asWritten)%n",
        compared, accepted, withDate, withInstant, lossless, asWritten);
    assertThat(compared).isEqualTo(rows.size()).isGreaterThanOrEqualTo(300);
    assertThat(accepted).isGreaterThan(2800);
    assertThat(withInstant).isGreaterThan(300);
    assertThat(asWritten).as("rows with as_written").isGreaterThan(1000);
    // the corpus has no extras that need them (dates, NaN, infinities, date-like mappings):
    // ArticleRowsTest covers those forms
  }

  /** The extras in the simple form (dates as text, NaN as a string), which the row is not. */
  private static JsonNode simpleExtras(Article article) {
    var o = JSON.createObjectNode();
    article.extras().forEach((k, v) -> o.set(k, ValueJson.value(v)));
    return o;
  }

  /**
   * The mapping between a row and {@code show}'s JSON of an article that reads:
   * path = source; format = format; front_matter = frontMatter; title, date, tags,
   * categories, widgets = the same fields of frontMatter; extras = extras; as_written =
   * asWritten (null when absent); problems =
   * warnings (pointer = path); body_line = body.line. The row's body is the article's
   * bodyText() (show prints an outline instead).
   */
  private static void assertAcceptedRowMatches(Row row, JsonNode json, Article article,
      String name) {
    String at = name + ": ";
    assertEquals(json.get("source").asString(), row.getString(row.fieldIndex("path")), at);
    assertEquals(json.get("format").asString(), row.getString(row.fieldIndex("format")), at);
    JsonNode fm = json.get("frontMatter");
    assertEquals(fm, JSON.readTree(row.getString(row.fieldIndex("front_matter"))),
        at + "front_matter");
    assertEquals(text(fm, "title"), row.getString(row.fieldIndex("title")), at + "title");
    assertDate(fm.get("date"), row.isNullAt(row.fieldIndex("date")) ? null
        : row.getStruct(row.fieldIndex("date")), at);
    for (String list : List.of("tags", "categories", "widgets")) {
      assertEquals(strings(fm.get(list)), row.getList(row.fieldIndex(list)), at + list);
    }
    assertEquals(json.get("extras"), JSON.readTree(row.getString(row.fieldIndex("extras"))),
        at + "extras");
    int asWritten = row.fieldIndex("as_written");
    assertEquals(json.get("asWritten"),
        row.isNullAt(asWritten) ? null : JSON.readTree(row.getString(asWritten)),
        at + "as_written");
    List<Map<String, Object>> warnings = new ArrayList<>();
    for (JsonNode w : json.get("warnings")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", w.get("rule").asString());
      m.put("severity", w.get("severity").asString());
      m.put("pointer", w.get("path").asString());
      m.put("line", w.get("line").asInt());
      m.put("column", w.get("column").asInt());
      m.put("message", w.get("message").asString());
      warnings.add(m);
    }
    assertEquals(warnings, problems(row), at + "problems");
    assertEquals(json.get("body").get("line").asInt(),
        row.getInt(row.fieldIndex("body_line")), at + "body_line");
    assertEquals(article.bodyText(), row.getString(row.fieldIndex("body")), at + "body");
    assertThat(row.getBoolean(row.fieldIndex("rejected"))).as(at + "rejected").isFalse();
    assertThat(row.isNullAt(row.fieldIndex("word_count"))).as(at + "word_count").isFalse();
  }

  /**
   * A file the library rejects: show prints {@code {source, error: {rule, line, column,
   * message}}} for the first error; the row's errors are exactly the exception's problems.
   */
  private static void assertRejectedRowMatches(Row row, JsonNode json, ArticleException ex,
      String name) {
    String at = name + ": ";
    assertEquals(json.get("source").asString(), row.getString(row.fieldIndex("path")), at);
    assertThat(row.getBoolean(row.fieldIndex("rejected"))).as(at + "rejected").isTrue();
    List<Map<String, Object>> errors = problems(row).stream()
        .filter(p -> p.get("severity").equals("error")).toList();
    assertThat(errors).as(at + "errors").isNotEmpty();
    JsonNode error = json.get("error");
    Map<String, Object> first = errors.get(0);
    assertEquals(error.get("rule").asString(), first.get("rule"), at);
    assertEquals(error.get("line").asInt(), first.get("line"), at);
    assertEquals(error.get("column").asInt(), first.get("column"), at);
    assertEquals(error.get("message").asString(), first.get("message"), at);
    List<Map<String, Object>> expected = new ArrayList<>();
    for (Problem p : ex.problems()) {
      expected.add(problem(p));
    }
    assertEquals(expected, errors, at + "every error");
  }

  /**
   * show's date is {text, local, offset?}; the row's is {text, local, offset, instant}: local
   * is a timestamp_ntz (a date alone is midnight), instant is present exactly when offset is.
   */
  private static void assertDate(JsonNode date, Row row, String at) {
    if (date == null) {
      assertThat(row).as(at + "date").isNull();
      return;
    }
    assertThat(row).as(at + "date").isNotNull();
    assertEquals(date.get("text").asString(), row.getString(0), at + "date.text");
    String local = date.get("local").asString();
    LocalDateTime expected = local.contains("T") ? LocalDateTime.parse(local)
        : LocalDate.parse(local).atStartOfDay();
    expected = expected.truncatedTo(ChronoUnit.MICROS);
    assertEquals(expected, row.getAs("local"), at + "date.local");
    String offset = date.has("offset") ? date.get("offset").asString() : null;
    assertEquals(offset, row.getString(2), at + "date.offset");
    if (offset == null) {
      assertThat(row.<Object>getAs("instant")).as(at + "date.instant").isNull();
    } else {
      Instant instant = OffsetDateTime.of(expected, ZoneOffset.of(offset)).toInstant();
      assertEquals(instant, toInstant(row.getAs("instant")), at + "date.instant");
    }
  }

  static Instant toInstant(Object timestamp) {
    return timestamp instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) timestamp;
  }

  private static String text(JsonNode o, String field) {
    return o.has(field) ? o.get(field).asString() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asString()));
    }
    return out;
  }

  static List<Map<String, Object>> problems(Row row) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row p : row.<Row>getList(row.fieldIndex("problems"))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", p.getString(0));
      m.put("severity", p.getString(1));
      m.put("pointer", p.getString(2));
      m.put("line", p.getInt(3));
      m.put("column", p.getInt(4));
      m.put("message", p.getString(5));
      out.add(m);
    }
    return out;
  }

  static Map<String, Object> problem(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", p.rule());
    m.put("severity", p.severity().label());
    m.put("pointer", p.path());
    m.put("line", p.location().line());
    m.put("column", p.location().column());
    m.put("message", p.message());
    return m;
  }

  /** Through text and back: the same node types on both sides (numbers especially). */
  private static JsonNode reparse(JsonNode node) {
    return JSON.readTree(JSON.writeValueAsString(node));
  }

  @Test
  void parquetReadsBackEqual(@TempDir Path tmp) {
    String out = tmp.resolve("articles.parquet").toString();
    table.write().parquet(out);
    Dataset<Row> back = LocalSpark.session().read().parquet(out);
    assertThat(back.schema().fieldNames()).containsExactly(ArticleRows.SCHEMA.fieldNames());
    // Parquet keeps names and types; every column reads back nullable, comments are not kept
    assertThat(back.schema().simpleString()).isEqualTo(ArticleRows.SCHEMA.simpleString());
    assertThat(back.count()).isEqualTo(rows.size());
    assertThat(table.exceptAll(back).count()).isZero();
    assertThat(back.exceptAll(table).count()).isZero();
    Map<String, Row> readBack = new HashMap<>();
    for (Row r : back.collectAsList()) {
      readBack.put(relative(r.getString(0)), r);
    }
    int equal = 0;
    for (Map.Entry<String, Row> e : rows.entrySet()) {
      Row r = readBack.get(e.getKey());
      assertThat(r).as(e.getKey()).isNotNull();
      for (int i = 0; i < ArticleRows.SCHEMA.size(); i++) {
        Object written = e.getValue().get(i);
        Object read = r.get(i);
        if (ArticleRows.SCHEMA.fields()[i].name().equals("date") && written != null) {
          Row w = (Row) written;
          Row d = (Row) read;
          assertThat(d.getString(0)).isEqualTo(w.getString(0));
          assertThat(d.<Object>getAs("local")).isEqualTo(w.getAs("local"));
          assertThat(d.getString(2)).isEqualTo(w.getString(2));
          assertThat(toInstant(d.getAs("instant"))).isEqualTo(toInstant(w.getAs("instant")));
        } else {
          assertThat(read).as("%s: %s", e.getKey(), ArticleRows.SCHEMA.fields()[i].name())
              .isEqualTo(written);
        }
      }
      equal++;
    }
    System.out.printf("CorpusTableTest: Parquet round trip, %d rows equal field by field%n",
        equal);
  }

  @Test
  void summaryCountsEveryProblemOfTheLibrary() {
    Map<String, long[]> expected = new TreeMap<>(); // "severity rule" -> {problems, files}
    long total = 0;
    Set<String> filesWithProblems = new HashSet<>();
    for (Map.Entry<String, Row> e : rows.entrySet()) {
      Path file = corpus.resolve(e.getKey());
      List<Problem> problems = Direct.read(file).problems();
      Set<String> seen = new HashSet<>();
      for (Problem p : problems) {
        String key = p.severity().label() + " " + p.rule();
        long[] c = expected.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        if (seen.add(key)) {
          c[1]++;
        }
        total++;
      }
      if (!problems.isEmpty()) {
        filesWithProblems.add(e.getKey());
      }
    }
    List<Row> summary = ArticlesSpark.summary(table).collectAsList();
    Map<String, long[]> actual = new TreeMap<>();
    Row grandTotal = null;
    for (Row r : summary) {
      if (r.isNullAt(0)) {
        grandTotal = r;
      } else if (!r.isNullAt(1)) {
        actual.put(r.getString(0) + " " + r.getString(1),
            new long[] {r.getLong(2), r.getLong(3)});
      }
    }
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).containsExactly(v));
    assertThat(grandTotal).isNotNull();
    assertThat(grandTotal.getLong(2)).isEqualTo(total);
    assertThat(grandTotal.getLong(3)).isEqualTo(filesWithProblems.size());
    long rejected = rows.values().stream().filter(r -> r.getBoolean(r.fieldIndex("rejected")))
        .count();
    String table = ArticlesSpark.formatSummary(summary, rows.size(), rejected);
    System.out.print(table);
    assertThat(table).startsWith(rows.size() + " files, " + rejected + " rejected");
    expected.keySet().forEach(k -> assertThat(table).contains(k.split(" ")[1]));
  }

  /** The library on its own: a lenient read, then the body, as the row mapper does. */
  record Direct(List<Problem> problems, boolean rejected) {
    static Direct read(Path file) {
      ParseResult result = ArticleParser.defaults().read(bytes(file), file.toString());
      List<Problem> problems = new ArrayList<>(result.problems());
      boolean rejected = result.article().isEmpty() || result.hasErrors();
      if (result.article().isPresent()) {
        try {
          result.article().get().body();
        } catch (ArticleException e) {
          problems.addAll(e.problems());
          rejected = true;
        }
      }
      return new Direct(problems, rejected);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
