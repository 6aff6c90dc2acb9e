package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A date from front matter: the text as written, the local date and time it names, and the
 * UTC offset when the text has one.
 *
 * <p>Accepted forms, quoted or not in the front matter:
 *
 * <ul>
 *   <li>{@code 2025-02-12}
 *   <li>{@code 2025-02-12T07:02} and {@code 2025-02-12 07:02:11}, with {@code T} or one space,
 *       optional seconds and an optional fraction of one or more digits ({@code
 *       07:02:11.250}); digits past nanoseconds are dropped, not rounded
 *   <li>any of the times above followed by {@code Z}, {@code +08:00} or {@code -0500}, with
 *       or without one space before the offset ({@code 2013-09-06 14:00:00 -0500}, as Jekyll
 *       writes it)
 * </ul>
 *
 * <p>A date without an offset is never taken as UTC: {@link #offset()} is empty and the
 * caller chooses a zone with {@link #toInstant(ZoneId)}. Writing an article back never
 * reformats a date; {@link #text()} is what the file says.
 *
 * <p>Two dates are equal when they name the same local date, time and offset, whatever
 * their spelling ({@code 2025-02-12 07:02} equals {@code 2025-02-12T07:02:00}).
 *
 * @since 0.1.0
 */
public final class ArticleDate {
  private final String text;
  private final LocalDate date;
  private final LocalTime time; // null: the text has no time of day
  private final ZoneOffset offset; // null: the text has no offset

  private ArticleDate(String text, LocalDate date, LocalTime time, ZoneOffset offset) {
    this.text = text;
    this.date = date;
    this.time = time;
    this.offset = offset;
  }

  /**
   * Parses a date in one of the accepted forms.
   *
   * @param text the date as written, without quotes
   * @return the date
   * @throws IllegalArgumentException if {@code text} is not in an accepted form or names a day
   *     or time that does not exist; the message says which
   */
  public static ArticleDate parse(String text) {
    requireNonNull(text, "text must not be null");
    return new Reader(text).read();
  }

  /**
   * Returns the text as written in the file.
   *
   * @return the text as written in the file
   */
  public String text() {
    return text;
  }

  /**
   * Returns the calendar date.
   *
   * @return the calendar date
   */
  public LocalDate localDate() {
    return date;
  }

  /**
   * Returns the time of day, or empty when the text is a date alone.
   *
   * @return the time of day, or empty when the text is a date alone
   */
  public Optional<LocalTime> localTime() {
    return Optional.ofNullable(time);
  }

  /**
   * Returns whether the text has a time of day.
   *
   * @return whether the text has a time of day
   */
  public boolean hasTime() {
    return time != null;
  }

  /**
   * Returns the date and time as written, midnight when the text has no time of day.
   *
   * @return the date and time as written, midnight when the text has no time of day
   */
  public LocalDateTime localDateTime() {
    return date.atTime(time == null ? LocalTime.MIDNIGHT : time);
  }

  /**
   * Returns the UTC offset written in the text, or empty when it has none.
   *
   * @return the UTC offset written in the text, or empty when it has none
   */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /**
   * Returns the exact moment when the text has an offset, or empty when it has none.
   *
   * @return the exact moment when the text has an offset, or empty when it has none
   */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    return offset == null ? Optional.empty() : Optional.of(localDateTime().atOffset(offset));
  }

  /**
   * Returns the moment this date names: with the text's own offset when it has one, else in
   * {@code zoneForLocalDates}.
   *
   * @param zoneForLocalDates the zone for dates written without an offset (Hugo uses the
   *     site's {@code timeZone}, UTC by default)
   * @return the instant
   */
  public Instant toInstant(ZoneId zoneForLocalDates) {
    requireNonNull(zoneForLocalDates, "zoneForLocalDates must not be null");
    if (offset != null) {
      return localDateTime().toInstant(offset);
    }
    return localDateTime().atZone(zoneForLocalDates).toInstant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleDate d
        && date.equals(d.date)
        && Objects.equals(time, d.time)
        && Objects.equals(offset, d.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, time, offset);
  }

  /** Returns the text as written. */
  @Override
  public String toString() {
    return text;
  }

  /** A strict reader of the accepted forms; every failure names what it expected. */
  private static final class Reader {
    static final String FORMS =
        "a date (yyyy-MM-dd, optionally followed by a time HH:mm[:ss[.fraction]] and an"
            + " offset Z, +hh:mm or +hhmm)";
    private final String s;
    private int i;

    Reader(String s) {
      this.s = s;
    }

    ArticleDate read() {
      int year = digits(4);
      expect('-');
      int month = digits(2);
      expect('-');
      int day = digits(2);
      LocalDate date = date(year, month, day);
      LocalTime time = null;
      ZoneOffset offset = null;
      if (i < s.length()) {
        char sep = s.charAt(i);
        if (sep != 'T' && sep != 't' && sep != ' ') {
          throw invalid();
        }
        i++;
        int hour = digits(2);
        expect(':');
        int minute = digits(2);
        int second = 0;
        int nano = 0;
        if (i < s.length() && s.charAt(i) == ':') {
          i++;
          second = digits(2);
          if (i < s.length() && s.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) {
              i++;
            }
            if (i == start) {
              throw invalid();
            }
            // digits past the ninth are dropped, not rounded (TOML requires truncation)
            String fraction = (s.substring(start, Math.min(i, start + 9)) + "00000000")
                .substring(0, 9);
            nano = Integer.parseInt(fraction);
          }
        }
        time = time(hour, minute, second, nano);
        if (i < s.length()) {
          if (s.charAt(i) == ' ') {
            i++;
          }
          offset = offset();
        }
      }
      if (i != s.length()) {
        throw invalid();
      }
      return new ArticleDate(s, date, time, offset);
    }

    private ZoneOffset offset() {
      if (i >= s.length()) {
        throw invalid();
      }
      char c = s.charAt(i);
      if (c == 'Z' || c == 'z') {
        i++;
        return ZoneOffset.UTC;
      }
      if (c != '+' && c != '-') {
        throw invalid();
      }
      i++;
      int hours = digits(2);
      if (i < s.length() && s.charAt(i) == ':') {
        i++;
      }
      int minutes = digits(2);
      if (minutes > 59) {
        throw new IllegalArgumentException(
            "expected offset minutes from 00 to 59 but found " + Problem.quote(s));
      }
      if (hours * 60 + minutes > 18 * 60) { // +18:30 too: ZoneOffset would throw
        throw new IllegalArgumentException(
            "expected an offset of at most 18:00 but found " + Problem.quote(s));
      }
      int seconds = (hours * 3600 + minutes * 60) * (c == '-' ? -1 : 1);
      return ZoneOffset.ofTotalSeconds(seconds);
    }

    private LocalDate date(int year, int month, int day) {
      if (month < 1 || month > 12) {
        throw new IllegalArgumentException(
            "expected a month from 01 to 12 but found " + Problem.quote(s));
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        throw new IllegalArgumentException(
            "expected a day that exists but found " + Problem.quote(s) + " (" + name + " " + year
                + " has no day " + day + ")");
      }
    }

    private LocalTime time(int hour, int minute, int second, int nano) {
      if (hour > 23 || minute > 59 || second > 59) {
        throw new IllegalArgumentException(
            "expected a time from 00:00:00 to 23:59:59 but found " + Problem.quote(s));
      }
      return LocalTime.of(hour, minute, second, nano);
    }

    private int digits(int n) {
      if (i + n > s.length()) {
        throw invalid();
      }
      int v = 0;
      for (int k = 0; k < n; k++) {
        char c = s.charAt(i + k);
        if (!isDigit(c)) {
          throw invalid();
        }
        v = v * 10 + (c - '0');
      }
      i += n;
      return v;
    }

    private void expect(char c) {
      if (i >= s.length() || s.charAt(i) != c) {
        throw invalid();
      }
      i++;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private IllegalArgumentException invalid() {
      return new IllegalArgumentException("expected " + FORMS + " but found " + Problem.quote(s));
    }
  }
}
