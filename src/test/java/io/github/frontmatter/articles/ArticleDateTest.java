package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # text                                | local date and time             | offset | has time
      2025-02-12                            | 2025-02-12T00:00                |        | false
      2025-02-12T07:02                      | 2025-02-12T07:02                |        | true
      2025-02-12 07:02                      | 2025-02-12T07:02                |        | true
      2025-02-12 07:02:11                   | 2025-02-12T07:02:11             |        | true
      2025-02-12T07:02:11Z                  | 2025-02-12T07:02:11             | Z      | true
      2019-01-17T10:20:00.000Z              | 2019-01-17T10:20                | Z      | true
      2025-02-12T07:02:11.250               | 2025-02-12T07:02:11.250         |        | true
      2025-02-12T07:02:11.123456789+08:00   | 2025-02-12T07:02:11.123456789   | +08:00 | true
      # digits past nanoseconds are cut, not rounded, as TOML requires
      2025-02-12T07:02:11.1234567890        | 2025-02-12T07:02:11.123456789   |        | true
      2025-02-12T07:02:11.9999999999Z       | 2025-02-12T07:02:11.999999999   | Z      | true
      2025-06-03T15:00:00+08:00             | 2025-06-03T15:00                | +08:00 | true
      2025-06-03T15:00+05:30                | 2025-06-03T15:00                | +05:30 | true
      2013-09-06 14:00:00 -0500             | 2013-09-06T14:00                | -05:00 | true
      2013-09-06 14:00:00-0500              | 2013-09-06T14:00                | -05:00 | true
      2025-02-12T07:02:11+18:00             | 2025-02-12T07:02:11             | +18:00 | true
      2025-02-12T07:02:11-18:00             | 2025-02-12T07:02:11             | -18:00 | true
      2024-02-29                            | 2024-02-29T00:00                |        | false
      """)
  void acceptedFormReadsItsDateTimeAndOffset(
      String text, LocalDateTime local, String offset, boolean hasTime) {
    ArticleDate d = ArticleDate.parse(text);

    assertThat(d.text()).isEqualTo(text);
    assertThat(d.toString()).isEqualTo(text);
    assertThat(d.localDateTime()).isEqualTo(local);
    assertThat(d.localDate()).isEqualTo(local.toLocalDate());
    assertThat(d.hasTime()).isEqualTo(hasTime);
    assertThat(d.localTime()).isEqualTo(
        hasTime ? Optional.of(local.toLocalTime()) : Optional.empty());
    if (offset == null) {
      assertThat(d.offset()).isEmpty();
      assertThat(d.toOffsetDateTime()).isEmpty();
    } else {
      assertThat(d.offset()).contains(ZoneOffset.of(offset));
      assertThat(d.toOffsetDateTime()).contains(local.atOffset(ZoneOffset.of(offset)));
    }
  }

  @Test
  void datesAreEqualByMeaningNotBySpelling() {
    assertSameMeaning("2025-02-12 07:02", "2025-02-12T07:02:00");
    assertSameMeaning("2025-02-12T07:02:11", "2025-02-12 07:02:11.000");
    assertSameMeaning("2025-02-12T07:02:11Z", "2025-02-12T07:02:11+00:00");
    assertSameMeaning("2013-09-06 14:00:00 -0500", "2013-09-06T14:00:00-05:00");
  }

  private static void assertSameMeaning(String a, String b) {
    ArticleDate x = ArticleDate.parse(a);
    ArticleDate y = ArticleDate.parse(b);
    assertThat(x).isEqualTo(y);
    assertThat(x.hashCode()).isEqualTo(y.hashCode());
    assertThat(x.text()).isEqualTo(a); // each keeps its own spelling
    assertThat(y.text()).isEqualTo(b);
  }

  @Test
  void datesThatNameDifferentThingsAreNotEqual() {
    // a date alone has no time of day: it is not the same as midnight that day
    assertThat(ArticleDate.parse("2025-02-12"))
        .isNotEqualTo(ArticleDate.parse("2025-02-12T00:00"));
    // an offset is part of the meaning: a local time is not the same as that time in UTC
    assertThat(ArticleDate.parse("2025-02-12T07:02"))
        .isNotEqualTo(ArticleDate.parse("2025-02-12T07:02Z"));
    // the same instant written with two offsets names two different local times
    assertThat(ArticleDate.parse("2025-02-12T07:02Z"))
        .isNotEqualTo(ArticleDate.parse("2025-02-12T15:02+08:00"));
    assertThat(ArticleDate.parse("2025-02-12T07:02:11.5"))
        .isNotEqualTo(ArticleDate.parse("2025-02-12T07:02:11"));
  }

  @Test
  void toInstantUsesTheWrittenOffsetAndIgnoresTheZoneGiven() {
    ArticleDate d = ArticleDate.parse("2025-06-03T15:00:00+08:00");

    assertThat(d.toInstant(ZoneId.of("America/New_York")))
        .isEqualTo(Instant.parse("2025-06-03T07:00:00Z"));
    assertThat(d.toInstant(ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-06-03T07:00:00Z"));
    assertThat(d.toOffsetDateTime())
        .contains(OffsetDateTime.parse("2025-06-03T15:00:00+08:00"));
  }

  @Test
  void toInstantPlacesADateWithoutOffsetInTheZoneGiven() {
    ArticleDate d = ArticleDate.parse("2025-02-12 07:02:11");

    assertThat(d.toInstant(ZoneOffset.UTC)).isEqualTo(Instant.parse("2025-02-12T07:02:11Z"));
    assertThat(d.toInstant(ZoneId.of("Asia/Shanghai")))
        .isEqualTo(Instant.parse("2025-02-11T23:02:11Z"));
    // summer time in New York is UTC-4
    assertThat(ArticleDate.parse("2025-07-01").toInstant(ZoneId.of("America/New_York")))
        .isEqualTo(Instant.parse("2025-07-01T04:00:00Z"));
  }

  @Test
  void dateWithoutTimeHasNoLocalTimeAndMeansMidnight() {
    ArticleDate d = ArticleDate.parse("2025-02-12");

    assertThat(d.localTime()).isEmpty();
    assertThat(d.localDateTime().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-02-30                 | expected a day that exists but found "2025-02-30" (February 2025 has no day 30)
      2023-02-29                 | expected a day that exists but found "2023-02-29" (February 2023 has no day 29)
      2025-04-31                 | expected a day that exists but found "2025-04-31" (April 2025 has no day 31)
      2025-01-00                 | expected a day that exists but found "2025-01-00" (January 2025 has no day 0)
      2025-13-01                 | expected a month from 01 to 12 but found "2025-13-01"
      2025-00-10                 | expected a month from 01 to 12 but found "2025-00-10"
      2025-02-12T24:00           | expected a time from 00:00:00 to 23:59:59 but found "2025-02-12T24:00"
      2025-02-12T07:60           | expected a time from 00:00:00 to 23:59:59 but found "2025-02-12T07:60"
      2025-02-12T07:02:60        | expected a time from 00:00:00 to 23:59:59 but found "2025-02-12T07:02:60"
      2025-02-12T07:02:11+19:00  | expected an offset of at most 18:00 but found "2025-02-12T07:02:11+19:00"
      2025-02-12T07:02:11-18:01  | expected an offset of at most 18:00 but found "2025-02-12T07:02:11-18:01"
      2025-02-12T07:02:11+01:60  | expected offset minutes from 00 to 59 but found "2025-02-12T07:02:11+01:60"
      """)
  void rejectedDateSaysWhatIsWrong(String text, String message) {
    assertRejected(text, message);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
      "2025-2-12", // one-digit month
      "2025-02-1", // one-digit day
      "25-02-12", // two-digit year
      "2025/02/12",
      "2025-02-12T07:02:11Zjunk", // trailing garbage
      "2025-02-12 07:02:11 +08:00 ", // trailing space
      "2025-02-12 ", // a separator and no time
      "2025-02-12T7:02", // one-digit hour
      "2025-02-12T07", // no minutes
      "2025-02-12T07:02:11.", // a dot and no fraction
      "2025-02-12T07:02:11+8", // one-digit offset
      "2025-02-12T07:02:11 UTC",
      " 2025-02-12", // leading space
      "yesterday",
      ""})
  void textNotInAnAcceptedFormListsTheAcceptedForms(String text) {
    assertRejected(text, "expected a date (yyyy-MM-dd, optionally followed by a time"
        + " HH:mm[:ss[.fraction]] and an offset Z, +hh:mm or +hhmm) but found \"" + text + "\"");
  }

  private static void assertRejected(String text, String message) {
    IllegalArgumentException e =
        catchThrowableOfType(IllegalArgumentException.class, () -> ArticleDate.parse(text));
    assertThat(e).as("parse(\"%s\") must throw", text).isNotNull();
    assertThat(e).hasMessage(message);
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> ArticleDate.parse(null))
        .withMessage("text must not be null");
    assertThatNullPointerException()
        .isThrownBy(() -> ArticleDate.parse("2025-02-12").toInstant(null))
        .withMessage("zoneForLocalDates must not be null");
  }
}
