package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.Value;

/**
 * How a scalar is written in JSON, for the emitter and the in-place editor alike. Text is a
 * JSON string: {@code "}, {@code \}, the usual control characters escaped by name and the
 * other control characters as {@code \}{@code u00xx}; every other character as it is.
 */
final class JsonScalars {
  private JsonScalars() {}

  /**
   * Text or a date (as the string of its text: JSON has no dates), a number, a boolean or
   * null as JSON writes it; the caller has refused NaN and the infinities.
   *
   * @throws IllegalArgumentException for a sequence or a mapping
   */
  static String scalar(Value v) {
    if (v instanceof Value.Text t) {
      return string(t.value());
    } else if (v instanceof Value.Date d) {
      return string(d.value().text());
    } else if (v instanceof Value.Int i) {
      return i.value().toString();
    } else if (v instanceof Value.Decimal d) {
      return Double.toString(d.value());
    } else if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof Value.Null) {
      return "null";
    }
    throw new IllegalArgumentException("not a scalar: " + v.kind());
  }

  /** The text as a JSON string, quotes included. */
  static String string(String s) {
    return Escapes.doubleQuoted(s, (text, i, out) -> {
      char c = text.charAt(i);
      if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
      return i;
    });
  }
}
