package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.jackson.ArticlesModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs each program of {@code examples/java} on the example articles (or a temporary copy)
 * and checks what it prints and does. The example articles themselves must stay as they are.
 */
class ExampleProgramsTest {
  private static final Path ARTICLES =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("examples/articles");
  private static Map<String, byte[]> before;

  @BeforeAll
  static void remember() throws IOException {
    before = contents(ARTICLES);
  }

  @AfterAll
  static void examplesAreUnchanged() throws IOException {
    Map<String, byte[]> after = contents(ARTICLES);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    after.forEach((k, v) -> assertThat(v).as(k).isEqualTo(before.get(k)));
  }

  private static Map<String, byte[]> contents(Path dir) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }

  interface Main {
    void run(String[] args) throws Exception;
  }

  /** Runs a main and returns what it printed on standard output. */
  private static String run(Main main, String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  private static Path copyWithABrokenArticle(Path tmp) throws IOException {
    for (Map.Entry<String, byte[]> e : before.entrySet()) {
      Files.write(tmp.resolve(e.getKey()), e.getValue());
    }
    Files.writeString(tmp.resolve("broken.md"), "---\ntitle: Broken\ndate: 2025-02-30\n---\n");
    return tmp;
  }

  @Test
  void printArticle() throws Exception {
    String out = run(examples.PrintArticle::main,
        ARTICLES.resolve("commented-front-matter.md").toString());
    assertThat(out).contains(
        "title:    Keeping Comments in Front Matter\n",
        "date:     2025-01-05T08:00:00Z\n",
        "format:   YAML\n",
        "tags:     yaml, comments\n",
        "category: howto\n",
        "heading:  line 22: Why keep them\n");
    assertThat(out).doesNotContain("warning:");
  }

  @Test
  void validateFolder(@TempDir Path tmp) throws Exception {
    assertThat(run(examples.ValidateFolder::main, ARTICLES.toString()))
        .isEqualTo("5 files, 0 errors, 0 warnings\n");
    Path dir = copyWithABrokenArticle(tmp);
    String out = run(examples.ValidateFolder::main, dir.toString());
    assertThat(out).startsWith(dir.resolve("broken.md") + ":3:7: error: date: expected a day"
            + " that exists but found \"2025-02-30\"")
        .endsWith("6 files, 1 errors, 0 warnings\n");
  }

  @Test
  void addTagWorksOnATemporaryCopyAndChangesOnlyTheTagsLines() throws Exception {
    String out = run(examples.AddTag::main, ARTICLES.toString(), "featured");
    String first = out.lines().findFirst().orElseThrow();
    assertThat(first).startsWith("working on a copy: ");
    Path copy = Path.of(first.substring("working on a copy: ".length()));
    assertThat(copy).isNotEqualTo(ARTICLES);
    assertThat(out).contains("river-cleanup-volunteers.md: tags [environment, volunteering,"
        + " featured]");
    for (String name : before.keySet()) {
      Article edited = Articles.parse(copy.resolve(name));
      Article original = Articles.parse(ARTICLES.resolve(name));
      assertThat(edited.tags()).last().isEqualTo("featured");
      assertThat(edited.tags().subList(0, edited.tags().size() - 1))
          .isEqualTo(original.tags());
      // every other key and the body are as they were
      assertThat(edited.without("tags").frontMatter().values())
          .isEqualTo(original.without("tags").frontMatter().values());
      assertThat(edited.bodyText()).isEqualTo(original.bodyText());
    }
    // a second run on the copy itself finds every article tagged
    String again = run(examples.AddTag::main, copy.toString(), "featured", "--in-place");
    assertThat(again.lines()).hasSize(before.size()).allMatch(l -> l.endsWith(": already tagged"));
  }

  @Test
  void addTagSkipsWhatItCannotRead(@TempDir Path tmp) throws Exception {
    Path dir = copyWithABrokenArticle(tmp);
    String out = run(examples.AddTag::main, dir.toString(), "x", "--in-place");
    assertThat(out).contains("broken.md: skipped, not a readable article: ");
    assertThat(Files.readString(dir.resolve("broken.md"))).doesNotContain("tags");
    assertThat(Articles.parse(dir.resolve("crlf-line-endings.md")).tags()).endsWith("x");
  }

  @Test
  void exportJsonLinesReadsBackIntoEqualArticles(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("articles.jsonl");
    String printed = run(examples.ExportJsonLines::main, ARTICLES.toString(), out.toString());
    assertThat(printed).isEqualTo("5 articles written to " + out + "\n");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(5);
    ObjectMapper mapper = JsonMapper.builder().addModule(new ArticlesModule()).build();
    List<String> sources = new ArrayList<>();
    for (String line : lines) {
      Article back = mapper.readValue(line, Article.class);
      assertThat(back).isEqualTo(Articles.parse(Path.of(back.sourceName())));
      sources.add(Path.of(back.sourceName()).getFileName().toString());
    }
    assertThat(sources).isEqualTo(new ArrayList<>(before.keySet()));
    // to standard output, the same lines
    assertThat(run(examples.ExportJsonLines::main, ARTICLES.toString()).lines())
        .containsExactlyElementsOf(lines);
  }

  @Test
  void frontMatterIndex(@TempDir Path tmp) throws Exception {
    Path dir = copyWithABrokenArticle(tmp);
    List<String> lines = run(examples.FrontMatterIndex::main, dir.toString()).lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).startsWith("binjiang-library-opening.md\t2025-03-08\t滨江市新图书馆");
    assertThat(lines.get(1)).startsWith("broken.md\t(error: date: expected a day that");
    assertThat(lines).contains(
        "river-cleanup-volunteers.md\t2025-04-19\tTwo Hundred Volunteers Clear Four Kilometres"
            + " of the Mill River\tenvironment,volunteering",
        "commented-front-matter.md\t2025-01-05\tKeeping Comments in Front Matter\tyaml,comments");
    assertThat(lines.get(6)).isEqualTo("6 articles");
  }

  @Test
  void typedFrontMatterBindsEveryArticleAndPrintsEveryProblemOfABrokenOne(@TempDir Path tmp)
      throws Exception {
    String out = run(examples.TypedFrontMatter::main, ARTICLES.toString());
    assertThat(out).contains("river-cleanup-volunteers.md: Two Hundred Volunteers Clear Four"
        + " Kilometres of the Mill River (2025-04-19, tags [environment, volunteering])\n");
    assertThat(out.lines()).hasSize(before.size()).noneMatch(l -> l.contains("error"));
    Path dir = copyWithABrokenArticle(tmp);
    Files.writeString(dir.resolve("typed.md"),
        "---\ntitle: [Typed]\ndate: 2025-02-12\ncomments: maybe\n---\n");
    String broken = run(examples.TypedFrontMatter::main, dir.toString());
    assertThat(broken).contains(dir.resolve("broken.md") + ":3:7: error: date: expected a day"
        + " that exists but found \"2025-02-30\"");
    assertThat(broken).contains(dir.resolve("typed.md") + ":2:8: error: title: expected text but"
        + " found a sequence [hugo-field-shape]", dir.resolve("typed.md") + ":4:11: error:"
        + " comments: expected a boolean but found the text \"maybe\" [type-mismatch]");
    assertThat(run(examples.TypedFrontMatter::main, "--schema"))
        .contains("\"title\" : \"Story\"", "\"description\" : \"The headline\"");
  }
}
