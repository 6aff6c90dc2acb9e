package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Regression: an offset between 18:01 and 18:59 passed the hours and minutes checks and then
 * escaped as java.time's DateTimeException, which crashed reading ({@code date:
 * 2025-01-01T00:00+18:30} in any format) instead of giving {@code date-invalid}.
 */
class ArticleDateOffsetTest {
  @Test
  void offsetsUpToEighteenHoursAreRead() {
    assertThat(ArticleDate.parse("2025-01-01T00:00+18:00").offset())
        .contains(ZoneOffset.ofHours(18));
    assertThat(ArticleDate.parse("2025-01-01T00:00-1800").offset())
        .contains(ZoneOffset.ofHours(-18));
    assertThat(ArticleDate.parse("2025-01-01T00:00+17:59").offset())
        .contains(ZoneOffset.ofHoursMinutes(17, 59));
  }

  @Test
  void offsetsPastEighteenHoursAreRefusedWithTheUsualException() {
    for (String text : new String[] {"2025-01-01T00:00+18:30", "2025-01-01T00:00-18:01",
        "2025-01-01 00:00 +1859"}) {
      assertThatThrownBy(() -> ArticleDate.parse(text)).as(text)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("expected an offset of at most 18:00 but found \"" + text + "\"");
    }
  }

  @Test
  void aDateFieldWithSuchAnOffsetIsDateInvalidNotACrash() {
    for (String file : new String[] {
        "---\ntitle: t\ndate: 2025-01-01T00:00+18:30\n---\n",
        "---\ntitle: t\ndate: \"2025-01-01T00:00+18:30\"\n---\n",
        "{\"title\": \"t\", \"date\": \"2025-01-01T00:00+18:30\"}\n"}) {
      ParseResult r = ArticleParser.defaults().read(file, "a.md");
      assertThat(r.problems()).as(file).singleElement()
          .satisfies(p -> {
            assertThat(p.rule()).isEqualTo("date-invalid");
            assertThat(p.path()).isEqualTo("/date");
          });
    }
    // a TOML datetime is syntax: an impossible one is a syntax error there
    ParseResult toml = ArticleParser.defaults()
        .read("+++\ntitle = 't'\ndate = 2025-01-01T00:00:00+18:30\n+++\n", "a.md");
    assertThat(toml.article()).isEmpty();
    assertThat(toml.problems()).singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("toml-syntax"));
  }
}
