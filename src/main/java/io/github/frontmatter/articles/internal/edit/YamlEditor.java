package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.read.Split;
import io.github.frontmatter.articles.internal.read.YamlReader;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Edits YAML front matter in place by splicing new text into the original at the positions
 * snakeyaml-engine's parser reports; the front matter is never re-emitted (snakeyaml-engine's
 * serializer would re-lay-out comments and indentation).
 *
 * <p><b>What can be edited.</b> Top-level keys of a block mapping whose keys start at column 0,
 * the shape of nearly all front matter. Refused with an {@link IllegalArgumentException} that
 * says why, rather than risking a corrupt file: front matter that is a flow mapping ({@code {a:
 * 1}}), a scalar or a sequence, or whose keys are indented; a key written as an explicit
 * {@code ? key}, spelled twice, or carrying an anchor or tag; setting a value that is an alias
 * ({@code *x}) or holds an anchor, an alias or a tag anywhere inside (an alias elsewhere may
 * refer to the anchor, and the tags would be lost); removing a value that holds an anchor.
 * Front matter that is not valid YAML is refused too, and so is front matter with a lone CR
 * line break (classic Mac OS line endings), whose lines the editor would miscount, with a
 * byte order mark (U+FEFF) inside, which YAML reads differently once it comes first, or with
 * a document marker line inside ({@code ... # end}), after which a new key would start a
 * second document.
 *
 * <p><b>Existing key.</b> Setting a key to a value equal to its current one (dates spelled the
 * same) returns the text unchanged. Otherwise only the value's text changes; the key, the
 * space after the colon, the comment after the value and every other line stay byte for byte.
 * The new value keeps the old one's style where it can hold it:
 *
 * <ul>
 *   <li>text: plain stays plain when it reads back as the same text, else it becomes
 *       double-quoted. Plain means what {@link Emitter#yamlScalarText} writes plain (no
 *       indicator first, no {@code ": "} or {@code " #"}, nothing the Core schema reads as
 *       null, a boolean or a number, nothing that reads as a date), emoji allowed, only
 *       printable characters, nothing a YAML 1.1 reader such as Jekyll's takes for a boolean
 *       or a number ({@code yes}, {@code On}, {@code y}, {@code 1_000}, {@code 1:20}), no
 *       {@code ...} first (a document end at column 0) and, inside a flow collection, none
 *       of {@code ,[]{}}. Double-quoted stays double-quoted ({@code "}, {@code \}, control
 *       and non-printable characters escaped, CJK and emoji kept as they are). Single-quoted
 *       stays single-quoted ({@code '} doubled) unless the text has a line break or a
 *       character YAML cannot print, then it becomes double-quoted.
 *   <li>a block scalar ({@code |} or {@code >}) given one line of text becomes a scalar on
 *       the key line (plain or double-quoted, as above), keeping a comment after the
 *       indicator; given several lines it is written as a literal block {@code |} at the old
 *       block's indentation, with {@code -} when the text does not end with a line break and
 *       an indentation indicator when its first line starts with a space. Text with more
 *       than one trailing line break (which would need {@code |+}, and take the blank lines
 *       after the value too), or a block that a comment line after the value, indented as
 *       deep as the block's text, would join, is double-quoted instead.
 *   <li>dates ({@link Value.Date}) are written as their text, unquoted, so they read back as
 *       dates; numbers, booleans and null are written plain ({@code null} for null), whatever
 *       the old style.
 *   <li>a flow sequence or mapping stays flow, on one line, keeping the spacing inside its
 *       brackets and after its commas. A block sequence keeps the column of its dashes and
 *       the spacing after them; a block mapping keeps the column of its keys and the space
 *       after each colon. New scalar items are quoted like the first scalar item of the old
 *       sequence when they can be; new items that are mappings look like the old item at
 *       their place, else the last one. Items and entries equal to an old one keep their old
 *       text (block items and entries on one line keep the whole line, comment included), so
 *       adding, removing or reordering tags only touches the lines of those tags. An empty
 *       sequence or mapping is written {@code []} or {@code {}} on the key line.
 *   <li>a scalar, null or empty value replaced by a non-empty sequence or mapping gets a
 *       block one under the key, indented like the file's first block list or nested block
 *       mapping (2 spaces when it has none), keeping a comment that was after the old value
 *       on the key line.
 * </ul>
 *
 * <p>When a block value is replaced, its lines are replaced whole: comment lines between its
 * items, and comments after items that are not kept, go with them.
 *
 * <p><b>New key.</b> Appended at the end of the front matter, just before the closing fence,
 * as {@code key: value} with the given line separator (a non-empty sequence or mapping in
 * block style, indented like the file's block lists or mappings, else by 2 spaces). Works for
 * empty front matter and front matter holding only comments.
 *
 * <p><b>Removal.</b> The key's lines go, from the start of the key's line to the end of the
 * line where its value ends (a comment there included) with its line break, together with the
 * comments that clearly belong to the key: the run of full-line comments starting at column 0
 * directly above the key line (no blank line between) when that run follows a blank line, the
 * start of the front matter or the last line of the previous value. A run that follows an
 * indented comment (such as a commented-out item of the list above) is left alone. Blank lines
 * around the key stay.
 */
public final class YamlEditor implements Editor {
  /** The parser has refused deeper front matter under any {@link Limits}. */
  private static final int MAX_DEPTH = Limits.MAX_DEPTH_CEILING;
  private static final int MAX_KEY_LENGTH = 1000; // YAML's implicit keys: at most 1024 chars
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

  /** Creates an editor; it keeps no state, so one can be shared. */
  public YamlEditor() {}

  @Override
  public String set(String text, Split split, String key, Value value, String lineSeparator) {
    Doc doc = Doc.read(text, split);
    doc.checkEditable(key);
    Entry e = doc.find(key);
    if (e == null) {
      return append(doc, key, value, lineSeparator);
    }
    if (e.value.kind == Kind.ALIAS) {
      throw refuse(key, "its value is the alias " + doc.src(e.value)
          + ", which refers to a value elsewhere; edit it by hand");
    }
    String why = doc.decoration(e.value, true);
    if (why != null) {
      throw refuse(key, "its value has " + why);
    }
    Value old = doc.toValue(e.value);
    if (old != null && same(old, value)) {
      return text;
    }
    Render r = new Renderer(doc, doc.maxCommentIndentAfter(e))
        .render(value, e.value, 0, 0);
    return splice(doc, e, r, lineSeparator);
  }

  @Override
  public String remove(String text, Split split, String key, String lineSeparator) {
    Doc doc = Doc.read(text, split);
    if (doc.root == null || doc.root.kind != Kind.MAP || doc.indexOfKey(doc.root, key) < 0) {
      return text; // nothing to remove
    }
    doc.checkEditable(key);
    Entry e = doc.find(key);
    String why = doc.decoration(e.value, false);
    if (why != null) {
      throw refuse(key, "its value has " + why);
    }
    int from = doc.ownedCommentsStart(e);
    int to = Split.nextLine(text, e.tailEnd);
    return text.substring(0, from) + text.substring(to);
  }

  // ---------------------------------------------------------------- splicing

  private static String splice(Doc doc, Entry e, Render r, String nl) {
    String text = doc.text;
    N old = e.value;
    boolean oldInline = old.kind == Kind.SCALAR ? !old.isBlockScalar() : old.flow;
    if (r.kind == RKind.INLINE && oldInline) {
      if (old.isEmptyScalar()) {
        return replace(text, e.colonEnd, e.colonEnd, " " + r.head);
      }
      return replace(text, old.start, old.end, r.head);
    }
    String headerComment = "";
    if (old.isBlockScalar()) {
      int headerEnd = old.start + 1;
      while (headerEnd < old.end && "+-0123456789".indexOf(text.charAt(headerEnd)) >= 0) {
        headerEnd++;
      }
      headerComment = text.substring(headerEnd, Split.lineContentEnd(text, headerEnd));
      if (headerComment.indexOf('#') < 0) {
        headerComment = ""; // trailing blanks after the indicator
      }
      if (r.kind != RKind.BLOCK) {
        if (onKeyLine(text, e, old.start)) {
          return replace(text, old.start, e.tailEnd,
              r.head + headerComment + lines(r.lines, nl));
        }
        // the indicator on a line of its own, which YAML allows at the key's column: the new
        // value goes after the colon (written there at column 0, it would read as a key)
        if (text.substring(e.colonEnd, Split.lineContentEnd(text, e.colonEnd)).indexOf('#') >= 0) {
          throw refuse(e.key, "its block scalar starts on the line after a comment on the key's"
              + " line; edit it by hand");
        }
        return replace(text, e.colonEnd, e.tailEnd,
            " " + r.head + headerComment + lines(r.lines, nl));
      }
    }
    // the value moves off the key line, or onto it: rewrite from the colon to the value's end
    String comment;
    if (old.isBlockScalar()) {
      comment = headerComment;
    } else if (oldInline && onKeyLine(text, e, old.start)) {
      comment = text.substring(old.end, e.tailEnd);
    } else {
      comment = text.substring(e.colonEnd, Split.lineContentEnd(text, e.colonEnd));
    }
    if (comment.indexOf('#') < 0) {
      comment = "";
    }
    String replacement = r.kind == RKind.INLINE ? " " + r.head + comment
        : comment + lines(r.lines, nl);
    return replace(text, e.colonEnd, e.tailEnd, replacement);
  }

  private static boolean onKeyLine(String text, Entry e, int offset) {
    return Split.lineContentEnd(text, e.colonEnd) >= offset;
  }

  private static String append(Doc doc, String key, Value value, String nl) {
    String keyText = keyText(key, false);
    Render r = new Renderer(doc, -1).render(value, null, 0, 0);
    String entry = keyText + ":" + (r.kind == RKind.BLOCK ? "" : " " + r.head)
        + lines(r.lines, nl) + nl;
    return replace(doc.text, doc.split.blockEnd(), doc.split.blockEnd(), entry);
  }

  private static String lines(List<String> lines, String nl) {
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(nl).append(l);
    }
    return b.toString();
  }

  private static String replace(String text, int from, int to, String with) {
    return new StringBuilder(text.length() + with.length()).append(text, 0, from).append(with)
        .append(text, to, text.length()).toString();
  }

  private static IllegalArgumentException refuse(String key, String why) {
    return new IllegalArgumentException("cannot edit the YAML front-matter key \"" + key
        + "\" in place: " + why);
  }

  // ---------------------------------------------------------------- values

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

  // ---------------------------------------------------------------- scalar text

  /**
   * What YAML 1.1 readers (Jekyll's Psych, older Hugo) take for a boolean, a number or a
   * special key although YAML 1.2 reads it as text: quoted so that every reader agrees.
   */
  private static final Pattern YAML11 = Pattern.compile(
      "y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<"
          + "|[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])*(\\.[0-9_]*)?"
          + "([eE][-+]?[0-9]+)?|\\.[0-9_]+([eE][-+]?[0-9]+)?)");

  /** A character YAML can hold unescaped in a plain or single-quoted scalar on one line. */
  private static boolean printable(char c) {
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xFFFD && c != 0xFEFF
        && c != 0x2028 && c != 0x2029 && !Character.isSurrogate(c));
  }

  private static boolean printableText(String s, boolean allowTab) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (!printable(c) && !(allowTab && c == '\t')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text that reads back as itself when written plain, in block or flow context: what {@link
   * Emitter#isPlainSafe} allows, emoji allowed, only printable characters, nothing a
   * YAML 1.1 reader takes for a boolean or number, no {@code ...} first (a document end at
   * column 0), and in flow context none of {@code ,[]{}}.
   */
  static boolean plainOk(String s, boolean flow) {
    // an emoji (a surrogate pair) is as plain as a letter; the Emitter's check refuses them
    String letters = s.replaceAll("[\\x{10000}-\\x{10FFFF}]", "x");
    if (!Emitter.isPlainSafe(letters) || !printableText(s, false)
        || YAML11.matcher(s).matches() || s.startsWith("...")) {
      return false;
    }
    if (flow) {
      for (int i = 0; i < s.length(); i++) {
        if (",[]{}".indexOf(s.charAt(i)) >= 0) {
          return false;
        }
      }
    }
    return true;
  }

  static String doubleQuoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
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
          if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (printable(c)) {
            b.append(c);
          } else {
            b.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String text(String s, N hint, boolean flow) {
    ScalarStyle style = hint != null && hint.kind == Kind.SCALAR ? hint.style : ScalarStyle.PLAIN;
    if (style == ScalarStyle.DOUBLE_QUOTED) {
      return doubleQuoted(s);
    }
    if (style == ScalarStyle.SINGLE_QUOTED) {
      return s.indexOf('\n') < 0 && printableText(s, true)
          ? "'" + s.replace("'", "''") + "'" : doubleQuoted(s);
    }
    return plainOk(s, flow) ? s : doubleQuoted(s);
  }

  static String keyText(String key, boolean flow) {
    String k = plainOk(key, flow) ? key : doubleQuoted(key);
    if (k.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("cannot write the YAML key \"" + key.substring(0, 40)
          + "...\": expected a key of at most " + MAX_KEY_LENGTH + " characters but found "
          + k.length() + " (YAML limits keys written on one line)");
    }
    return k;
  }

  private static String scalar(Value v, N hint, boolean flow) {
    return v instanceof Value.Text t ? text(t.value(), hint, flow) : Emitter.yamlScalar(v);
  }

  // ---------------------------------------------------------------- rendering

  private enum RKind { INLINE, LITERAL, BLOCK }

  /**
   * A rendered value: INLINE is {@code head} alone, written after {@code key: }; LITERAL is the
   * block header {@code head} on the key line and {@code lines} under it; BLOCK is {@code
   * lines} under the key line. Lines carry their indentation and no line break.
   */
  private record Render(RKind kind, String head, List<String> lines) {
    static Render inline(String head) {
      return new Render(RKind.INLINE, head, List.of());
    }
  }

  /** Writes new values in the style of the old ones they replace. */
  private static final class Renderer {
    private final Doc doc;
    private final String text;
    /** Deepest indentation of a comment line right after the value (-1: none). */
    private final int commentIndentAfter;

    Renderer(Doc doc, int commentIndentAfter) {
      this.doc = doc;
      this.text = doc.text;
      this.commentIndentAfter = commentIndentAfter;
    }

    /**
     * Renders {@code v} as the value of a key or item in a block collection at column {@code
     * parentCol}; {@code old}, if not null, is the value it replaces, whose parent was at
     * {@code oldParentCol}.
     */
    Render render(Value v, N old, int oldParentCol, int parentCol) {
      boolean oldFlow = old != null && old.kind != Kind.SCALAR && old.flow;
      if (v instanceof Value.Sequence s && !s.items().isEmpty()) {
        if (oldFlow) {
          return Render.inline(flow(v, old));
        }
        N oldSeq = old != null && old.kind == Kind.SEQ ? old : null;
        int col = oldSeq != null ? parentCol + doc.col(oldSeq) - oldParentCol
            : parentCol + doc.seqOffset;
        return new Render(RKind.BLOCK, null, blockSeq(s, oldSeq, Math.max(col, parentCol)));
      }
      if (v instanceof Value.Mapping m && !m.entries().isEmpty()) {
        if (oldFlow) {
          return Render.inline(flow(v, old));
        }
        N oldMap = old != null && old.kind == Kind.MAP ? old : null;
        int col = oldMap != null ? parentCol + doc.col(oldMap) - oldParentCol
            : parentCol + doc.mapStep;
        if (col <= parentCol) {
          col = parentCol + 2;
        }
        return new Render(RKind.BLOCK, null, blockMap(m, oldMap, col));
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
      if (col <= commentIndentAfter || !printableText(s.replace('\n', ' '), true)) {
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
      return new Render(RKind.LITERAL, header + chomp, out);
    }

    /** Flow text of any value; {@code hint} is the old value it replaces, if any. */
    String flow(Value v, N hint) {
      if (v instanceof Value.Sequence s) {
        return flowSeq(s, hint != null && hint.kind == Kind.SEQ && hint.flow ? hint : null);
      }
      if (v instanceof Value.Mapping m) {
        return flowMap(m, hint != null && hint.kind == Kind.MAP && hint.flow ? hint : null);
      }
      return scalar(v, hint, true);
    }

    private String flowSeq(Value.Sequence s, N old) {
      if (s.items().isEmpty()) {
        return "[]";
      }
      String[] fmt = flowFormat(old, "[", "]");
      List<N> oldItems = old == null ? List.of() : old.children;
      boolean[] used = new boolean[oldItems.size()];
      N firstScalar = firstScalar(oldItems);
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
        N hint = item instanceof Value.Sequence || item instanceof Value.Mapping
            ? (i < oldItems.size() ? oldItems.get(i) : null) : firstScalar;
        b.append(flow(item, hint));
      }
      return b.append(fmt[2]).append(']').toString();
    }

    private String flowMap(Value.Mapping m, N old) {
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
        N oldKey = k < 0 ? null : old.children.get(k);
        N oldVal = k < 0 ? null : old.children.get(k + 1);
        if (oldKey != null && doc.oneLine(oldKey.start, oldVal.end) && !oldVal.isEmptyScalar()
            && doc.decoration(oldVal, true) == null && sameAsOld(oldVal, en.getValue())) {
          b.append(text, oldKey.start, oldVal.end);
          continue;
        }
        String key = oldKey != null && doc.oneLine(oldKey.start, oldKey.end) ? doc.src(oldKey)
            : keyText(en.getKey(), true);
        b.append(key).append(": ").append(flow(en.getValue(), oldVal));
      }
      return b.append(fmt[2]).append('}').toString();
    }

    /** Spacing after the opening bracket, between items and before the closing bracket. */
    private String[] flowFormat(N old, String open, String close) {
      String[] fmt = {"", ", ", ""};
      if (old == null || old.children.isEmpty() || !doc.oneLine(old.start, old.end)
          || !text.startsWith(open, old.start)) {
        return fmt;
      }
      List<N> c = old.children;
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

    private List<String> blockSeq(Value.Sequence s, N old, int col) {
      int sp = 1;
      if (old != null && old.children.get(0).start > old.start
          && doc.oneLine(old.start, old.children.get(0).start)) {
        sp = Math.max(1, old.children.get(0).start - old.start - 1);
      }
      String dash = " ".repeat(col) + "-" + " ".repeat(sp);
      int content = col + 1 + sp;
      List<N> oldItems = old == null ? List.of() : old.children;
      boolean[] used = new boolean[oldItems.size()];
      N firstScalar = firstScalar(oldItems);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < s.items().size(); i++) {
        Value item = s.items().get(i);
        int j = reusable(oldItems, used, item);
        if (j >= 0) {
          N o = oldItems.get(j);
          out.add(dash + text.substring(o.start, Split.lineContentEnd(text, o.end)));
          continue;
        }
        // the old item at this place, else the last one: new items look like their neighbours
        N same = i < oldItems.size() ? oldItems.get(i)
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
        N hint = item instanceof Value.Sequence || item instanceof Value.Mapping ? same
            : same != null && same.isBlockScalar() ? same : firstScalar;
        Render r = render(item, hint, old == null ? col : doc.col(old), col);
        out.add(dash + r.head);
        out.addAll(r.lines);
      }
      return out;
    }

    private List<String> blockMap(Value.Mapping m, N old, int col) {
      String pad = " ".repeat(col);
      List<String> out = new ArrayList<>();
      for (Map.Entry<String, Value> en : m.entries().entrySet()) {
        int k = old == null ? -1 : doc.indexOfKey(old, en.getKey());
        N oldKey = k < 0 ? null : old.children.get(k);
        N oldVal = k < 0 ? null : old.children.get(k + 1);
        if (oldKey != null && doc.decoration(oldVal, true) == null
            && (oldVal.kind == Kind.SCALAR ? !oldVal.isBlockScalar() : oldVal.flow)
            && doc.oneLine(oldKey.start, oldVal.end) && sameAsOld(oldVal, en.getValue())) {
          out.add(pad + text.substring(oldKey.start, Split.lineContentEnd(text, oldVal.end)));
          continue;
        }
        String key = oldKey != null && doc.oneLine(oldKey.start, oldKey.end) ? doc.src(oldKey)
            : keyText(en.getKey(), false);
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
    private int reusable(List<N> oldItems, boolean[] used, Value v) {
      for (int j = 0; j < oldItems.size(); j++) {
        N o = oldItems.get(j);
        if (!used[j] && !o.isEmptyScalar() && (o.kind == Kind.SCALAR ? !o.isBlockScalar() : o.flow)
            && doc.oneLine(o.start, o.end) && doc.decoration(o, true) == null
            && sameAsOld(o, v)) {
          used[j] = true;
          return j;
        }
      }
      return -1;
    }

    private boolean sameAsOld(N old, Value v) {
      Value o = doc.toValue(old);
      return o != null && same(o, v);
    }

    private static N firstScalar(List<N> items) {
      for (N n : items) {
        if (n.kind == Kind.SCALAR) {
          return n;
        }
      }
      return null;
    }
  }

  // ---------------------------------------------------------------- the parsed block

  private enum Kind { SCALAR, SEQ, MAP, ALIAS }

  /** A node with its place in the file (UTF-16 offsets) and how it is written. */
  private static final class N {
    final Kind kind;
    final int start;
    int end; // just after the last character of the value's text
    final boolean flow;
    final ScalarStyle style;
    final String value;
    final String anchor;
    final String tag;
    final List<N> children = new ArrayList<>(); // items, or keys and values in turn

    N(Kind kind, int start, int end, boolean flow, ScalarStyle style, String value,
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

  /** A top-level entry: its key, its value, where its colon is and where its last line ends. */
  private record Entry(String key, N keyNode, N value, int colonEnd, int tailEnd) {}

  private static final class Doc {
    final String text;
    final Split split;
    final N root;
    final List<Entry> entries = new ArrayList<>();
    /** Column of block lists under a key, relative to it: the file's first, else 2. */
    int seqOffset = -1;
    /** Indentation of nested block mappings: the file's first, else 2. */
    int mapStep = -1;
    private final int[] utf16; // code point index -> offset in the block, when not BMP-only
    private final Map<N, Value> values = new java.util.IdentityHashMap<>();

    private Doc(String text, Split split) {
      this.text = text;
      this.split = split;
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
      if (root != null && root.kind == Kind.MAP && !root.flow) {
        for (int i = 0; i + 1 < root.children.size(); i += 2) {
          N k = root.children.get(i);
          N v = root.children.get(i + 1);
          String key = k.kind == Kind.SCALAR ? k.value : null;
          int colonEnd = colonEnd(k);
          int last = v.isEmptyScalar() ? Math.max(colonEnd, v.end) : v.end;
          entries.add(new Entry(key, k, v, colonEnd, Split.lineContentEnd(text, last)));
        }
        layout();
      }
      seqOffset = seqOffset < 0 ? 2 : seqOffset;
      mapStep = mapStep < 0 ? 2 : mapStep;
    }

    static Doc read(String text, Split split) {
      if (split.format() != Format.YAML) {
        throw new IllegalArgumentException("expected YAML front matter but found "
            + split.format());
      }
      checkLines(text, split);
      try {
        return new Doc(text, split);
      } catch (YamlEngineException e) {
        throw new IllegalArgumentException("cannot edit the YAML front matter: it is not valid"
            + " YAML (" + e.getMessage().replace('\n', ' ').strip() + ")", e);
      }
    }

    /**
     * Refuses front matter whose lines the editor would get wrong, in one pass over them: a
     * lone CR (YAML reads it as a line break, the editor's lines end at LF, so it would take
     * two lines for one); a document marker line ({@code ... # end} is no closing fence, but
     * a new key after it would start a second document); U+FEFF (text here, but a byte order
     * mark once an edit brings it to the first line).
     */
    private static void checkLines(String text, Split split) {
      int number = 1 + (int) text.substring(0, split.blockStart()).chars()
          .filter(c -> c == '\n').count();
      for (int line = split.blockStart(); line < split.blockEnd(); number++) {
        int end = Split.lineContentEnd(text, line);
        if ((text.startsWith("...", line) || text.startsWith("---", line))
            && (line + 3 == end || text.charAt(line + 3) == ' ' || text.charAt(line + 3) == '\t')) {
          throw new IllegalArgumentException("cannot edit the YAML front matter: expected one"
              + " YAML document but found the document marker \"" + text.substring(line, line + 3)
              + "\" on line " + number);
        }
        for (int i = line; i < end; i++) {
          char c = text.charAt(i);
          if (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
            throw new IllegalArgumentException("cannot edit the YAML front matter: expected lines"
                + " that end with LF or CRLF but found a lone CR line break on line " + number
                + " (convert the file's line endings first)");
          }
          if (c == '\uFEFF') {
            throw new IllegalArgumentException("cannot edit the YAML front matter: expected no"
                + " byte order mark (U+FEFF) inside it but found one on line " + number);
          }
        }
        line = Split.nextLine(text, end);
      }
    }

    /** The file's own indentation of block lists and mappings under a key. */
    private void layout() {
      Deque<N[]> todo = new ArrayDeque<>(); // {mapping, value}
      for (Entry e : entries) {
        todo.add(new N[] {root, e.value});
      }
      while (!todo.isEmpty() && (seqOffset < 0 || mapStep < 0)) {
        N[] pv = todo.poll();
        N v = pv[1];
        if (v.kind == Kind.SEQ && !v.flow && seqOffset < 0 && v.children.size() > 0) {
          seqOffset = Math.max(0, col(v) - col(pv[0]));
        } else if (v.kind == Kind.MAP && !v.flow && mapStep < 0 && col(v) > col(pv[0])) {
          mapStep = col(v) - col(pv[0]);
        }
        if (v.kind == Kind.MAP && !v.flow) {
          for (int i = 1; i < v.children.size(); i += 2) {
            todo.add(new N[] {v, v.children.get(i)});
          }
        }
      }
    }

    private int colonEnd(N key) {
      int i = key.end;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      return i < text.length() && text.charAt(i) == ':' ? i + 1 : key.end;
    }

    // ------------------------------------------------------------ building from events

    private N build(String block) {
      ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, block));
      Deque<N> open = new ArrayDeque<>();
      N root = null;
      while (parser.hasNext()) {
        Event ev = parser.next();
        N made = null;
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
            made = new N(Kind.SCALAR, start, end, false, s.getScalarStyle(), s.getValue(),
                anchor(s), s.getTag().orElse(null));
          }
          case Alias -> made = new N(Kind.ALIAS, offset(ev.getStartMark().orElseThrow()),
              offset(ev.getEndMark().orElseThrow()), false, null,
              ((AliasEvent) ev).getAlias().getValue(), null, null);
          case SequenceStart, MappingStart -> {
            CollectionStartEvent c = (CollectionStartEvent) ev;
            N n = new N(ev instanceof MappingStartEvent ? Kind.MAP : Kind.SEQ,
                offset(ev.getStartMark().orElseThrow()), -1,
                c.getFlowStyle() == FlowStyle.FLOW, null, null, anchor(c),
                c.getTag().orElse(null));
            if (open.size() >= MAX_DEPTH) {
              throw new IllegalArgumentException("cannot edit the YAML front matter: expected"
                  + " it nested at most " + MAX_DEPTH + " levels deep but found deeper");
            }
            if (open.isEmpty()) {
              root = n;
            } else {
              open.peek().children.add(n);
            }
            open.push(n);
          }
          case SequenceEnd, MappingEnd -> {
            N n = open.pop();
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

    /** Refuses front matter and keys that cannot be edited safely, saying why. */
    void checkEditable(String key) {
      if (root == null) {
        return; // empty or comments only: a new key can be appended
      }
      String what = root.kind == Kind.SCALAR ? "a scalar" : root.kind == Kind.SEQ
          ? "a sequence" : root.kind == Kind.ALIAS ? "an alias" : root.flow
          ? "a flow mapping ({...})" : null;
      if (what != null) {
        throw refuse(key, "expected the front matter to be a block mapping but found " + what
            + "; only block mappings are edited in place");
      }
      if (root.anchor != null || root.tag != null) {
        throw refuse(key, "the front matter mapping has an anchor or a tag");
      }
      if (col(root) != 0) {
        throw refuse(key, "expected the top-level keys at column 0 but found them at column "
            + col(root));
      }
      Entry found = null;
      for (Entry e : entries) {
        if (key.equals(e.key)) {
          if (found != null) {
            throw refuse(key, "the key appears more than once");
          }
          found = e;
        }
      }
      if (found != null) {
        N k = found.keyNode;
        if (col(k) != 0) {
          throw refuse(key, "it is written as an explicit key (? key)");
        }
        if (k.anchor != null || k.tag != null) {
          throw refuse(key, "the key has an anchor or a tag");
        }
        if (found.colonEnd == k.end) {
          throw refuse(key, "expected a colon after the key on its line but found none");
        }
      }
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
     * only anchors when {@code strict} is false), or null.
     */
    String decoration(N n, boolean strict) {
      Deque<N> todo = new ArrayDeque<>();
      todo.push(n);
      while (!todo.isEmpty()) {
        N x = todo.pop();
        if (x.anchor != null) {
          return "the anchor &" + x.anchor + ", which aliases may refer to; edit it by hand";
        }
        if (strict && x.kind == Kind.ALIAS) {
          return "the alias *" + x.value + " inside; edit it by hand";
        }
        if (strict && x.tag != null) {
          return "the tag " + x.tag + ", which a new value would lose; edit it by hand";
        }
        x.children.forEach(todo::push);
      }
      return null;
    }

    /** The value of a node without anchors, aliases or tags; null if it has any. */
    Value toValue(N n) {
      if (values.containsKey(n)) {
        return values.get(n);
      }
      Value v = convert(n);
      values.put(n, v);
      return v;
    }

    private Value convert(N n) {
      if (n.anchor != null || n.tag != null || n.kind == Kind.ALIAS) {
        return null;
      }
      if (n.kind == Kind.SEQ) {
        List<Value> items = new ArrayList<>();
        for (N c : n.children) {
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
          N k = n.children.get(i);
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

    int indexOfKey(N map, String key) {
      for (int i = 0; i + 1 < map.children.size(); i += 2) {
        N k = map.children.get(i);
        if (k.kind == Kind.SCALAR && key.equals(k.value)) {
          return i;
        }
      }
      return -1;
    }

    String src(N n) {
      return text.substring(n.start, n.end);
    }

    int col(N n) {
      return n.start - (text.lastIndexOf('\n', n.start - 1) + 1);
    }

    boolean oneLine(int from, int to) {
      int nl = text.indexOf('\n', from);
      return nl < 0 || nl >= to;
    }

    /** Column of the first non-blank line of a block scalar's body, or -1 when it is empty. */
    int blockContentCol(N n) {
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
     * Start of the lines removed with the entry: the run of column-0 comment lines directly
     * above the key when it follows a blank line, the start of the front matter or the end
     * of the previous value; else the key's line.
     */
    int ownedCommentsStart(Entry e) {
      int keyLine = e.keyNode.start;
      int index = entries.indexOf(e);
      int floor = index == 0 ? split.blockStart()
          : Split.nextLine(text, entries.get(index - 1).tailEnd);
      int run = keyLine;
      while (run > floor) {
        int prev = lineStart(run - 1);
        if (prev < floor || text.charAt(prev) != '#') {
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

    private int lineStart(int offset) {
      return text.lastIndexOf('\n', offset - 1) + 1;
    }
  }
}
