package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Reads a TOML 1.0.0 front-matter block into values, their positions in the file and the
 * typed fields, collecting errors before it throws.
 *
 * <p>The reader is ours rather than tomlj's or jackson-dataformat-toml's because it must know
 * where every value starts (and, for format-preserving edits, where it ends). It works on the
 * file's text directly, so every offset it records is a UTF-16 offset into the whole file.
 *
 * <p>Mapping to {@link Value}s:
 *
 * <ul>
 *   <li>strings are {@link Value.Text}; a newline inside a multi-line string is {@code \n}
 *       whether the file has LF or CRLF line endings (TOML lets readers normalise newlines;
 *       values then do not change when git converts line endings);
 *   <li>integers are {@link Value.Int} in the 64-bit range TOML requires; floats (with
 *       {@code inf} and {@code nan}) are {@link Value.Decimal}; booleans are {@link
 *       Value.Bool};
 *   <li>offset date-times, local date-times and local dates are {@link Value.Date}. Fractions
 *       of a second beyond nanoseconds are truncated, as TOML requires. A leap second
 *       ({@code :60}) is refused: java.time cannot hold it;
 *   <li>a local time alone ({@code 07:32:00}) is {@link Value.Text} holding the time as
 *       written. {@link Value} has no time-of-day variant and {@link ArticleDate} always
 *       names a calendar day; no Hugo field takes a bare time, and a date field given one
 *       reports it as a date that is not a date;
 *   <li>arrays are {@link Value.Sequence}; tables, inline tables and the elements of arrays of
 *       tables are {@link Value.Mapping}s whose keys are in the order they were first named.
 * </ul>
 *
 * <p>Errors use the rule {@code toml-syntax} (or {@code duplicate-key} for a key or table
 * defined twice) and say what was expected and what was found. An error inside a token whose
 * extent is clear (a bad escape, a number with a leading zero, a day that does not exist)
 * is recorded and reading goes on; after a structural error (an unterminated string, a
 * missing {@code =}) the rest of the block cannot be read reliably, so reading stops there.
 */
public final class TomlReader {

  private final SourceText src;
  private final LimitGuard guard;
  private final String text;
  private final int end;
  private int pos;
  private final List<Problem> errors = new ArrayList<>();
  private final Map<String, Integer> offsets = new HashMap<>();
  private final Map<String, String> scalarText = new HashMap<>();
  /** JSON Pointer to the span of its value (for tables, of the header or key that made it). */
  private final Map<String, Span> spans = new HashMap<>();
  /** Every header and key/value line of the block, in file order, for editors. */
  private final List<Expression> expressions = new ArrayList<>();
  /** The root table is nesting level 1, as the root mapping is for YAML and JSON. */
  private final Table root = new Table("", Kind.HEADER, 0, 0, 1);
  /** The table that key/value lines go into: the root or the last header's table. */
  private Table current = root;
  /** The section (the root, a header's lines, an inline table) being read. */
  private int section;
  private int nextSection = 1;

  /** Whether to keep the spans and expressions, which only {@link #layout} returns. */
  private final boolean keepLayout;

  private TomlReader(SourceText src, int blockStart, int blockEnd, Limits limits,
      boolean keepLayout) {
    this.keepLayout = keepLayout;
    this.src = src;
    this.guard = new LimitGuard(src, limits, errors, false, Stop::new,
        IntUnaryOperator.identity());
    this.text = src.text();
    this.pos = blockStart;
    this.end = blockEnd;
  }

  /**
   * Reads the block {@code [blockStart, blockEnd)} of {@code src} within {@code limits}
   * (nesting, values, string and key length, number length).
   *
   * @throws ArticleException listing every error found
   */
  public static BlockResult read(SourceText src, int blockStart, int blockEnd, Limits limits) {
    return new TomlReader(src, blockStart, blockEnd, limits, false).read();
  }

  /**
   * Reads the block like {@link #read} and also returns where everything is, for the TOML
   * editor: the span of every value and every header and key/value line.
   *
   * @throws ArticleException listing every error found
   */
  public static Layout layout(SourceText src, int blockStart, int blockEnd) {
    TomlReader r = new TomlReader(src, blockStart, blockEnd, LimitGuard.EDITING, true);
    BlockResult result = r.read();
    return new Layout(result.values(), Map.copyOf(r.spans), List.copyOf(r.expressions));
  }

  /** Where a value (or a header) is: {@code [start, end)} in the file. */
  public record Span(int start, int end) {}

  /**
   * One header or key/value line.
   *
   * @param header whether this is a table header ({@code [a]} or {@code [[a]]})
   * @param arrayOfTables whether this is a {@code [[a]]} header
   * @param key the key's parts, unquoted ({@code a."b.c"} is {@code [a, b.c]})
   * @param start where the header's bracket or the key starts
   * @param keyEnd where the key ends (for a header, where its last key part ends)
   * @param valueStart where the value starts (-1 for a header)
   * @param end just after the value or the header's closing bracket
   * @param section the section the line belongs to: 0 for the lines before the first header,
   *     then one more for each header (a header opens its own section)
   */
  public record Expression(boolean header, boolean arrayOfTables, List<String> key, int start,
      int keyEnd, int valueStart, int end, int section) {}

  /**
   * A block's values with the spans of the values and its lines.
   *
   * @param values every top-level key with its value
   * @param spans JSON Pointer of every value to its span
   * @param expressions headers and key/value lines in file order
   */
  public record Layout(Map<String, Value> values, Map<String, Span> spans,
      List<Expression> expressions) {}

  private BlockResult read() {
    try {
      while (pos < end) {
        expression();
      }
    } catch (Stop stop) {
      // the error is recorded; what follows it cannot be read reliably
    }
    Map<String, Value> values = errors.isEmpty() ? toValue(root).entries() : Map.of();
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt((Problem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column()));
      throw new ArticleException(errors);
    }
    Map<String, Integer> keyOffsets = new HashMap<>();
    root.entries.forEach((k, n) -> keyOffsets.put("/" + Pointers.escape(k), n.keyOffset));
    return new BlockResult(values, Collections.unmodifiableMap(offsets),
        Collections.unmodifiableMap(scalarText), Collections.unmodifiableMap(keyOffsets));
  }

  // ---------------------------------------------------------------- the document's tree

  /** How a table came to exist; it decides what may define or extend it later. */
  private enum Kind {
    /** Named only as a parent in a header ({@code a} in {@code [a.b]}): may still be defined. */
    IMPLICIT,
    /** Defined by a header {@code [a]} or {@code [[a]]}, or the root. */
    HEADER,
    /** Created by a dotted key ({@code a.b = 1}); only its own section may add to it. */
    DOTTED,
    /** An inline table being read; frozen into a {@link Leaf} once closed. */
    INLINE
  }

  /** A node of the tree being built; {@code keyOffset} is where its key was first written. */
  private abstract static class Node {
    final String path;
    int keyOffset;

    Node(String path, int keyOffset) {
      this.path = path;
      this.keyOffset = keyOffset;
    }
  }

  private static final class Table extends Node {
    final LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
    final int depth;
    Kind kind;
    int section;

    Table(String path, Kind kind, int keyOffset, int section, int depth) {
      super(path, keyOffset);
      this.kind = kind;
      this.section = section;
      this.depth = depth;
    }
  }

  /** An array of tables, {@code [[a]]}: every header adds one table. */
  private static final class TableArray extends Node {
    final List<Table> tables = new ArrayList<>();

    TableArray(String path, int keyOffset) {
      super(path, keyOffset);
    }
  }

  /** A value from a key/value pair: complete, never extended (arrays and inline tables too). */
  private static final class Leaf extends Node {
    final Value value;

    Leaf(String path, int keyOffset, Value value) {
      super(path, keyOffset);
      this.value = value;
    }
  }

  private static Value.Mapping toValue(Table t) {
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    t.entries.forEach((k, n) -> out.put(k, toValue(n)));
    return new Value.Mapping(out);
  }

  private static Value toValue(Node n) {
    if (n instanceof Leaf leaf) {
      return leaf.value;
    }
    if (n instanceof TableArray array) {
      List<Value> items = new ArrayList<>(array.tables.size());
      array.tables.forEach(t -> items.add(toValue(t)));
      return new Value.Sequence(items);
    }
    return toValue((Table) n);
  }

  private Table newTable(Table parent, String name, Kind kind, int keyOffset, int sectionId) {
    String path = parent.path + "/" + Pointers.escape(name);
    guard.depth(parent.depth + 1, keyOffset);
    guard.value(keyOffset);
    Table t = new Table(path, kind, keyOffset, sectionId, parent.depth + 1);
    parent.entries.put(name, t);
    return t;
  }

  // ---------------------------------------------------------------- lines

  /** One line: blank, a comment, a table header or a key/value pair. */
  private void expression() {
    skipBlanks();
    if (pos < end) {
      char c = text.charAt(pos);
      if (c == '[') {
        header();
      } else if (c != '#' && c != '\n' && c != '\r') {
        int start = pos;
        KeyValue kv = keyValue(current, section);
        if (keepLayout) {
          expressions.add(new Expression(false, false, List.copyOf(kv.key().parts()), start,
              kv.key().ends().get(kv.key().size() - 1), kv.valueStart(), pos, section));
        }
      }
    }
    endOfLine();
  }

  /** Blanks, an optional comment, then a newline or the end of the block. */
  private void endOfLine() {
    skipBlanks();
    if (pos < end && text.charAt(pos) == '#') {
      comment();
    }
    if (pos >= end) {
      return;
    }
    int nl = newlineLength(pos);
    if (nl == 0) {
      throw fail(pos, "expected the end of the line (or a # comment) but found " + found(pos));
    }
    pos += nl;
  }

  /** 1 for LF, 2 for CRLF, 0 for anything else (a lone CR is not a TOML newline). */
  private int newlineLength(int at) {
    if (at >= end) {
      return 0;
    }
    char c = text.charAt(at);
    if (c == '\n') {
      return 1;
    }
    return c == '\r' && at + 1 < end && text.charAt(at + 1) == '\n' ? 2 : 0;
  }

  private void skipBlanks() {
    while (pos < end && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  /** Blanks, comments and newlines, as allowed between the items of an array. */
  private void skipBlanksCommentsNewlines() {
    while (true) {
      skipBlanks();
      if (pos >= end) {
        return;
      }
      if (text.charAt(pos) == '#') {
        comment();
      }
      int nl = newlineLength(pos);
      if (nl == 0) {
        return;
      }
      pos += nl;
    }
  }

  /** A comment from its {@code #} to the end of its line; control characters are errors. */
  private void comment() {
    pos++;
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == '\n' || newlineLength(pos) == 2) {
        return;
      }
      if (isForbidden(pos)) {
        error("", pos, "expected a comment without control characters but found " + found(pos));
        pos++;
      } else {
        pos += Character.isHighSurrogate(c) ? 2 : 1;
      }
    }
  }

  /**
   * Whether the character at {@code at} may not appear in comments and strings: a control
   * character other than tab (a lone CR included), or half of a surrogate pair.
   */
  private boolean isForbidden(int at) {
    char c = text.charAt(at);
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return at + 1 >= end || !Character.isLowSurrogate(text.charAt(at + 1));
    }
    return Character.isLowSurrogate(c);
  }

  // ---------------------------------------------------------------- tables

  /** {@code [a.b]} or {@code [[a.b]]}. */
  private void header() {
    int start = pos;
    boolean array = text.startsWith("[[", pos) && pos + 1 < end;
    pos += array ? 2 : 1;
    skipBlanks();
    Key key = key();
    skipBlanks();
    String close = array ? "]]" : "]";
    if (!text.startsWith(close, pos) || pos + close.length() > end) {
      throw fail(pos, "expected " + Problem.quote(close) + " to close the "
          + (array ? "array-of-tables " : "") + "header " + (array ? "[[" : "[") + key.display()
          + " but found " + found(pos));
    }
    pos += close.length();
    section = nextSection++;
    String header = (array ? "[[" : "[") + key.display() + close;
    Table parent = headerParent(key, header);
    current = parent == null ? detached(key)
        : array ? arrayTable(parent, key, header, start) : table(parent, key, header, start);
    if (keepLayout) {
      expressions.add(new Expression(true, array, List.copyOf(key.parts()), start,
          key.ends().get(key.size() - 1), -1, pos, section));
    }
  }

  /** Walks the parent keys of a header, creating the tables it implies. */
  private Table headerParent(Key key, String header) {
    Table t = root;
    for (int i = 0; i < key.size() - 1; i++) {
      String name = key.parts.get(i);
      Node n = t.entries.get(name);
      if (n == null) {
        t = newTable(t, name, Kind.IMPLICIT, key.offsets.get(i), section);
        located(t.path, key.offsets.get(i), key.ends.get(i));
      } else if (n instanceof Table sub) {
        t = sub;
      } else if (n instanceof TableArray arr) {
        t = arr.tables.get(arr.tables.size() - 1);
      } else {
        duplicate(n.path, key.offsets.get(i), "expected " + header + " to name a table inside \""
            + key.prefix(i + 1) + "\" but found that \"" + key.prefix(i + 1)
            + "\" is already a value (line " + lineOf(n.keyOffset) + ")");
        return null;
      }
    }
    return t;
  }

  private Table table(Table parent, Key key, String header, int start) {
    String name = key.last();
    int at = key.lastOffset();
    Node n = parent.entries.get(name);
    if (n == null) {
      Table t = newTable(parent, name, Kind.HEADER, at, section);
      located(t.path, start, pos);
      return t;
    }
    if (n instanceof Table t && t.kind == Kind.IMPLICIT) {
      t.kind = Kind.HEADER;
      t.section = section;
      t.keyOffset = at;
      located(t.path, start, pos); // its definition, rather than the header that implied it
      return t;
    }
    String what;
    if (n instanceof Table t) {
      what = t.kind == Kind.HEADER
          ? "expected each table once but found " + header + " again"
          : "expected a new table but found " + header + ", which dotted keys already defined";
    } else if (n instanceof TableArray) {
      what = "expected a new table but found " + header + ", which is already an array of"
          + " tables";
    } else {
      what = "expected a new table but found " + header + ", which is already a value";
    }
    duplicate(n.path, at, what + " (first at line " + lineOf(n.keyOffset) + ")");
    return detached(key);
  }

  private Table arrayTable(Table parent, Key key, String header, int start) {
    String name = key.last();
    int at = key.lastOffset();
    Node n = parent.entries.get(name);
    TableArray array;
    if (n == null) {
      array = new TableArray(parent.path + "/" + Pointers.escape(name), at);
      parent.entries.put(name, array);
      located(array.path, start, pos);
    } else if (n instanceof TableArray existing) {
      array = existing;
    } else {
      duplicate(n.path, at, "expected an array of tables but found " + header + ", which is"
          + " already " + (n instanceof Table ? "a table" : "a value") + " (first at line "
          + lineOf(n.keyOffset) + ")");
      return detached(key);
    }
    guard.depth(parent.depth + 2, at);
    guard.value(at);
    Table t = new Table(array.path + "/" + array.tables.size(), Kind.HEADER, at, section,
        parent.depth + 2);
    array.tables.add(t);
    located(t.path, start, pos);
    return t;
  }

  /** The table for the lines under a header in error: read, checked, then thrown away. */
  private Table detached(Key key) {
    return new Table("/" + Pointers.escape(key.last()), Kind.HEADER, key.lastOffset(), section,
        key.size() + 1);
  }

  // ---------------------------------------------------------------- keys and values

  /** A dotted key: its parts unquoted, where each part starts and ends. */
  private record Key(List<String> parts, List<Integer> offsets, List<Integer> ends) {
    int size() {
      return parts.size();
    }

    String last() {
      return parts.get(parts.size() - 1);
    }

    int lastOffset() {
      return offsets.get(offsets.size() - 1);
    }

    String prefix(int n) {
      return keyText(parts.subList(0, n));
    }

    String display() {
      return keyText(parts);
    }
  }

  private Key key() {
    List<String> parts = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    while (true) {
      starts.add(pos);
      String part = simpleKey();
      guard.key(part, starts.get(starts.size() - 1));
      parts.add(part);
      ends.add(pos);
      int save = pos;
      skipBlanks();
      if (pos < end && text.charAt(pos) == '.') {
        pos++;
        skipBlanks();
      } else {
        pos = save;
        return new Key(parts, starts, ends);
      }
    }
  }

  private String simpleKey() {
    char c = pos < end ? text.charAt(pos) : 0;
    if (c == '"' || c == '\'') {
      if (text.startsWith(c == '"' ? "\"\"\"" : "'''", pos) && pos + 3 <= end) {
        throw fail(pos, "expected a key (bare, \"quoted\" or 'literal') but found a multi-line"
            + " string, which cannot be a key");
      }
      return string(c, false, "");
    }
    int start = pos;
    while (pos < end && isBareKeyChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw fail(pos, "expected a key (letters, digits, \"_\" and \"-\", or a quoted key) but"
          + " found " + found(pos));
    }
    return text.substring(start, pos);
  }

  private static boolean isBareKeyChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '_' || c == '-';
  }

  /** A key/value pair as read: its key and where its value starts. */
  private record KeyValue(Key key, int valueStart) {}

  /** {@code key = value} into {@code target}, read as part of section {@code sectionId}. */
  private KeyValue keyValue(Table target, int sectionId) {
    Key key = key();
    skipBlanks();
    if (pos >= end || text.charAt(pos) != '=') {
      throw fail(pos, "expected \"=\" after the key \"" + key.display() + "\" but found "
          + found(pos));
    }
    pos++;
    skipBlanks();
    int valueStart = pos;
    Table parent = dottedParent(target, key, sectionId);
    Table into = parent != null ? parent : detached(key);
    String path = into.path + "/" + Pointers.escape(key.last());
    Value value = value(path, into.depth);
    if (parent != null) {
      parent.entries.put(key.last(), new Leaf(path, key.lastOffset(), value));
    }
    return new KeyValue(key, valueStart);
  }

  /**
   * Walks the dotted parts of {@code key} from {@code target}, creating tables as needed, and
   * returns the table the last part goes into; null (after an error) when a part names a
   * value, a table the dotted key may not extend, or the last part is already defined.
   */
  private Table dottedParent(Table target, Key key, int sectionId) {
    Table t = target;
    for (int i = 0; i < key.size() - 1; i++) {
      String name = key.parts.get(i);
      int at = key.offsets.get(i);
      Node n = t.entries.get(name);
      if (n == null) {
        t = newTable(t, name, Kind.DOTTED, at, sectionId);
        located(t.path, at, key.ends.get(i));
      } else if (n instanceof Table sub && sub.kind == Kind.DOTTED && sub.section == sectionId) {
        t = sub;
      } else if (n instanceof Table sub && sub.kind == Kind.IMPLICIT) {
        sub.kind = Kind.DOTTED; // defined now, by dotted keys: no header may define it later
        sub.section = sectionId;
        t = sub;
      } else if (n instanceof Table sub) {
        duplicate(sub.path, at, "expected dotted keys to add only to tables they created in the"
            + " same table section but found \"" + key.prefix(i + 1) + "\", a table defined at"
            + " line " + lineOf(sub.keyOffset) + (sub.kind == Kind.HEADER
                ? " (write the key under its header instead)" : ""));
        return null;
      } else {
        duplicate(n.path, at, "expected each key once but found " + Problem.quote(name) + " again (first at"
            + " line " + lineOf(n.keyOffset) + ")");
        return null;
      }
    }
    Node n = t.entries.get(key.last());
    if (n != null) {
      duplicate(n.path, key.lastOffset(), "expected each key once but found \"" + key.last()
          + "\" again (first at line " + lineOf(n.keyOffset) + ")");
      return null;
    }
    return t;
  }

  /** A value of any type at {@code pos}; {@code depth} is the nesting it sits at. */
  private Value value(String path, int depth) {
    int start = pos;
    char c = pos < end ? text.charAt(pos) : 0;
    guard.value(start); // every table, array, inline table and scalar below the root
    Value v;
    if (c == '"' || c == '\'') {
      String s = string(c, text.startsWith(c == '"' ? "\"\"\"" : "'''", pos) && pos + 3 <= end,
          path);
      guard.scalarFits(s, path, start);
      v = new Value.Text(s);
    } else if (c == '[') {
      v = array(path, depth + 1);
    } else if (c == '{') {
      v = inlineTable(path, depth + 1);
    } else {
      v = scalar(path);
    }
    located(path, start, pos);
    return v;
  }

  private Value array(String path, int depth) {
    guard.depth(depth, pos);
    int open = pos;
    pos++;
    List<Value> items = new ArrayList<>();
    while (true) {
      skipBlanksCommentsNewlines();
      if (pos < end && text.charAt(pos) == ']') {
        pos++;
        return new Value.Sequence(items);
      }
      if (pos < end && text.charAt(pos) == ',') {
        throw fail(pos, "expected a value or \"]\" but found \",\"");
      }
      items.add(value(path + "/" + items.size(), depth));
      skipBlanksCommentsNewlines();
      char c = pos < end ? text.charAt(pos) : 0;
      if (c == ',') {
        pos++;
      } else if (c != ']') {
        throw fail(pos, "expected \",\" or \"]\" after an item of the array opened at line "
            + lineOf(open) + " but found " + found(pos));
      }
    }
  }

  private Value inlineTable(String path, int depth) {
    guard.depth(depth, pos);
    int open = pos;
    pos++;
    Table t = new Table(path, Kind.INLINE, open, nextSection++, depth);
    skipBlanks();
    if (pos < end && text.charAt(pos) == '}') {
      pos++;
      return toValue(t);
    }
    while (true) {
      keyValue(t, t.section);
      skipBlanks();
      char c = pos < end ? text.charAt(pos) : 0;
      if (c == '}') {
        pos++;
        return toValue(t);
      }
      if (c != ',') {
        throw fail(pos, "expected \",\" or \"}\" in the inline table opened at line " + lineOf(open)
            + " but found " + found(pos) + (newlineLength(pos) > 0 || c == '#'
                ? " (an inline table must stay on one line)" : ""));
      }
      pos++;
      skipBlanks();
      if (pos < end && text.charAt(pos) == '}') {
        throw fail(pos, "expected a key after \",\" but found \"}\" (TOML 1.0 allows no trailing"
            + " comma in an inline table)");
      }
    }
  }

  // ---------------------------------------------------------------- strings

  /**
   * A string; {@code pos} is on its first quote: {@code "} for a basic string (with escapes),
   * {@code '} for a literal one (none), three of them for the multi-line kinds.
   */
  private String string(char quote, boolean multi, String path) {
    int open = pos;
    pos += multi ? 3 : 1;
    if (multi) {
      pos += newlineLength(pos); // a newline right after the opening quotes is trimmed
    }
    String closing = quote == '"' ? "\"" : "'";
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= end) {
        throw unterminated(open, multi ? closing.repeat(3) : closing);
      }
      char c = text.charAt(pos);
      if (c == quote) {
        if (!multi) {
          pos++;
          return out.toString();
        }
        if (closeMultiLine(out, quote)) {
          return out.toString();
        }
      } else if (c == '\\' && quote == '"') {
        escape(out, multi, path);
      } else {
        int run = plainRun(quote);
        if (run > pos) {
          out.append(text, pos, run);
          pos = run;
        } else {
          plainChar(out, multi, open, closing, path);
        }
      }
    }
  }

  /**
   * At a quote inside a multi-line string: three quotes close it, and up to two more before
   * them belong to the string ({@code """a"""""} is {@code a""}). Returns whether it closed.
   */
  private boolean closeMultiLine(StringBuilder out, char quote) {
    int n = 0;
    while (pos + n < end && text.charAt(pos + n) == quote) {
      n++;
    }
    if (n < 3) {
      out.append(String.valueOf(quote).repeat(n));
      pos += n;
      return false;
    }
    int kept = Math.min(n - 3, 2);
    out.append(String.valueOf(quote).repeat(kept));
    pos += kept + 3; // more than five quotes: the rest is an error after the value
    return true;
  }

  /**
   * The end of the run of characters from {@code pos} that {@link #plainChar} would append
   * one by one unchanged: not the quote, a backslash, a control character (tab aside, so no
   * line break either) or a surrogate. Those go through plainChar; the run is appended at
   * once.
   */
  private int plainRun(char quote) {
    int i = pos;
    while (i < end) {
      char c = text.charAt(i);
      if (c == quote || c == '\\' || (c < 0x20 && c != '\t') || c == 0x7F
          || Character.isSurrogate(c)) {
        break;
      }
      i++;
    }
    return i;
  }

  /** One character of string content that is not a quote or an escape. */
  private void plainChar(StringBuilder out, boolean multi, int open, String quote, String path) {
    int nl = newlineLength(pos);
    if (nl > 0) {
      if (!multi) {
        throw fail(pos, "expected a closing " + quote + " for the string opened at column "
            + src.location(open).column() + " but found the end of the line (use " + quote
            + quote + quote + " for a multi-line string)");
      }
      out.append('\n');
      pos += nl;
      return;
    }
    char c = text.charAt(pos);
    if (isForbidden(pos)) {
      error(path, pos, "expected text without control characters in a string but found "
          + found(pos) + (c < 0x20 || c == 0x7F
              ? (quote.equals("\"") ? String.format(" (write it as \\u%04X)", (int) c)
                  : " (use a \"basic\" string with \\u" + String.format("%04X", (int) c) + ")")
              : ""));
      pos++;
      return;
    }
    if (Character.isHighSurrogate(c)) {
      out.append(c).append(text.charAt(pos + 1));
      pos += 2;
    } else {
      out.append(c);
      pos++;
    }
  }

  /** An escape in a basic string; {@code pos} is on the backslash. */
  private void escape(StringBuilder out, boolean multi, String path) {
    int at = pos;
    if (pos + 1 >= end) {
      throw unterminated(at, multi ? "\"\"\"" : "\"");
    }
    char e = text.charAt(pos + 1);
    switch (e) {
      case 'b' -> out.append('\b');
      case 't' -> out.append('\t');
      case 'n' -> out.append('\n');
      case 'f' -> out.append('\f');
      case 'r' -> out.append('\r');
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case 'u', 'U' -> {
        unicodeEscape(out, e == 'u' ? 4 : 8, path);
        return;
      }
      default -> {
        if (multi && lineEndingBackslash()) {
          return;
        }
        int len = newlineLength(pos + 1) > 0 ? 0 : Character.charCount(text.codePointAt(pos + 1));
        error(path, at, "expected an escape sequence (\\b, \\t, \\n, \\f, \\r, \\\", \\\\,"
            + " \\uXXXX or \\UXXXXXXXX) but found " + (len == 0 ? "a backslash at the end of the"
                + " line (use \"\"\" for a multi-line string)"
                : "\"\\" + text.substring(pos + 1, pos + 1 + len) + "\""));
        pos += 1 + len;
        return;
      }
    }
    pos += 2;
  }

  /**
   * A backslash, blanks and a newline in a multi-line basic string: the newline and all
   * blanks and newlines after it are trimmed. Returns false, moving nothing, if it is not one.
   */
  private boolean lineEndingBackslash() {
    int i = pos + 1;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (newlineLength(i) == 0) {
      return false;
    }
    while (i < end) {
      char c = text.charAt(i);
      int nl = newlineLength(i);
      if (nl > 0) {
        i += nl;
      } else if (c == ' ' || c == '\t') {
        i++;
      } else {
        break;
      }
    }
    pos = i;
    return true;
  }

  private void unicodeEscape(StringBuilder out, int digits, String path) {
    int at = pos;
    int i = pos + 2;
    int value = 0;
    int n = 0;
    while (n < digits && i < end && Character.digit(text.charAt(i), 16) >= 0
        && text.charAt(i) < 0x80) {
      value = value * 16 + Character.digit(text.charAt(i), 16);
      i++;
      n++;
    }
    char u = text.charAt(pos + 1);
    if (n < digits) {
      error(path, at, "expected " + digits + " hex digits after \\" + u + " but found \"\\"
          + text.substring(pos + 1, i + (i < end && Character.isLetterOrDigit(text.charAt(i))
              ? 1 : 0)) + "\"");
      pos = i;
      return;
    }
    // eight hex digits may exceed int: compare as unsigned
    if (Integer.compareUnsigned(value, 0x10FFFF) > 0 || (value >= 0xD800 && value <= 0xDFFF)) {
      error(path, at, "expected a Unicode scalar value (U+0000 to U+D7FF or U+E000 to"
          + " U+10FFFF) but found \"" + text.substring(at, i) + "\"");
    } else {
      out.appendCodePoint(value);
    }
    pos = i;
  }

  private Stop unterminated(int open, String quote) {
    return fail(end, "expected a closing " + quote + " for the string opened at line "
        + lineOf(open) + ", column " + src.location(open).column() + " but found the end of the"
        + " front matter");
  }

  // ---------------------------------------------------------------- numbers, booleans, dates

  /** Booleans, numbers, dates and times: a token of letters, digits and {@code _+-.:}. */
  private Value scalar(String path) {
    int start = pos;
    int tokenEnd = tokenEnd(pos);
    if (tokenEnd == start) {
      throw fail(pos, "expected a value (a \"string\", a number, true or false, a date, an [array]"
          + " or an {inline table}) but found " + found(pos));
    }
    if (isLocalDate(start, tokenEnd) && tokenEnd + 3 < end && text.charAt(tokenEnd) == ' '
        && isDigit(tokenEnd + 1) && isDigit(tokenEnd + 2) && text.charAt(tokenEnd + 3) == ':') {
      tokenEnd = tokenEnd(tokenEnd + 1); // "1979-05-27 07:32:00": a space as the separator
    }
    pos = tokenEnd;
    if (!guard.numberFits(tokenEnd - start, path, start)) {
      return Value.Null.INSTANCE; // no number, date or boolean is this long
    }
    String token = text.substring(start, tokenEnd);
    Value v;
    if (token.equals("true") || token.equals("false")) {
      v = new Value.Bool(token.equals("true"));
    } else if (isDigit(start) && tokenEnd - start > 2
        && (text.charAt(start + 2) == ':' || (tokenEnd - start > 4 && isDigit(start + 1)
            && isDigit(start + 2) && isDigit(start + 3) && text.charAt(start + 4) == '-'))) {
      return dateTime(token, start, path); // records its own text
    } else if (isDigit(start) || token.charAt(0) == '+' || token.charAt(0) == '-'
        || token.equals("inf") || token.equals("nan")) {
      v = number(token, start, path);
    } else {
      throw fail(start, "expected a value (a \"string\", a number, true or false, a date, an"
          + " [array] or an {inline table}) but found " + Problem.quote(token)
          + (Character.isLetter(token.charAt(0)) ? " (text must be quoted)" : ""));
    }
    scalarText.put(path, token);
    return v;
  }

  private int tokenEnd(int from) {
    int i = from;
    while (i < end) {
      char c = text.charAt(i);
      if (isBareKeyChar(c) || c == '+' || c == '.' || c == ':') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private boolean isDigit(int at) {
    return at < end && text.charAt(at) >= '0' && text.charAt(at) <= '9';
  }

  private boolean isLocalDate(int from, int to) {
    return to - from == 10 && isDigit(from) && isDigit(from + 1) && isDigit(from + 2)
        && isDigit(from + 3) && text.charAt(from + 4) == '-' && isDigit(from + 5)
        && isDigit(from + 6) && text.charAt(from + 7) == '-' && isDigit(from + 8)
        && isDigit(from + 9);
  }

  /** A number: its value, or Null after reporting where the token stops fitting. */
  private Value number(String token, int start, String path) {
    return read(TomlScalars.number(token), start, path);
  }

  /**
   * An offset date-time, local date-time, local date or local time ({@link TomlScalars#dateTime});
   * a date's text is kept as written.
   */
  private Value dateTime(String token, int start, String path) {
    Value v = read(TomlScalars.dateTime(token), start, path);
    if (v instanceof Value.Date) {
      scalarText.put(path, token);
    }
    return v;
  }

  private Value read(TomlScalars.Read r, int start, String path) {
    if (r.misfit() != null) {
      error(path, start + r.at(), r.misfit());
      return Value.Null.INSTANCE;
    }
    return r.value();
  }

  // ---------------------------------------------------------------- positions and problems

  /** Records where the value at {@code path} is: its start, and its span for editors. */
  private void located(String path, int start, int endExclusive) {
    offsets.put(path, start);
    if (keepLayout) {
      spans.put(path, new Span(start, endExclusive));
    }
  }

  private int lineOf(int offset) {
    return src.location(offset).line();
  }

  /** What is at {@code at}, for "but found ...". */
  private String found(int at) {
    if (at >= end) {
      return "the end of the front matter";
    }
    if (newlineLength(at) > 0) {
      return "the end of the line";
    }
    int cp = text.codePointAt(at);
    if (cp == '"') {
      return "'\"'";
    }
    if (cp == '\r') {
      return "a carriage return (U+000D) without a line feed";
    }
    if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE
        || Character.getType(cp) == Character.FORMAT) {
      return String.format("the character U+%04X", cp);
    }
    return "\"" + new String(Character.toChars(cp)) + "\"";
  }

  private static String keyText(List<String> parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      if (out.length() > 0) {
        out.append('.');
      }
      boolean bare = !p.isEmpty() && p.chars().allMatch(c -> isBareKeyChar((char) c));
      if (bare) {
        out.append(p);
      } else {
        out.append('"');
        p.codePoints().forEach(c -> {
          if (c == '"' || c == '\\') {
            out.append('\\').appendCodePoint(c);
          } else if (c < 0x20 || c == 0x7F) {
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        });
        out.append('"');
      }
    }
    return out.toString();
  }

  private void error(String path, int offset, String message) {
    errors.add(src.problem("toml-syntax", Severity.ERROR, path, offset,
        Pointers.display(path) + message));
  }

  private void duplicate(String path, int offset, String message) {
    errors.add(src.problem("duplicate-key", Severity.ERROR, path, offset,
        Pointers.display(path) + message));
  }

  /** Records a structural error; the caller throws what it returns. */
  private Stop fail(int offset, String message) {
    errors.add(src.problem("toml-syntax", Severity.ERROR, "", offset, message));
    return new Stop();
  }

  /** Ends reading after a structural error, which is already recorded. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
