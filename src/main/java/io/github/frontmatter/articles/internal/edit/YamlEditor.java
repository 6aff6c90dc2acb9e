package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.edit.YamlDocument.Decoration;
import io.github.frontmatter.articles.internal.edit.YamlDocument.Entry;
import io.github.frontmatter.articles.internal.edit.YamlDocument.Kind;
import io.github.frontmatter.articles.internal.edit.YamlDocument.Node;
import io.github.frontmatter.articles.internal.edit.YamlRenderer.Form;
import io.github.frontmatter.articles.internal.edit.YamlRenderer.Render;
import io.github.frontmatter.articles.internal.read.Split;

import io.github.frontmatter.articles.EditRefusedException;
import io.github.frontmatter.articles.Value;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Edits YAML front matter in place by splicing new text into the original at the positions
 * snakeyaml-engine's parser reports; the front matter is never re-emitted (snakeyaml-engine's
 * serializer would re-lay-out comments and indentation).
 *
 * <p><b>What can be edited.</b> Top-level keys of a block mapping whose keys all start at one
 * column (0, the shape of nearly all front matter, or an indentation that the edit keeps), and
 * of a flow mapping ({@code {"title": "T"}}, JSON between {@code ---} lines; see "Flow
 * mapping" below). Refused with an {@link EditRefusedException} that says why and where the
 * node that prevents the edit starts, rather than risking a corrupt file: front matter that
 * is a scalar or a sequence, or a mapping with an anchor or a tag; a key written as an
 * explicit {@code ? key}, spelled twice, or carrying an anchor or tag; setting a value that is
 * an alias ({@code *x}) or holds an anchor, an alias or a tag anywhere inside (an alias
 * elsewhere may refer to the anchor, and the tags would be lost); removing a value that holds
 * an anchor. Front matter that is not valid YAML is refused too, and so is front matter with a
 * lone CR line break (classic Mac OS line endings), whose lines the editor would miscount,
 * with a byte order mark (U+FEFF) inside, which YAML reads differently once it comes first,
 * or with a document marker line inside ({@code ... # end}), after which a new key would
 * start a second document.
 *
 * <p><b>Existing key.</b> Setting a key to a value equal to its current one (dates spelled the
 * same) returns the text unchanged. Otherwise only the value's text changes; the key, the
 * space after the colon, the comment after the value and every other line stay byte for byte.
 * The new value keeps the old one's style where it can hold it:
 *
 * <ul>
 *   <li>text: plain stays plain when it reads back as the same text, else it becomes
 *       double-quoted. Plain means what {@link YamlScalars} writes plain (no
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
 * as {@code key: value} at the column of the other keys, with the given line separator (a
 * non-empty sequence or mapping in block style, indented like the file's block lists or
 * mappings, else by 2 spaces). Works for empty front matter and front matter holding only
 * comments.
 *
 * <p><b>Removal.</b> The key's lines go, from the start of the key's line to the end of the
 * line where its value ends (a comment there included) with its line break, together with the
 * comments that clearly belong to the key: the run of full-line comments at the key's column
 * directly above the key line (no blank line between) when that run follows a blank line, the
 * start of the front matter or the last line of the previous value. A run that follows an
 * indented comment (such as a commented-out item of the list above) is left alone. Blank lines
 * around the key stay.
 *
 * <p><b>Flow mapping.</b> Setting a key replaces its value's text with the new value written
 * flow, on one line. A new key goes after the last entry: on a line of its own with the last
 * key's indentation when the entries have lines of their own (the comma after the value
 * before it, ahead of a comment there), else after the separator between the first two
 * entries; the key quoted like the last key, the text between key and value copied from the
 * last entry, new text quoted like the first text value or, when the keys are quoted, like
 * them; a trailing comma stays last. Removing a key removes its entry with exactly one comma
 * (the one after it, or for the last entry the one before it), and its line when it had one
 * of its own; comments above it stay.
 */
public final class YamlEditor implements Editor {

  /** Creates an editor; it keeps no state, so one can be shared. */
  public YamlEditor() {}

  @Override
  public String set(String text, Split split, String key, Value value, String lineSeparator) {
    YamlDocument doc = YamlDocument.read(text, split, key);
    doc.checkEditable(key);
    boolean flow = doc.root != null && doc.root.flow;
    Entry e = doc.find(key);
    if (e == null) {
      return flow ? appendFlow(doc, key, value, lineSeparator)
          : append(doc, key, value, lineSeparator);
    }
    if (e.value().kind == Kind.ALIAS) {
      throw doc.refuse(key, "its value is the alias " + doc.src(e.value())
          + ", which refers to a value elsewhere; edit it by hand", e.value());
    }
    Decoration d = doc.decoration(e.value(), true);
    if (d != null) {
      throw doc.refuse(key, "its value has " + d.why(), d.at());
    }
    Value old = doc.toValue(e.value());
    if (old != null && YamlDocument.same(old, value)) {
      return text;
    }
    if (flow) {
      return setFlow(doc, e, value);
    }
    Render r = new YamlRenderer(doc, doc.maxCommentIndentAfter(e))
        .render(value, e.value(), doc.keyCol(), doc.keyCol());
    return splice(doc, e, r, lineSeparator);
  }

  @Override
  public String remove(String text, Split split, String key, String lineSeparator) {
    YamlDocument doc = YamlDocument.read(text, split, key);
    if (doc.root == null || doc.root.kind != Kind.MAP || doc.indexOfKey(doc.root, key) < 0) {
      return text; // nothing to remove
    }
    doc.checkEditable(key);
    Entry e = doc.find(key);
    Decoration d = doc.decoration(e.value(), false);
    if (d != null) {
      throw doc.refuse(key, "its value has " + d.why(), d.at());
    }
    if (doc.root.flow) {
      return removeFlow(doc, e);
    }
    int from = doc.ownedCommentsStart(e);
    int to = Split.nextLine(text, e.tailEnd());
    return text.substring(0, from) + text.substring(to);
  }

  // ---------------------------------------------------------------- splicing

  private static String splice(YamlDocument doc, Entry e, Render r, String nl) {
    String text = doc.text;
    Node old = e.value();
    boolean oldInline = old.kind == Kind.SCALAR ? !old.isBlockScalar() : old.flow;
    if (r.kind() == Form.INLINE && oldInline) {
      if (old.isEmptyScalar()) {
        return replace(text, e.colonEnd(), e.colonEnd(), " " + r.head());
      }
      return replace(text, old.start, old.end, r.head());
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
      if (r.kind() != Form.BLOCK) {
        if (onKeyLine(text, e, old.start)) {
          return replace(text, old.start, e.tailEnd(),
              r.head() + headerComment + lines(r.lines(), nl));
        }
        // the indicator on a line of its own, which YAML allows at the key's column: the new
        // value goes after the colon (written there at column 0, it would read as a key)
        String afterColon = text.substring(e.colonEnd(), Split.lineContentEnd(text, e.colonEnd()));
        if (afterColon.indexOf('#') >= 0) {
          throw doc.refuse(e.key(), "its block scalar starts on the line after a comment"
              + " on the key's line; edit it by hand", old);
        }
        return replace(text, e.colonEnd(), e.tailEnd(),
            " " + r.head() + headerComment + lines(r.lines(), nl));
      }
    }
    // the value moves off the key line, or onto it: rewrite from the colon to the value's end
    String comment;
    if (old.isBlockScalar()) {
      comment = headerComment;
    } else if (oldInline && onKeyLine(text, e, old.start)) {
      comment = text.substring(old.end, e.tailEnd());
    } else {
      comment = text.substring(e.colonEnd(), Split.lineContentEnd(text, e.colonEnd()));
    }
    if (comment.indexOf('#') < 0) {
      comment = "";
    }
    String replacement = r.kind() == Form.INLINE ? " " + r.head() + comment
        : comment + lines(r.lines(), nl);
    return replace(text, e.colonEnd(), e.tailEnd(), replacement);
  }

  private static boolean onKeyLine(String text, Entry e, int offset) {
    return Split.lineContentEnd(text, e.colonEnd()) >= offset;
  }

  private static String append(YamlDocument doc, String key, Value value, String nl) {
    String keyText = YamlScalars.key(key, false);
    int col = doc.keyCol(); // an indented mapping's new key goes where its keys are
    Render r = new YamlRenderer(doc, -1).render(value, null, col, col);
    String entry = " ".repeat(col) + keyText + ":"
        + (r.kind() == Form.BLOCK ? "" : " " + r.head()) + lines(r.lines(), nl) + nl;
    return replace(doc.text, doc.split.blockEnd(), doc.split.blockEnd(), entry);
  }

  // ---------------------------------------------------------------- a flow mapping

  /**
   * The style new text and keys take in a flow mapping: that of its first key when quoted
   * (<code>{"title": "T"}</code> is JSON written as YAML, and stays JSON-like), else plain.
   */
  private static ScalarStyle flowTextStyle(YamlDocument doc) {
    if (doc.entries.isEmpty()) {
      return ScalarStyle.PLAIN;
    }
    Node k = doc.entries.get(0).keyNode();
    return k.kind == Kind.SCALAR && (k.style == ScalarStyle.DOUBLE_QUOTED
        || k.style == ScalarStyle.SINGLE_QUOTED) ? k.style : ScalarStyle.PLAIN;
  }

  /** The value of an entry of a flow mapping, replaced by the new value written flow. */
  private static String setFlow(YamlDocument doc, Entry e, Value value) {
    Node old = e.value();
    String written = new YamlRenderer(doc, -1, flowTextStyle(doc)).flow(value, old);
    if (old.isEmptyScalar()) { // "a:" or "a: ," : the value goes after the colon
      int at = e.colonEnd();
      return at < doc.text.length() && doc.text.charAt(at) == ' '
          ? replace(doc.text, at + 1, at + 1, written) : replace(doc.text, at, at, " " + written);
    }
    return replace(doc.text, old.start, old.end, written);
  }

  /**
   * A new entry of a flow mapping, after its last one: on a line of its own with the last
   * key's indentation when the entries are on lines of their own, else after the separator
   * between the first two entries ({@code ", "}); the key quoted like the last key, the text
   * between key and value copied from the last entry, a trailing comma kept last.
   */
  private static String appendFlow(YamlDocument doc, String key, Value value, String nl) {
    String text = doc.text;
    Node root = doc.root;
    ScalarStyle style = flowTextStyle(doc);
    YamlRenderer renderer = new YamlRenderer(doc, -1, style);
    int close = root.end - 1; // the closing brace
    if (doc.entries.isEmpty()) {
      String entry = YamlScalars.key(key, style, true) + ": " + renderer.flow(value, null);
      String inner = text.substring(root.start + 1, close);
      if (doc.oneLine(root.start, root.end)) {
        return replace(text, root.start + 1, close, inner.isEmpty() ? entry : " " + entry + " ");
      }
      String indent = text.substring(doc.lineStart(root.start), root.start);
      return replace(text, root.start + 1, close, nl + indent + "  " + entry + nl + indent);
    }
    Entry last = doc.entries.get(doc.entries.size() - 1);
    Node lastKey = last.keyNode();
    ScalarStyle keyStyle = lastKey.kind == Kind.SCALAR && lastKey.style != ScalarStyle.PLAIN
        ? lastKey.style : ScalarStyle.PLAIN;
    String colon = last.value().isEmptyScalar() ? ": "
        : text.substring(lastKey.end, last.value().start);
    if (!colon.strip().equals(":") || colon.indexOf('\n') >= 0) {
      colon = ": ";
    }
    Node hint = null; // new text is quoted like the mapping's first text value
    for (Entry x : doc.entries) {
      if (x.value().kind == Kind.SCALAR && !x.value().isEmptyScalar()
          && doc.toValue(x.value()) instanceof Value.Text) {
        hint = x.value();
        break;
      }
    }
    String entry = YamlScalars.key(key, keyStyle, true) + colon + renderer.flow(value, hint);
    int end = last.tailEnd();
    int comma = commaAfter(text, end, close);
    if (firstOnLine(text, lastKey.start) && !doc.oneLine(root.start, root.end)) {
      String indent = text.substring(doc.lineStart(lastKey.start), lastKey.start);
      if (doc.oneLine(end, close)) { // the brace on the last entry's line: "  b: 2}"
        return comma >= 0 ? replace(text, comma + 1, comma + 1, nl + indent + entry + ",")
            : replace(text, end, end, "," + nl + indent + entry);
      }
      if (comma >= 0) {
        int lineEnd = Split.lineContentEnd(text, comma);
        return replace(text, lineEnd, lineEnd, nl + indent + entry + ",");
      }
      // the comma right after the value, the new line after the comment that may follow it
      int lineEnd = Split.lineContentEnd(text, end);
      String t = replace(text, lineEnd, lineEnd, nl + indent + entry);
      return replace(t, end, end, ",");
    }
    String sep = ", ";
    if (doc.entries.size() > 1) {
      String between = text.substring(doc.entries.get(0).tailEnd(),
          doc.entries.get(1).keyNode().start);
      if (between.strip().equals(",") && between.indexOf('\n') < 0) {
        sep = between;
      }
    }
    return comma >= 0
        ? replace(text, comma + 1, comma + 1, sep.substring(sep.indexOf(',') + 1) + entry + ",")
        : replace(text, end, end, sep + entry);
  }

  /**
   * An entry of a flow mapping removed with exactly one comma (the one after it, or for the
   * last entry the one before it), and its line when it had a line of its own.
   */
  private static String removeFlow(YamlDocument doc, Entry e) {
    String text = doc.text;
    int close = doc.root.end - 1;
    int i = doc.entries.indexOf(e);
    int keyStart = e.keyNode().start;
    int end = e.tailEnd();
    int comma = commaAfter(text, end, close);
    int after = comma >= 0 ? comma + 1 : end;
    int prevComma = i == 0 ? -1
        : commaAfter(text, doc.entries.get(i - 1).tailEnd(), close);
    if (firstOnLine(text, keyStart) && restOfLineEmpty(text, after)) {
      String t = replace(text, doc.lineStart(keyStart),
          Split.nextLine(text, Split.lineContentEnd(text, after)), "");
      return comma < 0 && prevComma >= 0 ? replace(t, prevComma, prevComma + 1, "") : t;
    }
    if (comma >= 0) {
      int to = i + 1 < doc.entries.size() ? doc.entries.get(i + 1).keyNode().start
          : skipBlanks(text, comma + 1);
      return replace(text, keyStart, to, "");
    }
    if (prevComma >= 0) {
      return replace(text, prevComma, end, "");
    }
    return replace(text, keyStart, skipBlanks(text, end), "");
  }

  /**
   * Where the comma after a flow entry ending at {@code from} is (white space, line breaks and
   * comments may come between), or -1 when the closing brace at {@code close} comes first.
   */
  private static int commaAfter(String text, int from, int close) {
    int i = from;
    while (i < close) {
      char c = text.charAt(i);
      if (c == ',') {
        return i;
      } else if (c == '#') {
        i = Split.lineContentEnd(text, i);
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        i++;
      } else {
        return -1;
      }
    }
    return -1;
  }

  private static boolean firstOnLine(String text, int offset) {
    for (int i = offset - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether only blanks, or a comment, follow {@code from} on its line. */
  private static boolean restOfLineEmpty(String text, int from) {
    int i = skipBlanks(text, from);
    return i == Split.lineContentEnd(text, from) || text.charAt(i) == '#';
  }

  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
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
}
