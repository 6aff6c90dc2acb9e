package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Value;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * How a scalar is written in TOML, for the emitter and the in-place editor alike: text in
 * each of TOML's four kinds of string, keys bare when they can be, dates in RFC 3339 form,
 * numbers and booleans.
 */
final class TomlScalars {
  private TomlScalars() {}

  /** TOML's kinds of string. */
  enum Style { BASIC, LITERAL, MULTI_BASIC, MULTI_LITERAL }

  /**
   * An integer, float ({@code inf}, {@code nan}), boolean or date as TOML writes it; the
   * caller has checked that an integer fits in 64 bits.
   *
   * @throws IllegalArgumentException for text, null, a sequence or a mapping
   */
  static String scalar(Value v) {
    if (v instanceof Value.Int i) {
      return i.value().toString();
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      return Double.isNaN(x) ? "nan" : Double.isInfinite(x) ? (x > 0 ? "inf" : "-inf")
          : Double.toString(x);
    } else if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof Value.Date d) {
      return date(d.value());
    }
    throw new IllegalArgumentException("not a TOML scalar: " + v.kind());
  }

  /** RFC 3339 as TOML wants it: seconds always, 'T', offsets with a colon. */
  static String date(ArticleDate d) {
    if (!d.hasTime()) {
      return d.localDate().toString();
    }
    LocalTime t = d.localTime().orElseThrow();
    String time = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    if (t.getNano() != 0) {
      String frac = String.format("%09d", t.getNano()).replaceAll("0+$", "");
      time += "." + frac;
    }
    String offset = d.offset().map(ZoneOffset::getId).map(id -> id.equals("Z") ? "Z" : id)
        .orElse("");
    return d.localDate() + "T" + time + offset;
  }

  /** A key: bare when it is only ASCII letters, digits, {@code _} and {@code -}, else basic. */
  static String key(String key) {
    if (!key.isEmpty() && key.chars().allMatch(c -> (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
      return key;
    }
    return basic(key);
  }

  /** A basic string {@code "..."}: the usual escapes, other control characters as \\uXXXX. */
  static String basic(String s) {
    return Escapes.doubleQuoted(s, (text, i, out) -> {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
      return i;
    });
  }

  /** The kind of string an old value's text is written as. */
  static Style styleOf(String oldText) {
    if (oldText.startsWith("\"\"\"")) {
      return Style.MULTI_BASIC;
    } else if (oldText.startsWith("'''")) {
      return Style.MULTI_LITERAL;
    } else if (oldText.startsWith("'")) {
      return Style.LITERAL;
    }
    return Style.BASIC;
  }

  /**
   * Text in the kind of string {@code style} when it can hold it: a literal string needs text
   * without {@code '}, line breaks or control characters, else it is basic; a multi-line string
   * stays multi-line only for text with a line break (written with {@code nl}; a newline right
   * after the opening quotes when {@code lead}), else it becomes one line of the same kind.
   */
  static String text(String s, Style style, boolean lead, String nl) {
    boolean multiLine = s.indexOf('\n') >= 0;
    switch (style) {
      case LITERAL -> {
        return literalOk(s) ? "'" + s + "'" : basic(s);
      }
      case MULTI_BASIC -> {
        return multiLine && !hasFenceLine(s) ? multiBasic(s, lead, nl) : basic(s);
      }
      case MULTI_LITERAL -> {
        if (!multiLine || hasFenceLine(s)) {
          return literalOk(s) ? "'" + s + "'" : basic(s);
        }
        return multiLiteralOk(s)
            ? "'''" + (lead || s.startsWith("\n") ? nl : "") + s.replace("\n", nl) + "'''"
            : multiBasic(s, lead, nl);
      }
      default -> {
        return basic(s);
      }
    }
  }

  private static boolean literalOk(String s) {
    return s.indexOf('\'') < 0
        && s.chars().noneMatch(c -> (c < 0x20 && c != '\t') || c == 0x7F);
  }

  /**
   * Whether a line of the text would read as the closing {@code +++} fence (three pluses,
   * then only blanks) once written as a multi-line string: the fence is found before TOML
   * is read, so such a value must stay on one line, escaped.
   */
  private static boolean hasFenceLine(String s) {
    for (String line : s.split("\n", -1)) {
      if (line.startsWith("+++")
          && line.substring(3).chars().allMatch(c -> c == ' ' || c == '\t')) {
        return true;
      }
    }
    return false;
  }

  private static boolean multiLiteralOk(String s) {
    return !s.contains("'''") && !s.endsWith("'")
        && s.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F);
  }

  private static String multiBasic(String s, boolean lead, String nl) {
    StringBuilder b = new StringBuilder("\"\"\"");
    if (lead || s.startsWith("\n")) {
      b.append(nl);
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        // no two quotes in a row, and none last, so that the closing quotes stay three
        case '"' -> b.append(i + 1 == s.length() || s.charAt(i + 1) == '"' ? "\\\"" : "\"");
        case '\n' -> b.append(nl);
        case '\t' -> b.append('\t');
        case '\r' -> b.append("\\r");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append("\"\"\"").toString();
  }
}
