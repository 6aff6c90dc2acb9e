package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * The YAML limits (depth among them) are checked as the composer pulls the events, in the one
 * pass over them: no pass of its own reads a front matter twice. The error reported is then
 * the first one that pass meets in the block, whether the composer's or a limit's, even when
 * a syntax error or too deep a nesting follows further on. (The earlier two-pass reader
 * reported a later syntax error or nesting first in a block of 200 characters or more.)
 */
class YamlOnePassTest {
  static final String PAD = "# " + "x".repeat(250) + "\n"; // a long block, as the old check had
  static final String DEEP = "d: " + "[".repeat(210) + "]".repeat(210) + "\n";

  static String first(String text) {
    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> Articles.parse(text, "a.md"));
    Problem p = e.problems().get(0);
    return p.location().line() + ":" + p.location().column() + " " + p.rule() + " "
        + p.message();
  }

  @Test
  void aShortBlockReportsTheComposersErrorFirst() {
    assertThat(first("---\na: *undefined\nb: [unclosed\n---\n"))
        .isEqualTo("2:4 yaml-syntax invalid YAML: found undefined alias undefined");
  }

  @Test
  void aLongBlockReportsTheFirstErrorTheOnePassMeets() {
    assertThat(first("---\n" + PAD + "a: *undefined\nb: [unclosed\n---\n"))
        .isEqualTo("3:4 yaml-syntax invalid YAML: found undefined alias undefined");
    assertThat(first("---\n" + PAD + "b: [unclosed\na: *undefined\n---\n"))
        .startsWith("4:2 yaml-syntax invalid YAML: while parsing a flow sequence");
  }

  @Test
  void tooDeepANestingIsReportedWhenTheOnePassReachesIt() {
    assertThat(first("---\n" + PAD + "a: *undefined\n" + DEEP + "---\n"))
        .isEqualTo("3:4 yaml-syntax invalid YAML: found undefined alias undefined");
    assertThat(first("---\n" + PAD + DEEP + "a: *undefined\n---\n"))
        .isEqualTo("3:203 limit-depth expected front matter nested at most 200 levels deep but"
            + " found a value nested 201 levels deep (raise Limits.maxFrontMatterDepth)");
    assertThat(first("---\n" + PAD + "a: &x [*x]\n" + DEEP + "---\n"))
        .startsWith("4:203 limit-depth");
  }

  @Test
  void aLongValidBlockStillReads() {
    Article a = Articles.parse("---\n" + PAD + "a: [[[1]]]\n---\n", "a.md");
    assertThat(a.frontMatter().values()).containsOnlyKeys("a");
  }

  @Test
  void aBlockWithoutAnchorsReadsRepeatedValuesApart() {
    // no '&': convert keeps no alias bookkeeping; equal values stay separate and positioned
    Article a = Articles.parse("---\na: [1, 2]\nb: [1, 2]\n---\n", "a.md");
    assertThat(a.frontMatter().values().get("a")).isEqualTo(a.frontMatter().values().get("b"));
    assertThat(a.frontMatter().values()).containsOnlyKeys("a", "b");
  }
}
