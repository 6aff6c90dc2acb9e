package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field fixtures of each profile, {@code src/test/resources/profiles/fields/<profile>/
 * <case>/in.md} with {@code expected.txt}: the exact problems a lenient read under that
 * profile reports, one {@link Problem#summary()} a line, in the order it returns them (an
 * empty file: none). The source name is the path relative to the fields folder.
 */
class ProfileFieldsFixtureTest {
  private static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath()
      .resolve("src/test/resources/profiles/fields");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT, 3)) {
      List<String> names = s.filter(p -> p.getFileName().toString().equals("in.md"))
          .map(p -> ROOT.relativize(p.getParent()).toString().replace('\\', '/')).sorted()
          .toList();
      assertThat(names).as("fixtures in " + ROOT).isNotEmpty();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsWithExactlyTheExpectedProblems(String name) throws IOException {
    Path dir = ROOT.resolve(name);
    Profile profile = Profile.valueOf(name.substring(0, name.indexOf('/'))
        .toUpperCase(Locale.ROOT));
    ArticleParser parser = ArticleParser.builder().profile(profile).build();
    ParseResult r = parser.read(Files.readAllBytes(dir.resolve("in.md")), name + "/in.md");
    List<String> actual = r.problems().stream().map(Problem::summary).toList();
    Path expected = dir.resolve("expected.txt");
    assertThat(expected).as("expected.txt of " + name + "; the read gives:\n"
        + String.join("\n", actual)).exists();
    List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).toList();
    assertThat(actual).as(name).containsExactlyElementsOf(want);
    assertThat(r.article()).as(name + " is read").isPresent();
  }
}
