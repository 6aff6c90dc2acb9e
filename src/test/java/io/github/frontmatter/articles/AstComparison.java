package io.github.frontmatter.articles;

import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares two flexmark trees node by node: class, offsets, text, every segment (link text,
 * URL, title, markers…), flexmark's own extra AST details, how references and footnotes
 * resolved, and the document's reference and footnote repositories.
 */
final class AstComparison {
  private AstComparison() {}

  /** The outcome: nodes compared and the first difference, if any. */
  record Result(long nodes, String difference) {
    boolean same() {
      return difference == null;
    }
  }

  static Result compare(Document expected, Document actual) {
    String repos = compareRepositories(expected, actual);
    if (repos != null) {
      return new Result(0, repos);
    }
    long count = 0;
    Node a = expected;
    Node b = actual;
    // walk both trees in lockstep, without recursion (the trees may be deep)
    while (a != null || b != null) {
      if (a == null || b == null) {
        return new Result(count, "one tree has more nodes: " + describe(a == null ? b : a)
            + (a == null ? " only in actual" : " only in expected"));
      }
      count++;
      String d = compareNode(a, b, expected, actual);
      if (d != null) {
        return new Result(count, d);
      }
      if ((a.getFirstChild() == null) != (b.getFirstChild() == null)) {
        return new Result(count, "children differ at " + describe(a) + " vs " + describe(b));
      }
      if (a.getFirstChild() != null) {
        a = a.getFirstChild();
        b = b.getFirstChild();
        continue;
      }
      while (a != null && a.getNext() == null) {
        if (b.getNext() != null) {
          return new Result(count, "actual has a further sibling " + describe(b.getNext()));
        }
        a = a.getParent();
        b = b.getParent();
      }
      if (a != null) {
        if (b.getNext() == null) {
          return new Result(count, "expected has a further sibling " + describe(a.getNext()));
        }
        a = a.getNext();
        b = b.getNext();
      }
    }
    return new Result(count, null);
  }

  private static String compareNode(Node a, Node b, Document da, Document db) {
    if (signature(a, da, true).equals(signature(b, db, true))) {
      return null;
    }
    return "expected " + signature(a, da, false) + "\n but found " + signature(b, db, false);
  }

  /** Everything compared about one node, as text; {@code full} keeps long texts whole. */
  static String signature(Node n, Document doc, boolean full) {
    StringBuilder s = new StringBuilder();
    s.append(n.getClass().getName()).append('[').append(n.getStartOffset()).append(',')
        .append(n.getEndOffset()).append(']');
    if (!(n instanceof Document)) {
      s.append(" chars=").append(quote(n.getChars(), full));
    }
    for (BasedSequence seg : n.getSegments()) {
      s.append(" seg[").append(seg.getStartOffset()).append(',').append(seg.getEndOffset())
          .append("]=").append(quote(seg, full));
    }
    StringBuilder extra = new StringBuilder();
    n.getAstExtra(extra);
    s.append(" extra=").append(extra);
    if (n instanceof RefNode r) {
      Reference ref = r.getReferenceNode(doc);
      s.append(" defined=").append(r.isDefined()).append(" ref=")
          .append(ref == null ? "none" : ref.getStartOffset() + "-" + ref.getEndOffset());
    }
    if (n instanceof Footnote f) {
      FootnoteBlock block = f.getFootnoteBlock();
      s.append(" defined=").append(f.isDefined()).append(" ordinal=")
          .append(f.getReferenceOrdinal()).append(" block=")
          .append(block == null ? "none" : block.getStartOffset() + "-" + block.getEndOffset());
    }
    if (n instanceof FootnoteBlock fb) {
      s.append(" ordinal=").append(fb.getFootnoteOrdinal()).append(" references=")
          .append(fb.getFootnoteReferences());
    }
    return s.toString();
  }

  private static String compareRepositories(Document a, Document b) {
    Map<String, String> ra = references(a);
    Map<String, String> rb = references(b);
    if (!ra.equals(rb)) {
      return "reference definitions differ: expected " + ra + " but found " + rb;
    }
    return null;
  }

  /** Reference and footnote labels to the offsets of their definitions. */
  static Map<String, String> references(Document d) {
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, Reference> e : Parser.REFERENCES.get(d).entrySet()) {
      out.put("ref " + e.getKey(), e.getValue().getStartOffset() + "-" + e.getValue().getEndOffset());
    }
    if (d.contains(FootnoteExtension.FOOTNOTES)) {
      for (Map.Entry<String, FootnoteBlock> e : FootnoteExtension.FOOTNOTES.get(d).entrySet()) {
        out.put("footnote " + e.getKey(), e.getValue().getStartOffset() + "-"
            + e.getValue().getEndOffset());
      }
    }
    return out;
  }

  private static String describe(Node n) {
    return n.getClass().getSimpleName() + "[" + n.getStartOffset() + "," + n.getEndOffset() + "]";
  }

  private static String quote(CharSequence s, boolean full) {
    String t = s.toString();
    if (!full && t.length() > 60) {
      t = t.substring(0, 30) + "…" + t.substring(t.length() - 30);
    }
    return '"' + t.replace("\n", "\\n") + '"';
  }

  /** For messages: the first {@code max} of {@code list}. */
  static <T> List<T> first(List<T> list, int max) {
    return new ArrayList<>(list.subList(0, Math.min(max, list.size())));
  }
}
