package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

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

  /** The stock factory's settings (text nodes, no ordering constraints). */
  private static final class Factory extends NodePostProcessorFactory {
    Factory() {
      super(false);
      addNodes(Text.class);
    }

    @Override
    public NodePostProcessor apply(Document document) {
      LinearAutolinks autolinks = new LinearAutolinks(document);
      return new NodePostProcessor() {
        @Override
        public void process(NodeTracker state, Node node) {
          if (mayHoldLink(node)) {
            autolinks.process(state, node);
          }
        }
      };
    }
  }

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
