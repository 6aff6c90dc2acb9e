package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;

/**
 * TOML's numbers, dates and times, read from their token ({@link TomlReader} finds the token and
 * says where it is): integers in four radixes with single underscores between digits, floats
 * with {@code inf} and {@code nan}, and the four date and time forms of TOML 1.0. A token that
 * does not fit gives the index of its first misfit and the message, and no value; the reader
 * reports it at that place.
 */
final class TomlScalars {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /**
   * What a token reads as: its value, or (with {@code misfit} set) the index in the token where
   * it stops fitting and why.
   */
  record Read(Value value, int at, String misfit) {}

  private int index;
  private String message;

  private TomlScalars() {}

  /**
   * Reads a number token ({@code 42}, {@code -1_000}, {@code 0xff}, {@code 6.02e23},
   * {@code inf}).
   */
  static Read number(String token) {
    TomlScalars s = new TomlScalars();
    return s.result(s.readNumber(token));
  }

  /**
   * Reads an offset date-time, local date-time, local date or local time token, checked against
   * the TOML grammar and then by {@link ArticleDate}; a bare time is text.
   */
  static Read dateTime(String token) {
    TomlScalars s = new TomlScalars();
    return s.result(s.readDateTime(token));
  }

  private Read result(Value v) {
    return message == null ? new Read(v, 0, null) : new Read(null, index, message);
  }

  private Value readNumber(String token) {
    int n = token.length();
    int i = 0;
    boolean signed = token.charAt(0) == '+' || token.charAt(0) == '-';
    if (signed) {
      i = 1;
    }
    String rest = token.substring(i);
    if (rest.equals("inf")) {
      return new Value.Decimal(token.charAt(0) == '-' ? Double.NEGATIVE_INFINITY
          : Double.POSITIVE_INFINITY);
    }
    if (rest.equals("nan")) {
      return new Value.Decimal(Double.NaN);
    }
    if (rest.length() >= 2 && rest.charAt(0) == '0' && "xob".indexOf(rest.charAt(1)) >= 0) {
      if (signed) {
        return misfit(0, "expected an unsigned number after \"" + token.charAt(0)
            + "\" (hexadecimal, octal and binary integers take no sign) but found \"" + token
            + "\"");
      }
      int radix = rest.charAt(1) == 'x' ? 16 : rest.charAt(1) == 'o' ? 8 : 2;
      int j = digits(token, 2, radix);
      if (j < 0) {
        return Value.Null.INSTANCE;
      }
      if (j != n) {
        return misfit(j, "expected a " + radixName(radix) + " digit or \"_\""
            + " in " + Problem.quote(token) + " but found " + foundIn(token, j));
      }
      return integer(new BigInteger(token.substring(2).replace("_", ""), radix), token);
    }
    if (!isDigitChar(token, i)) {
      return misfit(i, "expected a digit in " + Problem.quote(token) + " but found "
          + foundIn(token, i));
    }
    if (token.charAt(i) == '0' && i + 1 < n && (isDigitChar(token, i + 1)
        || token.charAt(i + 1) == '_')) {
      return misfit(i, "expected a number without leading zeros but found \""
          + token + "\"");
    }
    int j = digits(token, i, 10);
    if (j < 0) {
      return Value.Null.INSTANCE;
    }
    boolean isFloat = false;
    if (j < n && token.charAt(j) == '.') {
      isFloat = true;
      if (!isDigitChar(token, j + 1)) {
        return misfit(j + 1, "expected a digit after the decimal point in \""
            + token + "\" but found " + foundIn(token, j + 1));
      }
      j = digits(token, j + 1, 10);
      if (j < 0) {
        return Value.Null.INSTANCE;
      }
    }
    if (j < n && (token.charAt(j) == 'e' || token.charAt(j) == 'E')) {
      isFloat = true;
      j++;
      if (j < n && (token.charAt(j) == '+' || token.charAt(j) == '-')) {
        j++;
      }
      if (!isDigitChar(token, j)) {
        return misfit(j, "expected a digit in the exponent of \"" + token
            + "\" but found " + foundIn(token, j));
      }
      j = digits(token, j, 10);
      if (j < 0) {
        return Value.Null.INSTANCE;
      }
    }
    if (j != n) {
      return misfit(j, "expected a number but found " + Problem.quote(token)
          + " (unexpected " + foundIn(token, j) + ")");
    }
    String plain = token.replace("_", "");
    if (isFloat) {
      double d = Double.parseDouble(plain);
      if (Double.isInfinite(d)) {
        return misfit(0, "expected a float within the range of a 64-bit float"
            + " but found " + Problem.quote(token));
      }
      return new Value.Decimal(d);
    }
    return integer(new BigInteger(plain), token);
  }

  private Value integer(BigInteger v, String token) {
    if (v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0) {
      return misfit(0, "expected an integer from " + Long.MIN_VALUE + " to "
          + Long.MAX_VALUE + " but found " + Problem.quote(token));
    }
    return new Value.Int(v);
  }

  /**
   * Digits of {@code radix} with single underscores between them, from {@code i} (which must
   * be a digit); returns the index after them, or -1 after reporting a misplaced underscore.
   */
  private int digits(String token, int i, int radix) {
    if (i >= token.length() || Character.digit(token.charAt(i), radix) < 0) {
      misfit(i, "expected a " + radixName(radix) + " digit in \"" + token
          + "\" but found " + foundIn(token, i));
      return -1;
    }
    int j = i;
    while (j < token.length()) {
      char c = token.charAt(j);
      if (Character.digit(c, radix) >= 0 && c < 0x80) {
        j++;
      } else if (c == '_') {
        if (j + 1 >= token.length() || Character.digit(token.charAt(j + 1), radix) < 0) {
          misfit(j + 1, "expected a " + radixName(radix) + " digit after"
              + " \"_\" in " + Problem.quote(token) + " but found " + foundIn(token, j + 1));
          return -1;
        }
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static String radixName(int radix) {
    return switch (radix) {
      case 16 -> "hexadecimal";
      case 8 -> "octal";
      case 2 -> "binary";
      default -> "decimal";
    };
  }

  private static boolean isDigitChar(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static String foundIn(String token, int i) {
    return i >= token.length() ? "the end of " + Problem.quote(token) : "\"" + token.charAt(i) + "\"";
  }

  /** Records the first misfit of the token (index in it, message); returns Null. */
  private Value misfit(int index, String message) {
    if (this.message == null) {
      this.index = index;
      this.message = message;
    }
    return Value.Null.INSTANCE;
  }

  /**
   * An offset date-time, local date-time, local date or local time, checked against the TOML
   * grammar (seconds required, {@code hh:mm} offsets) and then read by {@link ArticleDate},
   * which checks that the day and time exist.
   */
  private Value readDateTime(String token) {
    DateShape shape = new DateShape(token);
    int bad = shape.check();
    if (bad >= 0) {
      misfit(Math.min(bad, token.length()), "expected " + shape.expected
          + " but found " + Problem.quote(token) + (bad < token.length()
              ? " (unexpected " + foundIn(token, bad) + ")" : ""));
      return Value.Null.INSTANCE;
    }
    if (shape.timeOnly) {
      int h = Integer.parseInt(token.substring(0, 2));
      int m = Integer.parseInt(token.substring(3, 5));
      int s = Integer.parseInt(token.substring(6, 8));
      if (h > 23 || m > 59 || s > 59) {
        misfit(0, "expected a time from 00:00:00 to 23:59:59 but found \"" + token
            + "\"");
        return Value.Null.INSTANCE;
      }
      return new Value.Text(token); // see the class comment: a bare time is text
    }
    try {
      return new Value.Date(ArticleDate.parse(token));
    } catch (IllegalArgumentException e) {
      misfit(0, e.getMessage());
      return Value.Null.INSTANCE;
    }
  }

  /** The TOML 1.0 grammar of dates and times; {@link #check} finds the first misfit. */
  private static final class DateShape {
    final String s;
    int i;
    boolean timeOnly;
    String expected = "a date yyyy-mm-dd, a date-time yyyy-mm-ddThh:mm:ss[.fraction]"
        + "[Z|+hh:mm] or a time hh:mm:ss[.fraction]";

    DateShape(String s) {
      this.s = s;
    }

    /** Returns -1 when {@code s} fits, else the index of the first character that does not. */
    int check() {
      if (s.length() > 2 && s.charAt(2) == ':') {
        timeOnly = true;
        expected = "a time hh:mm:ss[.fraction]";
        return time() ? (i == s.length() ? -1 : i) : i;
      }
      if (!(digits(4) && is('-') && digits(2) && is('-') && digits(2))) {
        return i;
      }
      if (i == s.length()) {
        return -1;
      }
      expected = "a date-time yyyy-mm-ddThh:mm:ss[.fraction][Z|+hh:mm] (TOML 1.0 requires"
          + " the seconds)";
      if (!(is('T') || is('t') || is(' ')) || !time()) {
        return i;
      }
      if (i < s.length() && !(is('Z') || is('z'))) {
        if (!((is('+') || is('-')) && digits(2) && is(':') && digits(2))) {
          return i;
        }
      }
      return i == s.length() ? -1 : i;
    }

    private boolean time() {
      if (!(digits(2) && is(':') && digits(2) && is(':') && digits(2))) {
        return false;
      }
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        int from = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          i++;
        }
        return i > from;
      }
      return true;
    }

    private boolean digits(int n) {
      for (int k = 0; k < n; k++) {
        if (i >= s.length() || s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
        i++;
      }
      return true;
    }

    private boolean is(char c) {
      if (i < s.length() && s.charAt(i) == c) {
        i++;
        return true;
      }
      return false;
    }
  }
}
