package io.github.frontmatter.articles.internal.schema;

import java.util.List;
import java.util.Map;

/**
 * Writes the built-in schemas as the files ship them: two-space indents, short lists of
 * scalars on one line, ASCII only (other characters as escapes), one trailing line break. Kept
 * apart from {@link BuiltInSchema}, which decides what the schema says, because the shipped
 * files' bytes are compared with this output (BuiltInSchemaTest) and must not depend on a
 * JSON library's formatting.
 */
final class SchemaText {
  private SchemaText() {}

  /** The schema as JSON text: two-space indents, ASCII only, one trailing line break. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, "", out);
    return out.append('\n').toString();
  }

  private static void write(Object v, String indent, StringBuilder out) {
    if (v instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      int i = 0;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(indent).append("  ");
        string((String) e.getKey(), out);
        out.append(": ");
        write(e.getValue(), indent + "  ", out);
        out.append(++i < map.size() ? ",\n" : "\n");
      }
      out.append(indent).append('}');
    } else if (v instanceof List<?> list) {
      if (list.stream().noneMatch(x -> x instanceof Map || x instanceof List)) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          write(list.get(i), indent, out);
          out.append(i + 1 < list.size() ? ", " : "");
        }
        out.append(']');
        return;
      }
      out.append("[\n");
      for (int i = 0; i < list.size(); i++) {
        out.append(indent).append("  ");
        write(list.get(i), indent + "  ", out);
        out.append(i + 1 < list.size() ? ",\n" : "\n");
      }
      out.append(indent).append(']');
    } else if (v instanceof String s) {
      string(s, out);
    } else if (v instanceof Number || v instanceof Boolean) {
      out.append(v);
    } else if (v == null) {
      out.append("null"); // an enum's "no value"
    } else {
      throw new IllegalArgumentException("cannot write " + v);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7E) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
