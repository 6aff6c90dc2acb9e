package io.github.frontmatter.articles.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.FrontMatter;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Shared;
import io.github.frontmatter.articles.Value;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@link ArticlesModule}: articles to JSON and back with a plain Jackson 3 mapper. */
class ArticlesModuleTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new ArticlesModule()).build();
  private static final Path EXAMPLES =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("examples/articles");

  private static Article roundTrip(Article a) {
    String json = MAPPER.writeValueAsString(a);
    Article back = MAPPER.readValue(json, Article.class);
    assertThat(back).as(json).isEqualTo(a);
    assertThat(back.frontMatter().values()).as(json).isEqualTo(a.frontMatter().values());
    assertThat(back.bodyText()).isEqualTo(a.bodyText());
    assertThat(back.format()).isEqualTo(a.format());
    assertThat(back.sourceName()).isEqualTo(a.sourceName());
    // and the front matter alone
    FrontMatter fm = MAPPER.readValue(MAPPER.writeValueAsString(a.frontMatter()),
        FrontMatter.class);
    assertThat(fm).isEqualTo(a.frontMatter());
    return back;
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      List<Path> list = s.sorted().toList();
      assertThat(list).hasSizeGreaterThanOrEqualTo(5);
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleArticleComesBackEqual(Path file) throws IOException {
    Article back = roundTrip(Articles.parse(file));
    assertThat(back.problems()).isEmpty();
  }

  @Test
  void shapeOfAnArticle() throws IOException {
    Article a = Articles.parse(EXAMPLES.resolve("river-cleanup-volunteers.md"));
    JsonNode json = MAPPER.valueToTree(a);
    assertThat(json.propertyNames())
        .containsExactly("source", "format", "frontMatter", "extras", "asWritten", "body");
    // lang: en reads as the list ["en"]; menu: "" and the thumbnail URL come back from the
    // typed view as they are written
    assertThat(json.get("asWritten").toString()).isEqualTo("{\"lang\":\"en\"}");
    assertThat(json.get("frontMatter").get("lang").toString()).isEqualTo("[\"en\"]");
    assertThat(json.get("format").asString()).isEqualTo("yaml");
    JsonNode fm = json.get("frontMatter");
    assertThat(fm.get("title").asString()).isEqualTo(a.title().orElseThrow());
    JsonNode date = fm.get("date");
    ArticleDate d = a.date().orElseThrow();
    assertThat(date.get("text").asString()).isEqualTo(d.text());
    assertThat(date.get("local").asString()).isEqualTo(d.localDateTime().toString().length() == 16
        ? d.localDateTime() + ":00" : d.localDateTime().toString());
    assertThat(date.get("offset").asString()).isEqualTo(d.offset().orElseThrow().getId());
    List<String> tags = new ArrayList<>();
    fm.get("tags").forEach(t -> tags.add(t.asString()));
    assertThat(tags).isEqualTo(a.tags()).isNotEmpty();
    assertThat(json.get("body").asString()).isEqualTo(a.bodyText());
  }

  private static final String EVERY_KIND = """
      ---
      Title: 2024
      date: "2025-02-12"
      lastmod: 2025-02-13T07:02:11.25+08:00
      categories: qq
      menu: main
      thumbnail: img/a.jpg
      sidebar: false
      lead: [not, text]
      big: 123456789012345678901234567890
      neg: -7
      one: 1.0
      negzero: -0.0
      tiny: 1.0e-300
      nan: .nan
      inf: .inf
      ninf: -.inf
      nothing: ~
      empty:
      flag: true
      dateish: {text: "2025-02-12", local: "2025-02-12"}
      tagged: {$decimal: NaN}
      wrapped: {$mapping: {a: 1}}
      nested: {b: 1, a: [x, {y: true}, [], {}]}
      unicode: "Grüße 😀 \\u0000"
      ---
      Body *text*
      """;

  @Test
  void everyKindOfValueComesBackExactly() {
    Article a = ArticleParser.defaults().read(EVERY_KIND, "kinds.md").article().orElseThrow();
    JsonNode json = MAPPER.valueToTree(a);
    assertThat(json.get("asWritten").propertyNames()).as("what the typed view alone loses")
        .containsExactly("Title", "date", "categories", "sidebar", "lead");
    JsonNode extras = json.get("extras");
    assertThat(extras.propertyNames()).startsWith("big", "neg", "one");
    assertThat(extras.get("big").bigIntegerValue())
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(extras.get("one").isFloatingPointNumber()).isTrue();
    assertThat(extras.get("nan").get("$decimal").asString()).isEqualTo("NaN");
    assertThat(extras.get("dateish").has("$mapping")).as("escaped: it looks like a date")
        .isTrue();
    assertThat(extras.get("tagged").get("$mapping").get("$decimal").asString())
        .isEqualTo("NaN");
    Article back = roundTrip(a);
    Map<String, Value> v = back.frontMatter().values();
    assertThat(v.get("date")).isEqualTo(new Value.Text("2025-02-12"));
    assertThat(v.get("lastmod")).isInstanceOf(Value.Date.class);
    assertThat(v.get("negzero")).isEqualTo(new Value.Decimal(-0.0));
    assertThat(v.get("dateish")).isInstanceOf(Value.Mapping.class);
    assertThat(v.get("empty")).isEqualTo(Value.Null.INSTANCE);
    assertThat(back.frontMatter().values().keySet()).containsExactlyInAnyOrderElementsOf(
        a.frontMatter().values().keySet());
  }

  @Test
  void aCleanArticleNeedsNoAsWritten() throws IOException {
    Article a = Articles.parse(EXAMPLES.resolve("commented-front-matter.md"));
    JsonNode json = MAPPER.valueToTree(a);
    assertThat(json.propertyNames())
        .containsExactly("source", "format", "frontMatter", "extras", "body");
    assertThat(json.get("body").asString()).isEqualTo(a.bodyText());
  }

  @Test
  void aKeyInTwoSpellingsGoesAlongWithEveryKeyAsWritten() {
    Article a = ArticleParser.defaults().read("---\ntitle: a\nTitle: b\n---\n", "t.md")
        .article().orElseThrow();
    JsonNode json = MAPPER.valueToTree(a);
    assertThat(json.get("asWritten").propertyNames()).containsExactly("title", "Title");
    roundTrip(a);
  }

  @Test
  void tomlJsonAndNoFrontMatterComeBackInTheirFormat() {
    for (String text : List.of(
        "+++\ntitle = \"T\"\ndate = 2025-02-12T07:02:11Z\ntags = [\"a\"]\n[params]\nx = 1\n+++\nBody\n",
        "{\n  \"title\": \"T\",\n  \"date\": \"2025-02-12\",\n  \"n\": 1.5\n}\n\nBody\n",
        "# Just Markdown\n\nNo front matter.\n",
        "---\n---\n",
        "---\r\ntitle: crlf\r\n---\r\nLine one\r\nLine two\r\n")) {
      Article a = Articles.parse(text, "x.md");
      Article back = roundTrip(a);
      assertThat(back.format()).isIn(Format.TOML, Format.JSON, Format.NONE, Format.YAML)
          .isEqualTo(a.format());
    }
  }

  @Test
  void typedFieldsAndExtrasAloneMakeAnArticle() {
    String json = """
        {"source": "content/post/new.md", "format": "yaml",
         "frontMatter": {"title": "New", "date": "2025-02-12 07:02 +01:00", "tags": ["a", "b"],
                         "draft": true, "weight": 3,
                         "menu": {"main": {}}, "thumbnail": {"src": "a.jpg", "visibility": []}},
         "extras": {"author": "Ann", "when": {"text": "2025-01-01", "local": "2025-01-01"}},
         "body": "Hello.\\n"}
        """;
    Article a = MAPPER.readValue(json, Article.class);
    assertThat(a.sourceName()).isEqualTo("content/post/new.md");
    assertThat(a.title()).contains("New");
    assertThat(a.date().orElseThrow().text()).isEqualTo("2025-02-12 07:02 +01:00");
    assertThat(a.tags()).containsExactly("a", "b");
    assertThat(a.draft()).contains(true);
    assertThat(a.weight()).hasValue(3);
    assertThat(a.menu().orElseThrow().names()).containsExactly("main");
    assertThat(a.thumbnail().orElseThrow().src()).isEqualTo("a.jpg");
    assertThat(a.extras()).containsEntry("author", new Value.Text("Ann"))
        .containsEntry("when", new Value.Date(ArticleDate.parse("2025-01-01")));
    assertThat(a.bodyText()).isEqualTo("Hello.\n");
    assertThat(a.text()).startsWith("---\ntitle: New\n").contains("menu: main\n")
        .endsWith("---\nHello.\n");
    assertThat(a.problems()).isEmpty();
  }

  @Test
  void jsonThatIsNotAnArticleFailsWithTheReason() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"format\": \"xml\"}", Article.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("format: expected one of yaml, toml, json, none but found \"xml\"");
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"frontMatter\": {\"date\": \"2025-02-30\"}}", Article.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("frontMatter.date: expected a day that exists");
    assertThatThrownBy(() -> MAPPER.readValue("{\"body\": 3}", Article.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("body: expected the Markdown text as a string but found a number");
    assertThatThrownBy(() -> MAPPER.readValue(
        "{\"format\": \"toml\", \"extras\": {\"x\": null}}", Article.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("TOML has no null");
    assertThatThrownBy(() -> MAPPER.readValue("[1]", Article.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("expected an object for an article but found an array");
  }

  @Test
  void valuesAndDatesOnTheirOwn() {
    ArticleDate d = ArticleDate.parse("2025-02-12 07:02 +01:00");
    JsonNode dj = MAPPER.valueToTree(d);
    assertThat(dj.toString())
        .isEqualTo("{\"text\":\"2025-02-12 07:02 +01:00\",\"local\":\"2025-02-12T07:02:00\","
            + "\"offset\":\"+01:00\"}");
    assertThat(MAPPER.treeToValue(dj, ArticleDate.class).text()).isEqualTo(d.text());
    Value v = new Value.Sequence(List.of(Value.Int.of(1), new Value.Decimal(2.0),
        new Value.Date(d), Value.Null.INSTANCE, new Value.Mapping(Map.of("k", new Value.Bool(
            false)))));
    String json = MAPPER.writeValueAsString(v);
    assertThat(json).isEqualTo("[1,2.0,{\"text\":\"2025-02-12 07:02 +01:00\",\"local\":"
        + "\"2025-02-12T07:02:00\",\"offset\":\"+01:00\"},null,{\"k\":false}]");
    assertThat(MAPPER.readValue(json, Value.class)).isEqualTo(v);
    assertThat(MAPPER.readValue("null", Value.class)).isEqualTo(Value.Null.INSTANCE);
  }

  @Test
  void theModulesParserReadsTheArticlesBack() {
    ArticleParser strict = ArticleParser.builder().warningsAsErrors(true).build();
    ObjectMapper mapper = JsonMapper.builder().addModule(new ArticlesModule(strict)).build();
    Article a = mapper.readValue("{\"format\": \"yaml\", \"extras\": {\"x\": 1}}",
        Article.class);
    assertThat(a.problems()).extracting(p -> p.rule() + " " + p.severity())
        .containsExactly("title-missing ERROR");
  }

  /** Every readable article of the corpus of real content comes back equal. */
  @Test
  void everyCorpusArticleComesBackEqual() throws IOException {
    Path corpus = Shared.corpus();
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".markdown"))
          .sorted().toList();
    }
    int read = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : files) {
      ParseResult r = Articles.read(f);
      if (r.article().isEmpty()) {
        continue;
      }
      read++;
      Article a = r.article().get();
      try {
        Article back = MAPPER.readValue(MAPPER.writeValueAsString(a), Article.class);
        if (!back.equals(a)) {
          failures.add(corpus.relativize(f) + ": not equal");
        }
      } catch (RuntimeException e) {
        failures.add(corpus.relativize(f) + ": " + e.getMessage());
      }
    }
    assertThat(read).isGreaterThan(2000);
    assertThat(failures).as(failures.size() + " of " + read).isEmpty();
  }
}
