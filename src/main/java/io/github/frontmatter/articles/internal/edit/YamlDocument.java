package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.read.Split;
import io.github.frontmatter.articles.internal.read.YamlReader;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.EditRefusedException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML front matter as {@link YamlEditor} sees it: every node with its place in the file
 * (from snakeyaml-engine's parser events, positions turned into UTF-16 offsets), the top-level
 * entries with where each key's colon is and where its last line ends, and the file's own
 * indentation of block lists and mappings. It answers the questions an edit asks: can this
 * key be edited safely, what value does a node hold, which comment lines belong to an entry.
 *
 * <p>The top-level mapping is a block mapping whose keys are all at one column (0, or the
 * column of an indented mapping) or a flow mapping ({@code {"title": "T"}}); for both, the
 * entries are listed. Reading refuses, with an {@link EditRefusedException} that says why
 * and where, front matter that is not valid YAML or whose lines the editor would get wrong (a
 * lone CR, a document marker line, U+FEFF inside).
 */
final class YamlDocument {
  /** The parser has refused deeper front matter under any {@link Limits}. */
  private static final int MAX_DEPTH = Limits.MAX_DEPTH_CEILING;
  private static final CoreSchema SCHEMA = new CoreSchema();
  private static final ScalarResolver CORE = SCHEMA.getScalarResolver();
  private static final Map<Tag, ConstructNode> SCALARS = SCHEMA.getSchemaTagConstructors();
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setSchema(SCHEMA)
          .setAllowDuplicateKeys(true)
          .setCodePointLimit(Integer.MAX_VALUE)
          .setUseMarks(true)
          .build();

  enum Kind { SCALAR, SEQ, MAP, ALIAS }

  /** A node with its place in the file (UTF-16 offsets) and how it is written. */
  static final class Node {
    final Kind kind;
    final int start;
    int end; // just after the last character of the value's text
    final boolean flow;
    final ScalarStyle style;
    final String value;
    final String anchor;
    final String tag;
    final List<Node> children = new ArrayList<>(); // items, or keys and values in turn

    Node(Kind kind, int start, int end, boolean flow, ScalarStyle style, String value,
        String anchor, String tag) {
      this.kind = kind;
      this.start = start;
      this.end = end;
      this.flow = flow;
      this.style = style;
      this.value = value;
      this.anchor = anchor;
      this.tag = tag;
    }

    boolean isBlockScalar() {
      return kind == Kind.SCALAR
          && (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED);
    }

    boolean isEmptyScalar() {
      return kind == Kind.SCALAR && style == ScalarStyle.PLAIN && value.isEmpty()
          && start == end;
    }
  }

  /**
   * A top-level entry: its key, its value, where its colon is and where its last line ends
   * (in a flow mapping, where its value ends).
   */
  record Entry(String key, Node keyNode, Node value, int colonEnd, int tailEnd) {}

  /** Why a node cannot be replaced or removed, and the node inside it that is the reason. */
  record Decoration(String why, Node at) {}

  final String text;
  final Split split;
  final Node root;
  /** The top-level key being edited, named by refusals. */
  private final String key;
  final List<Entry> entries = new ArrayList<>();
  /** Column of block lists under a key, relative to it: the file's first, else 2. */
  int seqOffset = -1;
  /** Indentation of nested block mappings: the file's first, else 2. */
  int mapStep = -1;
  private final int[] utf16; // code point index -> offset in the block, when not BMP-only
  private final Map<Node, Value> values = new IdentityHashMap<>();

  private YamlDocument(String text, Split split, String key) {
    this.text = text;
    this.split = split;
    this.key = key;
    String block = text.substring(split.blockStart(), split.blockEnd());
    int cps = block.codePointCount(0, block.length());
    if (cps == block.length()) {
      utf16 = null;
    } else {
      utf16 = new int[cps + 1];
      for (int i = 0, cp = 0; i < block.length(); cp++) {
        utf16[cp] = i;
        i += Character.charCount(block.codePointAt(i));
      }
      utf16[cps] = block.length();
    }
    root = build(block);
    if (root != null && root.kind == Kind.MAP) {
      for (int i = 0; i + 1 < root.children.size(); i += 2) {
        Node k = root.children.get(i);
        Node v = root.children.get(i + 1);
        String name = k.kind == Kind.SCALAR ? k.value : null;
        int colonEnd = colonEnd(k);
        int last = v.isEmptyScalar() ? Math.max(colonEnd, v.end) : v.end;
        // in a flow mapping an empty value is marked at what follows it (a comma, a brace)
        entries.add(new Entry(name, k, v, colonEnd, root.flow
            ? (v.isEmptyScalar() ? colonEnd : Math.max(v.end, colonEnd))
            : Split.lineContentEnd(text, last)));
      }
      if (!root.flow) {
        layout();
      }
    }
    seqOffset = seqOffset < 0 ? 2 : seqOffset;
    mapStep = mapStep < 0 ? 2 : mapStep;
  }

  /**
   * Reads the front matter for an edit of {@code key}.
   *
   * @throws EditRefusedException for front matter that is not valid YAML or whose lines the
   *     editor would get wrong
   */
  static YamlDocument read(String text, Split split, String key) {
    Editor.requireFormat(split, Format.YAML);
    checkLines(text, split, key);
    try {
      return new YamlDocument(text, split, key);
    } catch (YamlEngineException e) {
      int at = split.blockStart();
      if (e instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
        // the mark counts code points from the start of the block
        int cps = text.codePointCount(at, split.blockEnd());
        at = text.offsetByCodePoints(at, Math.min(cps, m.getProblemMark().get().getIndex()));
      }
      String why = "it is not valid YAML (" + e.getMessage().replace('\n', ' ').strip() + ")";
      EditRefusedException r = Refusal.at(text, at, key,
          "cannot edit the YAML front matter: " + why, why);
      r.initCause(e);
      throw r;
    }
  }

  /**
   * Refuses front matter whose lines the editor would get wrong, in one pass over them: a
   * lone CR (YAML reads it as a line break, the editor's lines end at LF, so it would take
   * two lines for one); a document marker line ({@code ... # end} is no closing fence, but
   * a new key after it would start a second document); U+FEFF (text here, but a byte order
   * mark once an edit brings it to the first line).
   */
  private static void checkLines(String text, Split split, String key) {
    int number = 1 + (int) text.substring(0, split.blockStart()).chars()
        .filter(c -> c == '\n').count();
    for (int line = split.blockStart(); line < split.blockEnd(); number++) {
      int end = Split.lineContentEnd(text, line);
      if ((text.startsWith("...", line) || text.startsWith("---", line))
          && (line + 3 == end || text.charAt(line + 3) == ' ' || text.charAt(line + 3) == '\t')) {
        String why = "expected one YAML document but found the document marker \""
            + text.substring(line, line + 3) + "\" on line " + number;
        throw Refusal.at(text, line, key, "cannot edit the YAML front matter: " + why, why);
      }
      for (int i = line; i < end; i++) {
        char c = text.charAt(i);
        if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
          String why = "expected lines that end with LF or CRLF but found a lone CR line break"
              + " on line " + number + " (convert the file's line endings first)";
          throw Refusal.at(text, i, key, "cannot edit the YAML front matter: " + why, why);
        }
        if (c == '\uFEFF') {
          String why = "expected no byte order mark (U+FEFF) inside it but found one on line "
              + number;
          throw Refusal.at(text, i, key, "cannot edit the YAML front matter: " + why, why);
        }
      }
      line = Split.nextLine(text, end);
    }
  }

  /** The file's own indentation of block lists and mappings under a key. */
  private void layout() {
    Deque<Node[]> todo = new ArrayDeque<>(); // {mapping, value}
    for (Entry e : entries) {
      todo.add(new Node[] {root, e.value});
    }
    while (!todo.isEmpty() && (seqOffset < 0 || mapStep < 0)) {
      Node[] pv = todo.poll();
      Node v = pv[1];
      if (v.kind == Kind.SEQ && !v.flow && seqOffset < 0 && v.children.size() > 0) {
        seqOffset = Math.max(0, col(v) - col(pv[0]));
      } else if (v.kind == Kind.MAP && !v.flow && mapStep < 0 && col(v) > col(pv[0])) {
        mapStep = col(v) - col(pv[0]);
      }
      if (v.kind == Kind.MAP && !v.flow) {
        for (int i = 1; i < v.children.size(); i += 2) {
          todo.add(new Node[] {v, v.children.get(i)});
        }
      }
    }
  }

  private int colonEnd(Node key) {
    int i = key.end;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == ':' ? i + 1 : key.end;
  }

  // ------------------------------------------------------------ building from events

  private Node build(String block) {
    ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, block));
    Deque<Node> open = new ArrayDeque<>();
    Node root = null;
    while (parser.hasNext()) {
      Event ev = parser.next();
      Node made = null;
      switch (ev.getEventId()) {
        case Scalar -> {
          ScalarEvent s = (ScalarEvent) ev;
          int start = offset(ev.getStartMark().orElseThrow());
          int end = offset(ev.getEndMark().orElseThrow());
          if (s.isLiteral() || s.isFolded()) {
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
              end--;
            }
          }
          made = new Node(Kind.SCALAR, start, end, false, s.getScalarStyle(), s.getValue(),
              anchor(s), s.getTag().orElse(null));
        }
        case Alias -> made = new Node(Kind.ALIAS, offset(ev.getStartMark().orElseThrow()),
            offset(ev.getEndMark().orElseThrow()), false, null,
            ((AliasEvent) ev).getAlias().getValue(), null, null);
        case SequenceStart, MappingStart -> {
          CollectionStartEvent c = (CollectionStartEvent) ev;
          Node n = new Node(ev instanceof MappingStartEvent ? Kind.MAP : Kind.SEQ,
              offset(ev.getStartMark().orElseThrow()), -1,
              c.getFlowStyle() == FlowStyle.FLOW, null, null, anchor(c),
              c.getTag().orElse(null));
          if (open.size() >= MAX_DEPTH) {
            String why = "expected it nested at most " + MAX_DEPTH
                + " levels deep but found deeper";
            throw Refusal.at(text, n.start, key, "cannot edit the YAML front matter: " + why,
                why);
          }
          if (open.isEmpty()) {
            root = n;
          } else {
            open.peek().children.add(n);
          }
          open.push(n);
        }
        case SequenceEnd, MappingEnd -> {
          Node n = open.pop();
          n.end = n.flow ? offset(ev.getEndMark().orElseThrow())
              : n.children.isEmpty() ? n.start : n.children.get(n.children.size() - 1).end;
        }
        default -> {}
      }
      if (made != null) {
        if (open.isEmpty()) {
          root = made;
        } else {
          open.peek().children.add(made);
        }
      }
    }
    return root;
  }

  private static String anchor(NodeEvent e) {
    return e.getAnchor().map(a -> a.getValue()).orElse(null);
  }

  private int offset(Mark mark) {
    int cp = mark.getIndex();
    int at = split.blockStart() + (utf16 == null ? cp : utf16[Math.min(cp, utf16.length - 1)]);
    // an empty value at the end of the front matter is marked after its last line break,
    // on the fence line: keep every position inside the front matter's last line
    return Math.min(at, Math.max(split.blockStart(), contentEnd(split.blockEnd())));
  }

  /** Where the line ending just before {@code lineStart} begins (its content's end). */
  private int contentEnd(int lineStart) {
    int end = lineStart;
    if (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
      if (end > 0 && text.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return end;
  }

  // ------------------------------------------------------------ questions

  /** Refuses front matter and keys that cannot be edited safely, saying why and where. */
  void checkEditable(String key) {
    if (root == null) {
      return; // empty or comments only: a new key can be appended
    }
    String what = root.kind == Kind.SCALAR ? "a scalar" : root.kind == Kind.SEQ
        ? "a sequence" : root.kind == Kind.ALIAS ? "an alias" : null;
    if (what != null) {
      throw refuse(key, "expected the front matter to be a mapping but found " + what
          + "; only mappings are edited in place", root);
    }
    if (root.anchor != null || root.tag != null) {
      throw refuse(key, "the front matter mapping has an anchor or a tag", root);
    }
    Entry found = null;
    for (Entry e : entries) {
      if (key.equals(e.key)) {
        if (found != null) {
          throw refuse(key, "the key appears more than once", e.keyNode);
        }
        found = e;
      }
    }
    if (found != null) {
      Node k = found.keyNode;
      if (root.flow ? explicitInFlow(k) : col(k) != col(root)) {
        throw refuse(key, "it is written as an explicit key (? key)", k);
      }
      if (k.anchor != null || k.tag != null) {
        throw refuse(key, "the key has an anchor or a tag", k);
      }
      if (found.colonEnd == k.end) {
        throw refuse(key, "expected a colon after the key on its line but found none", k);
      }
    }
  }

  /** Whether a key of a flow mapping follows a {@code ?} on its line. */
  private boolean explicitInFlow(Node k) {
    int i = k.start - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '?';
  }

  /** The column of the top-level keys of a block mapping: 0, or the mapping's indentation. */
  int keyCol() {
    return root == null || root.flow ? 0 : col(root);
  }

  Entry find(String key) {
    for (Entry e : entries) {
      if (key.equals(e.key)) {
        return e;
      }
    }
    return null;
  }

  /**
   * Why the node cannot be replaced or removed (an anchor, an alias or a tag inside it;
   * only anchors when {@code strict} is false) and where, or null.
   */
  Decoration decoration(Node n, boolean strict) {
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(n);
    while (!todo.isEmpty()) {
      Node x = todo.pop();
      if (x.anchor != null) {
        return new Decoration("the anchor &" + x.anchor + ", which aliases may refer to; edit"
            + " it by hand", x);
      }
      if (strict && x.kind == Kind.ALIAS) {
        return new Decoration("the alias *" + x.value + " inside; edit it by hand", x);
      }
      if (strict && x.tag != null) {
        return new Decoration("the tag " + x.tag + ", which a new value would lose; edit it by"
            + " hand", x);
      }
      x.children.forEach(todo::push);
    }
    return null;
  }

  /** The value of a node without anchors, aliases or tags; null if it has any. */
  Value toValue(Node n) {
    if (values.containsKey(n)) {
      return values.get(n);
    }
    Value v = convert(n);
    values.put(n, v);
    return v;
  }

  private Value convert(Node n) {
    if (n.anchor != null || n.tag != null || n.kind == Kind.ALIAS) {
      return null;
    }
    if (n.kind == Kind.SEQ) {
      List<Value> items = new ArrayList<>();
      for (Node c : n.children) {
        Value v = toValue(c);
        if (v == null) {
          return null;
        }
        items.add(v);
      }
      return new Value.Sequence(items);
    }
    if (n.kind == Kind.MAP) {
      Map<String, Value> m = new LinkedHashMap<>();
      for (int i = 0; i + 1 < n.children.size(); i += 2) {
        Node k = n.children.get(i);
        Value v = toValue(n.children.get(i + 1));
        if (k.kind != Kind.SCALAR || v == null || m.containsKey(k.value)) {
          return null;
        }
        m.put(k.value, v);
      }
      return new Value.Mapping(m);
    }
    if (n.style != ScalarStyle.PLAIN) {
      return new Value.Text(n.value);
    }
    Tag tag = CORE.resolve(n.value, true);
    if (Tag.STR.equals(tag)) {
      if (looksLikeDate(n.value)) {
        try {
          return new Value.Date(ArticleDate.parse(n.value));
        } catch (IllegalArgumentException e) {
          // not a real date: text
        }
      }
      return new Value.Text(n.value);
    }
    try {
      Object o = SCALARS.get(tag).construct(new ScalarNode(tag, n.value, ScalarStyle.PLAIN));
      if (Tag.NULL.equals(tag)) {
        return Value.Null.INSTANCE;
      } else if (Tag.BOOL.equals(tag)) {
        return new Value.Bool((Boolean) o);
      } else if (Tag.INT.equals(tag)) {
        return new Value.Int(o instanceof BigInteger b ? b
            : BigInteger.valueOf(((Number) o).longValue()));
      } else if (Tag.FLOAT.equals(tag)) {
        return new Value.Decimal(((Number) o).doubleValue());
      }
    } catch (RuntimeException e) {
      return null;
    }
    return null;
  }

  /** As {@link YamlReader}: yyyy-MM-dd at the start. */
  private static boolean looksLikeDate(String v) {
    return v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-'
        && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(3))
        && Character.isDigit(v.charAt(5)) && Character.isDigit(v.charAt(9));
  }

  int indexOfKey(Node map, String key) {
    for (int i = 0; i + 1 < map.children.size(); i += 2) {
      Node k = map.children.get(i);
      if (k.kind == Kind.SCALAR && key.equals(k.value)) {
        return i;
      }
    }
    return -1;
  }

  String src(Node n) {
    return text.substring(n.start, n.end);
  }

  int col(Node n) {
    return n.start - (text.lastIndexOf('\n', n.start - 1) + 1);
  }

  boolean oneLine(int from, int to) {
    int nl = text.indexOf('\n', from);
    return nl < 0 || nl >= to;
  }

  /** Column of the first non-blank line of a block scalar's body, or -1 when it is empty. */
  int blockContentCol(Node n) {
    int line = Split.nextLine(text, Split.lineContentEnd(text, n.start));
    while (line < n.end) {
      int end = Split.lineContentEnd(text, line);
      int i = line;
      while (i < end && text.charAt(i) == ' ') {
        i++;
      }
      if (i < end) {
        return i - line;
      }
      line = Split.nextLine(text, end);
    }
    return -1;
  }

  /**
   * Deepest indentation of the comment lines between the entry and the next key (-1 if
   * none): a block scalar must be indented deeper, or it would take them as its text. A line
   * of blanks only counts one less than its length: a block scalar indented less would take
   * the blanks past its indentation as text.
   */
  int maxCommentIndentAfter(Entry e) {
    int max = -1;
    int line = Split.nextLine(text, e.tailEnd);
    while (line < split.blockEnd()) {
      int end = Split.lineContentEnd(text, line);
      int i = line;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i < end && text.charAt(i) != '#') {
        break;
      }
      if (i < end) {
        max = Math.max(max, i - line);
      } else if (i > line) {
        max = Math.max(max, i - line - 1);
      }
      line = Split.nextLine(text, end);
    }
    return max;
  }

  /**
   * Start of the lines removed with the entry: the run of comment lines at the key's
   * column directly above the key when it follows a blank line, the start of the front
   * matter or the end of the previous value; else the key's line.
   */
  int ownedCommentsStart(Entry e) {
    int keyLine = lineStart(e.keyNode.start);
    int keyCol = e.keyNode.start - keyLine;
    int index = entries.indexOf(e);
    int floor = index == 0 ? split.blockStart()
        : Split.nextLine(text, entries.get(index - 1).tailEnd);
    int run = keyLine;
    while (run > floor) {
      int prev = lineStart(run - 1);
      if (prev < floor || !commentAt(prev, keyCol)) {
        break;
      }
      run = prev;
    }
    if (run == keyLine || run == floor) {
      return run;
    }
    int above = lineStart(run - 1);
    return text.substring(above, run).isBlank() ? run : keyLine;
  }

  /** Whether the line at {@code line} is a comment whose {@code #} is at column {@code col}. */
  private boolean commentAt(int line, int col) {
    if (line + col >= text.length() || text.charAt(line + col) != '#') {
      return false;
    }
    for (int i = line; i < line + col; i++) {
      if (text.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  int lineStart(int offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Equal values, dates also spelled the same (a new spelling is an edit). */
  static boolean same(Value a, Value b) {
    if (a instanceof Value.Date x && b instanceof Value.Date y) {
      return x.equals(y) && x.value().text().equals(y.value().text());
    }
    if (a instanceof Value.Sequence x && b instanceof Value.Sequence y) {
      if (x.items().size() != y.items().size()) {
        return false;
      }
      for (int i = 0; i < x.items().size(); i++) {
        if (!same(x.items().get(i), y.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Value.Mapping x && b instanceof Value.Mapping y) {
      if (!List.copyOf(x.entries().keySet()).equals(List.copyOf(y.entries().keySet()))) {
        return false;
      }
      for (Map.Entry<String, Value> en : x.entries().entrySet()) {
        if (!same(en.getValue(), y.entries().get(en.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /** The exception for a key that cannot be edited in place, saying why and where. */
  EditRefusedException refuse(String key, String why, Node at) {
    return Refusal.at(text, at.start, key, "cannot edit the YAML front-matter key \"" + key
        + "\" in place: " + why, why);
  }
}
