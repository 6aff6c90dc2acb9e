package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests for bugs found while writing the validation fixtures
 * (src/test/resources/validation/); each test is named for the bug it pins.
 */
class ValidationRegressionTest {
  private static final ArticleParser WARN =
      ArticleParser.builder().unknownKeys(UnknownKeys.WARN).build();

  private static List<String> summaries(ArticleParser parser, String text) {
    return parser.read(text, "t.md").problems().stream().map(Problem::summary).toList();
  }

  private static List<String> summaries(String text) {
    return summaries(ArticleParser.defaults(), text);
  }

  /** title-missing did not fire for a title key without a value. */
  @Test
  void nullTitleIsReportedAsTitleMissing() {
    assertThat(summaries("---\ntitle:\n---\n")).containsExactly(
        "t.md:2:7: warning: title: expected a title that is not blank but found null"
            + " [title-missing]");
    assertThat(summaries("---\nTitle: ~\n---\n")).containsExactly(
        "t.md:2:8: warning: Title: expected a title that is not blank but found null"
            + " [title-missing]");
    assertThat(summaries("{\"title\": null}\n")).containsExactly(
        "t.md:1:11: warning: title: expected a title that is not blank but found null"
            + " [title-missing]");
  }

  /**
   * key-unknown was placed at the key's value; a YAML block value starts on the next line,
   * so the caret landed on a line that does not name the key.
   */
  @Test
  void unknownKeyIsPlacedAtTheKeyNotAtItsValue() {
    assertThat(summaries(WARN, "---\ntitle: T\ncover:\n  image: x.jpg\n---\n"))
        .containsExactly("t.md:3:1: warning: cover: expected a Hugo or Mainroad field but"
            + " found the unknown key \"cover\" [key-unknown]");
    assertThat(summaries(WARN, "+++\ntitle = \"T\"\n  foo = 1\n[cover]\nimage = \"x\"\n+++\n"))
        .containsExactly(
            "t.md:3:3: warning: foo: expected a Hugo or Mainroad field but found the unknown"
                + " key \"foo\" [key-unknown]",
            "t.md:4:2: warning: cover: expected a Hugo or Mainroad field but found the unknown"
                + " key \"cover\" [key-unknown]");
    assertThat(summaries(WARN, "{\n  \"title\": \"T\",\n  \"foo\":\n    {\"a\": 1}\n}\n"))
        .containsExactly("t.md:3:3: warning: foo: expected a Hugo or Mainroad field but found"
            + " the unknown key \"foo\" [key-unknown]");
  }

  /** field-repeated was placed at the second key's value rather than at the key. */
  @Test
  void repeatedFieldIsPlacedAtTheSecondKey() {
    assertThat(summaries("---\ntitle: A\nTitle:\n  - B\n---\n")).containsExactly(
        "t.md:3:1: warning: Title: expected one \"title\" field but found \"title\" and"
            + " \"Title\" (keys differ only in case; the first is used) [field-repeated]");
  }

  /**
   * A value reached through a YAML alias had no position, so its problems were placed at
   * 1:1 (the opening fence), locationOf found nothing, and a number lost its text as
   * written.
   */
  @Test
  void valueThroughAnAliasIsPlacedWhereTheAnchoredValueIsWritten() {
    String text = "---\ntitle: T\nx-draft: &d maybe\ndraft: *d\nx-tags: &t [a, a]\n"
        + "tags: *t\nx-n: &n 1.50\nsummary: *n\n---\n";
    ParseResult r = ArticleParser.defaults().read(text, "t.md");
    assertThat(r.problems()).extracting(Problem::summary).containsExactly(
        "t.md:3:10: error: draft: expected a boolean but found the scalar \"maybe\""
            + " [hugo-field-shape]",
        "t.md:5:16: warning: tags[1]: expected each tags item once but found \"a\" again"
            + " [duplicate-item]");
    Article a = r.article().orElseThrow();
    assertThat(a.frontMatter().locationOf("/tags/1")).contains(new Location("t.md", 5, 16));
    assertThat(a.frontMatter().locationOf("/draft")).contains(new Location("t.md", 3, 10));
    assertThat(a.summary()).contains("1.50");
  }

  /**
   * TOML counted its root table as level 0 where YAML and JSON count the root mapping as
   * level 1, so TOML accepted one level more than the others and than the documented limit.
   */
  @Test
  void tomlNestingLimitIsTheSameAsYamlAndJson() {
    String ok = "[".repeat(199) + "]".repeat(199);
    String deep = "[".repeat(200) + "]".repeat(200);
    assertThat(summaries("---\ntitle: T\na: " + ok + "\n---\n")).isEmpty();
    assertThat(summaries("+++\ntitle = \"T\"\na = " + ok + "\n+++\n")).isEmpty();
    assertThat(summaries("{\"title\": \"T\", \"a\": " + ok + "}\n")).isEmpty();
    String message = ": error: expected front matter nested at most 200 levels deep but found"
        + " a value nested 201 levels deep (raise Limits.maxFrontMatterDepth) [limit-depth]";
    // the 200th "[" each time: after "a: ", "a = " and {"a": 
    assertThat(summaries("---\na: " + deep + "\n---\n")).containsExactly("t.md:2:203" + message);
    assertThat(summaries("+++\na = " + deep + "\n+++\n")).containsExactly("t.md:2:204" + message);
    assertThat(summaries("{\"a\": " + deep + "}\n")).containsExactly("t.md:1:206" + message);
  }

  /** The end of the YAML stream was shown as snakeyaml-engine's "<stream end>". */
  @Test
  void yamlSyntaxErrorAtTheEndNamesTheEndOfTheFrontMatter() {
    assertThat(summaries("---\ntags: [a, b\n---\n")).containsExactly(
        "t.md:3:1: error: invalid YAML: while parsing a flow sequence: expected ',' or ']', but"
            + " got the end of the front matter [yaml-syntax]");
  }
}
