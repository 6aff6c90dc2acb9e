package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.edit.TomlScalars.Style;
import io.github.frontmatter.articles.internal.read.TomlReader.Span;

import io.github.frontmatter.articles.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a TOML value for {@link TomlEditor}, in the style of the old value it replaces when
 * there is one (see the editor for the rules): strings keep their kind where it can hold the
 * text, arrays their layout and trailing-comma habit, inline tables their padding; items and
 * entries equal to old ones keep their text.
 */
final class TomlValueWriter {
  /** An old value with where it is written; its text is the span's. */
  record Old(Value value, String pointer, Span span) {}

  /** The old value at {@code pointer} with its span, or null when it has no text of its own. */
  static Old old(TomlBlock d, String pointer, Value value) {
    Span span = value == null ? null : d.spans.get(pointer);
    if (span == null) {
      return null;
    }
    // a table made by dotted keys or a header is located at its key, not at a value
    if (value instanceof Value.Mapping && d.text.charAt(span.start()) != '{') {
      return null;
    }
    return new Old(value, pointer, span);
  }

  private final TomlBlock d;
  private final String nl;

  TomlValueWriter(TomlBlock d, String nl) {
    this.d = d;
    this.nl = nl;
  }

  private String textOf(Old o) {
    return d.text.substring(o.span().start(), o.span().end());
  }

  /**
   * {@code v}, styled like {@code old} when it is given; new text gets the kind of string
   * {@code fresh}.
   */
  String write(Value v, Old old, Style fresh) {
    if (v instanceof Value.Text t) {
      String oldText = old == null ? null : textOf(old);
      if (oldText != null && (oldText.startsWith("\"") || oldText.startsWith("'"))) {
        // a newline right after the opening quotes of a multi-line string is kept
        boolean lead = oldText.length() > 3
            && (oldText.charAt(3) == '\n' || oldText.startsWith("\r\n", 3));
        return TomlScalars.text(t.value(), TomlScalars.styleOf(oldText), lead, nl);
      }
      return TomlScalars.text(t.value(), fresh, false, nl);
    } else if (v instanceof Value.Sequence s) {
      boolean was = old != null && old.value() instanceof Value.Sequence
          && d.text.charAt(old.span().start()) == '[';
      return array(s, was ? old : null);
    } else if (v instanceof Value.Mapping m) {
      boolean was = old != null && old.value() instanceof Value.Mapping
          && d.text.charAt(old.span().start()) == '{';
      return inline(m, was ? old : null);
    } else if (v instanceof Value.Null) {
      throw new IllegalArgumentException("TOML has no null");
    }
    return TomlScalars.scalar(v);
  }

  private String array(Value.Sequence s, Old old) {
    List<Value> items = s.items();
    if (old == null) {
      StringBuilder b = new StringBuilder("[");
      for (int i = 0; i < items.size(); i++) {
        b.append(i > 0 ? ", " : "").append(write(items.get(i), null, Style.BASIC));
      }
      return b.append(']').toString();
    }
    List<Value> oldItems = ((Value.Sequence) old.value()).items();
    int arrStart = old.span().start();
    int arrEnd = old.span().end();
    int n = oldItems.size();
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      spans.add(d.spans.get(old.pointer() + "/" + i));
    }
    Style fresh = Style.BASIC;
    for (Span sp : spans) {
      char c = d.text.charAt(sp.start());
      if (c == '"' || c == '\'') {
        fresh = TomlScalars.styleOf(d.text.substring(sp.start(), sp.end()));
        break;
      }
    }
    // an item equal to an old one keeps that one's text
    List<String> written = new ArrayList<>();
    boolean[] used = new boolean[n];
    for (Value item : items) {
      String w = null;
      for (int j = 0; j < n; j++) {
        if (!used[j] && oldItems.get(j).equals(item)) {
          used[j] = true;
          w = d.text.substring(spans.get(j).start(), spans.get(j).end());
          break;
        }
      }
      written.add(w != null ? w : write(item, null, fresh));
    }
    boolean trailingComma = false;
    int afterLast = arrStart + 1;
    if (n > 0) {
      afterLast = spans.get(n - 1).end();
      int i = skipSpaceAndComments(afterLast, arrEnd);
      if (d.text.charAt(i) == ',') {
        trailingComma = true;
        afterLast = i + 1;
      }
    }
    if (d.text.substring(arrStart, arrEnd).indexOf('\n') < 0) {
      String open = n > 0 ? d.text.substring(arrStart + 1, spans.get(0).start()) : "";
      String close = n > 0 ? d.text.substring(afterLast, arrEnd - 1) : "";
      String sep = n > 1 ? d.text.substring(spans.get(0).end(), spans.get(1).start()) : ", ";
      StringBuilder b = new StringBuilder("[");
      if (!written.isEmpty()) {
        b.append(open).append(String.join(sep, written)).append(trailingComma ? "," : "")
            .append(close);
      }
      return b.append(']').toString();
    }
    if (written.isEmpty()) {
      return "[]";
    }
    String closeIndent = d.indentBefore(arrEnd - 1);
    String itemIndent = null;
    for (Span sp : spans) {
      itemIndent = d.indentBefore(sp.start());
      if (itemIndent != null) {
        break;
      }
    }
    if (itemIndent == null) {
      itemIndent = (closeIndent == null ? "" : closeIndent) + "  ";
    }
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < written.size(); i++) {
      b.append(nl).append(itemIndent).append(written.get(i));
      if (i + 1 < written.size() || trailingComma) {
        b.append(',');
      }
    }
    if (closeIndent != null) {
      b.append(nl).append(closeIndent);
    }
    return b.append(']').toString();
  }

  private String inline(Value.Mapping m, Old old) {
    if (m.entries().isEmpty()) {
      return "{}";
    }
    String pad = " ";
    Map<String, Value> oldEntries = Map.of();
    if (old != null) {
      String t = textOf(old);
      oldEntries = ((Value.Mapping) old.value()).entries();
      if (t.length() > 2) {
        pad = t.charAt(1) == ' ' ? " " : "";
      }
    }
    StringBuilder b = new StringBuilder("{").append(pad);
    boolean first = true;
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      Value ov = oldEntries.get(e.getKey());
      Old o = ov == null ? null : old(d, old.pointer() + "/" + Pointers.escape(e.getKey()), ov);
      String w = o != null && ov.equals(e.getValue()) ? textOf(o)
          : write(e.getValue(), o, Style.BASIC);
      b.append(first ? "" : ", ").append(TomlScalars.key(e.getKey())).append(" = ").append(w);
      first = false;
    }
    return b.append(pad).append('}').toString();
  }

  /** Past blanks, line breaks and comments, as between the items of an array. */
  private int skipSpaceAndComments(int from, int to) {
    int i = from;
    while (i < to) {
      char c = d.text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else if (c == '#') {
        while (i < to && d.text.charAt(i) != '\n') {
          i++;
        }
      } else {
        break;
      }
    }
    return i;
  }
}
