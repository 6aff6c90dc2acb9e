package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading rules of each profile, as fixtures: {@code profiles/rules/<case>/in.md} read
 * under every profile, each compared with {@code <case>/<profile>.txt}: the format, the values
 * in file order, the line where the body starts and every problem of reading exactly as
 * printed (or the exception's message when the file is refused). docs/profiles.md ("Reading rules") says
 * which generator source each outcome follows.
 *
 * <p>Each read also writes back the same bytes, and reading only the front matter ({@code
 * parseFrontMatter}, which reads a prefix of the bytes) gives the same values or the same
 * error as reading the whole file.
 *
 * <p>To write the expected files of a new case, run with {@code -Dprofiles.write=true}, then
 * read every file written against the generator's rule before committing it.
 */
class ProfileRulesFixtureTest {

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root())) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        for (Profile p : Profile.values()) {
          out.add(Arguments.of(dir.getFileName().toString(), p));
        }
      }
    }
    assertThat(out).isNotEmpty();
    return out.stream();
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("cases")
  void eachProfileReadsTheCaseAsItsGeneratorDoes(String name, Profile profile)
      throws IOException {
    Path dir = root().resolve(name);
    byte[] bytes = Files.readAllBytes(dir.resolve("in.md"));
    ArticleParser parser = ArticleParser.builder().profile(profile).build();
    String source = "rules/" + name + "/in.md";

    String actual = dump(parser, bytes, source);

    Path expectedFile = dir.resolve(profile.name().toLowerCase(Locale.ROOT) + ".txt");
    if (Boolean.getBoolean("profiles.write")) {
      Files.writeString(expectedFile, actual + "\n", StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).as("expected file").isRegularFile();
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    assertThat(actual).isEqualTo(expected.substring(0, expected.length() - 1));
  }

  /**
   * The rules of reading, which these fixtures are about; the field rules of each profile's
   * table ({@code title-missing}, shapes) have their own fixtures.
   */
  static final java.util.Set<String> READING_RULES = java.util.Set.of("fence-text",
      "fence-unclosed", "format-unsupported", "key-repeated", "duplicate-key", "date-invalid",
      "yaml-syntax", "json-syntax", "toml-syntax", "front-matter-not-mapping", "encoding");

  /** What a profile reads from the bytes, checked for round trip and prefix agreement. */
  static String dump(ArticleParser parser, byte[] bytes, String source) {
    ParseResult r = parser.read(bytes, source);
    String prefix;
    try {
      prefix = "values: " + values(parser.parseFrontMatter(bytes, source).values());
    } catch (ArticleException e) {
      prefix = "refused: " + e.getMessage();
    }
    StringBuilder out = new StringBuilder();
    if (r.article().isEmpty()) {
      String message = new ArticleException(r.problems()).getMessage();
      assertThat(prefix).as("the front matter alone is refused the same way")
          .isEqualTo("refused: " + message);
      return out.append("refused:\n").append(message).toString();
    }
    Article a = r.article().get();
    assertThat(Articles.toBytes(a)).as("written back").isEqualTo(bytes);
    String values = values(a.frontMatter().values());
    boolean errors = r.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    if (!errors) {
      assertThat(prefix).as("the front matter alone reads the same").isEqualTo("values: "
          + values);
    }
    out.append("format: ").append(a.format()).append('\n');
    out.append("values: ").append(values).append('\n');
    int bodyStart = a.text().length() - a.bodyText().length();
    out.append("body line: ")
        .append(a.text().substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1);
    List<Problem> reading = r.problems().stream()
        .filter(p -> READING_RULES.contains(p.rule())).toList();
    if (!reading.isEmpty()) {
      out.append("\nproblems:\n").append(reading.stream().map(Problem::toString)
          .collect(Collectors.joining("\n")));
    }
    return out.toString();
  }

  private static String values(Map<String, Value> values) {
    return FixtureTest.value(new Value.Mapping(values));
  }

  static Path root() {
    try {
      return Path.of(ProfileRulesFixtureTest.class.getResource("/profiles/rules").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
