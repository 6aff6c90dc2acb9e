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
   * Parses a date in a form the generator of {@code profile} reads as a date. Under {@link
   * Profile#HUGO} these are the forms of {@link #parse(String)}. The other profiles also
   * accept the YAML timestamps their YAML readers type as dates: a one- or two-digit month,
   * day and hour, {@code T}, {@code t} or spaces before the time, seconds required, an
   * optional fraction, then optional spaces and {@code Z} or an offset of one or two hour
   * digits with optional minutes ({@code 2013-11-22 5:00:00 +00:00}). Only {@link
   * Profile#JEKYLL} (Ruby's Psych) takes an offset without a colon there ({@code +0000});
   * {@link Profile#ZOLA} refuses a colonless offset in every form. docs/profiles.md cites
   * each generator's rule.
   *
   * @param text the date as written, without quotes
   * @param profile the profile whose forms apply
   * @return the date
   * @throws IllegalArgumentException if {@code text} is not in a form of the profile or names
   *     a day or time that does not exist; the message says which
   * @since 0.2.0
   */
  public static ArticleDate parse(String text, Profile profile) {
    requireNonNull(text, "text must not be null");
    requireNonNull(profile, "profile must not be null");
    if (profile == Profile.HUGO) {
      return parse(text);
    }
    boolean psych = profile == Profile.JEKYLL;
    IllegalArgumentException hugo;
    try {
      ArticleDate d = new Reader(text).read();
      if (profile != Profile.ZOLA || !colonlessOffset(text)) {
        return d;
      }
      hugo = new IllegalArgumentException("expected a date whose offset has a colon (+hh:mm),"
          + " as Zola reads dates, but found " + Problem.quote(text));
    } catch (IllegalArgumentException e) {
      hugo = e;
    }
    ArticleDate d = Timestamp.read(text, psych);
    if (d == null) {
      throw hugo;
    }
    return d;
  }

  /** Whether the text ends with an offset of four digits without a colon ({@code +0000}). */
  private static boolean colonlessOffset(String s) {
    int n = s.length();
    if (n < 5) {
      return false;
    }
    char sign = s.charAt(n - 5);
    for (int k = n - 4; k < n; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return (sign == '+' || sign == '-') && s.indexOf(':') >= 0;
  }

  /**
   * The YAML 1.1 timestamp ({@code yaml.org/type/timestamp.html}) as Ruby's Psych 4.0
   * ({@code lib/psych/scalar_scanner.rb:9}, the {@code TIME} pattern) and js-yaml 4 ({@code
   * lib/type/timestamp.js:10-20}) match it, and Zola's {@code parse_yaml_datetime} ({@code
   * components/utils/src/de.rs:10-54}) accepts: year, one- or two-digit month and day, {@code
   * T}/{@code t}/white space, a one- or two-digit hour, two-digit minutes and seconds, an
   * optional fraction, optional white space, then nothing, {@code Z}, or {@code +}/{@code -}
   * with one or two hour digits and optional {@code :MM}. Psych also takes {@code MM}
   * without the colon. A date alone with one-digit month or day is Psych's too ({@code
   * scalar_scanner.rb:56}).
   */
  private static final class Timestamp {
    private final String s;
    private int i;

    private Timestamp(String s) {
      this.s = s;
    }

    /** The date, or null when the text is not such a timestamp; throws for a bad day. */
    static ArticleDate read(String text, boolean psych) {
      return new Timestamp(text).read(psych);
    }

    private ArticleDate read(boolean psych) {
      int year = digits(4, 4);
      if (year < 0 || !eat('-')) {
        return null;
      }
      int month = digits(1, 2);
      if (month < 0 || !eat('-')) {
        return null;
      }
      int day = digits(1, 2);
      if (day < 0) {
        return null;
      }
      Reader check = new Reader(s);
      if (i == s.length()) {
        return psych ? new ArticleDate(s, check.date(year, month, day), null, null) : null;
      }
      if (s.charAt(i) == 'T' || s.charAt(i) == 't') {
        i++;
      } else if (space()) {
        while (space()) {
          // white space before the time
        }
      } else {
        return null;
      }
      int hour = digits(1, 2);
      if (hour < 0 || !eat(':')) {
        return null;
      }
      int minute = digits(2, 2);
      if (minute < 0 || !eat(':')) {
        return null;
      }
      int second = digits(2, 2);
      if (second < 0) {
        return null;
      }
      int nano = 0;
      if (eat('.')) {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        String fraction = (s.substring(start, Math.min(i, start + 9)) + "000000000")
            .substring(0, 9);
        nano = Integer.parseInt(fraction);
      }
      while (space()) {
        // white space before the offset
      }
      ZoneOffset offset = null;
      if (eat('Z')) {
        offset = ZoneOffset.UTC;
      } else if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        boolean minus = s.charAt(i++) == '-';
        int hours = digits(1, 2);
        if (hours < 0) {
          return null;
        }
        int minutes = 0;
        boolean colon = eat(':');
        if (colon || (psych && i < s.length())) {
          minutes = digits(2, 2);
          if (minutes < 0) {
            return null;
          }
        }
        if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
          return null;
        }
        offset = ZoneOffset.ofTotalSeconds((hours * 3600 + minutes * 60) * (minus ? -1 : 1));
      }
      if (i != s.length()) {
        return null;
      }
      LocalDate date = check.date(year, month, day);
      return new ArticleDate(s, date, check.time(hour, minute, second, nano), offset);
    }

    private boolean space() {
      if (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
        return true;
      }
      return false;
    }

    private boolean eat(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }

    /** {@code min} to {@code max} digits as a number, or -1. */
    private int digits(int min, int max) {
      int start = i;
      int v = 0;
      while (i < s.length() && i - start < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        v = v * 10 + (s.charAt(i++) - '0');
      }
      return i - start >= min ? v : -1;
    }
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
