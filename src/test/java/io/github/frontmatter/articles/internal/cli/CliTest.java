package io.github.frontmatter.articles.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@link Main#run} on the fixtures under {@code src/test/resources/cli/}. */
class CliTest {
  private static final String DIR = "src/test/resources/cli";
  private static final String SITE = DIR + "/site";
  private static final String POST = SITE + "/post.md";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** What one run printed and returned. */
  record Run(int status, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return JSON.readTree(outBytes);
    }
  }

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e);
    }
    return new Run(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  static JsonNode post() {
    Run r = run("show", POST);
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode array = r.json();
    assertThat(array.isArray()).isTrue();
    assertThat(array.size()).isEqualTo(1);
    return array.get(0);
  }

  static List<String> names(JsonNode object) {
    return new ArrayList<>(object.propertyNames());
  }

  @Test
  void directoryIsWalkedForMdAndMarkdownInSortedOrder() {
    Run r = run("show", SITE);
    List<String> sources = new ArrayList<>();
    r.json().forEach(a -> sources.add(a.get("source").asString()));
    assertThat(sources).containsExactly(
        SITE + "/nested/plain.markdown", SITE + "/post.md", SITE + "/zz-broken.md");
    assertThat(r.status()).as("one file is broken").isEqualTo(1);
  }

  @Test
  void topLevelKeysComeInTheDocumentedOrder() {
    JsonNode a = post();
    // "asWritten" is there because this post writes fields in shapes the typed view does not
    // give back (categories: news, lead: [not, text])
    assertThat(names(a)).containsExactly(
        "source", "format", "frontMatter", "extras", "asWritten", "warnings", "body");
    assertThat(names(a.get("asWritten"))).containsExactly("categories", "lead");
    assertThat(a.get("asWritten").get("categories").asString()).isEqualTo("news");
    assertThat(a.get("source").asString()).isEqualTo(POST);
    assertThat(a.get("format").asString()).isEqualTo("yaml");
  }

  @Test
  void typedFieldsThatArePresentAreWrittenAndAbsentOnesLeftOut() {
    JsonNode fm = post().get("frontMatter");
    assertThat(fm.get("title").asString()).isEqualTo("Grüße aus 世界");
    assertThat(JSON.convertValue(fm.get("tags"), String[].class)).containsExactly("java", "yaml");
    assertThat(JSON.convertValue(fm.get("categories"), String[].class)).containsExactly("news");
    assertThat(fm.get("draft").isBoolean()).isTrue();
    assertThat(fm.get("draft").asBoolean()).isFalse();
    assertThat(fm.get("weight").isIntegralNumber()).isTrue();
    assertThat(fm.get("weight").asInt()).isEqualTo(3);
    assertThat(fm.get("menu").get("main").get("weight").asInt()).isEqualTo(10);
    assertThat(fm.get("thumbnail").get("src").asString()).isEqualTo("img/a.jpg");
    assertThat(JSON.convertValue(fm.get("thumbnail").get("visibility"), String[].class))
        .containsExactly("list", "post");
    // absent fields, and "lead" whose shape the accessor cannot hold, are left out
    assertThat(fm.has("summary")).isFalse();
    assertThat(fm.has("aliases")).isFalse();
    assertThat(fm.has("lead")).isFalse();
    // canonical (accessor) order, not file order: date before tags before lastmod
    assertThat(names(fm)).containsExactly("title", "date", "categories", "tags", "menu",
        "thumbnail", "draft", "lastmod", "publishDate", "weight");
  }

  @Test
  void datesAreObjectsWithTextLocalAndOffsetOnlyWhenWritten() {
    JsonNode fm = post().get("frontMatter");
    JsonNode date = fm.get("date");
    assertThat(date.get("text").asString()).isEqualTo("2025-02-12 07:02:11 +0100");
    assertThat(date.get("local").asString()).isEqualTo("2025-02-12T07:02:11");
    assertThat(date.get("offset").asString()).isEqualTo("+01:00");

    JsonNode lastmod = fm.get("lastmod");
    assertThat(lastmod.get("text").asString()).isEqualTo("2025-03-01");
    assertThat(lastmod.get("local").asString()).isEqualTo("2025-03-01");
    assertThat(lastmod.has("offset")).isFalse();

    JsonNode publish = fm.get("publishDate");
    assertThat(publish.get("local").asString()).isEqualTo("2025-02-10T08:30:00");
    assertThat(names(publish)).containsExactly("text", "local");
  }

  @Test
  void extrasKeepFileOrderAndMapEveryKindOfValue() {
    JsonNode extras = post().get("extras");
    assertThat(names(extras)).containsExactly(
        "zeta", "author", "big", "rating", "nan", "inf", "ninf", "nothing", "flag", "nested");
    assertThat(extras.get("big").isIntegralNumber()).isTrue();
    assertThat(extras.get("big").bigIntegerValue())
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(extras.get("rating").isFloatingPointNumber()).isTrue();
    assertThat(extras.get("rating").asDouble()).isEqualTo(4.5);
    assertThat(extras.get("nan").get("$decimal").asString()).isEqualTo("NaN");
    assertThat(extras.get("inf").get("$decimal").asString()).isEqualTo("Infinity");
    assertThat(extras.get("ninf").get("$decimal").asString()).isEqualTo("-Infinity");
    assertThat(extras.get("nothing").isNull()).isTrue();
    assertThat(extras.get("flag").isBoolean()).isTrue();
    JsonNode nested = extras.get("nested");
    assertThat(names(nested)).containsExactly("b", "a");
    assertThat(nested.get("a").get(0).asString()).isEqualTo("x");
    assertThat(nested.get("a").get(1).get("y").asBoolean()).isTrue();
  }

  @Test
  void warningsCarryRulePathAndFilePosition() {
    JsonNode warnings = post().get("warnings");
    assertThat(warnings.size()).isEqualTo(1);
    JsonNode w = warnings.get(0);
    assertThat(names(w)).containsExactly("rule", "severity", "path", "line", "column", "message");
    assertThat(w.get("rule").asString()).isEqualTo("theme-field-shape");
    assertThat(w.get("severity").asString()).isEqualTo("warning");
    assertThat(w.get("path").asString()).isEqualTo("/lead");
    assertThat(w.get("line").asInt()).isEqualTo(13);
    assertThat(w.get("column").asInt()).isEqualTo(7);
    assertThat(w.get("message").asString()).isEqualTo("lead: expected text but found a sequence");
  }

  @Test
  void outlineListsTopLevelBlocksWithFileLines() {
    JsonNode body = post().get("body");
    assertThat(body.get("line").asInt()).isEqualTo(25);
    JsonNode outline = body.get("outline");
    List<String> types = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    outline.forEach(b -> {
      types.add(b.get("type").asString());
      lines.add(b.get("line").asInt());
    });
    assertThat(types).containsExactly("Heading", "Paragraph", "Reference", "Paragraph",
        "FencedCodeBlock", "Heading");
    assertThat(lines).containsExactly(26, 28, 31, 33, 35, 39);

    JsonNode heading = outline.get(0);
    assertThat(heading.get("text").asString()).isEqualTo("# Hello *world*");
    assertThat(heading.get("level").asInt()).isEqualTo(1);
    assertThat(heading.has("links")).isFalse();
    assertThat(outline.get(5).get("level").asInt()).isEqualTo(2);
    assertThat(outline.get(1).has("level")).isFalse();
    assertThat(outline.get(4).get("text").asString()).isEqualTo("```java class A {} ```");
  }

  @Test
  void outlineTextIsCutAtEightyCodePointsWithoutSplittingAPair() {
    String text = post().get("body").get("outline").get(3).get("text").asString();
    assertThat(text).isEqualTo("a".repeat(79) + "😀");
    assertThat(text.codePointCount(0, text.length())).isEqualTo(80);
  }

  @Test
  void linksAndImagesAreListedPerBlockWithResolvedReferences() {
    JsonNode outline = post().get("body").get("outline");
    List<String> links = new ArrayList<>();
    outline.get(1).get("links").forEach(
        l -> links.add(l.get("type").asString() + " " + l.get("url").asString()));
    assertThat(links).containsExactly(
        "Link https://example.org/docs",
        "Image img/cat.png",
        "AutoLink https://auto.example",
        "LinkRef https://ref.example");
    String source = "See [the docs](https://example.org/docs) and ![a cat](img/cat.png)\n"
        + "and <https://auto.example> and [a ref][r].\n";
    assertThat(outline.get(1).get("text").asString())
        .isEqualTo(source.replace('\n', ' ').substring(0, 80))
        .endsWith("and <https://");
    assertThat(outline.get(2).get("links").get(0).get("type").asString())
        .isEqualTo("Reference");
  }

  @Test
  void fileWithoutFrontMatterHasFormatNoneAndEmptySections() {
    JsonNode a = run("show", SITE + "/nested/plain.markdown").json().get(0);
    assertThat(a.get("format").asString()).isEqualTo("none");
    assertThat(a.get("frontMatter").isEmpty()).isTrue();
    assertThat(a.get("extras").isEmpty()).isTrue();
    assertThat(a.has("asWritten")).as("nothing the typed view loses").isFalse();
    // the only warning of a file with no front matter is the missing title
    assertThat(a.get("warnings")).hasSize(1);
    assertThat(a.get("warnings").get(0).get("rule").asString()).isEqualTo("title-missing");
    assertThat(a.get("body").get("line").asInt()).isEqualTo(1);
    assertThat(a.get("body").get("outline").get(1).get("type").asString())
        .isEqualTo("BulletList");
    assertThat(a.get("body").get("outline").get(1).get("line").asInt()).isEqualTo(3);
  }

  @Test
  void brokenFileGivesAnErrorEntryAndTheOthersAreStillRead() {
    Run r = run("show", SITE + "/zz-broken.md", DIR + "/ok/only.md");
    assertThat(r.status()).isEqualTo(1);
    JsonNode array = r.json();
    assertThat(array.size()).isEqualTo(2);
    JsonNode broken = array.get(0);
    assertThat(names(broken)).containsExactly("source", "error");
    assertThat(broken.get("source").asString()).isEqualTo(SITE + "/zz-broken.md");
    JsonNode error = broken.get("error");
    assertThat(names(error)).containsExactly("rule", "line", "column", "message");
    assertThat(error.get("rule").asString()).isEqualTo("date-invalid");
    assertThat(error.get("line").asInt()).isEqualTo(3);
    assertThat(error.get("column").asInt()).isEqualTo(7);
    assertThat(error.get("message").asString()).startsWith("date: expected a date").contains(
        "\"yesterday\"");
    assertThat(array.get(1).get("frontMatter").get("title").asString()).isEqualTo("Only");
  }

  @Test
  void exitCodeIsZeroWhenEveryFileIsRead() {
    Run r = run("show", DIR + "/ok");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.json().size()).isEqualTo(1);
    assertThat(r.out()).startsWith("[\n  {\n    \"source\"").endsWith("}\n]\n");
  }

  @Test
  void aFileNamedExplicitlyIsReadWhateverItsExtension() {
    Run r = run("show", SITE + "/notes.txt");
    assertThat(r.status()).isZero();
    assertThat(r.json().get(0).get("frontMatter").get("title").asString()).isEqualTo("ignored");
  }

  @Test
  void outputIsUtf8WhateverTheCharsetOfTheStreamGiven() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream latin1 = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8);
    assertThat(Main.run(new String[] {"show", POST}, latin1, err)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Grüße aus 世界");
  }

  @Test
  void helpPrintsUsageToStandardOutput() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Main.USAGE).startsWith("Usage: articles COMMAND")
        .contains("  check ", "  show ", "  set ", "  convert ", "--exclude GLOB");
    assertThat(r.err()).isEmpty();
    // each command's own help, also as "articles help COMMAND"
    for (Command c : Command.values()) {
      for (String[] args : List.of(new String[] {c.label(), "--help"},
          new String[] {c.label(), "-h", "anything"}, new String[] {"help", c.label()})) {
        r = run(args);
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo(c.help())
            .startsWith("Usage: articles " + c.label() + " ");
        assertThat(r.err()).isEmpty();
      }
    }
  }

  @Test
  void versionPrintsTheVersion() {
    for (String flag : List.of("--version", "-V")) {
      Run r = run(flag);
      assertThat(r.status()).isZero();
      assertThat(r.out()).matches("articles \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }
  }

  @Test
  void usageErrorsExitWithTwoAndPrintNothingToStandardOutput() {
    assertUsageError(run(), "articles", "no command given");
    assertUsageError(run("list", SITE), "articles", "unknown command \"list\"");
    assertUsageError(run("--lsit"), "articles", "unknown option \"--lsit\"");
    assertUsageError(run("help", "lsit"), "articles", "unknown command \"lsit\"");
    assertUsageError(run("show"), "articles show", "show needs at least one PATH");
    assertUsageError(run("show", "--pretty", SITE), "articles show",
        "unknown option \"--pretty\"");
    assertUsageError(run("show", SITE, "--exclude"), "articles show", "--exclude needs a value");
    assertUsageError(run("show", "--profile", "gatsby", SITE), "articles show",
        "--profile expects auto, hugo, jekyll, zola, eleventy, astro, docusaurus but found"
            + " \"gatsby\"");
    assertUsageError(run("show", "--exclude", "[a", SITE), "articles show",
        "--exclude expects a glob such as README.md or notes/** but found \"[a\" (at"
            + " character 2: missing ])");
  }

  /** One line that names the bad argument and points at the command's help. */
  private static void assertUsageError(Run r, String who, String message) {
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(who + ": " + message + "; see " + who + " --help\n");
  }

  @Test
  void missingPathExitsWithTwoAndReadsNothing() {
    Run r = run("show", DIR + "/ok", DIR + "/no-such-dir");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(
        "articles: " + DIR + "/no-such-dir: no such file or directory\n");
  }

  @Test
  void doubleDashEndsOptions(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("-dash.md"), "# Dash\n");
    String name = dir.relativize(file).toString();
    assertThat(name).isEqualTo("-dash.md");
    Run r = run("show", "--", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.json().get(0).get("source").asString()).endsWith("/-dash.md");
  }

  @Test
  void symbolicLinksLeadingOutOfTheDirectoryAreNotFollowed(@TempDir Path tmp)
      throws IOException {
    Path outside = Files.writeString(tmp.resolve("outside.md"), "# Outside\n");
    Path root = Files.createDirectories(tmp.resolve("root"));
    Path inside = Files.writeString(root.resolve("a.md"), "# Inside\n");
    Path sub = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(sub.resolve("c.md"), "# Elsewhere\n");
    try {
      Files.createSymbolicLink(root.resolve("b-in.md"), inside);
      Files.createSymbolicLink(root.resolve("b-out.md"), outside);
      Files.createSymbolicLink(root.resolve("dir-out"), sub);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here: " + e);
    }
    Run r = run("show", root.toString());
    List<String> sources = new ArrayList<>();
    r.json().forEach(a -> sources.add(a.get("source").asString()));
    assertThat(sources).containsExactly(root.resolve("a.md").toString(),
        root.resolve("b-in.md").toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("b-out.md: skipped, a symbolic link leading out of");
  }
}
