package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation fixtures in {@code src/test/resources/validation/}:
 *
 * <ul>
 *   <li>{@code valid/<case>/in.md}: an article with no problems at all, even with unknown keys
 *       rejected and warnings raised to errors;
 *   <li>{@code invalid/<case>/in.md} with {@code expected.txt}: the exact problems the lenient
 *       read reports, one {@link Problem#summary()} a line, in the order it returns them (by
 *       position); the source name is the path relative to the validation folder. An optional
 *       {@code options.txt} holds parser options, one {@code name=value} a line
 *       ({@code unknownKeys=WARN}, {@code warningsAsErrors=true}, a limit such as {@code
 *       maxFrontMatterBytes=32}; {@code #} starts a comment).
 * </ul>
 *
 * <p>docs/validation.md lists every rule in tables whose first column is "rule"; every rule
 * listed there must have a fixture, and every rule a fixture reports must be listed there.
 */
class ValidationFixtureTest {
  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path ROOT = BASE.resolve("src/test/resources/validation");
  private static final Path DOC = BASE.resolve("docs/validation.md");

  /** {@code path:line:col: severity: message [rule]}, as {@link Problem#summary()} prints. */
  private static final Pattern SUMMARY = Pattern.compile(
      "(?<source>[^:]+):(?<line>\\d+):(?<col>\\d+): (?<severity>error|warning): .*"
          + " \\[(?<rule>[a-z0-9]+(?:-[a-z0-9]+)*)\\]");
  private static final Pattern DOC_RULE_ROW = Pattern.compile("^\\|\\s*`([a-z0-9-]+)`\\s*\\|");
  private static final Pattern DOC_RULE_TABLE = Pattern.compile("^\\|\\s*rule\\s*\\|");

  static Stream<String> validCases() throws IOException {
    return cases("valid");
  }

  static Stream<String> invalidCases() throws IOException {
    return cases("invalid");
  }

  private static Stream<String> cases(String kind) throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT.resolve(kind))) {
      List<String> names = dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString()).sorted().toList();
      assertThat(names).as(kind + " fixtures in " + ROOT).isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "valid/{0}")
  @MethodSource("validCases")
  void validFixtureHasNoProblemsEvenUnderTheStrictestOptions(String name) throws IOException {
    Path file = ROOT.resolve("valid").resolve(name).resolve("in.md");
    assertThat(file.resolveSibling("expected.txt")).doesNotExist();
    byte[] bytes = Files.readAllBytes(file);
    String source = "valid/" + name + "/in.md";

    ParseResult lenient = Articles.read(file);
    assertThat(summaries(lenient.problems())).isEmpty();
    assertThat(lenient.article()).isPresent();
    assertThat(Articles.validate(file)).isEmpty();

    ArticleParser strictest = ArticleParser.builder()
        .unknownKeys(UnknownKeys.REJECT).warningsAsErrors(true).build();
    assertThat(summaries(strictest.read(bytes, source).problems())).isEmpty();
    Article a = strictest.parse(bytes, source);
    assertThat(a.problems()).isEmpty();
    assertThat(a.format()).isNotEqualTo(Format.NONE);
    assertThat(a.title()).hasValueSatisfying(t -> assertThat(t).isNotBlank());
    assertThat(a.date()).isPresent();
    assertThat(a.categories()).isNotEmpty();
    assertThat(a.tags()).isNotEmpty();
    assertThat(a.widgets()).isNotEmpty();
  }

  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidCases")
  void invalidFixtureReportsExactlyTheExpectedProblems(String name) throws IOException {
    Path dir = ROOT.resolve("invalid").resolve(name);
    byte[] bytes = Files.readAllBytes(dir.resolve("in.md"));
    String source = "invalid/" + name + "/in.md";
    List<String> expected = expected(name);
    ArticleParser parser = parser(dir.resolve("options.txt"));

    ParseResult r = parser.read(bytes, source);
    assertThat(summaries(r.problems())).as(source).isEqualTo(expected);

    // the strict parse agrees: it throws with exactly the errors, or returns the article with
    // the warnings
    List<String> errors = expected.stream().filter(s -> severity(s).equals("error")).toList();
    if (errors.isEmpty()) {
      assertThat(r.article()).isPresent();
      assertThat(summaries(parser.parse(bytes, source).problems())).isEqualTo(expected);
    } else {
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> parser.parse(bytes, source));
      assertThat(e).as("parse of " + source + " throws").isNotNull();
      assertThat(summaries(e.problems())).isEqualTo(errors);
      assertThat(e.location()).isEqualTo(e.problems().get(0).location());
    }
  }

  /** The fixture files themselves: named for their folder, one problem a line, sorted. */
  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidCases")
  void expectedProblemsAreWellFormedAndSortedByPosition(String name) throws IOException {
    List<String> expected = expected(name);
    assertThat(expected).as("expected.txt of " + name).isNotEmpty();
    int lastLine = 0;
    int lastCol = 0;
    for (String line : expected) {
      Matcher m = SUMMARY.matcher(line);
      assertThat(m.matches()).as("a problem summary: " + line).isTrue();
      assertThat(m.group("source")).isEqualTo("invalid/" + name + "/in.md");
      int l = Integer.parseInt(m.group("line"));
      int c = Integer.parseInt(m.group("col"));
      assertThat(l > lastLine || (l == lastLine && c >= lastCol))
          .as("sorted by position: " + line).isTrue();
      lastLine = l;
      lastCol = c;
    }
  }

  @Test
  void everyRuleInTheDocsHasAFixture() throws IOException {
    Set<String> documented = documentedRules();
    assertThat(documented).as("rules listed in " + DOC).isNotEmpty();
    assertThat(fixtureRules()).containsAll(documented);
  }

  @Test
  void everyRuleTheFixturesReportIsInTheDocs() throws IOException {
    Set<String> reported = fixtureRules();
    assertThat(reported).isNotEmpty();
    assertThat(documentedRules()).containsAll(reported);
  }

  @Test
  void optionsFilesAreRead() throws IOException {
    Path tmp = Files.createTempFile("options", ".txt");
    try {
      Files.writeString(tmp, "# a comment\n\nunknownKeys=REJECT\nwarningsAsErrors=true\n");
      List<String> problems = summaries(parser(tmp).read("---\nsidebar: top\nx: 1\n---\n", "t.md")
          .problems());
      assertThat(problems).containsExactly(
          "t.md:1:1: error: expected a \"title\" field but found none [title-missing]",
          "t.md:2:10: error: sidebar: expected one of left, right, false but found \"top\""
              + " [sidebar-value]",
          "t.md:3:1: error: x: expected a Hugo or Mainroad field but found the unknown key"
              + " \"x\" [key-unknown]");
      Files.writeString(tmp, "unknownKey=WARN\n");
      assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> parser(tmp)))
          .hasMessageContaining("unknownKey");
    } finally {
      Files.delete(tmp);
    }
  }

  // ---------------------------------------------------------------- helpers

  private static List<String> expected(String name) throws IOException {
    return Files.readAllLines(ROOT.resolve("invalid").resolve(name).resolve("expected.txt"),
        StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
  }

  private static List<String> summaries(List<Problem> problems) {
    return problems.stream().map(Problem::summary).toList();
  }

  private static String severity(String summary) {
    Matcher m = SUMMARY.matcher(summary);
    assertThat(m.matches()).as("a problem summary: " + summary).isTrue();
    return m.group("severity");
  }

  private static ArticleParser parser(Path options) throws IOException {
    ArticleParser.Builder b = ArticleParser.builder();
    if (!Files.exists(options)) {
      return b.build();
    }
    Limits limits = Limits.defaults();
    for (String raw : Files.readAllLines(options, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq).strip();
      String value = eq < 0 ? "" : line.substring(eq + 1).strip();
      switch (key) {
        case "unknownKeys" -> b.unknownKeys(UnknownKeys.valueOf(value));
        case "warningsAsErrors" -> {
          if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("warningsAsErrors must be true or false: " + raw);
          }
          b.warningsAsErrors(Boolean.parseBoolean(value));
        }
        case "maxFileBytes" -> limits = limits.withMaxFileBytes(Integer.parseInt(value));
        case "maxFrontMatterBytes" ->
            limits = limits.withMaxFrontMatterBytes(Integer.parseInt(value));
        case "maxBodyBytes" -> limits = limits.withMaxBodyBytes(Integer.parseInt(value));
        case "maxDepth" -> limits = limits.withMaxDepth(Integer.parseInt(value));
        case "maxAliases" -> limits = limits.withMaxAliases(Integer.parseInt(value));
        case "maxValues" -> limits = limits.withMaxValues(Integer.parseInt(value));
        case "maxScalarBytes" -> limits = limits.withMaxScalarBytes(Integer.parseInt(value));
        case "maxNumberLength" -> limits = limits.withMaxNumberLength(Integer.parseInt(value));
        default -> throw new IllegalArgumentException("unknown option in " + options + ": "
            + raw);
      }
    }
    return b.limits(limits).build();
  }

  /** The rule ids of docs/validation.md: first column of the tables headed "| rule |". */
  private static Set<String> documentedRules() throws IOException {
    Set<String> rules = new TreeSet<>();
    boolean inTable = false;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (DOC_RULE_TABLE.matcher(line).find()) {
        inTable = true;
      } else if (!line.startsWith("|")) {
        inTable = false;
      } else if (inTable) {
        Matcher m = DOC_RULE_ROW.matcher(line);
        if (m.find()) {
          rules.add(m.group(1));
        }
      }
    }
    return rules;
  }

  /** Every rule some invalid fixture expects. */
  private static Set<String> fixtureRules() throws IOException {
    Set<String> rules = new TreeSet<>();
    List<String> names = new ArrayList<>(invalidCases().toList());
    for (String name : names) {
      for (String line : expected(name)) {
        Matcher m = SUMMARY.matcher(line);
        if (m.matches()) {
          rules.add(m.group("rule"));
        }
      }
    }
    return rules;
  }
}
