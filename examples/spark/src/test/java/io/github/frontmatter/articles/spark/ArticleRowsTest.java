package io.github.frontmatter.articles.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.internal.json.ArticleJson;
import io.github.frontmatter.articles.jackson.ArticlesModule;
import io.github.frontmatter.articles.spark.ArticleRows.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class ArticleRowsTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ArticleParser PARSER = ArticleParser.defaults();

  private static Row row(String text) {
    return ArticleRows.toRow("file:/site/content/a b.md", text.getBytes(StandardCharsets.UTF_8),
        PARSER);
  }

  private static Object field(Row r, String name) {
    return r.get(r.fieldIndex(name));
  }

  @Test
  void aRowHasTheSchemasColumnsInOrder() {
    Row r = row("---\ntitle: Hello\n---\nBody text here.\n");
    assertThat(r.size()).isEqualTo(ArticleRows.SCHEMA.size());
    assertThat(field(r, "path")).isEqualTo("/site/content/a b.md");
    assertThat(field(r, "format")).isEqualTo("yaml");
    assertThat(field(r, "title")).isEqualTo("Hello");
    assertThat(field(r, "body")).isEqualTo("Body text here.\n");
    assertThat(field(r, "body_line")).isEqualTo(4);
    assertThat(field(r, "word_count")).isEqualTo(3);
    assertThat(field(r, "rejected")).isEqualTo(false);
    assertThat(r.getList(r.fieldIndex("problems"))).isEmpty();
    assertThat(r.getList(r.fieldIndex("tags"))).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8GiveARejectedRowNotAnException() {
    byte[] latin1 = "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
    Row r = ArticleRows.toRow("file:/x.md", latin1, PARSER);
    assertThat(field(r, "rejected")).isEqualTo(true);
    assertThat(field(r, "format")).isNull();
    assertThat(field(r, "title")).isNull();
    assertThat(field(r, "body")).isNull();
    assertThat(field(r, "word_count")).isNull();
    assertThat(field(r, "length")).isEqualTo((long) latin1.length);
    List<Map<String, Object>> problems = CorpusTableTest.problems(r);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).containsEntry("rule", "encoding")
        .containsEntry("severity", "error").containsEntry("line", 2);
  }

  @Test
  void anInvalidDateRejectsTheFileButKeepsWhatWasRead() {
    Row r = row("---\ntitle: Kept\ndate: 2025-02-30\ntags: [a, b]\n---\nText\n");
    assertThat(field(r, "rejected")).isEqualTo(true);
    assertThat(field(r, "title")).isEqualTo("Kept");
    assertThat(r.<String>getList(r.fieldIndex("tags"))).containsExactly("a", "b");
    assertThat(field(r, "date")).isNull();
    assertThat(CorpusTableTest.problems(r)).extracting(p -> p.get("rule"))
        .containsExactly("date-invalid");
  }

  @Test
  void datesKeepTheirTextAndGetAnInstantOnlyWithAnOffset() {
    Row withOffset = (Row) field(row("---\ndate: 2025-06-03T15:00:00.123456789+08:00\n---\n"),
        "date");
    assertThat(withOffset.getString(0)).isEqualTo("2025-06-03T15:00:00.123456789+08:00");
    assertThat(withOffset.<Object>getAs("local"))
        .isEqualTo(LocalDateTime.of(2025, 6, 3, 15, 0, 0, 123456789));
    assertThat(withOffset.getString(2)).isEqualTo("+08:00");
    assertThat(withOffset.<Object>getAs("instant"))
        .isEqualTo(Instant.parse("2025-06-03T07:00:00.123456789Z"));

    Row local = (Row) field(row("---\ndate: 2013-09-06 14:00\n---\n"), "date");
    assertThat(local.<Object>getAs("local")).isEqualTo(LocalDateTime.of(2013, 9, 6, 14, 0));
    assertThat(local.isNullAt(2)).isTrue();
    assertThat(local.isNullAt(3)).as("no offset, no instant: never guessed").isTrue();

    Row day = (Row) field(row("+++\ndate = 2022-08-11\n+++\n"), "date");
    assertThat(day.<Object>getAs("local")).isEqualTo(LocalDateTime.of(2022, 8, 11, 0, 0));
    assertThat(day.getString(0)).isEqualTo("2022-08-11");
  }

  @Test
  void extrasAndFrontMatterAreTheLibrarysJson() {
    String text = """
        ---
        title: "Quotes \\" and \\\\ and \\t tab and \\u0001"
        weight: 3
        draft: true
        menu: {main: {weight: 10, name: "Ü"}}
        thumbnail: {src: img/a.jpg, visibility: [list]}
        lastmod: 2025-02-12T07:02:11Z
        big: 123456789012345678901234567890
        nan: .nan
        inf: -.inf
        rating: 4.5
        small: 1.0e-7
        nothing: null
        when: 2025-02-12
        nested: {list: [1, "two", {three: [true, false]}], empty: {}}
        中文: 值
        ---
        """;
    Row r = row(text);
    var article = Articles.parse(text, "/site/content/a b.md");
    JsonNode expected = JSON.readTree(JSON.writeValueAsString(ArticleJson.toJson(article)));
    assertThat(JSON.readTree((String) field(r, "extras"))).isEqualTo(expected.get("extras"));
    assertThat(JSON.readTree((String) field(r, "front_matter")))
        .isEqualTo(expected.get("frontMatter"));
    assertThat(expected.has("asWritten")).isFalse();
    assertThat(field(r, "as_written")).isNull();
    // the lossless forms of ArticlesModule, not a string for NaN or a date
    JsonNode extras = JSON.readTree((String) field(r, "extras"));
    assertThat(extras.get("nan")).isEqualTo(JSON.readTree("{\"$decimal\": \"NaN\"}"));
    assertThat(extras.get("inf")).isEqualTo(JSON.readTree("{\"$decimal\": \"-Infinity\"}"));
    assertThat(extras.get("when"))
        .isEqualTo(JSON.readTree("{\"text\": \"2025-02-12\", \"local\": \"2025-02-12\"}"));
    assertThat(extras.get("big").bigIntegerValue())
        .isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
    assertThat(extras.propertyNames()).containsExactly("big", "nan", "inf", "rating", "small",
        "nothing", "when", "nested", "中文");
  }

  @Test
  void extrasAreExactlyWhatArticlesModuleWrites() {
    // a mapping that looks like a date is wrapped, so that it reads back as a mapping
    String text = "---\nlooks: {text: a, local: b}\nlang: en\n---\n";
    Row r = row(text);
    ObjectMapper module = JsonMapper.builder().addModule(new ArticlesModule()).build();
    JsonNode expected = module.valueToTree(Articles.parse(text, "x.md").frontMatter());
    assertThat(JSON.readTree((String) field(r, "extras"))).isEqualTo(expected.get("extras"))
        .isEqualTo(JSON.readTree(
            "{\"looks\": {\"$mapping\": {\"text\": \"a\", \"local\": \"b\"}}}"));
    assertThat(JSON.readTree((String) field(r, "front_matter")))
        .isEqualTo(expected.get("frontMatter"))
        .isEqualTo(JSON.readTree("{\"lang\": [\"en\"]}"));
    assertThat(JSON.readTree((String) field(r, "as_written")))
        .isEqualTo(expected.get("asWritten"))
        .isEqualTo(JSON.readTree("{\"lang\": \"en\"}"));
    assertThat(field(row("---\nlang: [en]\n---\n"), "as_written"))
        .as("written the conventional way: nothing as written").isNull();
  }

  @Test
  void pathsAreShownDecoded() {
    assertThat(ArticleRows.displayPath("file:/a/b c.md")).isEqualTo("/a/b c.md");
    assertThat(ArticleRows.displayPath("file:/a/%# +.md")).isEqualTo("/a/%# +.md");
    assertThat(ArticleRows.displayPath("file:/a/x%20y[1].md")).isEqualTo("/a/x%20y[1].md");
    assertThat(ArticleRows.displayPath("file:///a/b: c/中文.md")).isEqualTo("/a/b: c/中文.md");
    assertThat(ArticleRows.displayPath("file:/a/../b/./c.md")).isEqualTo("/b/c.md");
    assertThat(ArticleRows.displayPath("hdfs://nn:8020/site/a b.md"))
        .isEqualTo("hdfs://nn:8020/site/a b.md");
    assertThat(ArticleRows.displayPath("s3a://bucket/x/_index.md"))
        .isEqualTo("s3a://bucket/x/_index.md");
  }

  @Test
  void theSchemaValidationIsTheLibrarysToo() {
    String text = "---\ntitle: 5\nsidebar: nowhere\n---\n";
    Row rules = row(text);
    Row schema = ArticleRows.toRow("file:/site/content/a b.md",
        text.getBytes(StandardCharsets.UTF_8), Validation.BUILT_IN_SCHEMA.parser());
    assertThat(CorpusTableTest.problems(rules)).isNotEmpty();
    assertThat(CorpusTableTest.problems(schema)).extracting(p -> p.get("rule"))
        .isNotEmpty()
        .isEqualTo(ArticleParser.builder()
            .schema(io.github.frontmatter.articles.FrontMatterSchema.builtIn()).build()
            .read(text, "x").problems().stream().map(p -> p.rule()).toList());
  }

  @Test
  void theRowMapperWorksInYourOwnPipeline() {
    SparkSession spark = LocalSpark.session();
    StructType files = new StructType()
        .add("path", DataTypes.StringType)
        .add("content", DataTypes.BinaryType);
    List<Row> input = List.of(
        RowFactory.create("file:/in/one.md", "---\ntitle: One\n---\nfirst post\n"
            .getBytes(StandardCharsets.UTF_8)),
        RowFactory.create("file:/in/_two.md", "+++\ntitle = \"Two\"\n+++\n二つ目\n"
            .getBytes(StandardCharsets.UTF_8)),
        RowFactory.create("file:/in/bad.md", new byte[] {'-', '-', '-', '\n', (byte) 0xff}),
        RowFactory.create("file:/in/null.md", null));
    Dataset<Row> articles = spark.createDataFrame(input, files)
        .mapPartitions(ArticlesSpark.rowMapper(Validation.BUILT_IN_RULES),
            ArticlesSpark.encoder());
    // the encoder keeps names, types and nullability (not the column comments)
    assertThat(articles.schema().simpleString()).isEqualTo(ArticleRows.SCHEMA.simpleString());
    assertThat(articles.schema().fields()).extracting(f -> f.nullable())
        .containsExactly(List.of(ArticleRows.SCHEMA.fields()).stream()
            .map(f -> f.nullable()).toArray(Boolean[]::new));
    List<Row> rows = articles.orderBy("path").collectAsList();
    assertThat(rows).extracting(r -> r.getString(0))
        .containsExactly("/in/_two.md", "/in/bad.md", "/in/null.md", "/in/one.md");
    assertThat(rows).extracting(r -> r.<Object>getAs("title"))
        .containsExactly("Two", null, null, "One");
    assertThat(rows).extracting(r -> r.<Object>getAs("word_count"))
        .containsExactly(3, null, 0, 2);
    assertThat(rows).extracting(r -> r.<Object>getAs("rejected"))
        .containsExactly(false, true, false, false);
    assertThat(rows).extracting(r -> r.<Object>getAs("format"))
        .containsExactly("toml", null, "none", "yaml");
  }
}
