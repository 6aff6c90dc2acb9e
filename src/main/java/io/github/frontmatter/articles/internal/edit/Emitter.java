package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.Pointers;

import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes front-matter values as clean, conventional YAML, TOML or JSON, fences included.
 * Used for new front matter and for conversion; an unedited article never goes through it.
 *
 * <p>What a format cannot hold is refused with an {@link Unrepresentable} naming the value's
 * path; what it can only hold differently (TOML's order of tables, JSON's dates as strings)
 * is done and described in {@link #notes()}.
 */
public final class Emitter {
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
      out.append(" ".repeat(indent)).append(YamlScalars.text(k, false)).append(':');
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
          out.append(first ? " " : " ".repeat(indent + 2))
              .append(YamlScalars.text(e.getKey(), false)).append(':');
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
      return YamlScalars.text(t.value(), false);
    } else if (v instanceof Value.Sequence) {
      return "[]";
    } else if (v instanceof Value.Mapping) {
      return "{}";
    }
    return YamlScalars.scalar(v);
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
        out.append(TomlScalars.key(e.getKey())).append(" = ").append(tomlInline(e.getValue(), path))
            .append(nl);
      }
    }
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (e.getValue() instanceof Value.Mapping m) {
        String name = tableName.isEmpty() ? TomlScalars.key(e.getKey())
            : tableName + "." + TomlScalars.key(e.getKey());
        out.append(nl).append('[').append(name).append(']').append(nl);
        tomlTable(m.entries(), name, pointer + "/" + Pointers.escape(e.getKey()));
      }
    }
  }

  private String tomlInline(Value v, String path) {
    if (v instanceof Value.Text t) {
      return TomlScalars.basic(t.value());
    } else if (v instanceof Value.Int i
        && (i.value().compareTo(LONG_MIN) < 0 || i.value().compareTo(LONG_MAX) > 0)) {
      throw new Unrepresentable(path, "expected an integer TOML can hold (64 bits) but found "
          + i.value());
    } else if (v instanceof Value.Null) {
      throw new Unrepresentable(path, "expected a value TOML can hold but found null (TOML has"
          + " no null; remove the key or give it a value)");
    } else if (v instanceof Value.Sequence s) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < s.items().size(); i++) {
        b.append(i > 0 ? ", " : "").append(tomlInline(s.items().get(i), path + "/" + i));
      }
      return b.append(']').toString();
    } else if (!(v instanceof Value.Mapping)) {
      return TomlScalars.scalar(v);
    }
    Value.Mapping m = (Value.Mapping) v;
    StringBuilder b = new StringBuilder("{");
    boolean first = true;
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      b.append(first ? " " : ", ").append(TomlScalars.key(e.getKey())).append(" = ")
          .append(tomlInline(e.getValue(), path + "/" + Pointers.escape(e.getKey())));
      first = false;
    }
    return b.append(first ? "}" : " }").toString();
  }

  // ---------------------------------------------------------------- JSON

  private void jsonDocument(Map<String, Value> values) {
    jsonMapping(values, 0, "");
    out.append(nl);
  }

  private void jsonValue(Value v, int indent, String path) {
    if (v instanceof Value.Decimal d && (Double.isNaN(d.value()) || Double.isInfinite(d.value()))) {
      throw new Unrepresentable(path, "expected a finite number, which JSON can hold, but"
          + " found " + d.value());
    }
    if (v instanceof Value.Date) {
      datesAsText++;
    }
    if (v instanceof Value.Mapping m) {
      jsonMapping(m.entries(), indent, path);
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
      out.append(JsonScalars.scalar(v));
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
      out.append(" ".repeat(indent + 2)).append(JsonScalars.string(e.getKey())).append(": ");
      jsonValue(e.getValue(), indent + 2, path + "/" + Pointers.escape(e.getKey()));
      out.append(++n < values.size() ? "," : "").append(nl);
    }
    out.append(" ".repeat(indent)).append('}');
  }
}
