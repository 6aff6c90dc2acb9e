package io.github.frontmatter.articles.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.BindResult;
import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.UnknownKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The binding fixtures under {@code src/test/resources/bind}: a folder per case with {@code
 * in.md}, {@code type.txt} (a type of {@link BindTypes}, then optionally {@code reject} or
 * {@code warn} for unknown keys) and {@code expected.txt}: every problem exactly as printed
 * (location, message, rule, source line, caret), one after the other, then {@code => } and
 * the bound value's {@code toString()}, or {@code => (none)}. The source name is {@code
 * <case>/in.md}. Only binding's problems are printed (bind(FrontMatter)); the built-in rules' are the other fixtures' business.
 */
class BindFixtureTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void fixtureBindsWithTheExactProblems(String name) throws IOException {
    Path dir = root().resolve(name);
    String[] type = Files.readString(dir.resolve("type.txt")).strip().split(" ");
    FrontMatterType<?> binding = FrontMatterType.builder(BindTypes.named(type[0]))
        .unknownKeys(type.length > 1 ? UnknownKeys.valueOf(type[1].toUpperCase()) : UnknownKeys.ALLOW)
        .build();
    ParseResult read = ArticleParser.defaults().read(Files.readAllBytes(dir.resolve("in.md")),
        name + "/in.md");

    BindResult<?> r = binding.bind(read.article().orElseThrow().frontMatter());

    String printed = r.problems().stream().map(Problem::toString)
        .collect(Collectors.joining("\n"));
    String value = "=> " + r.value().map(String::valueOf).orElse("(none)");
    String actual = (printed.isEmpty() ? "" : printed + "\n") + value;
    Path expected = dir.resolve("expected.txt");
    if (!Files.exists(expected)) {
      // a new case: its output is written beside the build for review, and the case fails
      Path out = Path.of("target", "bind-actual", name + ".txt");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual + "\n");
    }
    assertThat(actual)
        .isEqualTo(Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stripTrailing());
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  static Path root() {
    try {
      return Path.of(BindFixtureTest.class.getResource("/bind").toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
