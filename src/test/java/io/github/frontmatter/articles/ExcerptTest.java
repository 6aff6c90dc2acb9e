package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Article#excerpt(int)} and {@link Excerpt} that does not need Hugo:
 * argument checks, which source is chosen, and that the raw {@code summary()} field is left
 * alone. What the summaries say is compared with Hugo itself in {@link HugoSummaryTest}.
 */
class ExcerptTest {
  private static final Path FIXTURES = Path.of("src/test/resources/summaries");

  @Test
  void wordsMustBeAtLeastOne() throws Exception {
    Article a = Articles.parse(FIXTURES.resolve("auto-english.md"));
    assertThatThrownBy(() -> a.excerpt(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words must be at least 1, but was 0");
    assertThatThrownBy(() -> a.excerpt(-3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("words must be at least 1, but was -3");
    assertThat(a.excerpt(1).text()).isNotEmpty();
  }

  @Test
  void excerptRejectsNullComponents() {
    assertThatThrownBy(() -> new Excerpt(null, false, Excerpt.Source.AUTO))
        .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    assertThatThrownBy(() -> new Excerpt("", false, null))
        .isInstanceOf(NullPointerException.class).hasMessage("source must not be null");
  }

  @Test
  void theDividerWinsOverTheFrontMatterSummary() throws Exception {
    Article a = Articles.parse(FIXTURES.resolve("divider.md"));
    assertThat(a.summary()).as("the raw field is still there").isPresent();
    Excerpt e = a.excerpt();
    assertThat(e.source()).isEqualTo(Excerpt.Source.DIVIDER);
    assertThat(e.text()).doesNotContain("Ignored").doesNotContain("<!--more-->")
        .doesNotContain("Repairs cost");
    assertThat(a.excerpt(1)).as("the length does not apply to a divider").isEqualTo(e);
  }

  @Test
  void summaryStaysTheRawFieldWhileTheExcerptIsRendered() throws Exception {
    Article a = Articles.parse(FIXTURES.resolve("front-matter-summary.md"));
    assertThat(a.summary()).hasValueSatisfying(s -> assertThat(s).contains("*five-mile*"));
    Excerpt e = a.excerpt();
    assertThat(e.source()).isEqualTo(Excerpt.Source.FRONT_MATTER);
    assertThat(e.truncated()).isFalse();
    assertThat(e.text()).contains("five-mile").doesNotContain("*").doesNotContain("](");
    assertThat(a.excerpt(2)).as("the length does not apply to the front matter").isEqualTo(e);
  }

  @Test
  void theAutomaticSummaryGrowsWithTheLength() throws Exception {
    Article a = Articles.parse(FIXTURES.resolve("auto-english.md"));
    assertThat(a.summary()).isEmpty();
    Excerpt shorter = a.excerpt(20);
    Excerpt longer = a.excerpt();
    assertThat(shorter.source()).isEqualTo(Excerpt.Source.AUTO);
    assertThat(longer.source()).isEqualTo(Excerpt.Source.AUTO);
    assertThat(longer.text()).startsWith(shorter.text()).isNotEqualTo(shorter.text());
    assertThat(a.excerpt()).as("the same on every call").isEqualTo(longer);
  }

  @Test
  void anEmptyBodyHasAnEmptyExcerpt() {
    Article a = Articles.parse("---\ntitle: x\n---\n", "empty.md");
    assertThat(a.excerpt()).isEqualTo(new Excerpt("", false, Excerpt.Source.AUTO));
  }
}
