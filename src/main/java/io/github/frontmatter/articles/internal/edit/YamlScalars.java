package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Value;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * How a scalar is written in YAML, for the emitter and the in-place editor alike: text plain
 * when it reads back as the same text, else quoted and escaped; keys; numbers, booleans,
 * dates and null.
 *
 * <p>Plain text is what reads back as itself in block or flow context: not empty, no
 * surrounding blanks, no indicator first, no {@code ": "} or {@code " #"}, nothing the Core
 * schema would read as null, a boolean or a number, nothing that would read as a date,
 * nothing a YAML 1.1 reader (Jekyll) takes for a boolean or a number, no {@code ...} first (a
 * document end at column 0), only printable characters (emoji allowed), and in flow context
 * none of {@code ,[]{}}.
 */
final class YamlScalars {
  private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();
  private static final int MAX_KEY_LENGTH = 1000; // YAML's implicit keys: at most 1024 chars

  /**
   * What YAML 1.1 readers (Jekyll's Psych, older Hugo) take for a boolean, a number or a
   * special key although YAML 1.2 reads it as text: quoted so that every reader agrees.
   */
  private static final Pattern YAML11 = Pattern.compile(
      "y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<"
          + "|[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])*(\\.[0-9_]*)?"
          + "([eE][-+]?[0-9]+)?|\\.[0-9_]+([eE][-+]?[0-9]+)?)");

  private YamlScalars() {}

  /**
   * A number, boolean, date or null as YAML writes it (the Core schema reads it back as the
   * same value).
   *
   * @throws IllegalArgumentException for text, a sequence or a mapping
   */
  static String scalar(Value v) {
    if (v instanceof Value.Int i) {
      return i.value().toString();
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      return Double.isNaN(x) ? ".nan" : Double.isInfinite(x) ? (x > 0 ? ".inf" : "-.inf")
          : Double.toString(x);
    } else if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof Value.Date d) {
      return d.value().text();
    } else if (v instanceof Value.Null) {
      return "null";
    }
    throw new IllegalArgumentException("not a scalar: " + v.kind());
  }

  /** Text plain when it can be (see the class comment), else double-quoted. */
  static String text(String s, boolean flow) {
    return plainOk(s, flow) ? s : doubleQuoted(s);
  }

  /**
   * Text in the style of an old scalar: double-quoted stays double-quoted; single-quoted stays
   * single-quoted ({@code '} doubled) unless the text has a line break or a character YAML
   * cannot print there; anything else is plain when it can be.
   */
  static String text(String s, ScalarStyle style, boolean flow) {
    if (style == ScalarStyle.DOUBLE_QUOTED) {
      return doubleQuoted(s);
    }
    if (style == ScalarStyle.SINGLE_QUOTED) {
      return s.indexOf('\n') < 0 && printableText(s, true)
          ? "'" + s.replace("'", "''") + "'" : doubleQuoted(s);
    }
    return text(s, flow);
  }

  /**
   * A key the editor writes: plain when it can be, else double-quoted.
   *
   * @throws IllegalArgumentException when the written key is longer than YAML allows a key
   *     on one line
   */
  static String key(String key, boolean flow) {
    return key(key, ScalarStyle.PLAIN, flow);
  }

  /**
   * A key the editor writes in the style of the file's keys: double- or single-quoted as
   * {@link #text(String, ScalarStyle, boolean)} quotes text, else plain when it can be.
   *
   * @throws IllegalArgumentException when the written key is longer than YAML allows a key
   *     on one line
   */
  static String key(String key, ScalarStyle style, boolean flow) {
    String k = text(key, style, flow);
    if (k.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("cannot write the YAML key \"" + key.substring(0, 40)
          + "...\": expected a key of at most " + MAX_KEY_LENGTH + " characters but found "
          + k.length() + " (YAML limits keys written on one line)");
    }
    return k;
  }

  /** Whether the text reads back as itself written plain (see the class comment). */
  static boolean plainOk(String s, boolean flow) {
    if (!printableText(s, false) || YAML11.matcher(s).matches() || s.startsWith("...")) {
      return false;
    }
    // an emoji (a surrogate pair) counts as one letter in what follows
    String letters = s.replaceAll("[\\x{10000}-\\x{10FFFF}]", "x");
    int n = letters.length();
    if (n == 0 || n > 200 || "-?:,[]{}#&*!|>'\"%@`~ \t".indexOf(letters.charAt(0)) >= 0) {
      return false;
    }
    char last = letters.charAt(n - 1);
    if (last == ' ' || last == '\t' || last == ':') {
      return false;
    }
    // control and other unprintable characters were refused above, with printableText
    for (int i = 0; i < n; i++) {
      char c = letters.charAt(i);
      if ((c == ':' && i + 1 < n && isBlank(letters.charAt(i + 1)))
          || (c == '#' && isBlank(letters.charAt(i - 1)))
          || (flow && ",[]{}".indexOf(c) >= 0)) {
        return false;
      }
    }
    if (!Tag.STR.equals(CORE.resolve(letters, true))) {
      return false;
    }
    try {
      ArticleDate.parse(letters); // would read back as a date
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  /**
   * A double-quoted scalar: {@code "}, {@code \}, line breaks, tabs, {@code \b}, {@code \f}
   * and characters YAML cannot print escaped; CJK and emoji kept as they are.
   */
  static String doubleQuoted(String s) {
    return Escapes.doubleQuoted(s, (text, i, out) -> {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(i + 1));
        return i + 1;
      }
      if (!printable(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
      return i;
    });
  }

  /**
   * Whether the text has only characters YAML can hold unescaped in a plain or single-quoted
   * scalar on one line (a tab too when {@code allowTab}); a surrogate pair (an emoji) counts
   * as one printable character, a lone surrogate as none.
   */
  static boolean printableText(String s, boolean allowTab) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (!printable(c) && !(allowTab && c == '\t')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** A character YAML can hold unescaped in a plain or single-quoted scalar on one line. */
  private static boolean printable(char c) {
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF
        && c != 0x2028 && c != 0x2029 && !Character.isSurrogate(c));
  }
}
