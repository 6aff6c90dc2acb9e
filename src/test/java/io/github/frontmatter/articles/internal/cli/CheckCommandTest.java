package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.NodeTools;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.frontmatter.articles.Shared;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code articles check} on the fixtures under {@code src/test/resources/cli/check/}: a clean
 * file, one with warnings, one with errors (TOML), one that is not YAML, and a JSON one whose
 * name needs escaping in a URI ({@code more/odd #1 [50%].md}).
 */
class CheckCommandTest {
  private static final String DIR = "src/test/resources/cli/check";
  private static final String CLEAN = DIR + "/clean.md";
  private static final String WARNINGS = DIR + "/warnings.md";
  private static final String ERRORS = DIR + "/errors.md";
  private static final String BROKEN = DIR + "/yaml-broken.md";
  private static final String ODD = DIR + "/more/odd #1 [50%].md";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String DATE_INVALID = ERRORS + ":3:8: error: date: expected a date"
      + " (yyyy-MM-dd, optionally followed by a time HH:mm[:ss[.fraction]] and an offset Z,"
      + " +hh:mm or +hhmm) but found \"yesterday\" [date-invalid]";
  private static final String DRAFT = ERRORS + ":4:9: error: draft: expected a boolean but"
      + " found the scalar \"maybe\" [hugo-field-shape]";
  private static final String LANG = ERRORS + ":5:8: warning: lang: expected a BCP 47 language"
      + " tag (zh-CN, en) but found \"en_US\" [lang-tag]";
  private static final String THUMBNAIL = ODD + ":3:16: warning: thumbnail: expected an"
      + " http(s) URL or a relative path without spaces but found \"has space.png\""
      + " [thumbnail-url]";
  private static final String SIDEBAR = WARNINGS + ":4:10: warning: sidebar: expected one of"
      + " left, right, false but found \"middle\" [sidebar-value]";
  private static final String WIDGETS = " expected one of Mainroad's widgets (search, recent,"
      + " categories, taglist, social, languages) but found ";
  // "😀" is two UTF-16 code units: "chat" is at column 25, not 24
  private static final String EMOJI = WARNINGS + ":5:19: warning: widgets[1]:" + WIDGETS
      + "\"😀\" [widget-unknown]";
  private static final String CHAT = WARNINGS + ":5:25: warning: widgets[2]:" + WIDGETS
      + "\"chat\" [widget-unknown]";
  private static final String DUPLICATE = WARNINGS + ":6:20: warning: tags[2]: expected each"
      + " tags item once but found \"java\" again [duplicate-item]";
  private static final String MOOD = WARNINGS + ":7:1: warning: mood: expected a Hugo or"
      + " Mainroad field but found the unknown key \"mood\" [key-unknown]";
  private static final String YAML = BROKEN + ":4:1: error: invalid YAML: while parsing a flow"
      + " sequence: expected ',' or ']', but got the end of the front matter [yaml-syntax]";

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    JsonNode json() {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    return run(false, args);
  }

  static Run run(boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e, terminal);
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  // ---- text ---------------------------------------------------------------------------------

  @Test
  void directoryGivesOneLinePerProblemInFileOrderAndTheCounts() {
    Run r = run("check", DIR);
    assertThat(r.out()).isEqualTo(lines(DATE_INVALID, DRAFT, LANG, THUMBNAIL, SIDEBAR, EMOJI,
        CHAT, DUPLICATE, YAML, "5 files, 3 errors, 6 warnings"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aCleanFileExitsWithZero() {
    Run r = run("check", CLEAN);
    assertThat(r.out()).isEqualTo("1 file, 0 errors, 0 warnings\n");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void warningsAloneExitWithZero() {
    Run r = run("check", WARNINGS, CLEAN);
    assertThat(r.out()).isEqualTo(lines(SIDEBAR, EMOJI, CHAT, DUPLICATE,
        "2 files, 0 errors, 4 warnings"));
    assertThat(r.status()).isZero();
  }

  @Test
  void strictTurnsWarningsIntoErrorsAndExitsWithOne() {
    Run r = run("check", "--strict", WARNINGS);
    assertThat(r.out()).isEqualTo(lines(
        SIDEBAR.replace(": warning: ", ": error: "),
        EMOJI.replace(": warning: ", ": error: "),
        CHAT.replace(": warning: ", ": error: "),
        DUPLICATE.replace(": warning: ", ": error: "),
        "1 file, 4 errors, 0 warnings"));
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void unknownKeysAreReportedOnlyWhenAsked() {
    assertThat(run("check", WARNINGS).out()).doesNotContain("key-unknown");

    Run warn = run("check", "--unknown-keys", "warn", WARNINGS);
    assertThat(warn.out()).isEqualTo(lines(SIDEBAR, EMOJI, CHAT, DUPLICATE, MOOD,
        "1 file, 0 errors, 5 warnings"));
    assertThat(warn.status()).isZero();

    Run reject = run("check", "--unknown-keys=REJECT", WARNINGS);
    assertThat(reject.out()).contains(MOOD.replace(": warning: ", ": error: "))
        .endsWith("1 file, 1 error, 4 warnings\n");
    assertThat(reject.status()).isEqualTo(1);
  }

  @Test
  void errorsExitWithOneAndVerboseAddsTheExcerpts() {
    Run r = run("check", "--verbose", ERRORS);
    assertThat(r.out()).isEqualTo(lines(
        DATE_INVALID,
        "  date = \"yesterday\"",
        "         ^",
        DRAFT,
        "  draft = \"maybe\"",
        "          ^",
        LANG,
        "  lang = \"en_US\"",
        "         ^",
        "1 file, 2 errors, 1 warning"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(run("check", ERRORS).out()).isEqualTo(lines(DATE_INVALID, DRAFT, LANG,
        "1 file, 2 errors, 1 warning"));
  }

  @Test
  void aFileThatIsNotYamlIsAnErrorAndTheOthersAreStillChecked() {
    Run r = run("check", BROKEN, CLEAN, WARNINGS);
    assertThat(r.out()).isEqualTo(lines(YAML, SIDEBAR, EMOJI, CHAT, DUPLICATE,
        "3 files, 1 error, 4 warnings"));
    assertThat(r.status()).isEqualTo(1);
  }

  @Test
  void anUnreadableFileExitsWithTwoAndTheOthersAreStillChecked() {
    Path mem = Path.of("/proc/self/mem"); // a regular file whose first bytes cannot be read
    assumeTrue(Files.isRegularFile(mem), "needs Linux's /proc/self/mem");
    Run r = run("check", CLEAN, mem.toString(), ERRORS);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("articles: /proc/self/mem: cannot be read: ");
    assertThat(r.out()).isEqualTo(lines(DATE_INVALID, DRAFT, LANG,
        "2 files, 2 errors, 1 warning, 1 not read"));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    // sparse: 17 MiB by its size, no data on disk; check used to read it all first
    Path big = dir.resolve("big.md");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(17L * 1024 * 1024);
    }
    Run r = run("check", big.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(lines(big + ":1:1: error: expected a file of at most"
        + " 16,777,216 bytes but found 17,825,792 (raise Limits.maxFileBytes)"
        + " [limit-file-bytes]", "1 file, 1 error, 0 warnings"));
  }

  @Test
  void usageErrorsExitWithTwoAndPrintNothingToStandardOutput() {
    assertUsageError(run("check"), "check needs at least one PATH");
    assertUsageError(run("check", "--format", "xml", DIR),
        "--format expects text, json or sarif but found \"xml\"");
    assertUsageError(run("check", "--unknown-keys", "maybe", DIR),
        "--unknown-keys expects allow, warn or reject but found \"maybe\"");
    assertUsageError(run("check", DIR, "--format"), "--format needs a value");
    assertUsageError(run("check", "--strict=yes", DIR), "option \"--strict\" takes no value");
    assertUsageError(run("check", "--fix", DIR), "unknown option \"--fix\"");
    assertUsageError(run("check", "--fix=all", DIR), "unknown option \"--fix=all\"");
  }

  private static void assertUsageError(Run r, String message) {
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    // one line naming the bad argument and where help is
    assertThat(r.err()).isEqualTo("articles check: " + message
        + "; see articles check --help\n");
  }

  @Test
  void aMissingPathExitsWithTwoAndChecksNothing() {
    Run r = run("check", CLEAN, DIR + "/no-such.md");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("articles: " + DIR + "/no-such.md: no such file or directory\n");
  }

  @Test
  void aCustomSchemaReplacesTheBuiltInRulesAndKeepsPositions() {
    Run r = run("check", "--schema", "src/test/resources/cli/check-schema/needs-author.schema.json",
        CLEAN);
    assertThat(r.status()).isEqualTo(1);
    // the built-in rules are replaced: only the custom schema's problems, at the file's lines
    assertThat(r.out()).contains(CLEAN + ":1:1: error: expected a \"author\" field but found none")
        .contains("[schema-required]")
        .contains(CLEAN + ":4:7: warning: tags: ")
        .contains("[few-tags]")
        .endsWith("1 file, 1 error, 1 warning\n");
  }

  @Test
  void aSchemaThatCannotBeReadIsAUsageError() {
    Run missing = run("check", "--schema", "no-such-schema.json", CLEAN);
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    // the path once, and why
    assertThat(missing.err()).isEqualTo("articles: --schema no-such-schema.json: expected a JSON"
        + " Schema file but it cannot be read: no such file or directory\n");
    Run notJson = run("check", "--schema", CLEAN, CLEAN);
    assertThat(notJson.status()).isEqualTo(2);
    assertThat(notJson.out()).isEmpty();
    assertThat(notJson.err()).startsWith("articles: --schema " + CLEAN + ": expected ")
        .contains("not JSON").hasLineCount(1);
    assertThat(notJson.err().indexOf(CLEAN)).isEqualTo(notJson.err().lastIndexOf(CLEAN));
    assertUsageError(run("check", "--schema=", CLEAN), "--schema needs a FILE");
  }

  @Test
  void helpPrintsTheUsageWithCheck() {
    Run r = run("check", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Command.CHECK.help())
        .startsWith("Usage: articles check [OPTION...] PATH...")
        .contains("--strict", "--format FORMAT", "--exclude GLOB", "Exit status:")
        .doesNotContain("articles convert");
  }

  @Test
  void doubleDashEndsOptions() {
    Run r = run("check", "--", "--strict", CLEAN);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("articles: --strict: no such file or directory\n");
  }

  // ---- progress -----------------------------------------------------------------------------

  @Test
  void progressIsDrawnOnStandardErrorOnlyOnATerminalAndForManyFiles(@TempDir Path dir)
      throws IOException {
    int n = Check.PROGRESS_THRESHOLD + 1;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve(String.format("a%03d.md", i)),
          i == 7 ? "---\nsidebar: top\n---\n" : "---\ntitle: T\n---\n");
    }
    Run tty = run(true, "check", dir.toString());
    String done = "checking " + n + "/" + n + " files (100%)";
    assertThat(tty.err()).startsWith("\rchecking 1/" + n + " files (0%)")
        .contains("\r" + done)
        .endsWith("\r" + " ".repeat(done.length()) + "\r");
    // the progress line is cleared before the problem lines are printed
    assertThat(tty.err()).contains("\rchecking 7/" + n + " files (3%)\r"
        + " ".repeat(("checking 7/" + n + " files (3%)").length()) + "\r");
    assertThat(tty.out()).doesNotContain("\r")
        .endsWith(n + " files, 0 errors, 2 warnings\n");

    // not a terminal (tests, pipes): nothing on standard error
    assertThat(run(false, "check", dir.toString()).err()).isEmpty();
    // a terminal but few files: nothing either
    assertThat(run(true, "check", CLEAN).err()).isEmpty();
  }

  // ---- JSON ---------------------------------------------------------------------------------

  @Test
  void jsonListsEveryFileWithItsProblemsAndTheCounts() {
    Run r = run("check", "--format", "json", DIR);
    assertThat(r.status()).isEqualTo(1);
    JsonNode root = r.json();
    assertThat(root.propertyNames()).containsExactly("files", "summary");
    List<String> sources = new ArrayList<>();
    root.get("files").forEach(f -> sources.add(f.get("source").asString()));
    assertThat(sources).containsExactly(CLEAN, ERRORS, ODD, WARNINGS, BROKEN);

    JsonNode clean = root.get("files").get(0);
    assertThat(clean.get("problems").isArray()).isTrue();
    assertThat(clean.get("problems").isEmpty()).isTrue();

    JsonNode date = root.get("files").get(1).get("problems").get(0);
    assertThat(date.propertyNames())
        .containsExactly("rule", "severity", "path", "line", "column", "message");
    assertThat(date.get("rule").asString()).isEqualTo("date-invalid");
    assertThat(date.get("severity").asString()).isEqualTo("error");
    assertThat(date.get("path").asString()).isEqualTo("/date");
    assertThat(date.get("line").asInt()).isEqualTo(3);
    assertThat(date.get("column").asInt()).isEqualTo(8);
    assertThat(date.get("message").asString()).startsWith("date: expected a date")
        .endsWith("but found \"yesterday\"");

    JsonNode chat = root.get("files").get(3).get("problems").get(2);
    assertThat(chat.get("path").asString()).isEqualTo("/widgets/2");
    assertThat(chat.get("column").asInt()).isEqualTo(25);

    JsonNode yaml = root.get("files").get(4).get("problems").get(0);
    assertThat(yaml.get("rule").asString()).isEqualTo("yaml-syntax");
    assertThat(yaml.get("path").asString()).isEmpty();

    int errors = 0;
    int warnings = 0;
    for (JsonNode f : root.get("files")) {
      for (JsonNode p : f.get("problems")) {
        if (p.get("severity").asString().equals("error")) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    JsonNode summary = root.get("summary");
    assertThat(summary.propertyNames())
        .containsExactly("files", "errors", "warnings", "unreadable");
    assertThat(summary.get("files").asInt()).isEqualTo(5);
    assertThat(summary.get("errors").asInt()).isEqualTo(errors).isEqualTo(3);
    assertThat(summary.get("warnings").asInt()).isEqualTo(warnings).isEqualTo(6);
    assertThat(summary.get("unreadable").asInt()).isZero();
    assertThat(r.out()).startsWith("{\n  \"files\" : [\n").endsWith("}\n");
  }

  @Test
  void jsonOfACleanFileExitsWithZero() {
    Run r = run("check", "--format=JSON", CLEAN);
    assertThat(r.status()).isZero();
    assertThat(r.json().get("summary").get("errors").asInt()).isZero();
    assertThat(r.json().get("files").get(0).get("source").asString()).isEqualTo(CLEAN);
  }

  // ---- SARIF --------------------------------------------------------------------------------

  @Test
  void sarifDescribesTheRunTheRulesAndEachResult() {
    Run r = run("check", "--format", "sarif", DIR);
    assertThat(r.status()).isEqualTo(1);
    JsonNode log = r.json();
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("$schema").asString()).endsWith("/sarif-schema-2.1.0.json");
    assertThat(log.get("runs").size()).isEqualTo(1);
    JsonNode run = log.get("runs").get(0);
    assertThat(run.get("columnKind").asString()).isEqualTo("utf16CodeUnits");
    assertThat(run.get("invocations").get(0).get("executionSuccessful").asBoolean()).isTrue();
    assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asString())
        .isEqualTo(Path.of("").toAbsolutePath().toUri().toASCIIString());

    JsonNode driver = run.get("tool").get("driver");
    assertThat(driver.get("name").asString()).isEqualTo("articles");
    assertThat(driver.get("version").asString()).isEqualTo(Check.version())
        .matches("\\d+\\.\\d+\\.\\d+.*").doesNotContain("${");
    List<String> ids = new ArrayList<>();
    for (JsonNode rule : driver.get("rules")) {
      ids.add(rule.get("id").asString());
      assertThat(rule.get("shortDescription").get("text").asString()).endsWith(".");
      assertThat(rule.get("defaultConfiguration").get("level").asString())
          .isIn("error", "warning");
    }
    assertThat(ids).doesNotHaveDuplicates()
        .containsAll(Rules.ALL.stream().map(Rules.Rule::id).toList());
    assertThat(ruleLevel(driver, "date-invalid")).isEqualTo("error");
    assertThat(ruleLevel(driver, "lang-tag")).isEqualTo("warning");
    assertThat(ruleLevel(driver, "key-unknown")).isEqualTo("warning");

    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(9);
    List<String> ruleIds = new ArrayList<>();
    for (JsonNode result : results) {
      ruleIds.add(result.get("ruleId").asString());
      assertThat(ids.get(result.get("ruleIndex").asInt()))
          .isEqualTo(result.get("ruleId").asString());
    }
    assertThat(ruleIds).containsExactly("date-invalid", "hugo-field-shape", "lang-tag",
        "thumbnail-url", "sidebar-value", "widget-unknown", "widget-unknown",
        "duplicate-item", "yaml-syntax");

    JsonNode date = results.get(0);
    assertThat(date.get("level").asString()).isEqualTo("error");
    assertThat(date.get("message").get("text").asString()).startsWith("date: expected a date");
    assertThat(date.get("properties").get("path").asString()).isEqualTo("/date");
    JsonNode where = date.get("locations").get(0).get("physicalLocation");
    assertThat(where.get("artifactLocation").get("uri").asString()).isEqualTo(ERRORS);
    assertThat(where.get("artifactLocation").get("uriBaseId").asString())
        .isEqualTo("%SRCROOT%");
    assertThat(where.get("region").get("startLine").asInt()).isEqualTo(3);
    assertThat(where.get("region").get("startColumn").asInt()).isEqualTo(8);

    JsonNode odd = results.get(3).get("locations").get(0).get("physicalLocation");
    assertThat(odd.get("artifactLocation").get("uri").asString())
        .isEqualTo(DIR + "/more/odd%20%231%20%5B50%25%5D.md");
    assertThat(results.get(3).get("level").asString()).isEqualTo("warning");

    JsonNode chat = results.get(6).get("locations").get(0).get("physicalLocation");
    assertThat(chat.get("region").get("startColumn").asInt()).isEqualTo(25);
    assertThat(results.get(8).has("properties")).as("no JSON Pointer for the whole file")
        .isFalse();
  }

  private static String ruleLevel(JsonNode driver, String id) {
    for (JsonNode rule : driver.get("rules")) {
      if (rule.get("id").asString().equals(id)) {
        return rule.get("defaultConfiguration").get("level").asString();
      }
    }
    throw new AssertionError("no rule " + id);
  }

  @Test
  void sarifStrictResultsAreErrorsWhileTheRulesKeepTheirDefaults() {
    JsonNode run = run("check", "--format", "sarif", "--strict", WARNINGS).json()
        .get("runs").get(0);
    assertThat(run.get("results").size()).isEqualTo(4);
    run.get("results").forEach(r -> assertThat(r.get("level").asString()).isEqualTo("error"));
    assertThat(ruleLevel(run.get("tool").get("driver"), "sidebar-value")).isEqualTo("warning");
  }

  @Test
  void relativeUrisEscapeEverythingButUnreservedCharactersAndSubDelimiters() {
    assertThat(Sarif.relativeUri(Path.of("a b", "#1 [50%]?", "x:y_~-.md")))
        .isEqualTo("a%20b/%231%20%5B50%25%5D%3F/x%3Ay_~-.md");
    // non-ASCII as UTF-8 bytes (a string, not a file name: the platform may not allow it)
    assertThat(Sarif.segment("é世😀")).isEqualTo("%C3%A9%E4%B8%96%F0%9F%98%80");
    assertThat(Sarif.relativeUri(Path.of("posts", "hello+world(1)@x.md")))
        .isEqualTo("posts/hello+world(1)@x.md");
  }

  @Test
  void sarifLogsAreValidAgainstThePublishedSchema(@TempDir Path tmp) throws Exception {
    Path validator = SarifSchema.validator();
    // files under the current directory (relative URIs), one outside it (an absolute file:
    // URI with a space and "#"), and one that cannot be read
    Path outside = Files.writeString(tmp.resolve("outside dir #2.md"),
        "---\nsidebar: top\n---\n");
    List<String> args = new ArrayList<>(List.of("check", "--format", "sarif", "--strict",
        "--unknown-keys", "warn", DIR, outside.toString()));
    if (Files.isRegularFile(Path.of("/proc/self/mem"))) {
      args.add("/proc/self/mem");
    }
    Run all = run(args.toArray(String[]::new));
    Path allLog = Files.writeString(tmp.resolve("all.sarif"), all.out());
    Path cleanLog = Files.writeString(tmp.resolve("clean.sarif"),
        run("check", "--format", "sarif", CLEAN).out());
    // a log with an unescaped space in a URI must be rejected, or the check proves nothing
    Path broken = Files.writeString(tmp.resolve("broken.sarif"),
        all.out().replace("odd%20%231%20%5B50%25%5D.md", "odd #1.md"));

    List<JsonNode> verdicts = SarifSchema.validate(validator, allLog, cleanLog, broken);
    assertThat(verdicts.get(0).get("valid").asBoolean()).as(verdicts.get(0).toString())
        .isTrue();
    assertThat(verdicts.get(1).get("valid").asBoolean()).as(verdicts.get(1).toString())
        .isTrue();
    assertThat(verdicts.get(2).get("valid").asBoolean()).isFalse();
    assertThat(verdicts.get(2).get("errors").toString()).contains("uri-reference");

    JsonNode run = all.json().get("runs").get(0);
    String outsideUri = null;
    for (JsonNode r : run.get("results")) {
      String uri = r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asString();
      if (uri.startsWith("file:")) {
        outsideUri = uri;
      }
    }
    assertThat(outsideUri).isEqualTo(outside.toUri().toASCIIString())
        .endsWith("/outside%20dir%20%232.md");
    if (args.contains("/proc/self/mem")) {
      assertThat(all.status()).isEqualTo(2);
      JsonNode invocation = run.get("invocations").get(0);
      assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
      assertThat(invocation.get("toolExecutionNotifications").get(0).get("message")
          .get("text").asString()).startsWith("/proc/self/mem: cannot be read: ");
    }
  }

  // ---- real articles ------------------------------------------------------------------------

  private static final Pattern SUMMARY_LINE =
      Pattern.compile("^.+:\\d+:\\d+: (error|warning): .+ \\[[a-z0-9]+(-[a-z0-9]+)*\\]$");

  @Test
  void theCorpusIsCheckedWithoutACrashAndItsProblemsMakeSense() throws IOException {
    Path corpus = Shared.corpus();
    long articles;
    try (Stream<Path> files = Files.walk(corpus)) {
      articles = files.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".markdown"))
          .count();
    }
    Run r = run("check", corpus.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertThat(last).startsWith(articles + " files, ").matches("\\d+ files, [1-9]\\d* errors?,"
        + " [1-9]\\d* warnings?");
    Set<String> rules = new LinkedHashSet<>();
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertThat(line).startsWith(corpus.toString()).matches(SUMMARY_LINE);
      rules.add(line.substring(line.lastIndexOf('[') + 1, line.length() - 1));
    }
    // articles without a title, another theme's shapes, Hugo template dates, broken YAML,
    // a file that is not UTF-8
    assertThat(rules).contains("title-missing", "theme-field-shape", "date-invalid",
        "yaml-syntax", "encoding");
    assertThat(rules).allSatisfy(id -> assertThat(Rules.known(id)).as(id).isTrue());

    // the same problems as JSON and as SARIF
    Run json = run("check", "--format", "json", corpus.toString());
    JsonNode summary = json.json().get("summary");
    assertThat(summary.get("files").asLong()).isEqualTo(articles);
    assertThat(summary.get("errors").asInt() + summary.get("warnings").asInt())
        .isEqualTo(lines.size() - 1);
    Run sarif = run("check", "--format", "sarif", corpus.toString());
    assertThat(sarif.status()).isEqualTo(1);
    assertThat(sarif.json().get("runs").get(0).get("results").size())
        .isEqualTo(lines.size() - 1);
  }

  @Test
  void theSarifLogOfTheCorpusIsValid(@TempDir Path tmp) throws Exception {
    Run sarif = run("check", "--format", "sarif", Shared.corpus().toString());
    assertThat(sarif.json().get("runs").get(0).get("results").size()).isPositive();
    Path log = Files.writeString(tmp.resolve("corpus.sarif"), sarif.out());
    JsonNode verdict = SarifSchema.validate(SarifSchema.validator(), log).get(0);
    assertThat(verdict.get("valid").asBoolean()).as(verdict.toString()).isTrue();
  }

  @Test
  void theExamplesAreClean() throws IOException {
    Path examples = Path.of("examples/articles");
    long n;
    try (Stream<Path> files = Files.list(examples)) {
      n = files.filter(f -> f.toString().endsWith(".md")).count();
    }
    assertThat(n).isGreaterThanOrEqualTo(5);
    Run r = run("check", "--strict", examples.toString());
    assertThat(r.out()).isEqualTo(n + " files, 0 errors, 0 warnings\n");
    assertThat(r.status()).isZero();
  }

  /**
   * The SARIF 2.1.0 JSON Schema, as published by OASIS, and ajv to validate against it, both
   * from npm, in {@code target/sarif-check}. The schema file comes out of the npm package
   * {@code @datadog/datadog-ci} (Apache-2.0), which ships it as {@code
   * dist/commands/sarif/json-schema/sarif-schema-2.1.0.json}; only the package's tarball is
   * fetched ({@code npm pack}), not its dependencies, and its SHA-256 is pinned. Without node
   * or npm the tests that need them are skipped locally with a message, and fail when the
   * environment variable {@code CI} is {@code true}.
   */
  static final class SarifSchema {
    static final String PACKAGE = "@datadog/datadog-ci@2.48.0";
    static final String TARBALL = "datadog-datadog-ci-2.48.0.tgz";
    static final String ENTRY = "package/dist/commands/sarif/json-schema/sarif-schema-2.1.0.json";
    static final String SHA256 =
        "10666d46649b52e262001e70d43e6c52f7c0279ca3dbdfe9a7dc2e4071556454";
    static final String AJV = "ajv@8.20.0";
    static final String AJV_FORMATS = "ajv-formats@3.0.1";

    private SarifSchema() {}

    static Path dir() {
      return Path.of("target", "sarif-check").toAbsolutePath();
    }

    /** Installs what is missing and returns the validator script. */
    static synchronized Path validator() throws IOException, InterruptedException {
      Path dir = dir();
      Files.createDirectories(dir);
      if (NodeTools.run(dir, "node", "--version") == null) {
        NodeTools.unavailable("the SARIF schema validation", "node is not installed");
      }
      Path schema = dir.resolve("sarif-schema-2.1.0.json");
      if (!Files.exists(schema) || !sha256(schema).equals(SHA256)) {
        if (NodeTools.run(dir, "npm", "pack", PACKAGE, "--pack-destination", dir.toString()) == null
            || !Files.exists(dir.resolve(TARBALL))) {
          NodeTools.unavailable("the SARIF schema validation", "npm could not fetch " + PACKAGE);
        }
        if (NodeTools.run(dir, "tar", "-xzf", TARBALL, ENTRY) == null) {
          fail("tar could not extract " + ENTRY + " from " + TARBALL);
        }
        Files.move(dir.resolve(ENTRY), schema,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(sha256(schema)).as("SHA-256 of the SARIF schema from " + PACKAGE)
          .isEqualTo(SHA256);
      if (!Files.exists(dir.resolve("node_modules/ajv-formats/package.json"))
          || !Files.exists(dir.resolve("node_modules/ajv/package.json"))) {
        if (NodeTools.run(dir, "npm", "install", "--prefix", dir.toString(), AJV, AJV_FORMATS,
            "--no-audit", "--no-fund", "--no-package-lock") == null) {
          NodeTools.unavailable("the SARIF schema validation",
              "npm could not install " + AJV + " and " + AJV_FORMATS);
        }
      }
      Path script = dir.resolve("validate.cjs");
      try (var in = CheckCommandTest.class.getResourceAsStream("/sarif-check/validate.cjs")) {
        Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      return script;
    }

    /** Validates each log; returns ajv's verdicts in order. */
    static List<JsonNode> validate(Path script, Path... logs)
        throws IOException, InterruptedException {
      List<String> command = new ArrayList<>(List.of("node", script.toString(),
          dir().resolve("sarif-schema-2.1.0.json").toString()));
      for (Path log : logs) {
        command.add(log.toString());
      }
      String out = NodeTools.run(dir(), command.toArray(String[]::new));
      assertThat(out).as("the validator ran").isNotNull();
      List<JsonNode> verdicts = new ArrayList<>();
      out.lines().filter(l -> l.startsWith("{")).forEach(l -> verdicts.add(JSON.readTree(l)));
      assertThat(verdicts).hasSize(logs.length);
      return verdicts;
    }

    private static String sha256(Path file) throws IOException {
      try {
        return HexFormat.of().formatHex(
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }


  }
}
