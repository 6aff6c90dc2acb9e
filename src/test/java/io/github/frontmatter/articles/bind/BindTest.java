package io.github.frontmatter.articles.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.BindResult;
import io.github.frontmatter.articles.FrontMatterSchema;
import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.bind.BindTypes.Author;
import io.github.frontmatter.articles.bind.BindTypes.Post;
import io.github.frontmatter.articles.bind.BindTypes.Status;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BindTest {
  private static final FrontMatterType<Post> POSTS = FrontMatterType.of(Post.class);

  private static final String YAML = """
      ---
      # a comment that stays
      title: Old title
      date: 2025-02-12
      tags: [a, b]
      author:
        name: Ann
      status: draft
      weight: 3
      layout: post
      ---
      Body.
      """;
  private static final String TOML = """
      +++
      title = "Old title"
      date = 2025-02-12
      tags = ["a", "b"]
      status = "draft"
      weight = 3
      layout = "post"

      [author]
      name = "Ann"
      +++
      Body.
      """;
  private static final String JSON = """
      {
        "title": "Old title",
        "date": "2025-02-12",
        "tags": ["a", "b"],
        "author": {"name": "Ann"},
        "status": "draft",
        "weight": 3,
        "layout": "post"
      }
      Body.
      """;

  @Test
  void asGivesTheRecordOrThrowsEveryErrorAtOnce() {
    Article a = Articles.parse(YAML, "a.md");
    assertThat(a.frontMatter().as(Post.class)).isEqualTo(new Post("Old title",
        LocalDate.of(2025, 2, 12), List.of("a", "b"), new Author("Ann", Optional.empty()),
        List.of(), Status.draft, Optional.of(3), Optional.empty()));

    Article bad = ArticleParser.defaults().read("---\ntitle: [x]\ndate: soon\nstatus: gone\n---\n",
        "b.md").article().orElseThrow();
    assertThatThrownBy(() -> bad.frontMatter().as(Post.class))
        .isInstanceOfSatisfying(ArticleException.class, e -> assertThat(e.problems())
            .extracting(Problem::rule).containsExactly("required-missing", "type-mismatch",
                "date-invalid", "enum-unknown"));
  }

  @Test
  void bindingAParseResultAddsReadingsProblemsOnceAndNeedsAnArticle() {
    ParseResult read = ArticleParser.defaults().read("---\ntitle: T\ndate: soon\n"
        + "author: {name: A}\nstatus: draft\n---\n", "r.md");
    BindResult<Post> r = POSTS.bind(read);
    // reading and binding both find the bad date: it is reported once
    assertThat(r.problems()).extracting(Problem::rule).containsExactly("date-invalid");
    assertThat(r.value()).isEmpty();
    assertThatThrownBy(r::orElseThrow).isInstanceOf(ArticleException.class);

    ParseResult unreadable = ArticleParser.defaults().read("---\ntitle: [\n---\n", "u.md");
    assertThat(POSTS.bind(unreadable).problems()).isEqualTo(unreadable.problems());
  }

  /** Types that cannot be bound. */
  record WithIntKeys(Map<Integer, String> m) {}

  record WithCharSequenceList(List<Runnable> jobs) {}

  @Test
  void aTypeThatCannotBeBoundIsRefusedWithWhereAndWhy() {
    assertThatThrownBy(() -> FrontMatterType.of(WithIntKeys.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WithIntKeys.m").hasMessageContaining("use Map<String, ...>");
    assertThatThrownBy(() -> FrontMatterType.of(WithCharSequenceList.class))
        .hasMessageContaining("WithCharSequenceList.jobs[]");
    assertThatThrownBy(() -> FrontMatterType.of(String.class))
        .hasMessageContaining("front matter is a mapping");
    assertThat(FrontMatterType.of(Post.class)).isSameAs(POSTS);
  }

  static List<String> sources() {
    return List.of("yaml", "toml", "json");
  }

  private static String source(String format) {
    return switch (format) {
      case "yaml" -> YAML;
      case "toml" -> TOML;
      default -> JSON;
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void aTypedEditWritesOnlyTheChangedKeysInEveryFormat(String format) {
    Article a = Articles.parse(source(format), "a." + format);
    Post now = a.frontMatter().as(Post.class);
    Post next = new Post("New title", now.date(), now.tags(), now.author(), now.reviewers(),
        Status.PUBLISHED, Optional.empty(), now.sidebarPosition());

    Article edited = POSTS.write(a, next);

    List<String> before = a.text().lines().toList();
    List<String> after = edited.text().lines().toList();
    List<String> removed = new ArrayList<>(before);
    removed.removeAll(after);
    List<String> added = new ArrayList<>(after);
    added.removeAll(before);
    // the title and status lines are replaced, the weight removed; nothing else changes
    assertThat(removed).hasSize(3).allMatch(l -> l.contains("title") || l.contains("status")
        || l.contains("weight"));
    assertThat(added).hasSize(2).anyMatch(l -> l.contains("New title"))
        .anyMatch(l -> l.contains("published"));
    Article reread = Articles.parse(Articles.toBytes(edited), "a." + format);
    assertThat(POSTS.read(reread.frontMatter())).isEqualTo(next);
    assertThat(reread.frontMatter().get("layout")).isEqualTo(a.frontMatter().get("layout"));
    assertThat(POSTS.write(a, now)).as("nothing changed").isSameAs(a);
  }

  @Test
  void editKeepsADateAsWrittenAndANestedRecordChangesItsOwnKey() {
    Article a = Articles.parse(YAML, "a.md");
    Article edited = POSTS.edit(a, p -> new Post(p.title(), LocalDate.of(2026, 1, 2), p.tags(),
        new Author("Bo", Optional.of("bo@example.com")), p.reviewers(), p.status(), p.weight(),
        p.sidebarPosition()));
    assertThat(edited.text()).contains("date: 2026-01-02\n").contains("# a comment that stays")
        .contains("  name: Bo\n  email: bo@example.com\n").contains("title: Old title\n");
    assertThat(edited.frontMatter().values().get("date"))
        .isInstanceOf(io.github.frontmatter.articles.Value.Date.class);
  }

  @Test
  void anEditThroughAFrontMatterThatDoesNotBindIsRefused() {
    Article a = Articles.parse("---\ntitle: T\n---\n", "a.md");
    assertThatThrownBy(() -> POSTS.edit(a, p -> p)).isInstanceOf(ArticleException.class)
        .hasMessageContaining("required-missing");
  }

  /**
   * The generated schema accepts a fixture exactly when binding gives a value; the
   * exceptions are what a schema cannot say (docs/own-types.md): Bean Validation constraints
   * and keys in another case under Hugo.
   */
  @Test
  void theGeneratedSchemaAgreesWithBindingOnTheFixtures() throws IOException {
    Set<String> cannotSay = Set.of("constraint", "valid-hugo-any-case");
    List<String> disagree = new ArrayList<>();
    int compared = 0;
    for (String name : BindFixtureTest.cases().toList()) {
      Path dir = BindFixtureTest.root().resolve(name);
      String[] type = Files.readString(dir.resolve("type.txt")).strip().split(" ");
      FrontMatterType<?> t = FrontMatterType.builder(BindTypes.named(type[0]))
          .unknownKeys(type.length > 1 ? io.github.frontmatter.articles.UnknownKeys.valueOf(
              type[1].toUpperCase()) : io.github.frontmatter.articles.UnknownKeys.ALLOW)
          .build();
      byte[] bytes = Files.readAllBytes(dir.resolve("in.md"));
      Article a = ArticleParser.defaults().read(bytes, name).article().orElseThrow();
      boolean binds = t.bind(a.frontMatter()).value().isPresent();
      List<Problem> schema = FrontMatterSchema.of(t.jsonSchema(), name).validate(a.frontMatter())
          .stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
      if (cannotSay.contains(name)) {
        assertThat(binds).as(name).isNotEqualTo(schema.isEmpty());
        continue;
      }
      compared++;
      if (binds != schema.isEmpty()) {
        disagree.add(name + ": binding " + binds + ", schema " + schema);
      }
    }
    assertThat(disagree).isEmpty();
    assertThat(compared).isGreaterThanOrEqualTo(10);
  }

  @Test
  void theSchemaDescribesTheType() {
    String schema = POSTS.jsonSchema();
    assertThat(schema).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"description\" : \"A blog post\"")
        .contains("\"description\" : \"The title shown on the page\"")
        .contains("\"sidebar_position\"").contains("\"$ref\" : \"#/$defs/Author\"")
        .contains("\"enum\" : [ \"draft\", \"review\", \"published\" ]");
  }

  // ------------------------------------------------------------ fresh JVMs

  private static String runJava(String classPath, Class<?> main, String... jvm)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(Arrays.asList(jvm));
    cmd.addAll(List.of("-cp", classPath, main.getName()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private static Set<String> loaded(String verboseOutput, String prefix) {
    return verboseOutput.lines().filter(l -> l.startsWith("[") && l.contains(" " + prefix))
        .map(l -> l.replaceAll("^.*\\] ", "").replaceAll(" source:.*$", ""))
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * Measured before binding existed (main at cfa1efd, the same program): Articles.parse,
   * the accessors and html() loaded no class of Jackson databind. They still load none, and
   * nothing of binding or Bean Validation; binding itself does load databind (the control).
   */
  @Test
  void readingWithoutBindingLoadsNoDatabindClass() throws Exception {
    String cp = System.getProperty("java.class.path");
    String parse = runJava(cp, BindMains.ParseOnly.class, "-Xlog:class+load=info");
    assertThat(parse).contains("Hello [a, b]");
    assertThat(loaded(parse, "tools.jackson.databind")).isEmpty();
    assertThat(loaded(parse, "io.github.frontmatter.articles.internal.bind")).isEmpty();
    assertThat(loaded(parse, "jakarta.validation")).isEmpty();

    String binds = runJava(cp, BindMains.Binds.class, "-Xlog:class+load=info");
    assertThat(loaded(binds, "tools.jackson.databind")).hasSizeGreaterThan(100);
  }

  @Test
  void withoutABeanValidationProviderConstraintsAreNotCheckedAndNothingFails() throws Exception {
    String cp = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("hibernate") && !e.contains("jakarta.validation")
            && !e.contains("expressly") && !e.contains("jboss") && !e.contains("classmate"))
        .collect(Collectors.joining(File.pathSeparator));
    String out = runJava(cp, BindMains.Checks.class, "-Xlog:class+load=info");
    assertThat(out).contains("BindResult[value=Optional[Checked[title= , tags=[a], "
        + "slug=Not A Slug]], problems=[]]");
    assertThat(loaded(out, "jakarta.validation")).isEmpty();

    String with = runJava(System.getProperty("java.class.path"), BindMains.Checks.class);
    assertThat(with).contains("value=Optional.empty").contains("[constraint]");
  }
}
