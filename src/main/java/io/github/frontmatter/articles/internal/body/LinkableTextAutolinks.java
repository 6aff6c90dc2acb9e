package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

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
          List<Node> texts = new ArrayList<>();
          // pre-order, without recursion (the body may be deep)
          Node node = document.getFirstChild();
          while (node != null) {
            if (node instanceof Text) {
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
          LinearAutolinks autolinks = new LinearAutolinks(document);
          for (Node text : texts) {
            if (text.getParent() != null && mayHoldLink(text)) {
              autolinks.process(UNREAD, text);
            }
          }
          return document;
        }
      };
    }
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
