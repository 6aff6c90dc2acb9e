package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.edit.YamlDocument.Kind;
import io.github.frontmatter.articles.internal.edit.YamlDocument.Node;
import io.github.frontmatter.articles.internal.read.Split;

import io.github.frontmatter.articles.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Writes a new YAML value in the style of the old one it replaces (see {@link YamlEditor} for
 * the rules): flow stays flow with its spacing, block collections keep their columns, items
 * and entries equal to old ones keep their text, a block scalar stays a literal block where
 * it can. The result is the value's text, to be spliced in by the editor.
 */
final class YamlRenderer {
  enum Form { INLINE, LITERAL, BLOCK }

  /**
   * A rendered value: INLINE is {@code head} alone, written after {@code key: }; LITERAL is the
   * block header {@code head} on the key line and {@code lines} under it; BLOCK is {@code
   * lines} under the key line. Lines carry their indentation and no line break.
   */
  record Render(Form kind, String head, List<String> lines) {
    static Render inline(String head) {
      return new Render(Form.INLINE, head, List.of());
    }
  }

  private final YamlDocument doc;
  private final String text;
  /** Deepest indentation of a comment line right after the value (-1: none). */
  private final int commentIndentAfter;

  /** How new text and keys are quoted when no old scalar says (PLAIN: plain when it can be). */
  private final ScalarStyle textStyle;

  YamlRenderer(YamlDocument doc, int commentIndentAfter) {
    this(doc, commentIndentAfter, ScalarStyle.PLAIN);
  }

  YamlRenderer(YamlDocument doc, int commentIndentAfter, ScalarStyle textStyle) {
    this.doc = doc;
    this.text = doc.text;
    this.commentIndentAfter = commentIndentAfter;
    this.textStyle = textStyle;
  }

  /**
   * Renders {@code v} as the value of a key or item in a block collection at column {@code
   * parentCol}; {@code old}, if not null, is the value it replaces, whose parent was at
   * {@code oldParentCol}.
   */
  Render render(Value v, Node old, int oldParentCol, int parentCol) {
    boolean oldFlow = old != null && old.kind != Kind.SCALAR && old.flow;
    boolean seq = v instanceof Value.Sequence s && !s.items().isEmpty();
    if (seq || v instanceof Value.Mapping m && !m.entries().isEmpty()) {
      if (oldFlow) {
        return Render.inline(flow(v, old));
      }
      // a block collection: at the old one's column relative to its parent, else the file's
      Node oldBlock = old != null && old.kind == (seq ? Kind.SEQ : Kind.MAP) ? old : null;
      int col = oldBlock != null ? parentCol + doc.col(oldBlock) - oldParentCol
          : parentCol + (seq ? doc.seqOffset : doc.mapStep);
      List<String> lines = seq
          ? blockSeq((Value.Sequence) v, oldBlock, Math.max(col, parentCol))
          : blockMap((Value.Mapping) v, oldBlock, col <= parentCol ? parentCol + 2 : col);
      return new Render(Form.BLOCK, null, lines);
    }
    if (v instanceof Value.Text t && t.value().indexOf('\n') >= 0 && old != null
        && old.isBlockScalar()) {
      int oldContent = doc.blockContentCol(old);
      int col = oldContent > oldParentCol ? parentCol + oldContent - oldParentCol
          : parentCol + 2;
      Render lit = literal(t.value(), col, parentCol);
      if (lit != null) {
        return lit;
      }
    }
    if (v instanceof Value.Sequence || v instanceof Value.Mapping) {
      return Render.inline(v instanceof Value.Sequence ? "[]" : "{}");
    }
    return Render.inline(scalar(v, old, false));
  }

  /** A literal block scalar, or null when the text cannot be one here. */
  private Render literal(String s, int col, int parentCol) {
    if (col <= commentIndentAfter || !YamlScalars.printableText(s.replace('\n', ' '), true)) {
      return null;
    }
    String chomp;
    String body;
    if (s.endsWith("\n\n")) {
      return null; // keep chomping would take the blank lines after the value as well
    } else if (s.endsWith("\n")) {
      chomp = "";
      body = s.substring(0, s.length() - 1);
    } else {
      chomp = "-";
      body = s;
    }
    String[] parts = body.split("\n", -1);
    boolean indicator = false;
    boolean content = false;
    for (String p : parts) {
      if (!p.isBlank()) {
        indicator = p.charAt(0) == ' ';
        content = true;
        break;
      }
      if (!p.isEmpty()) {
        indicator = true; // leading spaces-only line: auto-detection would misread it
        break;
      }
    }
    if (!content) {
      return null;
    }
    String header = "|";
    if (indicator) {
      int m = col - parentCol;
      if (m < 1 || m > 9) {
        return null;
      }
      header += m;
    }
    List<String> out = new ArrayList<>(parts.length);
    String pad = " ".repeat(col);
    for (String p : parts) {
      out.add(p.isEmpty() ? "" : pad + p);
    }
    return new Render(Form.LITERAL, header + chomp, out);
  }

  /** Flow text of any value; {@code hint} is the old value it replaces, if any. */
  String flow(Value v, Node hint) {
    if (v instanceof Value.Sequence s) {
      return flowSeq(s, hint != null && hint.kind == Kind.SEQ && hint.flow ? hint : null);
    }
    if (v instanceof Value.Mapping m) {
      return flowMap(m, hint != null && hint.kind == Kind.MAP && hint.flow ? hint : null);
    }
    return scalar(v, hint, true);
  }

  private String flowSeq(Value.Sequence s, Node old) {
    if (s.items().isEmpty()) {
      return "[]";
    }
    String[] fmt = flowFormat(old, "[", "]");
    List<Node> oldItems = old == null ? List.of() : old.children;
    boolean[] used = new boolean[oldItems.size()];
    Node firstScalar = firstScalar(oldItems);
    StringBuilder b = new StringBuilder("[").append(fmt[0]);
    for (int i = 0; i < s.items().size(); i++) {
      Value item = s.items().get(i);
      if (i > 0) {
        b.append(fmt[1]);
      }
      int j = reusable(oldItems, used, item);
      if (j >= 0) {
        b.append(doc.src(oldItems.get(j)));
        continue;
      }
      Node hint = item instanceof Value.Sequence || item instanceof Value.Mapping
          ? (i < oldItems.size() ? oldItems.get(i) : null) : firstScalar;
      b.append(flow(item, hint));
    }
    return b.append(fmt[2]).append(']').toString();
  }

  private String flowMap(Value.Mapping m, Node old) {
    if (m.entries().isEmpty()) {
      return "{}";
    }
    String[] fmt = flowFormat(old, "{", "}");
    StringBuilder b = new StringBuilder("{").append(fmt[0]);
    boolean first = true;
    for (Map.Entry<String, Value> en : m.entries().entrySet()) {
      if (!first) {
        b.append(fmt[1]);
      }
      first = false;
      int k = old == null ? -1 : doc.indexOfKey(old, en.getKey());
      Node oldKey = k < 0 ? null : old.children.get(k);
      Node oldVal = k < 0 ? null : old.children.get(k + 1);
      if (oldKey != null && doc.oneLine(oldKey.start, oldVal.end) && !oldVal.isEmptyScalar()
          && doc.decoration(oldVal, true) == null && sameAsOld(oldVal, en.getValue())) {
        b.append(text, oldKey.start, oldVal.end);
        continue;
      }
      String key = oldKey != null && doc.oneLine(oldKey.start, oldKey.end) ? doc.src(oldKey)
          : YamlScalars.key(en.getKey(), textStyle, true);
      b.append(key).append(": ").append(flow(en.getValue(), oldVal));
    }
    return b.append(fmt[2]).append('}').toString();
  }

  /** Spacing after the opening bracket, between items and before the closing bracket. */
  private String[] flowFormat(Node old, String open, String close) {
    String[] fmt = {"", ", ", ""};
    if (old == null || old.children.isEmpty() || !doc.oneLine(old.start, old.end)
        || !text.startsWith(open, old.start)) {
      return fmt;
    }
    List<Node> c = old.children;
    String pre = text.substring(old.start + 1, c.get(0).start);
    if (pre.isBlank()) {
      fmt[0] = pre;
    }
    String post = text.substring(c.get(c.size() - 1).end, old.end - 1);
    if (post.isBlank()) {
      fmt[2] = post;
    }
    int step = old.kind == Kind.MAP ? 2 : 1;
    if (c.size() > step) {
      String sep = text.substring(c.get(step - 1).end, c.get(step).start);
      if (sep.strip().equals(",")) {
        fmt[1] = sep;
      }
    }
    return fmt;
  }

  private List<String> blockSeq(Value.Sequence s, Node old, int col) {
    int sp = 1;
    if (old != null && old.children.get(0).start > old.start
        && doc.oneLine(old.start, old.children.get(0).start)) {
      sp = Math.max(1, old.children.get(0).start - old.start - 1);
    }
    String dash = " ".repeat(col) + "-" + " ".repeat(sp);
    int content = col + 1 + sp;
    List<Node> oldItems = old == null ? List.of() : old.children;
    boolean[] used = new boolean[oldItems.size()];
    Node firstScalar = firstScalar(oldItems);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.items().size(); i++) {
      Value item = s.items().get(i);
      int j = reusable(oldItems, used, item);
      if (j >= 0) {
        Node o = oldItems.get(j);
        out.add(dash + text.substring(o.start, Split.lineContentEnd(text, o.end)));
        continue;
      }
      // the old item at this place, else the last one: new items look like their neighbours
      Node same = i < oldItems.size() ? oldItems.get(i)
          : oldItems.isEmpty() ? null : oldItems.get(oldItems.size() - 1);
      boolean flowHint = same != null && same.kind != Kind.SCALAR && same.flow;
      List<String> lines = null;
      if (item instanceof Value.Mapping m && !m.entries().isEmpty() && !flowHint) {
        lines = blockMap(m, same != null && same.kind == Kind.MAP ? same : null, content);
      } else if (item instanceof Value.Sequence q && !q.items().isEmpty() && !flowHint) {
        lines = blockSeq(q, same != null && same.kind == Kind.SEQ ? same : null, content);
      }
      if (lines != null) { // first line on the dash line: "- key: value", "- - item"
        out.add(dash + lines.get(0).substring(content));
        out.addAll(lines.subList(1, lines.size()));
        continue;
      }
      Node hint = item instanceof Value.Sequence || item instanceof Value.Mapping ? same
          : same != null && same.isBlockScalar() ? same : firstScalar;
      Render r = render(item, hint, old == null ? col : doc.col(old), col);
      out.add(dash + r.head);
      out.addAll(r.lines);
    }
    return out;
  }

  private List<String> blockMap(Value.Mapping m, Node old, int col) {
    String pad = " ".repeat(col);
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Value> en : m.entries().entrySet()) {
      int k = old == null ? -1 : doc.indexOfKey(old, en.getKey());
      Node oldKey = k < 0 ? null : old.children.get(k);
      Node oldVal = k < 0 ? null : old.children.get(k + 1);
      if (oldKey != null && doc.decoration(oldVal, true) == null
          && (oldVal.kind == Kind.SCALAR ? !oldVal.isBlockScalar() : oldVal.flow)
          && doc.oneLine(oldKey.start, oldVal.end) && sameAsOld(oldVal, en.getValue())) {
        out.add(pad + text.substring(oldKey.start, Split.lineContentEnd(text, oldVal.end)));
        continue;
      }
      String key = oldKey != null && doc.oneLine(oldKey.start, oldKey.end) ? doc.src(oldKey)
          : YamlScalars.key(en.getKey(), false);
      Render r = render(en.getValue(), oldVal, old == null ? 0 : doc.col(old), col);
      String gap = " ";
      if (oldVal != null && !oldVal.isEmptyScalar() && doc.oneLine(oldKey.start, oldVal.start)) {
        int colon = text.indexOf(':', oldKey.end);
        String g = colon < 0 ? "" : text.substring(colon + 1, oldVal.start);
        gap = !g.isEmpty() && g.isBlank() ? g : " ";
      }
      switch (r.kind) {
        case INLINE -> out.add(pad + key + ":" + gap + r.head);
        case LITERAL -> {
          out.add(pad + key + ":" + gap + r.head);
          out.addAll(r.lines);
        }
        case BLOCK -> {
          out.add(pad + key + ":");
          out.addAll(r.lines);
        }
      }
    }
    return out;
  }

  /** Index of an unused old item equal to {@code v} whose text is one line, or -1. */
  private int reusable(List<Node> oldItems, boolean[] used, Value v) {
    for (int j = 0; j < oldItems.size(); j++) {
      Node o = oldItems.get(j);
      if (!used[j] && !o.isEmptyScalar() && (o.kind == Kind.SCALAR ? !o.isBlockScalar() : o.flow)
          && doc.oneLine(o.start, o.end) && doc.decoration(o, true) == null
          && sameAsOld(o, v)) {
        used[j] = true;
        return j;
      }
    }
    return -1;
  }

  private boolean sameAsOld(Node old, Value v) {
    Value o = doc.toValue(old);
    return o != null && YamlDocument.same(o, v);
  }

  private static Node firstScalar(List<Node> items) {
    for (Node n : items) {
      if (n.kind == Kind.SCALAR) {
        return n;
      }
    }
    return null;
  }

  /**
   * A scalar in the style of {@code hint}, the old value it replaces, when that is a scalar;
   * else text in the renderer's style.
   */
  private String scalar(Value v, Node hint, boolean flow) {
    if (!(v instanceof Value.Text t)) {
      return YamlScalars.scalar(v);
    }
    ScalarStyle style = hint != null && hint.kind == Kind.SCALAR ? hint.style : textStyle;
    return YamlScalars.text(t.value(), style, flow);
  }
}
