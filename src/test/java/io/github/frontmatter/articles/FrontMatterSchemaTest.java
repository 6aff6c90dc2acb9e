package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom schemas: how a schema's errors become problems, and what they replace. */
class FrontMatterSchemaTest {
  private static final String SCHEMA = """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["author"],
        "properties": {
          "author": {"type": "string"},
          "rating": {"x-rule": "rating-range", "x-severity": "warning",
                     "x-expected": "a rating from 1 to 5", "minimum": 1, "maximum": 5},
          "tags": {"x-rule": "tags-rule", "type": "array", "uniqueItems": true,
                   "items": {"x-severity": "warning", "type": "string"}},
          "cover": {"type": "object", "additionalProperties": false,
                    "properties": {"src": {"type": "string"}}},
          "mood": {"enum": ["calm", "busy"]},
          "code": {"pattern": "^[A-Z]{3}$"},
          "short": {"maxLength": 3}
        }
      }
      """;

  private static ParseResult read(FrontMatterSchema schema, String file) {
    return ArticleParser.builder().schema(schema).build().read(file, "a.md");
  }

  private static List<String> summaries(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    problems.forEach(p -> out.add(p.summary()));
    return out;
  }

  @Test
  void eachFailingKeywordIsAProblemWithRuleSeverityPathAndLocation() {
    FrontMatterSchema schema = FrontMatterSchema.of(SCHEMA, "custom.json");
    ParseResult r = read(schema, """
        ---
        title: t
        rating: 9
        tags: [a, 1, a, a]
        cover: {src: x.png, alt: y}
        mood: angry
        code: abc
        short: abcd
        ---
        body
        """);
    assertThat(summaries(r.problems())).containsExactly(
        "a.md:1:1: error: expected a \"author\" field but found none [schema-required]",
        "a.md:3:9: warning: rating: expected a rating from 1 to 5 but found \"9\" [rating-range]",
        "a.md:4:11: warning: tags[1]: expected text but found the scalar \"1\" [tags-rule]",
        "a.md:4:14: error: tags[2]: expected each item once but found \"a\" again [tags-rule]",
        "a.md:4:17: error: tags[3]: expected each item once but found \"a\" again [tags-rule]",
        "a.md:5:26: error: cover.alt: expected only the keys the schema allows but found the key"
            + " \"alt\" [schema-additionalProperties]",
        "a.md:6:7: error: mood: expected one of calm, busy but found \"angry\" [schema-enum]",
        "a.md:7:7: error: code: expected text matching ^[A-Z]{3}$ but found \"abc\""
            + " [schema-pattern]",
        "a.md:8:8: error: short: must be at most 3 characters long [schema-maxLength]");
    assertThat(r.problems().get(2).path()).isEqualTo("/tags/1");
    assertThat(r.problems().get(0).path()).isEmpty();
    // the same problems come from validating the front matter directly
    Article article = r.article().orElseThrow();
    assertThat(schema.validate(article.frontMatter())).containsExactlyInAnyOrderElementsOf(
        r.problems());
  }

  @Test
  void aMissingRequiredPropertyIsPlacedAtItsObject() {
    FrontMatterSchema schema = FrontMatterSchema.of("""
        {"properties": {"menu": {"properties": {"main": {"required": ["weight"]}}}}}
        """, "menu.json");
    ParseResult r = read(schema, "---\ntitle: t\nmenu:\n  main:\n    parent: x\n---\n");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("/menu/main");
      assertThat(p.location().line()).isEqualTo(5);
      assertThat(p.location().column()).isEqualTo(5);
      assertThat(p.message()).isEqualTo(
          "menu.main: expected a \"weight\" field but found none");
    });
  }

  @Test
  void theSchemaReplacesRulesAndShapesButReadingProblemsStay() {
    // nothing in this schema: only reading problems are left
    FrontMatterSchema empty = FrontMatterSchema.of("{}", "empty.json");
    String file = "---\ntags: {a: 1}\nsidebar: top\ndate: yesterday\ntitle: a\nTitle: b\n---\n";
    List<Problem> builtIn = ArticleParser.defaults().read(file, "a.md").problems();
    assertThat(builtIn).extracting(Problem::rule).containsExactly("hugo-field-shape",
        "sidebar-value", "date-invalid", "field-repeated");
    List<Problem> custom = read(empty, file).problems();
    assertThat(custom).extracting(Problem::rule).containsExactly("date-invalid",
        "field-repeated");
    // unknownKeys is the schema's business then
    ParseResult strict = ArticleParser.builder().unknownKeys(UnknownKeys.REJECT).schema(empty)
        .build().read("---\ntitle: t\nzzz: 1\n---\n", "a.md");
    assertThat(strict.problems()).isEmpty();
  }

  @Test
  void theBuiltInSchemaDoesNotRepeatADateInvalidThatReadingReported() {
    ParseResult r = read(FrontMatterSchema.builtIn(), "---\ntitle: t\ndate: 2025-02-30\n---\n");
    assertThat(r.problems()).extracting(Problem::rule).containsExactly("date-invalid");
    // validated alone, the schema does report it
    assertThat(FrontMatterSchema.builtIn().validate(r.article().orElseThrow().frontMatter()))
        .extracting(Problem::rule, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("date-invalid", "/date"));
  }

  @Test
  void warningsAsErrorsRaisesTheSchemasWarnings() {
    FrontMatterSchema schema = FrontMatterSchema.of(SCHEMA, "custom.json");
    ArticleParser parser = ArticleParser.builder().schema(schema).warningsAsErrors(true).build();
    String file = "---\nauthor: me\nrating: 9\n---\n";
    assertThat(parser.read(file, "a.md").problems()).singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR));
    assertThatThrownBy(() -> parser.parse(file, "a.md")).isInstanceOf(ArticleException.class)
        .hasMessageContaining("rating-range");
    ArticleParser lenient = ArticleParser.builder().schema(schema).build();
    assertThat(lenient.parse(file, "a.md").problems()).singleElement()
        .satisfies(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING));
  }

  @Test
  void theBuiltInSchemaFindsWhatTheJavaRulesFind() {
    String file = """
        ---
        Title: "  "
        sidebar: top
        widgets: [search, chat]
        lang: [en, "e n"]
        thumbnail: "a b.png"
        tags: [x, y, x]
        weight: 1.5
        draft: maybe
        publishDate: 2023-02-29
        comments: [x]
        ---
        """;
    List<Problem> java = ArticleParser.defaults().read(file, "a.md").problems();
    List<Problem> schema = read(FrontMatterSchema.builtIn(), file).problems();
    assertThat(java).extracting(Problem::rule).containsExactly("title-missing",
        "sidebar-value", "widget-unknown", "lang-tag", "thumbnail-url", "duplicate-item",
        "hugo-field-shape", "hugo-field-shape", "date-invalid", "theme-field-shape");
    assertThat(schema).extracting(Problem::rule, Problem::severity, Problem::path,
        Problem::location).containsExactlyElementsOf(java.stream().map(p ->
            org.assertj.core.groups.Tuple.tuple(p.rule(), p.severity(), p.path(), p.location()))
        .toList());
  }

  @Test
  void unknownKeysVariantsOfTheBuiltInSchema() {
    String file = "---\ntitle: t\nAuthor: me\ncover: x\n---\n";
    assertThat(read(FrontMatterSchema.builtIn(UnknownKeys.ALLOW), file).problems()).isEmpty();
    assertThat(FrontMatterSchema.builtIn(UnknownKeys.ALLOW)).isSameAs(FrontMatterSchema.builtIn());
    assertThat(read(FrontMatterSchema.builtIn(UnknownKeys.REJECT), file).problems())
        .extracting(Problem::rule, Problem::severity, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("key-unknown",
            Problem.Severity.ERROR, "/cover"));
    assertThat(read(FrontMatterSchema.builtIn(UnknownKeys.WARN), file).problems())
        .extracting(Problem::rule, Problem::severity, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("key-unknown",
            Problem.Severity.WARNING,
            "cover: expected a Hugo or Mainroad field but found the key \"cover\""));
  }

  @Test
  void aSchemaFileMayReferToItsNeighboursButNotToTheNetwork(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("rating.json"),
        "{\"x-rule\": \"rating\", \"type\": \"integer\"}");
    Path main = dir.resolve("main.json");
    Files.writeString(main, "{\"properties\": {\"rating\": {\"$ref\": \"rating.json\"}}}");
    FrontMatterSchema schema = FrontMatterSchema.of(main);
    assertThat(schema.name()).isEqualTo(main.toString());
    assertThat(read(schema, "---\ntitle: t\nrating: high\n---\n").problems())
        .extracting(Problem::rule, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("rating", "/rating"));
    assertThatThrownBy(() -> FrontMatterSchema.of(
        "{\"properties\": {\"a\": {\"$ref\": \"http://127.0.0.1:9/a.json\"}}}", "remote.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("remote.json: expected a usable JSON Schema but");
  }

  /**
   * Regression: the language-tag pattern repeated groups without bound, and java.util.regex
   * recurses once per repetition, so a 200,000-character lang value overflowed the stack, in
   * the Java rules and in networknt alike. The default scalar limit (64 KiB) now refuses such
   * a value before validation; the regex is checked with the limit raised.
   */
  @Test
  void aHostileLanguageTagIsAWarningNotAStackOverflow() {
    String file = "---\ntitle: t\nlang: \"en" + "-a-bb".repeat(40_000) + "\"\n---\n";
    assertThat(ArticleParser.defaults().read(file, "a.md").problems())
        .extracting(Problem::rule).containsExactly("limit-scalar-bytes");
    Limits raised = Limits.defaults().withMaxScalarBytes(1 << 20);
    assertThat(ArticleParser.builder().limits(raised).build().read(file, "a.md").problems())
        .extracting(Problem::rule).containsExactly("lang-tag");
    assertThat(ArticleParser.builder().limits(raised).schema(FrontMatterSchema.builtIn()).build()
        .read(file, "a.md").problems())
        .extracting(Problem::rule).containsExactly("lang-tag");
  }

  @Test
  void olderDraftsWork() {
    FrontMatterSchema draft7 = FrontMatterSchema.of("""
        {"$schema": "http://json-schema.org/draft-07/schema#",
         "properties": {"weight": {"type": "integer", "exclusiveMinimum": 0}}}
        """, "draft7.json");
    assertThat(read(draft7, "---\ntitle: t\nweight: 0\n---\n").problems())
        .extracting(Problem::rule, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("schema-exclusiveMinimum",
            "/weight"));
  }

  @Test
  void unusableSchemasAreRefusedWhenRead() {
    assertThatThrownBy(() -> FrontMatterSchema.of("{\"type\": ", "cut.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cut.json: expected a JSON Schema but found text that is not"
            + " JSON");
    assertThatThrownBy(() -> FrontMatterSchema.of("[1]", "list.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("list.json: expected a JSON Schema (an object or a boolean) but found a"
            + " JSON array");
    assertThatThrownBy(() -> FrontMatterSchema.of("{\"a\": 1, \"a\": 2}", "twice.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Duplicate Object property \"a\"");
    assertThatThrownBy(() -> FrontMatterSchema.of(
        "{\"properties\": {\"a\": {\"x-severity\": \"fatal\"}}}", "sev.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sev.json: /properties/a: expected x-severity to be \"error\" or"
            + " \"warning\" but found \"fatal\"");
    assertThatThrownBy(() -> FrontMatterSchema.of("{\"x-rule\": 3}", "rule.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule.json: /: expected x-rule to be a rule id but found 3");
    assertThatThrownBy(() -> FrontMatterSchema.of("{\"pattern\": \"[\"}", "regex.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("regex.json: expected a usable JSON Schema but");
  }

  @Test
  void aFileWithoutFrontMatterIsTheEmptyObject() {
    ParseResult r = read(FrontMatterSchema.builtIn(), "just text\n");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("title-missing");
      assertThat(p.path()).isEmpty();
      assertThat(p.location().line()).isEqualTo(1);
      assertThat(p.location().column()).isEqualTo(1);
    });
  }

  @Test
  void noNetworkntOrJacksonTypeIsPublic() {
    for (Class<?> c : List.of(FrontMatterSchema.class, ArticleParser.class,
        ArticleParser.Builder.class, FrontMatter.class, ParseResult.class, Problem.class)) {
      for (Method m : c.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers())) {
          continue;
        }
        List<Type> types = new ArrayList<>(List.of(m.getGenericParameterTypes()));
        types.add(m.getGenericReturnType());
        types.addAll(List.of(m.getGenericExceptionTypes()));
        for (Type t : types) {
          assertThat(t.getTypeName()).as("%s.%s", c.getSimpleName(), m.getName())
              .doesNotContain("com.networknt").doesNotContain("tools.jackson");
        }
      }
    }
  }
}
