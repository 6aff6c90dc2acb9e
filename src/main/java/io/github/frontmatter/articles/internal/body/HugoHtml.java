package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a flexmark document to HTML the way Hugo 0.111.3 renders Markdown by default, as
 * far as the text of the result goes: the words, the whitespace between them and the
 * entities they are written with. Tag names and attributes only need to be close, because
 * summaries strip them. What differs from flexmark's own HTML:
 *
 * <ul>
 *   <li>text gets Hugo's smart punctuation ({@link Typographer});
 *   <li>raw HTML is not passed through: each piece becomes {@code <!-- raw HTML omitted -->},
 *       as Hugo writes it when unsafe HTML is off (its default);
 *   <li>fenced code is escaped as Hugo's code-block renderer does ({@code &#34;}, {@code
 *       &#39;});
 *   <li>table cells and rows stand on lines of their own, so cells are separated by
 *       whitespace;
 *   <li>task-list items start with a bare checkbox and a space, without {@code &nbsp;};
 *   <li>footnotes are numbered in order of first reference, and the list at the end carries
 *       Hugo's back-references ({@code &#160;&#x21a9;&#xfe0e;}) inside the last paragraph;
 *   <li>a heading's trailing attribute block ({@code {#id .class}}) is not text.
 * </ul>
 */
final class HugoHtml {
  private final HtmlRenderer renderer;

  HugoHtml(List<Extension> parserExtensions) {
    List<Extension> own = new ArrayList<>();
    for (Extension e : parserExtensions) {
      if (!(e instanceof FootnoteExtension)) { // footnotes are rendered here, Hugo's way
        own.add(e);
      }
    }
    MutableDataSet options = new MutableDataSet();
    options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, own);
    this.renderer = HtmlRenderer.builder(options)
        .nodeRendererFactory(o -> new Handlers())
        .build();
  }

  String render(Document document) {
    return render(document, Integer.MAX_VALUE);
  }

  /** Renders {@code document}, refusing HTML over {@code maxBytes} ({@link HtmlBudget}). */
  String render(Document document, int maxBytes) {
    HtmlBudget.predict(document, maxBytes);
    return HtmlBudget.measure(renderer.render(document), maxBytes);
  }

  /** The node handlers; a new instance serves each rendering, so it may keep state. */
  private static final class Handlers implements NodeRenderer {
    private final Typographer typographer = new Typographer();
    private final Map<Node, Integer> footnoteNumbers = new IdentityHashMap<>();
    /** Footnote blocks in number order (flexmark nodes compare by identity). */
    private final Map<Node, List<String>> footnoteRefIds = new LinkedHashMap<>();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      Set<NodeRenderingHandler<?>> set = new HashSet<>();
      set.add(new NodeRenderingHandler<>(Document.class, this::document));
      set.add(new NodeRenderingHandler<>(Text.class, this::text));
      set.add(new NodeRenderingHandler<>(HtmlInline.class, (n, c, h) -> omittedInline(h)));
      set.add(new NodeRenderingHandler<>(HtmlInlineComment.class, (n, c, h) -> omittedInline(h)));
      set.add(new NodeRenderingHandler<>(HtmlBlock.class, (n, c, h) -> omittedBlock(h)));
      set.add(new NodeRenderingHandler<>(HtmlCommentBlock.class, (n, c, h) -> omittedBlock(h)));
      set.add(new NodeRenderingHandler<>(HtmlInnerBlock.class, (n, c, h) -> omittedBlock(h)));
      set.add(new NodeRenderingHandler<>(HtmlInnerBlockComment.class,
          (n, c, h) -> omittedBlock(h)));
      set.add(new NodeRenderingHandler<>(FencedCodeBlock.class, this::fencedCode));
      set.add(new NodeRenderingHandler<>(TableRow.class, this::tableRow));
      set.add(new NodeRenderingHandler<>(TableCell.class, this::tableCell));
      set.add(new NodeRenderingHandler<>(TaskListItem.class, this::taskListItem));
      set.add(new NodeRenderingHandler<>(Footnote.class, this::footnote));
      set.add(new NodeRenderingHandler<>(FootnoteBlock.class, (n, c, h) -> { }));
      set.add(new NodeRenderingHandler<>(Paragraph.class, this::paragraph));
      set.add(new NodeRenderingHandler<>(Code.class, this::code));
      set.add(new NodeRenderingHandler<>(HardLineBreak.class, this::hardBreak));
      set.add(new NodeRenderingHandler<>(Link.class, this::link));
      set.add(new NodeRenderingHandler<>(MailLink.class, this::mailLink));
      return set;
    }

    private void document(Document node, NodeRendererContext context, HtmlWriter html) {
      numberFootnotes(node);
      context.renderChildren(node);
      footnoteList(context, html);
    }

    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
      BasedSequence chars = node.getChars();
      if (node.getParent() instanceof Heading && node.getNext() == null) {
        chars = withoutAttributes(chars);
      }
      StringBuilder out = new StringBuilder(chars.length() + 16);
      int quotes = 0;
      if (node.getPrevious() instanceof AutoLink link && hasPath(link.getChars())) {
        // Hugo's link finder takes quotes straight after a URL path into the URL
        while (quotes < chars.length()
            && (chars.charAt(quotes) == '\'' || chars.charAt(quotes) == '"')) {
          Typographer.escape(chars.charAt(quotes), out);
          quotes++;
        }
      }
      typographer.appendText(chars.subSequence(quotes), blockEnd(node), out);
      html.raw(out);
    }

    /** Whether a URL has a path: a slash after its host. */
    private static boolean hasPath(BasedSequence url) {
      String u = url.toString();
      int scheme = u.indexOf("://");
      return u.indexOf('/', scheme < 0 ? 0 : scheme + 3) >= 0;
    }

    /**
     * Where the text of the block holding {@code node} ends in the source, trailing
     * whitespace excluded: Hugo's smart quotes treat it as the end of the line.
     */
    private static int blockEnd(Node node) {
      for (Node p = node.getParent(); p != null; p = p.getParent()) {
        if (p instanceof Heading h) {
          return h.getText().trimEnd().getEndOffset();
        }
        if (p instanceof TableCell c) {
          return c.getText().trimEnd().getEndOffset();
        }
        if (p instanceof Block) {
          return p.getChars().trimEnd().getEndOffset();
        }
      }
      return node.getChars().getBaseSequence().length();
    }

    private static void omittedInline(HtmlWriter html) {
      html.raw("<!-- raw HTML omitted -->");
    }

    private static void omittedBlock(HtmlWriter html) {
      html.line();
      html.raw("<!-- raw HTML omitted -->");
      html.line();
    }

    private void fencedCode(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
      html.line();
      StringBuilder out = new StringBuilder("<pre tabindex=\"0\"><code>");
      String code = node.getContentChars().normalizeEOL();
      for (int i = 0; i < code.length(); i++) {
        char c = code.charAt(i);
        switch (c) {
          case '"' -> out.append("&#34;");
          case '\'' -> out.append("&#39;");
          default -> Typographer.escape(c, out);
        }
      }
      out.append("</code></pre>");
      html.raw(out);
      html.line();
    }

    private void tableRow(TableRow node, NodeRendererContext context, HtmlWriter html) {
      html.line();
      html.raw("<tr>");
      context.renderChildren(node);
      html.line();
      html.raw("</tr>");
      html.line();
    }

    private void tableCell(TableCell node, NodeRendererContext context, HtmlWriter html) {
      String tag = node.isHeader() ? "th" : "td";
      html.line();
      html.raw("<" + tag + ">");
      context.renderChildren(node);
      html.raw("</" + tag + ">");
    }

    private void taskListItem(TaskListItem node, NodeRendererContext context, HtmlWriter html) {
      String box = node.isItemDoneMarker()
          ? "<input checked=\"\" disabled=\"\" type=\"checkbox\"> "
          : "<input disabled=\"\" type=\"checkbox\"> ";
      html.line();
      html.raw("<li>");
      Node first = node.getFirstChild();
      if (node.isLoose() && first instanceof Paragraph) { // the box goes inside the paragraph
        html.line();
        html.raw("<p>" + box);
        context.renderChildren(first);
        html.raw("</p>");
        html.line();
        for (Node c = first.getNext(); c != null; c = c.getNext()) {
          context.render(c);
        }
      } else {
        html.raw(box);
        context.renderChildren(node);
      }
      html.raw("</li>");
      html.line();
    }

    private void footnote(Footnote node, NodeRendererContext context, HtmlWriter html) {
      Integer number = footnoteNumbers.get(node);
      if (number == null) { // no definition: the reference stays text
        html.raw("[^");
        StringBuilder out = new StringBuilder();
        typographer.appendText(node.getText(), blockEnd(node), out);
        html.raw(out);
        html.raw("]");
        return;
      }
      html.raw("<sup id=\"fnref:" + number + "\"><a href=\"#fn:" + number
          + "\" class=\"footnote-ref\" role=\"doc-noteref\">" + number + "</a></sup>");
    }

    /**
     * A code span as CommonMark defines it: line breaks read as spaces, and one space is
     * removed from each end only when both ends have one and the span is not all spaces.
     */
    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
      String text = node.getText().toString().replace("\r\n", " ").replace('\n', ' ')
          .replace('\r', ' ');
      if (text.length() >= 2 && text.charAt(0) == ' ' && text.charAt(text.length() - 1) == ' '
          && !text.isBlank()) {
        text = text.substring(1, text.length() - 1);
      }
      StringBuilder out = new StringBuilder("<code>");
      for (int i = 0; i < text.length(); i++) {
        Typographer.escape(text.charAt(i), out);
      }
      html.raw(out.append("</code>"));
    }

    /**
     * A hard line break. Of a run of trailing spaces, Hugo removes only three and keeps the
     * rest before the {@code <br>}.
     */
    private void hardBreak(HardLineBreak node, NodeRendererContext context, HtmlWriter html) {
      BasedSequence chars = node.getChars();
      int spaces = 0;
      while (spaces < chars.length() && chars.charAt(spaces) == ' ') {
        spaces++;
      }
      html.raw(" ".repeat(Math.max(0, spaces - 3)) + "<br>\n");
    }

    /** A link keeps the whitespace at the ends of its text, which flexmark's nodes leave out. */
    private void link(Link node, NodeRendererContext context, HtmlWriter html) {
      BasedSequence open = node.getTextOpeningMarker();
      BasedSequence close = node.getTextClosingMarker();
      boolean marked = open.isNotNull() && close.isNotNull();
      html.raw("<a href=\"#\">");
      Node first = node.getFirstChild();
      if (marked && first != null && first.getStartOffset() >= open.getEndOffset()) {
        html.raw(escaped(open.baseSubSequence(open.getEndOffset(), first.getStartOffset())));
      }
      context.renderChildren(node);
      Node last = node.getLastChild();
      if (marked && last != null && last.getEndOffset() <= close.getStartOffset()) {
        html.raw(escaped(close.baseSubSequence(last.getEndOffset(), close.getStartOffset())));
      }
      html.raw("</a>");
    }

    /**
     * An e-mail address found in the text. flexmark takes a leading quote into the address,
     * Hugo leaves it outside as text, where it gets smart punctuation.
     */
    private void mailLink(MailLink node, NodeRendererContext context, HtmlWriter html) {
      BasedSequence text = node.getText();
      int start = 0;
      while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      StringBuilder out = new StringBuilder();
      if (start > 0) {
        typographer.appendText(text.subSequence(0, start), blockEnd(node), out);
      }
      out.append("<a href=\"#\">");
      out.append(escaped(text.subSequence(start)));
      html.raw(out.append("</a>"));
    }

    private static String escaped(CharSequence s) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        Typographer.escape(s.charAt(i), out);
      }
      return out.toString();
    }

    /**
     * A paragraph in a tight list item has no {@code <p>} (flexmark wraps all but the
     * first); a footnote's last paragraph gets the back-references inside it, as Hugo writes.
     */
    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
      Node parent = node.getParent();
      if ((parent instanceof BulletListItem || parent instanceof OrderedListItem
          || parent instanceof TaskListItem) && ((ListItem) parent).isTight()) {
        context.renderChildren(node);
        if (node.getNext() != null) {
          html.line();
        }
        return;
      }
      if (parent instanceof FootnoteBlock && node.getNext() == null
          && footnoteRefIds.containsKey(parent)) {
        html.line();
        html.raw("<p>");
        context.renderChildren(node);
        html.raw(backReferences(parent));
        html.raw("</p>");
        html.line();
        return;
      }
      context.delegateRender();
    }

    /** Numbers the defined footnotes by their first reference, in document order. */
    private void numberFootnotes(Document document) {
      Map<Node, Integer> blockNumbers = new LinkedHashMap<>();
      for (Node n : descendants(document)) {
        if (n instanceof Footnote f) {
          FootnoteBlock block = f.getReferenceNode(document);
          if (block == null) {
            continue;
          }
          Integer number = blockNumbers.get(block);
          if (number == null) {
            number = blockNumbers.size() + 1;
            blockNumbers.put(block, number);
          }
          footnoteNumbers.put(f, number);
          List<String> ids = footnoteRefIds.computeIfAbsent(block, k -> new ArrayList<>());
          ids.add((ids.isEmpty() ? "fnref:" : "fnref" + ids.size() + ":") + number);
        }
      }
    }

    private String backReferences(Node block) {
      StringBuilder out = new StringBuilder();
      for (String id : footnoteRefIds.get(block)) {
        out.append("&#160;<a href=\"#").append(id)
            .append("\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>");
      }
      return out.toString();
    }

    private void footnoteList(NodeRendererContext context, HtmlWriter html) {
      if (footnoteRefIds.isEmpty()) {
        return;
      }
      html.line();
      html.raw("<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n");
      int number = 0;
      for (Map.Entry<Node, List<String>> e : footnoteRefIds.entrySet()) {
        number++;
        Node block = e.getKey();
        html.raw("<li id=\"fn:" + number + "\">\n");
        context.renderChildren(block);
        if (!(block.getLastChild() instanceof Paragraph)) {
          html.raw(backReferences(block));
        }
        html.raw("</li>\n");
      }
      html.raw("</ol>\n</div>");
      html.line();
    }

    private static List<Node> descendants(Node root) {
      List<Node> out = new ArrayList<>();
      collect(root, out);
      return out;
    }

    private static void collect(Node node, List<Node> out) {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        out.add(c);
        collect(c, out);
      }
    }
  }

  /**
   * The heading text without a trailing attribute block such as {@code {#id .class
   * key=value}}, which Hugo reads as attributes and does not show; other braces stay text.
   */
  static BasedSequence withoutAttributes(BasedSequence chars) {
    BasedSequence t = chars.trimEnd();
    if (t.length() < 2 || t.charAt(t.length() - 1) != '}') {
      return chars;
    }
    int open = t.lastIndexOf('{');
    if (open < 0 || (open > 0 && t.charAt(open - 1) == '\\')) {
      return chars;
    }
    if (!isAttributeList(t.subSequence(open + 1, t.length() - 1).toString())) {
      return chars;
    }
    return t.subSequence(0, open).trimEnd();
  }

  /** Whether {@code s} is a list of {@code #id}, {@code .class} and {@code key=value}. */
  static boolean isAttributeList(String s) {
    int i = 0;
    int n = s.length();
    while (true) {
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return true;
      }
      char c = s.charAt(i);
      int start = i;
      if (c == '#' || c == '.') {
        i++;
        while (i < n && !Character.isWhitespace(s.charAt(i)) && "{}#.".indexOf(s.charAt(i)) < 0) {
          i++;
        }
        if (i == start + 1) {
          return false;
        }
      } else if (Character.isLetter(c) || c == '_' || c == ':') {
        while (i < n
            && (Character.isLetterOrDigit(s.charAt(i)) || "_:.-".indexOf(s.charAt(i)) >= 0)) {
          i++;
        }
        if (i >= n || s.charAt(i) != '=') {
          return false;
        }
        i++;
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          int close = s.indexOf(s.charAt(i), i + 1);
          if (close < 0) {
            return false;
          }
          i = close + 1;
        } else {
          int v = i;
          while (i < n && !Character.isWhitespace(s.charAt(i))) {
            i++;
          }
          if (i == v) {
            return false;
          }
        }
      } else {
        return false;
      }
      if (i < n && !Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
  }
}
