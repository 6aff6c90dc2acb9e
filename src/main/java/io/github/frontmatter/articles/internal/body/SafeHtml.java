package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.frontmatter.articles.MarkdownExtension;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The body as HTML, with flexmark's {@link HtmlRenderer} and the parser's extensions, safe by
 * default as Hugo's renderer is:
 *
 * <ul>
 *   <li>raw HTML (blocks, inline tags, comments) is replaced by {@code <!-- raw HTML omitted
 *       -->} unless the caller asks for it;
 *   <li>every {@code href} and {@code src} the renderer writes is checked as a browser would
 *       read it (character references decoded, leading spaces and controls and every tab and
 *       line break removed, scheme in any case): {@code javascript:}, {@code vbscript:}, {@code
 *       file:} and {@code data:} URLs become empty, except {@code data:} images in PNG, GIF,
 *       JPEG or WebP. Raw HTML, when allowed, is passed through unchecked.
 * </ul>
 *
 * <p>Renderers are immutable and shared, one pair per set of extensions.
 */
public final class SafeHtml {
  private static final Map<Set<MarkdownExtension>, SafeHtml> CACHE = new ConcurrentHashMap<>();

  /** The comment Hugo writes where it leaves out raw HTML. */
  static final String OMITTED = "<!-- raw HTML omitted -->";

  private final HtmlRenderer safe;
  private final HtmlRenderer raw;

  private SafeHtml(Markdown markdown) {
    this.safe = renderer(markdown, false);
    this.raw = renderer(markdown, true);
  }

  /** The renderers for a parser with these extensions. */
  public static SafeHtml forExtensions(Set<MarkdownExtension> extensions) {
    Set<MarkdownExtension> key = extensions.isEmpty()
        ? EnumSet.noneOf(MarkdownExtension.class)
        : EnumSet.copyOf(extensions);
    return CACHE.computeIfAbsent(key, k -> new SafeHtml(new Markdown(k)));
  }

  /**
   * Renders {@code document}. flexmark's rendering records footnote order in the document,
   * so calls on one document must not overlap (Article renders under its own lock).
   */
  public String render(Document document, boolean rawHtml) {
    return render(document, rawHtml, Integer.MAX_VALUE);
  }

  /**
   * Renders {@code document} as {@link #render(Document, boolean)} does, refusing HTML over
   * {@code maxBytes} ({@link HtmlBudget}) with a {@link BodyGuard.Limit}.
   */
  String render(Document document, boolean rawHtml, int maxBytes) {
    HtmlBudget.predict(document, maxBytes);
    return HtmlBudget.measure((rawHtml ? raw : safe).render(document), maxBytes);
  }

  private static HtmlRenderer renderer(Markdown markdown, boolean rawHtml) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, markdown.extensions());
    // flexmark's own filter drops the <a> of "javascript:" links (in lower case only); every
    // URL is checked by UrlCheck instead, the same way for links, images and autolinks
    options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
    HtmlRenderer.Builder b = HtmlRenderer.builder(options)
        .attributeProviderFactory(new IndependentAttributeProviderFactory() {
          @Override
          public AttributeProvider apply(LinkResolverContext context) {
            return new UrlCheck();
          }
        });
    if (!rawHtml) {
      b.nodeRendererFactory(o -> new OmitRawHtml());
    }
    return b.build();
  }

  /**
   * Returns whether a browser would run or load {@code url} as something other than a page or
   * an image: a {@code javascript:}, {@code vbscript:}, {@code file:} or non-image {@code
   * data:} URL, however it is spelled.
   *
   * @param url the attribute value as written into the HTML, before escaping
   */
  public static boolean isDangerous(String url) {
    String u = Escaping.unescapeHtml(url);
    int start = 0;
    while (start < u.length() && u.charAt(start) <= ' ') {
      start++;
    }
    StringBuilder b = new StringBuilder(Math.min(u.length() - start, 40));
    for (int i = start; i < u.length() && b.length() < 40; i++) {
      char c = u.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        b.append(c);
      }
    }
    String s = b.toString().toLowerCase(Locale.ROOT);
    if (s.startsWith("data:")) {
      return !(s.startsWith("data:image/png") || s.startsWith("data:image/gif")
          || s.startsWith("data:image/jpeg") || s.startsWith("data:image/webp"));
    }
    return s.startsWith("javascript:") || s.startsWith("vbscript:") || s.startsWith("file:");
  }

  /** Empties every dangerous {@code href} and {@code src}, on whatever node writes it. */
  private static final class UrlCheck implements AttributeProvider {
    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
      for (String name : new String[] {"href", "src"}) {
        String v = attributes.getValue(name);
        if (!v.isEmpty() && isDangerous(v)) {
          attributes.replaceValue(name, "");
        }
      }
    }
  }

  /** Raw HTML as Hugo writes it when unsafe HTML is off. */
  private static final class OmitRawHtml implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(HtmlInline.class, (n, c, h) -> h.raw(OMITTED)),
          new NodeRenderingHandler<>(HtmlInlineComment.class, (n, c, h) -> h.raw(OMITTED)),
          new NodeRenderingHandler<>(HtmlBlock.class, (n, c, h) -> block(h)),
          new NodeRenderingHandler<>(HtmlCommentBlock.class, (n, c, h) -> block(h)),
          new NodeRenderingHandler<>(HtmlInnerBlock.class, (n, c, h) -> block(h)),
          new NodeRenderingHandler<>(HtmlInnerBlockComment.class, (n, c, h) -> block(h)));
    }

    private static void block(HtmlWriter h) {
      h.line().raw(OMITTED).line();
    }
  }
}
