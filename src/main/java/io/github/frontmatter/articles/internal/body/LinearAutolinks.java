package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * The autolink extension's text post-processor with the same result as flexmark 0.64.8's
 * {@code AutolinkNodePostProcessor}, in time linear in the text. Written from a description
 * of what the stock one does (see docs/markdown-limits.md), not from its code.
 *
 * <p>Stock finds links with autolink-java's {@link LinkExtractor} (linear) and then bare
 * {@code scheme://} prefixes followed by white space with the regular expression {@code
 * \b([a-z][a-z0-9+.-]*://)(?:\s|$)}: at every word boundary its greedy class runs to the end
 * of a run of letters, digits and {@code +.-} and backtracks looking for {@code ://}, so a text
 * like {@code www.www.www...} or {@code a.a.a...:} costs the square of its length; and each
 * prefix found is merged into the link list by a walk from its start, with an insertion that
 * shifts the list. Here the prefixes come from a scan for {@code ://} (a match must end at one,
 * and its start lies in the run of class characters just before it), and the merge keeps a
 * forward-only cursor in a linked list. The steps around it (reading the text node with the
 * entity and typographic nodes that continue it, unescaping, building the link nodes) do what
 * the stock ones do; {@code MarkdownEquivalenceTest} compares the two on the corpus and on
 * random texts.
 */
final class LinearAutolinks extends NodePostProcessor {
  /** The start of a prefix: a word boundary then a lower-case ASCII letter (Java's {@code \b}). */
  private static final Pattern PREFIX_START = Pattern.compile("\\b[a-z]");

  /** What must follow {@code ://}: one white space character, or the end. */
  private static final Pattern PREFIX_END = Pattern.compile("\\s|$");

  private final LinkExtractor extractor = LinkExtractor.builder()
      .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
      .build();
  private final Pattern ignoredLinks;
  private final boolean dummyIdentifier;

  LinearAutolinks(Document document) {
    String ignore = AutolinkExtension.IGNORE_LINKS.get(document);
    this.ignoredLinks = ignore.isEmpty() ? null : Pattern.compile(ignore);
    this.dummyIdentifier = Parser.INTELLIJ_DUMMY_IDENTIFIER.get(document);
  }

  /** A link or a bare prefix, in a singly linked list kept in the stock order. */
  private static final class Span {
    final int begin;
    final int end;
    final boolean email;
    Span next;

    Span(int begin, int end, boolean email) {
      this.begin = begin;
      this.end = end;
      this.email = email;
    }
  }

  @Override
  public void process(NodeTracker state, Node node) {
    if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
      return;
    }
    // the text: this node, and the entity and typographic nodes (and texts) that continue it
    BasedSequence own = node.getChars();
    BasedSequence original = own;
    Node last = node;
    List<Range> entities = new ArrayList<>();
    Node next = node.getNext();
    if ((next instanceof TypographicText || next instanceof HtmlEntity)
        && next.getChars().isContinuationOf(own)) {
      List<BasedSequence> pieces = new ArrayList<>();
      pieces.add(own);
      BasedSequence tail = own;
      for (Node n = next; n instanceof TypographicText || n instanceof HtmlEntity
          || n instanceof Text; n = n.getNext()) {
        BasedSequence chars = n.getChars();
        if (!chars.isContinuationOf(tail) || chars.startsWith(" ") || tail.endsWith(" ")) {
          break;
        }
        tail = chars;
        if (n instanceof HtmlEntity) {
          entities.add(Range.of(chars.getStartOffset(), chars.getEndOffset()));
        }
        pieces.add(chars);
        last = n;
      }
      original = SegmentedSequence.create(own, pieces);
    }
    ReplacedTextMapper mapper = new ReplacedTextMapper(original);
    BasedSequence literal = entities.isEmpty() ? original
        : Escaping.unescapeHtml(original, entities, mapper);
    literal = Escaping.unescape(literal, mapper);
    if (dummyIdentifier) {
      literal = Escaping.removeAll(literal, "\u001f", mapper);
    }

    Span head = links(literal);
    if (head.next == null) {
      return;
    }
    build(state, node, last, original, literal, mapper, head.next);
  }

  /** The links and prefixes of {@code literal} in stock order, after a sentinel head. */
  private Span links(BasedSequence literal) {
    Span head = new Span(-1, -1, false);
    Span tail = head;
    for (LinkSpan link : extractor.extractLinks(literal)) {
      tail.next = new Span(link.getBeginIndex(), link.getEndIndex(),
          link.getType() == LinkType.EMAIL);
      tail = tail.next;
    }
    // entries ending before a prefix's start are passed over by the stock merge without
    // effect; prefix starts only grow, so they are passed over once here
    Span cursor = head;
    Matcher start = PREFIX_START.matcher(literal);
    start.useTransparentBounds(true);
    Matcher end = PREFIX_END.matcher(literal);
    String text = literal.toString();
    int length = text.length();
    int from = 0;
    int colon = text.indexOf("://", from);
    while (colon >= 0) {
      end.region(colon + 3, length);
      int s = -1;
      if (end.lookingAt()) {
        // the leftmost start at or after `from`, in the run of [a-z0-9+.-] ending at colon
        int runStart = colon;
        while (runStart > from && isPrefixChar(text.charAt(runStart - 1))) {
          runStart--;
        }
        for (int k = runStart; k < colon; k++) {
          start.region(k, length);
          if (start.lookingAt()) {
            s = k;
            break;
          }
        }
      }
      if (s < 0) {
        colon = text.indexOf("://", colon + 1);
        continue;
      }
      int e = colon + 3;
      while (cursor.next != null && cursor.next.end < s) {
        cursor = cursor.next;
      }
      merge(cursor, new Span(s, e, false));
      from = end.end();
      colon = text.indexOf("://", Math.max(from, colon + 1));
    }
    return head;
  }

  /**
   * Puts a prefix into the list as the stock merge does: before the first entry it ends
   * before, not at all when an entry contains it, at the end otherwise.
   */
  private static void merge(Span before, Span prefix) {
    Span prev = before;
    for (Span cur = before.next; cur != null; prev = cur, cur = cur.next) {
      if (prefix.end < cur.begin) {
        prefix.next = cur;
        prev.next = prefix;
        return;
      }
      if (prefix.begin >= cur.begin && prefix.end <= cur.end) {
        return;
      }
    }
    prev.next = prefix;
  }

  private static boolean isPrefixChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
  }

  private boolean ignored(CharSequence url) {
    return ignoredLinks != null && ignoredLinks.matcher(url).matches();
  }

  /** Replaces {@code node} (and the continuation nodes up to {@code last}) by text and links. */
  private void build(NodeTracker state, Node node, Node last, BasedSequence original,
      BasedSequence literal, ReplacedTextMapper mapper, Span first) {
    int ownLength = node.getChars().length();
    boolean absorbed = last != node;
    TextBase parentBase = node.getParent() instanceof TextBase b ? b : null;
    TextBase base = parentBase;
    boolean needBase = parentBase == null;
    int done = 0; // offset in original up to which nodes were made
    boolean replaced = false;
    for (Span link = first; link != null; link = link.next) {
      BasedSequence linkText = literal.subSequence(link.begin, link.end).trimEnd();
      if (ignored(linkText)) {
        continue;
      }
      int startOffset = mapper.originalOffset(link.begin);
      replaced = true;
      if (done == 0 && absorbed && startOffset >= ownLength) {
        return; // the first link lies in a later node: its own pass makes it
      }
      if (needBase) {
        needBase = false;
        base = new TextBase(original);
        node.insertBefore(base);
        state.nodeAdded(base);
      }
      if (startOffset > done) {
        add(state, node, base, new Text(original.subSequence(done, startOffset)));
      }
      BasedSequence chars = linkText.baseSubSequence(linkText.getStartOffset(),
          linkText.getEndOffset());
      LinkNode linkNode;
      if (link.email) {
        MailLink mail = new MailLink();
        mail.setText(chars);
        linkNode = mail;
      } else {
        AutoLink auto = new AutoLink();
        auto.setText(chars);
        auto.setUrlChars(chars);
        linkNode = auto;
      }
      linkNode.setCharsFromContent();
      linkNode.appendChild(new Text(chars));
      if (base != null) {
        base.appendChild(linkNode);
      } else {
        node.insertBefore(linkNode);
      }
      state.nodeAddedWithChildren(linkNode);
      done = mapper.originalOffset(link.begin + linkText.length());
    }
    if (done > 0) {
      BasedSequence rest = original;
      if (absorbed) {
        // drop the continuation nodes the links used; the text stops where they stop
        int covered = ownLength;
        Node remove = node.getNext();
        while (remove != null) {
          if (covered >= done) {
            rest = original.subSequence(0, covered);
            break;
          }
          covered += remove.getChars().length();
          Node following = remove.getNext();
          remove.unlink();
          state.nodeRemoved(remove);
          if (remove == last) {
            break;
          }
          remove = following;
        }
      }
      if (done < rest.length()) {
        add(state, node, base, new Text(rest.subSequence(done, rest.length())));
      }
    }
    if (replaced) {
      node.unlink();
      state.nodeRemoved(node);
    }
  }

  private static void add(NodeTracker state, Node node, TextBase base, Text text) {
    if (base != null) {
      base.appendChild(text);
    } else {
      node.insertBefore(text);
    }
    state.nodeAdded(text);
  }
}
