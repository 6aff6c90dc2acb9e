package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.Pointers;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Writes front-matter values as clean, conventional YAML, TOML or JSON, fences included.
 * Used for new front matter and for conversion; an unedited article never goes through it.
 *
 * <p>What a format cannot hold is refused with an {@link Unrepresentable} naming the value's
 * path; what it can only hold differently (TOML's order of tables, JSON's dates as strings)
 * is done and described in {@link #notes()}.
 */
public final class Emitter {
  private static final ScalarResolver CORE = new CoreSchema().getScalarResolver();
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** A value the target format cannot hold. */
  public static final class Unrepresentable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;

    Unrepresentable(String path, String message) {
      super(message, null, false, false);
      this.path = path;
    }

    /** JSON Pointer of the value. */
    public String path() {
      return path;
    }
  }

  private final String nl;
  private final StringBuilder out = new StringBuilder();
  private final List<String> notes = new ArrayList<>();
  private int datesAsText;

  private Emitter(String lineSeparator) {
    this.nl = lineSeparator;
  }

  /**
   * Returns the front matter in {@code format}, from the opening fence to the line break
   * after the closing fence (after the closing brace for JSON).
   *
   * @throws Unrepresentable if a value cannot be written in {@code format}
   */
  public static Emitted emit(Format format, Map<String, Value> values, String lineSeparator) {
    Emitter e = new Emitter(lineSeparator);
    switch (format) {
      case YAML -> e.yamlDocument(values);
      case TOML -> e.tomlDocument(values);
      case JSON -> e.jsonDocument(values);
      case NONE -> {
        if (!values.isEmpty()) {
          throw new Unrepresentable("", "expected no front matter for format NONE but found "
              + values.size() + " keys");
        }
      }
    }
    if (e.datesAsText > 0) {
      e.notes.add(e.datesAsText + (e.datesAsText == 1 ? " date was" : " dates were")
          + " written as JSON strings: JSON has no date type, so they read back as text");
    }
    return new Emitted(e.out.toString(), List.copyOf(e.notes));
  }

  /** The text and what had to change on the way. */
  public record Emitted(String text, List<String> notes) {}

  // ---------------------------------------------------------------- YAML

  private void yamlDocument(Map<String, Value> values) {
    out.append("---").append(nl);
    yamlMapping(values, 0);
    out.append("---").append(nl);
  }

  private void yamlMapping(Map<String, Value> values, int indent) {
    values.forEach((k, v) -> {
      out.append(" ".repeat(indent)).append(yamlScalarText(k)).append(':');
      yamlValueAfterKey(v, indent);
    });
  }

  private void yamlValueAfterKey(Value v, int indent) {
    if (v instanceof Value.Mapping m && !m.entries().isEmpty()) {
      out.append(nl);
      yamlMapping(m.entries(), indent + 2);
    } else if (v instanceof Value.Sequence s && !s.items().isEmpty()) {
      out.append(nl);
      yamlSequence(s.items(), indent + 2);
    } else {
      out.append(' ').append(yamlInline(v)).append(nl);
    }
  }

  private void yamlSequence(List<Value> items, int indent) {
    for (Value item : items) {
      out.append(" ".repeat(indent)).append('-');
      if (item instanceof Value.Mapping m && !m.entries().isEmpty()) {
        // the first key goes on the dash line, the rest under it
        boolean first = true;
        for (Map.Entry<String, Value> e : m.entries().entrySet()) {
          out.append(first ? " " : " ".repeat(indent + 2)).append(yamlScalarText(e.getKey()))
              .append(':');
          yamlValueAfterKey(e.getValue(), indent + 2);
          first = false;
        }
      } else if (item instanceof Value.Sequence s && !s.items().isEmpty()) {
        out.append(nl);
        yamlSequence(s.items(), indent + 2);
      } else {
        out.append(' ').append(yamlInline(item)).append(nl);
      }
    }
  }

  private static String yamlInline(Value v) {
    if (v instanceof Value.Text t) {
      return yamlScalarText(t.value());
    } else if (v instanceof Value.Sequence) {
      return "[]";
    } else if (v instanceof Value.Mapping) {
      return "{}";
    }
    return yamlScalar(v);
  }

  /**
   * A number, boolean, date or null as YAML writes it (the Core schema reads it back as the
   * same value); shared with the format-preserving editor.
   *
   * @throws IllegalArgumentException for text, a sequence or a mapping
   */
  static String yamlScalar(Value v) {
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

  /**
   * Text as a plain scalar when it reads back as the same text, else double-quoted, by the
   * same rules as format-preserving edits ({@link YamlEditor#plainOk}): not empty, no
   * surrounding blanks, no indicator first, no ": " or " #", nothing the Core schema would
   * read as null, a boolean or a number, nothing that would read as a date, nothing a YAML
   * 1.1 reader (Jekyll) takes for a boolean, only printable characters.
   */
  static String yamlScalarText(String s) {
    return YamlEditor.plainOk(s, false) ? s : YamlEditor.doubleQuoted(s);
  }

  /** The Core-schema part of {@link YamlEditor#plainOk}; see {@link #yamlScalarText}. */
  static boolean isPlainSafe(String s) {
    if (s.isEmpty() || s.length() > 200) {
      return false;
    }
    char first = s.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`~ \t".indexOf(first) >= 0) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == ' ' || last == '\t' || last == ':') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || c == '\uFEFF' || (c >= 0xD800 && c <= 0xDFFF)) {
        return false;
      }
      if (c == ':' && i + 1 < s.length() && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
        return false;
      }
      if (c == '#' && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) {
        return false;
      }
    }
    if (!Tag.STR.equals(CORE.resolve(s, true))) {
      return false;
    }
    try {
      ArticleDate.parse(s); // would read back as a date
      return false;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }

  // ---------------------------------------------------------------- TOML

  private void tomlDocument(Map<String, Value> values) {
    out.append("+++").append(nl);
    boolean moved = false;
    boolean sawTable = false;
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (e.getValue() instanceof Value.Mapping) {
        sawTable = true;
      } else {
        moved |= sawTable;
      }
    }
    tomlTable(values, "", "");
    if (moved) {
      notes.add("key order changed: TOML writes plain keys before tables, so keys that"
          + " followed a mapping now come before it");
    }
    out.append("+++").append(nl);
  }

  private void tomlTable(Map<String, Value> values, String tableName, String pointer) {
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (!(e.getValue() instanceof Value.Mapping)) {
        String path = pointer + "/" + Pointers.escape(e.getKey());
        out.append(tomlKey(e.getKey())).append(" = ").append(tomlInline(e.getValue(), path))
            .append(nl);
      }
    }
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (e.getValue() instanceof Value.Mapping m) {
        String name = tableName.isEmpty() ? tomlKey(e.getKey())
            : tableName + "." + tomlKey(e.getKey());
        out.append(nl).append('[').append(name).append(']').append(nl);
        tomlTable(m.entries(), name, pointer + "/" + Pointers.escape(e.getKey()));
      }
    }
  }

  private String tomlInline(Value v, String path) {
    if (v instanceof Value.Text t) {
      return '"' + tomlBasic(t.value()) + '"';
    } else if (v instanceof Value.Int i) {
      if (i.value().compareTo(LONG_MIN) < 0 || i.value().compareTo(LONG_MAX) > 0) {
        throw new Unrepresentable(path, "expected an integer TOML can hold (64 bits) but found "
            + i.value());
      }
      return i.value().toString();
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      return Double.isNaN(x) ? "nan" : Double.isInfinite(x) ? (x > 0 ? "inf" : "-inf")
          : Double.toString(x);
    } else if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof Value.Date d) {
      return tomlDate(d.value());
    } else if (v instanceof Value.Null) {
      throw new Unrepresentable(path, "expected a value TOML can hold but found null (TOML has"
          + " no null; remove the key or give it a value)");
    } else if (v instanceof Value.Sequence s) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < s.items().size(); i++) {
        b.append(i > 0 ? ", " : "").append(tomlInline(s.items().get(i), path + "/" + i));
      }
      return b.append(']').toString();
    }
    Value.Mapping m = (Value.Mapping) v;
    StringBuilder b = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      b.append(first ? " " : ", ").append(tomlKey(e.getKey())).append(" = ")
          .append(tomlInline(e.getValue(), path + "/" + Pointers.escape(e.getKey())));
      first = false;
    }
    return b.append(first ? "}" : " }").toString();
  }

  /** RFC 3339 as TOML wants it: seconds always, 'T', offsets with a colon. */
  static String tomlDate(ArticleDate d) {
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

  static String tomlKey(String key) {
    if (!key.isEmpty() && key.chars().allMatch(c -> (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
      return key;
    }
    return '"' + tomlBasic(key) + '"';
  }

  // ---------------------------------------------------------------- JSON

  private void jsonDocument(Map<String, Value> values) {
    jsonMapping(values, 0, "");
    out.append(nl);
  }

  private void jsonValue(Value v, int indent, String path) {
    if (v instanceof Value.Text t) {
      out.append('"').append(escapeJson(t.value())).append('"');
    } else if (v instanceof Value.Int i) {
      out.append(i.value());
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      if (Double.isNaN(x) || Double.isInfinite(x)) {
        throw new Unrepresentable(path, "expected a finite number, which JSON can hold, but"
            + " found " + x);
      }
      out.append(Double.toString(x));
    } else if (v instanceof Value.Bool b) {
      out.append(b.value());
    } else if (v instanceof Value.Date d) {
      datesAsText++;
      out.append('"').append(escapeJson(d.value().text())).append('"');
    } else if (v instanceof Value.Null) {
      out.append("null");
    } else if (v instanceof Value.Sequence s) {
      if (s.items().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[').append(nl);
      for (int i = 0; i < s.items().size(); i++) {
        out.append(" ".repeat(indent + 2));
        jsonValue(s.items().get(i), indent + 2, path + "/" + i);
        out.append(i + 1 < s.items().size() ? "," : "").append(nl);
      }
      out.append(" ".repeat(indent)).append(']');
    } else {
      jsonMapping(((Value.Mapping) v).entries(), indent, path);
    }
  }

  private void jsonMapping(Map<String, Value> values, int indent, String path) {
    if (values.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{').append(nl);
    int n = 0;
    for (Map.Entry<String, Value> e : values.entrySet()) {
      out.append(" ".repeat(indent + 2)).append('"').append(escapeJson(e.getKey()))
          .append("\": ");
      jsonValue(e.getValue(), indent + 2, path + "/" + Pointers.escape(e.getKey()));
      out.append(++n < values.size() ? "," : "").append(nl);
    }
    out.append(" ".repeat(indent)).append('}');
  }

  // ---------------------------------------------------------------- escapes

  /** The inside of a TOML basic string: \" \\ \b \t \n \f \r and \\uXXXX escapes. */
  static String tomlBasic(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          boolean control = c < 0x20 || c == 0x7F;
          if (control) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static String escapeJson(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
