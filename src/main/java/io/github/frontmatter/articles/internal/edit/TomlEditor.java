package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.edit.TomlScalars.Style;
import io.github.frontmatter.articles.internal.read.Split;
import io.github.frontmatter.articles.internal.read.TomlReader.Expression;

import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Edits TOML front matter in place (see {@link Editor}). The block is re-read with {@link
 * TomlReader#layout} before every step, so every offset used is exact.
 *
 * <p><b>Setting an existing plain key</b> replaces only the text of its value: the key, the
 * spacing around {@code =} and a comment after the value stay. The new value keeps the old
 * one's style where it can hold it:
 *
 * <ul>
 *   <li>a basic string {@code "..."} stays basic (with escapes); a literal string {@code
 *       '...'} stays literal when the text has no {@code '}, no line break and no control
 *       character, else it becomes basic; a multi-line string ({@code """} or {@code '''})
 *       stays multi-line when the text has a line break (its newlines written with the given
 *       line separator; a newline right after the opening quotes is kept if it was there),
 *       else it becomes a one-line string of the same kind;
 *   <li>an array keeps its layout: on one line, with the same spacing after {@code [}, between
 *       items and before {@code ]} and the same trailing-comma habit; over several lines, one
 *       item per line with the indentation of the original items, the trailing-comma habit
 *       and the closing bracket where it was. An item equal to an old item is written with
 *       that item's original text; a new text item takes the quoting of the first old text
 *       item. Comments inside an edited array are not kept;
 *   <li>an inline table stays inline ({@code { a = 1 }} or {@code {a = 1}}), entries equal
 *       to old ones keep their text, changed ones keep their style by the same rules;
 *   <li>dates are TOML date-times in RFC 3339 form (seconds always, {@code T}, offsets with a
 *       colon, {@code Z}); integers (64-bit), floats ({@code inf}, {@code nan}) and booleans
 *       as TOML writes them. New text is a basic string, a new array is {@code ["a", "b"]}.
 * </ul>
 *
 * <p><b>A new key</b> is written {@code key = value} on a new line after the last key/value
 * line of the top-level keys, with that line's indentation and spacing around {@code =}. With
 * no top-level keys it goes right after the opening fence when the block has tables, at the
 * end of the block when it has none. A new mapping is written as an inline table.
 *
 * <p><b>Keys whose value is a table</b> ({@code [extra]} with its sub-tables, or dotted keys
 * {@code extra.x = 1}): setting one to a mapping edits the table where it is, key by key,
 * by these same rules: equal entries are untouched, changed plain entries are replaced in
 * place, removed entries are removed as by {@link #remove}, new entries go after the last
 * key/value line of the table's section (after its header when it has none; dotted tables get
 * dotted keys). Nested tables are edited the same way. Setting a table key to anything else
 * removes the table (as {@link #remove} does) and writes the key as a new top-level key,
 * since a plain value cannot stay among the tables. Refused with an {@link
 * io.github.frontmatter.articles.EditRefusedException} (the position is the table's first
 * header): a mapping that adds a key to a table that has no section of its
 * own (one defined only by sub-table headers such as {@code [a.b]}), and an array of tables
 * ({@code [[a]]}) set to a non-empty list of mappings, which cannot be rewritten in place
 * cleanly (set it to something else, or remove it first).
 *
 * <p><b>Removing a key</b> deletes its line(s) with the comment lines directly above that
 * belong to it (after a blank line, the start of the block or the end of the previous value,
 * not after a header), or for a table every section that defines it, each from its header
 * (and the comments above it) to the comment lines that belong to the next header. Of the
 * blank lines around what is removed, one run is kept: those before go when blank lines (or
 * the end of the block) follow, those after go when it starts the block.
 *
 * <p>Refused everywhere: null anywhere in the value ("TOML has no null"), integers beyond 64
 * bits, text with an unpaired surrogate.
 */
public final class TomlEditor implements Editor {

  /** Creates the editor; it has no state. */
  public TomlEditor() {}

  @Override
  public String set(String text, Split split, String key, Value value, String lineSeparator) {
    Editor.requireFormat(split, Format.TOML);
    check(value, "/" + Pointers.escape(key));
    return set(text, split, List.of(), key, value, lineSeparator);
  }

  @Override
  public String remove(String text, Split split, String key, String lineSeparator) {
    Editor.requireFormat(split, Format.TOML);
    return remove(text, split, List.of(), key);
  }

  /** Refuses what TOML cannot hold, naming where it is. */
  private static void check(Value v, String path) {
    if (v instanceof Value.Null) {
      throw new IllegalArgumentException("TOML has no null: cannot write null at " + path
          + " (remove the key instead)");
    } else if (v instanceof Value.Int i) {
      if (i.value().bitLength() > 63) {
        throw new IllegalArgumentException("TOML integers are 64-bit: cannot write "
            + i.value() + " at " + path);
      }
    } else if (v instanceof Value.Text t) {
      checkText(t.value(), path);
    } else if (v instanceof Value.Sequence s) {
      for (int i = 0; i < s.items().size(); i++) {
        check(s.items().get(i), path + "/" + i);
      }
    } else if (v instanceof Value.Mapping m) {
      m.entries().forEach((k, x) -> {
        checkText(k, path);
        check(x, path + "/" + Pointers.escape(k));
      });
    }
  }

  private static void checkText(String s, String path) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException("TOML text cannot hold an unpaired surrogate"
            + String.format(" (U+%04X) at ", (int) c) + path);
      }
    }
  }

  /**
   * A table as it is written: its path from the root; the section its key/value lines are in
   * (-1 when it has none of its own); the key parts that precede its keys in that section
   * (dotted keys); its header, if it has one.
   */
  private record Scope(List<String> path, int section, List<String> inSection,
      Expression header) {
    static final Scope ROOT = new Scope(List.of(), 0, List.of(), null);
  }

  private enum Kind { ABSENT, LEAF, TABLE, ARRAY_OF_TABLES }

  /** What defines key {@code s} of a table: its lines in the table's section, its headers. */
  private record Entry(Kind kind, List<Expression> lines, List<Expression> headers) {}

  private static Entry entry(TomlBlock d, Scope sc, String s) {
    List<String> inKey = append(sc.inSection(), s);
    List<String> headerKey = append(sc.path(), s);
    List<Expression> lines = new ArrayList<>();
    List<Expression> headers = new ArrayList<>();
    boolean leaf = false;
    boolean arrayOfTables = false;
    for (Expression x : d.exprs) {
      if (x.header()) {
        if (startsWith(x.key(), headerKey)) {
          headers.add(x);
          arrayOfTables |= x.arrayOfTables() && x.key().equals(headerKey);
        }
      } else if (x.section() == sc.section() && startsWith(x.key(), inKey)) {
        lines.add(x);
        leaf |= x.key().size() == inKey.size();
      }
    }
    Kind kind = lines.isEmpty() && headers.isEmpty() ? Kind.ABSENT
        : leaf ? Kind.LEAF : arrayOfTables ? Kind.ARRAY_OF_TABLES : Kind.TABLE;
    return new Entry(kind, lines, headers);
  }

  private static Scope child(TomlBlock d, Scope sc, String s) {
    Entry e = entry(d, sc, s);
    List<String> path = append(sc.path(), s);
    for (Expression h : e.headers()) {
      if (h.key().equals(path) && !h.arrayOfTables()) {
        return new Scope(path, h.section(), List.of(), h);
      }
    }
    if (!e.lines().isEmpty()) {
      return new Scope(path, sc.section(), append(sc.inSection(), s), null);
    }
    return new Scope(path, -1, List.of(), null);
  }

  private static Scope scope(TomlBlock d, List<String> path) {
    Scope sc = Scope.ROOT;
    for (String s : path) {
      sc = child(d, sc, s);
    }
    return sc;
  }

  private static Value valueAt(Map<String, Value> values, List<String> path, String s) {
    Map<String, Value> m = values;
    for (String p : path) {
      if (!(m.get(p) instanceof Value.Mapping sub)) {
        return null;
      }
      m = sub.entries();
    }
    return m.get(s);
  }

  // ---------------------------------------------------------------- set

  private String set(String text, Split split, List<String> path, String s, Value v,
      String nl) {
    TomlBlock d = new TomlBlock(text, split);
    Value old = valueAt(d.values, path, s);
    if (v.equals(old)) {
      return text;
    }
    Scope sc = scope(d, path);
    Entry e = entry(d, sc, s);
    String name = display(append(path, s));
    switch (e.kind()) {
      case ABSENT -> {
        return insert(d, sc, s, v, nl);
      }
      case LEAF -> {
        Expression x = e.lines().get(0);
        String written = new TomlValueWriter(d, nl)
            .write(v, TomlValueWriter.old(d, pointer(append(path, s)), old), Style.BASIC);
        return text.substring(0, x.valueStart()) + written + text.substring(x.end());
      }
      case TABLE -> {
        if (v instanceof Value.Mapping m) {
          return merge(text, split, append(path, s), (Value.Mapping) old, m, nl);
        }
      }
      case ARRAY_OF_TABLES -> {
        if (v instanceof Value.Sequence seq && !seq.items().isEmpty()
            && seq.items().stream().allMatch(i -> i instanceof Value.Mapping)) {
          String why = "cannot rewrite the array of tables [[" + name
              + "]] in place: set it to something else or remove it first";
          throw Refusal.at(text, e.headers().get(0).start(), path.isEmpty() ? s : path.get(0),
              why, why);
        }
      }
      default -> throw new IllegalStateException();
    }
    // a table set to a plain value: the table goes, the key comes back as a plain key
    String removed = remove(text, split, path, s);
    return set(removed, shifted(split, text, removed), path, s, v, nl);
  }

  /** Sets the entries of the table at {@code path} to those of {@code m}, one by one. */
  private String merge(String text, Split split, List<String> path, Value.Mapping old,
      Value.Mapping m, String nl) {
    String t = text;
    Split sp = split;
    for (String k : old.entries().keySet()) {
      if (!m.entries().containsKey(k)) {
        String next = remove(t, sp, path, k);
        sp = shifted(sp, t, next);
        t = next;
      }
    }
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      String next = set(t, sp, path, e.getKey(), e.getValue(), nl);
      sp = shifted(sp, t, next);
      t = next;
    }
    return t;
  }

  /** A new line {@code s = v} in the table {@code sc}. */
  private String insert(TomlBlock d, Scope sc, String s, Value v, String nl) {
    Expression last = null;
    if (sc.section() >= 0) {
      for (Expression x : d.exprs) {
        if (!x.header() && x.section() == sc.section() && startsWith(x.key(), sc.inSection())) {
          last = x;
        }
      }
    }
    int at;
    if (last != null) {
      at = d.nextLineStart(last.end());
    } else if (sc.section() == 0) {
      at = d.hasHeaders() ? d.blockStart : d.blockEnd;
    } else if (sc.header() != null) {
      at = d.nextLineStart(sc.header().end());
    } else {
      String why = "cannot add \"" + s + "\" to the table " + display(sc.path())
          + ": it has no section of its own (it is defined only by sub-table headers); add a ["
          + display(sc.path()) + "] header first";
      int header = d.exprs.stream().filter(x -> x.header() && startsWith(x.key(), sc.path()))
          .mapToInt(Expression::start).findFirst().orElse(d.blockStart);
      throw Refusal.at(d.text, header, sc.path().isEmpty() ? s : sc.path().get(0), why, why);
    }
    Expression template = last;
    if (template == null) {
      template = d.exprs.stream().filter(x -> !x.header()).findFirst().orElse(null);
    }
    String indent = "";
    String equals = " = ";
    if (template != null) {
      String eq = d.text.substring(template.keyEnd(), template.valueStart());
      if (eq.strip().equals("=")) {
        equals = eq;
      }
      String in = d.indentBefore(template.start());
      if (last != null && in != null) {
        indent = in;
      }
    }
    StringBuilder line = new StringBuilder(indent);
    for (String p : sc.inSection()) {
      line.append(TomlScalars.key(p)).append('.');
    }
    line.append(TomlScalars.key(s)).append(equals)
        .append(new TomlValueWriter(d, nl).write(v, null, Style.BASIC)).append(nl);
    return d.text.substring(0, at) + line + d.text.substring(at);
  }

  // ---------------------------------------------------------------- remove

  private String remove(String text, Split split, List<String> path, String s) {
    TomlBlock d = new TomlBlock(text, split);
    Scope sc = scope(d, path);
    Entry e = entry(d, sc, s);
    if (e.kind() == Kind.ABSENT) {
      return text;
    }
    List<int[]> cores = new ArrayList<>();
    for (Expression x : e.lines()) {
      cores.add(new int[] {d.attachedStart(d.lineStart(x.start())), d.nextLineStart(x.end())});
    }
    for (Expression h : e.headers()) {
      int start = d.attachedStart(d.lineStart(h.start()));
      int contentStart = d.nextLineStart(h.end());
      Expression next = d.nextHeader(h);
      int end = next == null ? d.blockEnd : d.attachedStart(d.lineStart(next.start()));
      while (end > contentStart && d.isBlankLine(d.lineStart(end - 1))) {
        end = d.lineStart(end - 1);
      }
      cores.add(new int[] {start, Math.max(end, contentStart)});
    }
    cores.sort(Comparator.comparingInt(r -> r[0]));
    // ranges separated only by blank lines become one
    List<int[]> merged = new ArrayList<>();
    for (int[] r : cores) {
      int[] prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (prev != null && onlyBlankLines(d, prev[1], r[0])) {
        prev[1] = Math.max(prev[1], r[1]);
      } else {
        merged.add(new int[] {r[0], r[1]});
      }
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = merged.size() - 1; i >= 0; i--) {
      int[] r = withBlankLines(d, merged.get(i));
      out.delete(r[0], r[1]);
    }
    return out.toString();
  }

  private static boolean onlyBlankLines(TomlBlock d, int from, int to) {
    for (int i = from; i < to; i = d.nextLineStart(i)) {
      if (!d.isBlankLine(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Of the blank lines before and after the removed lines, keeps one run: drops those before
   * when blank lines or the end of the block follow, those after when the range starts the
   * block.
   */
  private static int[] withBlankLines(TomlBlock d, int[] r) {
    int before = r[0];
    while (before > d.blockStart && d.isBlankLine(d.lineStart(before - 1))) {
      before = d.lineStart(before - 1);
    }
    int after = r[1];
    while (after < d.blockEnd && d.isBlankLine(after)) {
      after = d.nextLineStart(after);
    }
    if (before < r[0] && (after > r[1] || after == d.blockEnd)) {
      return new int[] {before, r[1]};
    }
    if (before == r[0] && r[0] == d.blockStart && after > r[1]) {
      return new int[] {r[0], after};
    }
    return r;
  }

  // ---------------------------------------------------------------- helpers

  private static Split shifted(Split split, String before, String after) {
    int delta = after.length() - before.length();
    return new Split(split.format(), split.blockStart(), split.blockEnd() + delta,
        split.bodyStart() + delta);
  }

  private static List<String> append(List<String> list, String s) {
    List<String> out = new ArrayList<>(list);
    out.add(s);
    return out;
  }

  private static boolean startsWith(List<String> key, List<String> prefix) {
    return key.size() >= prefix.size() && key.subList(0, prefix.size()).equals(prefix);
  }

  private static String pointer(List<String> path) {
    StringBuilder b = new StringBuilder();
    for (String p : path) {
      b.append('/').append(Pointers.escape(p));
    }
    return b.toString();
  }

  private static String display(List<String> path) {
    StringBuilder b = new StringBuilder();
    for (String p : path) {
      b.append(b.length() > 0 ? "." : "").append(TomlScalars.key(p));
    }
    return b.toString();
  }
}
