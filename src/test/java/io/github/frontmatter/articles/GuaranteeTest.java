package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guarantees whose breaking takes a one-token change in the code, each pinned by a test that
 * fails on that change: the bytes handed out are copies (the article stays immutable), and a
 * key repeated more than once is reported against its first occurrence, every time.
 */
class GuaranteeTest {

  private static final String TEXT = "---\ntitle: Hello\n---\nBody.\n";

  @Test
  void toBytesHandsOutACopyOfTheBytesReadNotTheArticlesOwn() {
    Article a = Articles.parse(TEXT.getBytes(StandardCharsets.UTF_8), "a.md");

    byte[] first = Articles.toBytes(a);
    first[4] = 'X';
    first[first.length - 1] = 0;

    assertThat(Articles.toBytes(a)).isNotSameAs(first)
        .isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    assertThat(a.text()).isEqualTo(TEXT);
  }

  @Test
  void toBytesOfAnArticleParsedFromTextIsACopyToo() {
    Article a = Articles.parse("\uFEFF" + TEXT, "a.md");

    byte[] first = Articles.toBytes(a);
    first[0] = 0;

    assertThat(Articles.toBytes(a)).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void writingUsesTheBytesAsReadEvenAfterACallerChangedACopy(@TempDir Path dir)
      throws Exception {
    Article a = Articles.parse(TEXT.getBytes(StandardCharsets.UTF_8), "a.md");
    Articles.toBytes(a)[5] = 'Y';

    Path out = dir.resolve("a.md");
    Articles.write(a, out);

    assertThat(Files.readString(out)).isEqualTo(TEXT);
  }

  static Stream<Arguments> keysWrittenThreeTimes() {
    return Stream.of(
        Arguments.of("---\ntitle: a\ntitle: b\ntitle: c\n---\n", 2),
        Arguments.of("---json\n{\"title\": \"a\",\n\"title\": \"b\",\n\"title\": \"c\"}\n---\n", 2),
        Arguments.of("+++\ntitle = 'a'\ntitle = 'b'\ntitle = 'c'\n+++\n", 2),
        Arguments.of("---\nx:\n  k: 1\n  k: 2\n  k: 3\n---\n", 3));
  }

  /** The same key on three lines: both repeats name the first line, never the one before. */
  @ParameterizedTest
  @MethodSource("keysWrittenThreeTimes")
  void everyRepeatOfAKeyNamesTheLineOfTheFirst(String text, int firstLine) {
    ParseResult r = ArticleParser.defaults().read(text, "a.md");

    List<Problem> repeats = r.problems().stream()
        .filter(p -> p.rule().equals("duplicate-key")).toList();
    assertThat(repeats).extracting(p -> p.location().line())
        .containsExactly(firstLine + 1, firstLine + 2);
    assertThat(repeats).allSatisfy(p ->
        assertThat(p.message()).endsWith("again (first at line " + firstLine + ")"));
  }

  @Test
  void aFieldRepeatedInThreeCasesNamesTheSpellingThatWasUsed() {
    ParseResult r = ArticleParser.defaults().read("---\ntitle: a\nTitle: b\nTITLE: c\n---\n", "a.md");

    List<String> messages = r.problems().stream()
        .filter(p -> p.rule().equals("field-repeated")).map(Problem::message).toList();
    assertThat(messages).containsExactly(
        "Title: expected one \"title\" field but found \"title\" and \"Title\" (keys differ only in"
            + " case; the first is used)",
        "TITLE: expected one \"title\" field but found \"title\" and \"TITLE\" (keys differ only in"
            + " case; the first is used)");
    assertThat(r.article().orElseThrow().title()).contains("a");
  }
}
