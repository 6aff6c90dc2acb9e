package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.LimitGuard;
import io.github.frontmatter.articles.internal.read.JsonReader;
import io.github.frontmatter.articles.internal.read.Split;

import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Edits JSON front matter in place (see {@link Editor}): a Hugo-style object at the start of
 * the file (the block is the object, braces included) or an object between {@code ---json}
 * fences. The block is checked with {@link JsonReader} first, then scanned for where each
 * member, key, value and comma is.
 *
 * <p><b>Setting an existing key</b> replaces only the text of its value. Text is a JSON
 * string (escaped as {@link JsonScalars} escapes it); a {@link
 * Value.Date} is written as a JSON string of its text, so it reads back as {@link
 * Value.Text}: JSON has no dates. NaN and infinities are refused with an {@link
 * IllegalArgumentException}. An array or object keeps its layout: on one line with the same
 * spacing after the opening bracket, between items and before the closing one; over several
 * lines, one item per line with the indentation of the original items and the closing
 * bracket where it was. An item equal to an old one keeps that item's text; an object's
 * changed members keep their key's spelling and their value's style by the same rules. New
 * arrays and objects are written on one line ({@code ["a", "b"]}, <code>{"a": 1}</code>).
 *
 * <p><b>A new key</b> becomes the last member: on its own line with the indentation of the
 * last member and the spacing around its colon, the comma added after the previous last
 * member, when the members are on lines of their own; after {@code ", "} on the same line
 * when the object is written on one line; into an empty object as <code>{</code>, the member
 * indented by two spaces, <code>}</code>. An empty {@code ---json} block gets a whole object.
 *
 * <p><b>Removing a key</b> removes the member and exactly one comma (the one after it, or
 * for the last member the one before it), and the member's lines when it had lines of its
 * own.
 */
public final class JsonEditor implements Editor {

  /** Creates the editor; it has no state. */
  public JsonEditor() {}

  @Override
  public String set(String text, Split split, String key, Value value, String lineSeparator) {
    Editor.requireFormat(split, Format.JSON);
    check(value, "/" + Pointers.escape(key));
    Map<String, Value> values = read(text, split);
    Value old = values.get(key);
    if (value.equals(old)) {
      return text;
    }
    Scanner sc = new Scanner(text);
    Node root = sc.root(split);
    Writer w = new Writer(text, lineSeparator);
    if (root == null) { // a ---json block of white space only
      String object = "{" + lineSeparator + "  " + w.key(key) + ": " + w.write(value, null, null)
          + lineSeparator + "}" + lineSeparator;
      return text.substring(0, split.blockStart()) + object + text.substring(split.blockEnd());
    }
    Member m = root.member(key);
    if (m != null) {
      return splice(text, m.value.start, m.value.end, w.write(value, old, m.value));
    }
    List<Member> members = root.members;
    if (members.isEmpty()) {
      String indent = indentBefore(text, root.start);
      String inner = lineSeparator + (indent == null ? "" : indent) + "  " + w.key(key) + ": "
          + w.write(value, null, null) + lineSeparator + (indent == null ? "" : indent);
      return splice(text, root.start + 1, root.end - 1, inner);
    }
    Member last = members.get(members.size() - 1);
    String colon = text.substring(last.keyEnd, last.value.start);
    if (colon.indexOf('\n') >= 0) {
      colon = ": ";
    }
    String member = w.key(key) + colon + w.write(value, null, null);
    String indent = indentBefore(text, last.keyStart);
    String insert;
    if (indent != null) {
      insert = "," + lineSeparator + indent + member;
    } else {
      String sep = members.size() > 1
          ? text.substring(members.get(0).value.end, members.get(1).keyStart) : ", ";
      insert = (sep.indexOf('\n') >= 0 ? ", " : sep) + member;
    }
    return splice(text, last.value.end, last.value.end, insert);
  }

  @Override
  public String remove(String text, Split split, String key, String lineSeparator) {
    Editor.requireFormat(split, Format.JSON);
    read(text, split);
    Node root = new Scanner(text).root(split);
    if (root == null) {
      return text;
    }
    List<Member> members = root.members;
    int i = 0;
    while (i < members.size() && !members.get(i).key.equals(key)) {
      i++;
    }
    if (i == members.size()) {
      return text;
    }
    Member m = members.get(i);
    int after = m.comma >= 0 ? m.comma + 1 : m.value.end;
    boolean ownLines = indentBefore(text, m.keyStart) != null && restOfLineBlank(text, after);
    int lineStart = lineStart(text, m.keyStart);
    int lineAfter = Split.nextLine(text, Split.lineContentEnd(text, after));
    if (m.comma >= 0) {
      return ownLines ? splice(text, lineStart, lineAfter, "")
          : splice(text, m.keyStart, members.get(i + 1).keyStart, "");
    }
    if (i > 0) {
      int comma = members.get(i - 1).comma;
      if (ownLines) {
        String t = splice(text, lineStart, lineAfter, "");
        return splice(t, comma, comma + 1, "");
      }
      return splice(text, comma, m.value.end, "");
    }
    return ownLines ? splice(text, lineStart, lineAfter, "")
        : splice(text, m.keyStart, m.value.end, "");
  }

  /** Refuses what JSON cannot hold, naming where it is. */
  private static void check(Value v, String path) {
    if (v instanceof Value.Decimal d && (Double.isNaN(d.value())
        || Double.isInfinite(d.value()))) {
      throw new IllegalArgumentException("JSON has no NaN or Infinity: cannot write "
          + d.value() + " at " + path);
    } else if (v instanceof Value.Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        check(s.items().get(i), path + "/" + i);
      }
    } else if (v instanceof Value.Mapping m) {
      m.entries().forEach((k, x) -> check(x, path + "/" + Pointers.escape(k)));
    }
  }

  /** Checks the block (JsonReader throws on any error) and returns its values. */
  private static Map<String, Value> read(String text, Split split) {
    return JsonReader.read(new SourceText("", text), split.blockStart(), split.blockEnd(),
        LimitGuard.EDITING)
        .values();
  }

  // ---------------------------------------------------------------- where things are

  /** A value: {@code [start, end)}, its kind by first character, its members or items. */
  private static final class Node {
    final int start;
    int end;
    final List<Member> members = new ArrayList<>();
    final List<Node> items = new ArrayList<>();

    Node(int start) {
      this.start = start;
    }

    Member member(String key) {
      for (Member m : members) {
        if (m.key.equals(key)) {
          return m;
        }
      }
      return null;
    }
  }

  /** An object member: its key (unescaped) and where it is, its value, its comma or -1. */
  private static final class Member {
    final String key;
    final int keyStart;
    final int keyEnd;
    final Node value;
    int comma = -1;

    Member(String key, int keyStart, int keyEnd, Node value) {
      this.key = key;
      this.keyStart = keyStart;
      this.keyEnd = keyEnd;
      this.value = value;
    }
  }

  /** Finds the spans of valid JSON (the block was checked by JsonReader). */
  private static final class Scanner {
    private final String text;
    private int pos;

    Scanner(String text) {
      this.text = text;
    }

    Node root(Split split) {
      pos = split.blockStart();
      skipSpace();
      if (pos >= split.blockEnd()) {
        return null;
      }
      return value();
    }

    private Node value() {
      skipSpace();
      Node n = new Node(pos);
      char c = text.charAt(pos);
      if (c == '{') {
        pos++;
        skipSpace();
        while (text.charAt(pos) != '}') {
          int keyStart = pos;
          String key = string();
          int keyEnd = pos;
          skipSpace();
          pos++; // ':'
          Member m = new Member(key, keyStart, keyEnd, value());
          n.members.add(m);
          skipSpace();
          if (text.charAt(pos) == ',') {
            m.comma = pos++;
            skipSpace();
          }
        }
        pos++;
      } else if (c == '[') {
        pos++;
        skipSpace();
        while (text.charAt(pos) != ']') {
          n.items.add(value());
          skipSpace();
          if (text.charAt(pos) == ',') {
            pos++;
            skipSpace();
          }
        }
        pos++;
      } else if (c == '"') {
        string();
      } else {
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
            || "+-.".indexOf(text.charAt(pos)) >= 0)) {
          pos++;
        }
      }
      n.end = pos;
      return n;
    }

    /** A string at {@code pos}, unescaped; {@code pos} ends after the closing quote. */
    private String string() {
      StringBuilder out = new StringBuilder();
      pos++;
      while (true) {
        char c = text.charAt(pos++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> out.append(e); // \" \\ \/
        }
      }
    }

    private void skipSpace() {
      while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
        pos++;
      }
    }
  }

  // ---------------------------------------------------------------- values

  /** Writes values, in the layout of the old value when there is one. */
  private static final class Writer {
    private final String text;
    private final String nl;

    Writer(String text, String nl) {
      this.text = text;
      this.nl = nl;
    }

    String key(String key) {
      return JsonScalars.string(key);
    }

    /** {@code v}, laid out like {@code old} (read from {@code node}) when they are given. */
    String write(Value v, Value old, Node node) {
      if (v instanceof Value.Sequence s) {
        boolean was = old instanceof Value.Sequence && node != null
            && text.charAt(node.start) == '[';
        List<Value> oldItems = was ? ((Value.Sequence) old).items() : List.of();
        boolean[] used = new boolean[oldItems.size()];
        List<String> written = new ArrayList<>();
        for (Value item : s.items()) {
          String w = null;
          for (int j = 0; j < oldItems.size() && w == null; j++) {
            if (!used[j] && oldItems.get(j).equals(item)) {
              used[j] = true;
              w = text.substring(node.items.get(j).start, node.items.get(j).end);
            }
          }
          written.add(w != null ? w : write(item, null, null));
        }
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        if (was) {
          node.items.forEach(n -> {
            starts.add(n.start);
            ends.add(n.end);
          });
        }
        return container('[', ']', written, was ? node : null, starts, ends);
      }
      if (!(v instanceof Value.Mapping)) {
        return JsonScalars.scalar(v);
      }
      Value.Mapping m = (Value.Mapping) v;
      boolean was = old instanceof Value.Mapping && node != null
          && text.charAt(node.start) == '{';
      Map<String, Value> oldEntries = was ? ((Value.Mapping) old).entries() : Map.of();
      String colon = ": ";
      if (was && !node.members.isEmpty()) {
        Member first = node.members.get(0);
        String c = text.substring(first.keyEnd, first.value.start);
        colon = c.indexOf('\n') < 0 ? c : ": ";
      }
      List<String> written = new ArrayList<>();
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        Member om = was ? node.member(e.getKey()) : null;
        Value ov = oldEntries.get(e.getKey());
        if (om != null && e.getValue().equals(ov)) {
          written.add(text.substring(om.keyStart, om.value.end));
        } else if (om != null) {
          // the key as spelled, the spacing around the colon, the value in its old layout
          written.add(text.substring(om.keyStart, om.value.start)
              + write(e.getValue(), ov, om.value));
        } else {
          written.add(key(e.getKey()) + colon + write(e.getValue(), null, null));
        }
      }
      List<Integer> starts = new ArrayList<>();
      List<Integer> ends = new ArrayList<>();
      if (was) {
        node.members.forEach(mm -> {
          starts.add(mm.keyStart);
          ends.add(mm.value.end);
        });
      }
      return container('{', '}', written, was ? node : null, starts, ends);
    }

    /**
     * An array or object of already written items, laid out like the old one ({@code node},
     * its items from {@code starts} to {@code ends}) when given, else on one line.
     */
    private String container(char open, char close, List<String> written, Node node,
        List<Integer> starts, List<Integer> ends) {
      if (written.isEmpty()) {
        return "" + open + close;
      }
      int n = starts.size();
      if (node == null) {
        return open + String.join(", ", written) + close;
      }
      boolean multiLine = text.substring(node.start, node.end).indexOf('\n') >= 0;
      if (!multiLine) {
        String before = n > 0 ? text.substring(node.start + 1, starts.get(0)) : "";
        String after = n > 0 ? text.substring(ends.get(n - 1), node.end - 1) : "";
        String sep = n > 1 ? text.substring(ends.get(0), starts.get(1)) : ", ";
        return open + before + String.join(sep, written) + after + close;
      }
      String closeIndent = indentBefore(text, node.end - 1);
      String itemIndent = null;
      for (int i = 0; i < n && itemIndent == null; i++) {
        itemIndent = indentBefore(text, starts.get(i));
      }
      if (itemIndent == null) {
        itemIndent = (closeIndent == null ? "" : closeIndent) + "  ";
      }
      StringBuilder b = new StringBuilder().append(open);
      for (int i = 0; i < written.size(); i++) {
        b.append(nl).append(itemIndent).append(written.get(i))
            .append(i + 1 < written.size() ? "," : "");
      }
      if (closeIndent != null) {
        b.append(nl).append(closeIndent);
      }
      return b.append(close).toString();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static String splice(String text, int from, int to, String with) {
    return text.substring(0, from) + with + text.substring(to);
  }

  private static int lineStart(String text, int offset) {
    int i = offset;
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /** The blanks before {@code offset} on its line, or null if anything else precedes it. */
  private static String indentBefore(String text, int offset) {
    String before = text.substring(lineStart(text, offset), offset);
    return isBlanks(before) ? before : null;
  }

  private static boolean restOfLineBlank(String text, int from) {
    return isBlanks(text.substring(from, Split.lineContentEnd(text, from)));
  }

  private static boolean isBlanks(String s) {
    return s.chars().allMatch(c -> c == ' ' || c == '\t');
  }
}
