package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;

/**
 * flexmark's autolink extension, run only on the text nodes that can hold a link, with {@link
 * LinearAutolinks} in place of the stock post-processor (which is quadratic on runs such as
 * {@code www.www.www...}).
 *
 * <p>Stock {@code AutolinkExtension} runs its post-processor on every text node: a link
 * extractor and then a regex starting with {@code \b}, which Java cannot skip ahead for and
 * which classifies every character of the text (about a fifth of the whole parse time on the
 * corpus, most of it on text with no link at all). A link needs a {@code :} (a URL), an
 * {@code @} (an e-mail address) or {@code www} (case ignored); an HTML entity ({@code &...;})
 * or a backslash escape can hide one, and a following entity node is read together with the
 * text. A node with none of these cannot become a link, and the stock post-processor would
 * leave it as it is; any other node goes to {@link LinearAutolinks}. The tree is
 * the same as stock flexmark's ({@code MarkdownEquivalenceTest} compares them on the corpus).
 */
final class LinkableTextAutolinks implements Parser.ParserExtension {
  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new Factory());
  }

  /**
   * One pass over the document's text nodes, in the order stock flexmark visits them.
   *
   * <p>The stock factory is a node post-processor for {@code Text}; for any node post-processor
   * flexmark first files every node of the document into a class index ({@code
   * PostProcessorManager.postProcess} builds a {@code ClassifyingNodeTracker}, hashing each
   * node), then hands the post-processor the text nodes that index held before the pass began, in
   * document order, skipping those a previous call detached ({@code PostProcessorManager.java
   * :82-116} at flexmark-java {@code bcfe84a3a}). That index costs more than the autolinks
   * themselves on text dense with nodes and is read by nothing else (autolinks are the only
   * post-processor of the extensions the library offers). A document post-processor visits the
   * same nodes in the same order: the text nodes are listed before the first is processed, and
   * a listed node no longer in the tree is skipped. {@link LinearAutolinks} reports the nodes it
   * adds and removes to a tracker; nothing reads those reports here.
   */
  private static final class Factory extends DocumentPostProcessorFactory {
    @Override
    public DocumentPostProcessor apply(Document document) {
      return new DocumentPostProcessor() {
        @Override
        public Document processDocument(Document document) {
          // the texts the search reads, in pre-order, without recursion (the body may be
          // deep); whether a text may hold a link does not change while earlier ones are
          // processed: they replace nodes before it, or take it out of the tree
          List<Node> texts = new ArrayList<>();
          Node node = document.getFirstChild();
          while (node != null) {
            if (node instanceof Text && mayHoldLink(node)) {
              texts.add(node);
            }
            Node next = node.getFirstChild();
            while (next == null && node != document) {
              next = node.getNext();
              if (next == null) {
                node = node.getParent();
              }
            }
            node = next;
          }
          checkPieces(texts, MAX_PIECES.get(document));
          LinearAutolinks autolinks = new LinearAutolinks(document);
          for (Node text : texts) {
            if (text.getParent() != null) {
              autolinks.process(UNREAD, text);
            }
          }
          return document;
        }
      };
    }
  }

  /** {@code Limits.maxBodyTextPieces}. */
  static final DataKey<Integer> MAX_PIECES = new DataKey<>("ARTICLES_MAX_BODY_TEXT_PIECES", 5_000);

  /**
   * Refuses the body ({@code limit-body-text-pieces}) when the pieces the link search would read
   * together, squared and added up over the texts it reads, pass {@code max} squared.
   *
   * <p>For a text node {@link LinearAutolinks} reads the node and the chain of entity,
   * typographic and text nodes that continue it without a space (when the first of them is an
   * entity or typographic node), and decodes every backslash escape and entity in them. Each
   * node, escape and entity is a segment of the sequences flexmark builds for that text, and
   * flexmark 0.64.8 builds a sequence of n segments in time growing with n² ({@code
   * SegmentBuilderBase.ensureCapacity}); a run of k such nodes is read once from each of its
   * texts. So a text costs the square of its pieces: its chain's nodes plus twice its {@code \}
   * and {@code &} characters (a decoded piece can split a segment in two). The chains are
   * measured from the end of each run, so the count takes one pass over the texts, not one per
   * text; it can only be too high.
   *
   * @param texts the texts the search reads: those that {@link #mayHoldLink} accepts
   * @return the sum of the squares, when it is within the limit
   */
  static long checkPieces(List<Node> texts, int max) {
    long budget = (long) max * max;
    long total = 0;
    IdentityHashMap<Node, long[]> chains = new IdentityHashMap<>();
    for (Node text : texts) {
      long pieces = 1 + specials(text.getChars());
      Node next = text.getNext();
      if ((next instanceof HtmlEntity || next instanceof TypographicText)
          && continues(text, next)) {
        pieces += chain(next, chains);
      }
      total += pieces * pieces;
      if (total > budget) {
        throw new BodyGuard.Limit(RULE, text.getStartOffset(), String.format(Locale.ROOT,
            "expected at most %,d pieces of text read together in the search for links (a"
                + " text, the entities and texts that continue it without a space, and the"
                + " escapes and entities in them), the squares of the counts added up over the"
                + " body, but found more; Limits.maxBodyTextPieces raises the limit", max));
      }
    }
    return total;
  }

  /** The rule of {@link #checkPieces}. */
  static final String RULE = "limit-body-text-pieces";

  /** Whether the link search reads {@code next} together with {@code prev} (stock's test). */
  private static boolean continues(Node prev, Node next) {
    if (!(next instanceof HtmlEntity || next instanceof TypographicText || next instanceof Text)) {
      return false;
    }
    BasedSequence chars = next.getChars();
    return chars.isContinuationOf(prev.getChars()) && !chars.startsWith(" ")
        && !prev.getChars().endsWith(" ");
  }

  /**
   * The pieces of the chain that starts at {@code first} (which continues the text before it):
   * each node once, with twice its special characters; memoized, so every node of a run is
   * walked once whatever text its chain is read from.
   */
  private static long chain(Node first, IdentityHashMap<Node, long[]> chains) {
    long[] known = chains.get(first);
    if (known != null) {
      return known[0];
    }
    List<Node> run = new ArrayList<>();
    Node n = first;
    while (true) {
      run.add(n);
      Node next = n.getNext();
      if (next == null || chains.containsKey(next) || !continues(n, next)) {
        break;
      }
      n = next;
    }
    Node after = run.get(run.size() - 1).getNext();
    long tail = after != null && chains.containsKey(after)
        && continues(run.get(run.size() - 1), after) ? chains.get(after)[0] : 0;
    for (int i = run.size() - 1; i >= 0; i--) {
      Node node = run.get(i);
      tail += 1 + specials(node.getChars());
      chains.put(node, new long[] {tail});
    }
    return tail;
  }

  /** Twice the backslashes and ampersands: each can start an escape or an entity. */
  private static long specials(BasedSequence chars) {
    long count = 0;
    for (int i = 0, n = chars.length(); i < n; i++) {
      char c = chars.charAt(i);
      if (c == '\\' || c == '&') {
        count += 2;
      }
    }
    return count;
  }

  /** A node tracker that keeps nothing: no post-processor runs after the autolinks. */
  private static final NodeTracker UNREAD = new NodeTracker() {
    @Override public void nodeAdded(Node node) {}
    @Override public void nodeAddedWithChildren(Node node) {}
    @Override public void nodeAddedWithDescendants(Node node) {}
    @Override public void nodeRemoved(Node node) {}
    @Override public void nodeRemovedWithChildren(Node node) {}
    @Override public void nodeRemovedWithDescendants(Node node) {}
  };

  /** Whether the stock post-processor could find a link in {@code node} (and what follows). */
  static boolean mayHoldLink(Node node) {
    Node next = node.getNext();
    if (next instanceof HtmlEntity
        || next != null && next.getClass().getSimpleName().equals("TypographicText")) {
      return true; // read together with the text by the stock post-processor
    }
    BasedSequence chars = node.getChars();
    int n = chars.length();
    for (int i = 0; i < n; i++) {
      char c = chars.charAt(i);
      if (c == ':' || c == '@' || c == '&' || c == '\\') {
        return true;
      }
      if ((c == 'w' || c == 'W') && i + 2 < n
          && (chars.charAt(i + 1) | 0x20) == 'w' && (chars.charAt(i + 2) | 0x20) == 'w') {
        return true;
      }
    }
    return false;
  }
}
