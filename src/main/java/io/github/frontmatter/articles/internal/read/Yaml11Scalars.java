package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a plain (unquoted, untagged) YAML scalar is under YAML 1.1 as Ruby's Psych reads it,
 * for {@link Profile#JEKYLL}: Debian's jekyll 4.3.1 loads front matter with {@code
 * Psych.safe_load} (its {@code lib/jekyll/utils.rb:319-331}), and Psych types plain scalars
 * in {@code ScalarScanner#tokenize} (ruby/psych v4.0.3, the version Debian 12's Ruby 3.1
 * ships, {@code lib/psych/scalar_scanner.rb:30-98}). The order of the tests below is
 * Psych's, and each pattern is the one Psych matches (written here from its description):
 *
 * <ol>
 *   <li>empty: null;
 *   <li>text that starts like a word (at most one leading character that is not a digit,
 *       {@code .}, {@code :} or {@code -}, then letters, {@code _}, white space or one of
 *       {@code !@#$%^&*(){}<>|/\~;=}), or any text with a line break: when it is at most
 *       five characters long, {@code ~} and {@code null} are null and {@code yes}, {@code
 *       true}, {@code on} / {@code no}, {@code false}, {@code off} are booleans, in any case
 *       ({@code Yes}, {@code OFF}); {@code y} and {@code n} stay text (lines 36-49);
 *   <li>a timestamp ({@code TIME}, line 9) or a date with one- or two-digit month and day
 *       (line 56): a date, or text when the day does not exist;
 *   <li>{@code .inf}, {@code -.inf}, {@code .nan} in any case (lines 63-68);
 *   <li>base 60: {@code 1:30} is 5400, {@code 1:30.5} 5430.0 (lines 75-86);
 *   <li>a decimal ({@code FLOAT}, line 13: a dot is required, an exponent needs its sign),
 *       then an integer ({@code INTEGER}, lines 16-19: {@code 0b}, a leading {@code 0} for
 *       octal, {@code 0x}); {@code ,} and {@code _} between digits are dropped ({@code 1,000}
 *       is 1000);
 *   <li>anything else is text (a {@code :symbol} too: upstream Jekyll's SafeYAML keeps it as
 *       text, where Debian's {@code safe_load} refuses the Symbol class).
 * </ol>
 */
final class Yaml11Scalars {
  private Yaml11Scalars() {}

  private static final Pattern WORDLIKE =
      Pattern.compile("^[^\\d.:-]?[\\p{IsAlphabetic}_\\s!@#$%\\^&*(){}<>|/\\\\~;=]+");
  private static final Pattern TIME = Pattern.compile(
      "-?\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|\\s+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?"
          + "(?:\\s*(?:Z|[-+]\\d{1,2}:?(?:\\d\\d)?))?");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}-(?:1[012]|0\\d|\\d)-(?:[12]\\d|3[01]|0\\d|\\d)");
  private static final Pattern BASE60_INT = Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}");
  private static final Pattern BASE60_FLOAT =
      Pattern.compile("[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\\.[0-9_]*");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?([0-9][0-9_,]*)?\\.[0-9]*([eE][-+][0-9]+)?");
  private static final Pattern BINARY = Pattern.compile("[-+]?0b[0-1_,]+");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_,]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_,]+");

  /** The value of the plain scalar {@code s}. */
  static Value plain(String s) {
    if (s.isEmpty()) {
      return Value.Null.INSTANCE;
    }
    if (WORDLIKE.matcher(s).lookingAt() || s.indexOf('\n') >= 0) {
      if (s.length() > 5) {
        return new Value.Text(s);
      }
      String lower = s.toLowerCase(Locale.ROOT);
      return switch (lower) {
        case "~", "null" -> Value.Null.INSTANCE;
        case "yes", "true", "on" -> new Value.Bool(true);
        case "no", "false", "off" -> new Value.Bool(false);
        default -> new Value.Text(s);
      };
    }
    if (s.length() <= 64 && (TIME.matcher(s).matches() || DATE.matcher(s).matches())) {
      try {
        return new Value.Date(ArticleDate.parse(s, Profile.JEKYLL));
      } catch (IllegalArgumentException e) {
        return new Value.Text(s); // Psych: a day that does not exist stays text
      }
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals(".inf") || lower.equals("+.inf")) {
      return new Value.Decimal(Double.POSITIVE_INFINITY);
    }
    if (lower.equals("-.inf")) {
      return new Value.Decimal(Double.NEGATIVE_INFINITY);
    }
    if (lower.equals(".nan")) {
      return new Value.Decimal(Double.NaN);
    }
    if (BASE60_INT.matcher(s).matches()) {
      return new Value.Int(base60(s).toBigInteger());
    }
    if (BASE60_FLOAT.matcher(s).matches()) {
      return new Value.Decimal(base60(s).doubleValue());
    }
    if (FLOAT.matcher(s).matches()) {
      String digits = s.replace(",", "").replace("_", "");
      if (digits.matches("[-+]?\\.")) {
        return new Value.Text(s);
      }
      try {
        return new Value.Decimal(Double.parseDouble(digits.endsWith(".") ? digits + "0"
            : digits.replace(".e", ".0e").replace(".E", ".0E")));
      } catch (NumberFormatException e) {
        return new Value.Text(s);
      }
    }
    try {
      if (BINARY.matcher(s).matches()) {
        return integer(s, 2, s.indexOf('b') + 1);
      }
      if (HEX.matcher(s).matches()) {
        return integer(s, 16, s.indexOf('x') + 1);
      }
      if (OCTAL.matcher(s).matches()) {
        return integer(s, 8, s.indexOf('0') + 1);
      }
      if (DECIMAL.matcher(s).matches()) {
        return integer(s, 10, s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0);
      }
    } catch (NumberFormatException e) {
      return new Value.Text(s); // Ruby's Integer() refuses it: Psych keeps the text
    }
    return new Value.Text(s);
  }

  /** The digits from {@code from}, separators dropped, in {@code radix}, with the sign. */
  private static Value integer(String s, int radix, int from) {
    String digits = s.substring(from).replace(",", "").replace("_", "");
    if (digits.isEmpty()) {
      throw new NumberFormatException(s);
    }
    BigInteger v = new BigInteger(digits, radix);
    return new Value.Int(s.charAt(0) == '-' ? v.negate() : v);
  }

  /**
   * Base 60 as Psych 4.0.3 computes it: part {@code e} (from 0) is worth {@code 60^|e-2|},
   * so {@code 1:30} is 1 hour and 30 minutes in seconds, 5400 ({@code
   * scalar_scanner.rb:75-86}; checked with Debian's Ruby 3.1).
   */
  private static java.math.BigDecimal base60(String s) {
    boolean minus = s.charAt(0) == '-';
    String body = s.charAt(0) == '-' || s.charAt(0) == '+' ? s.substring(1) : s;
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    String[] parts = body.replace("_", "").split(":");
    for (int e = 0; e < parts.length; e++) {
      String part = parts[e].endsWith(".") ? parts[e] + "0" : parts[e];
      total = total.add(new java.math.BigDecimal(part)
          .multiply(java.math.BigDecimal.valueOf(60).pow(Math.abs(e - 2))));
    }
    return minus ? total.negate() : total;
  }
}
