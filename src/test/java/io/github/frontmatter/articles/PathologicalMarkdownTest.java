package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Pathological bodies end quickly in an article or in a clear {@link ArticleException}, never
 * in a {@link StackOverflowError} or a hang. The time limits allow a loaded two-core CI
 * machine; stock flexmark 0.64.8 on Java 17 takes far longer on the first two shapes (see
 * docs/markdown-limits.md for the figures) and overflows the stack or takes seconds per
 * thousand levels on the nested ones.
 */
class PathologicalMarkdownTest {
  private static final String FRONT = "---\ntitle: t\n---\n";
  private static final int BODY_LINE = 4;

  private static Document body(String body) {
    return Articles.parse(FRONT + body, "p.md").body();
  }

  private static ArticleException bodyError(ArticleParser parser, String body) {
    Article a = parser.parse(FRONT + body, "p.md"); // reading is lazy: the body is not parsed
    ArticleException e = catchThrowableOfType(ArticleException.class, a::body);
    assertThat(e).as("ArticleException from body()").isNotNull();
    assertThat(e.source()).isEqualTo("p.md");
    return e;
  }

  private static ArticleException bodyError(String body) {
    return bodyError(ArticleParser.defaults(), body);
  }

  private static int count(Node root, Class<?> type) {
    int n = 0;
    for (Node node : root.getDescendants()) {
      if (type.isInstance(node)) {
        n++;
      }
    }
    return n;
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void longParagraphOfMixedInlineMarkdownParsesInLinearTime() {
    String mix = PathologicalShapes.mix(280_000); // stock: tens of seconds
    int units = mix.length() / PathologicalShapes.MIX_UNIT.length();
    Document d = body(mix);
    assertThat(d.getFirstChild()).isInstanceOf(Paragraph.class);
    assertThat(count(d, Emphasis.class)).isEqualTo(units);
    assertThat(count(d, StrongEmphasis.class)).isEqualTo(units);
    assertThat(count(d, Link.class)).isEqualTo(units);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void paragraphOfTwentyThousandLinksParsesInLinearTime() {
    Document d = body(PathologicalShapes.links(20_000)); // stock: about 40 s
    assertThat(count(d, Link.class)).isEqualTo(20_000);
    Link last = (Link) d.getFirstChild().getLastChild();
    assertThat(last.getUrl().toString()).isEqualTo("b");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void blockQuotesTenThousandDeepStopAtTheDepthLimit() {
    ArticleException e = bodyError(PathologicalShapes.quotes(10_000));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("limit-body-depth");
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    });
    // the 128th '>' opens the quote at depth 128; nothing more may go inside it
    assertThat(e.line()).isEqualTo(BODY_LINE);
    assertThat(e.column()).isEqualTo(129);
    assertThat(e.getMessage()).contains("at most 128 levels", "maxBodyDepth",
        "p.md:4:129: error:", "[limit-body-depth]");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void listsTenThousandDeepStopAtTheDepthLimit() {
    // bullets and ordered items on one line: each level is a list and an item
    for (String body : new String[] {
        PathologicalShapes.bulletsOnOneLine(10_000),
        PathologicalShapes.orderedOnOneLine(10_000),
        PathologicalShapes.bulletsOnOneLine(50_000)}) {
      ArticleException e = bodyError(body);
      assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-depth");
      assertThat(e.line()).isEqualTo(BODY_LINE);
      assertThat(e.column()).as("stops near level 64, not at the end of the line")
          .isBetween(100, 300);
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void indentedListThousandsDeepStopsAtTheLineThatGoesTooDeep() {
    ArticleException e = bodyError(PathologicalShapes.indentedList(2_000));
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-depth");
    // item k (1-based) sits at depth 2k: the list of item 65 would be at 129
    assertThat(e.line()).isEqualTo(BODY_LINE + 64);
    assertThat(e.column()).isEqualTo(2 * 64 + 1);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void dashesAndStarsOnOneLineEndInAClearError() {
    // flexmark first tries such a line as a thematic break with a regular expression that
    // recurses once per marker: depending on the JIT and the stack, either that overflows
    // (limit-body-stack) or the list or emphasis nesting reaches the limit first
    for (String body : new String[] {
        PathologicalShapes.dashesOnOneLine(10_000),
        PathologicalShapes.dashesOnOneLine(50_000),
        PathologicalShapes.stars(10_000),
        PathologicalShapes.stars(50_000)}) {
      ArticleException e = bodyError(body);
      assertThat(e.problems().get(0).rule()).isIn("limit-body-depth", "limit-body-stack");
      assertThat(e.line()).isEqualTo(BODY_LINE);
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void nestedEmphasisAndImagesStopAtTheDepthLimit() {
    for (String body : new String[] {
        PathologicalShapes.nestedEmphasis(5_000),
        PathologicalShapes.nestedEmphasis(25_000),
        PathologicalShapes.nestedImages(10_000),
        PathologicalShapes.nestedImages(50_000)}) {
      ArticleException e = bodyError(body);
      assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-depth");
      assertThat(e.line()).isEqualTo(BODY_LINE);
      assertThat(e.column()).isGreaterThan(1);
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void bracketsFiftyThousandDeepAreJustText() {
    for (String body : new String[] {
        PathologicalShapes.brackets(50_000), PathologicalShapes.unclosedBrackets(50_000)}) {
      Document d = body(body);
      assertThat(d.getFirstChild()).isInstanceOf(Paragraph.class);
      assertThat(count(d, Link.class)).isZero();
      assertThat(d.getFirstChild().getChars().toString().strip().equals(body.strip()))
          .as("the paragraph holds the whole line").isTrue();
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void constructsTooLongForFlexmarksRegularExpressionsAreReportedWhereTheyStart() {
    String title = "x ".repeat(25_000);
    String body = "para\n\nsee [a](b \"" + title + "\") here\n";
    ArticleException e = bodyError(body);
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-stack");
    assertThat(e.line()).isEqualTo(BODY_LINE + 2);
    assertThat(e.column()).as("at the title's opening quote").isEqualTo(11);
    assertThat(e.getMessage()).contains("-Xss");

    String comment = "para\n\ntext <!-- " + title + " --> more\n";
    ArticleException c = bodyError(comment);
    assertThat(c.problems().get(0).rule()).isEqualTo("limit-body-stack");
    assertThat(c.line()).isEqualTo(BODY_LINE + 2);
    assertThat(c.column()).as("at the comment's '<'").isEqualTo(6);
  }

  @Test
  void theErrorComesBackOnEveryCallAndTheArticleStaysReadable() {
    Article a = Articles.parse(FRONT + PathologicalShapes.quotes(1_000), "p.md");
    assertThat(a.title()).contains("t");
    assertThatThrownBy(a::body).isInstanceOf(ArticleException.class);
    assertThatThrownBy(a::body).isInstanceOf(ArticleException.class)
        .hasMessageContaining("limit-body-depth");
    assertThat(Articles.toBytes(a)).isEqualTo((FRONT + PathologicalShapes.quotes(1_000))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void maxBodyDepthRaisesAndLowersTheLimit() {
    ArticleParser deep = ArticleParser.builder().maxBodyDepth(2_000).build();
    assertThat(deep.maxBodyDepth()).isEqualTo(2_000);
    assertThat(ArticleParser.defaults().maxBodyDepth()).isEqualTo(128);
    Document d = deep.parse(FRONT + PathologicalShapes.quotes(1_000), "p.md").body();
    assertThat(depth(d)).isEqualTo(1_002); // 1,000 quotes, a paragraph, its text

    ArticleParser shallow = ArticleParser.builder().maxBodyDepth(4).build();
    // depth 4 is allowed: quote, quote, paragraph, text
    assertThat(depth(shallow.parse(FRONT + "> > a\n", "p.md").body())).isEqualTo(4);
    ArticleException e = bodyError(shallow, "> > > a\n");
    assertThat(e.getMessage()).contains("at most 4 levels");
    // quote 1, quote 2, paragraph 3, emphasis 4, its text 5
    ArticleException inline = bodyError(shallow, "> > a *b*\n");
    assertThat(inline.column()).as("at the emphasis's text").isEqualTo(8);

    assertThatThrownBy(() -> ArticleParser.builder().maxBodyDepth(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
  }

  @Test
  void everyExtensionSetHasTheGuardAndTheNonCopyingInlineParser() {
    for (Set<MarkdownExtension> set : MarkdownEquivalenceTest.extensionSets()) {
      ArticleParser p = ArticleParser.builder().markdownExtensions(set).build();
      ArticleException e = bodyError(p, PathologicalShapes.quotes(500));
      assertThat(e.problems().get(0).rule()).as(set.toString()).isEqualTo("limit-body-depth");
      ArticleException i = bodyError(p, PathologicalShapes.nestedImages(500));
      assertThat(i.problems().get(0).rule()).as(set.toString()).isEqualTo("limit-body-depth");
    }
  }

  /*
   * The inline shapes of issue 15 at 400 KB, where stock flexmark takes minutes (CDATA: 44 KB
   * 2.3 s, 88 KB 9.3 s). The time limits only catch a return of the quadratic paths; the
   * bench (PathologicalBench --inline) measures them against prose.
   */

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void inlineHtmlOpenersWithoutTheirCloserStayText() {
    for (String shape : List.of("cdata", "cdata-lower", "pi", "declaration", "bang")) {
      String text = InlineShapes.shapes().get(shape).apply(400_000);
      Article a = Articles.parse(FRONT + text, "p.md");
      Document d = a.body();
      assertThat(count(d, HtmlInline.class)).as(shape).isZero();
      assertThat(d.getFirstChild().getFirstChild()).as(shape).isInstanceOf(Text.class);
      assertThat(d.getFirstChild().getFirstChild().getChars().length()).as(shape)
          .isEqualTo(text.length());
      String html = a.html();
      assertThat(html.substring(0, 10)).as(shape).startsWith("<p>a &lt;");
      assertThat(html.length()).as(shape).isGreaterThan(text.length());
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aCloserAtTheVeryEndMakesOneInlineHtmlNode() {
    for (String shape : List.of("cdata-closed-at-end", "declaration-closed-at-end")) {
      String text = InlineShapes.shapes().get(shape).apply(400_000);
      Document d = body(text);
      assertThat(count(d, HtmlInline.class)).as(shape).isEqualTo(1);
      Node html = d.getFirstChild().getLastChild();
      assertThat(html).as(shape).isInstanceOf(HtmlInline.class);
      assertThat(html.getChars().length()).as(shape).isEqualTo(text.length() - 2);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void longRunsOfLinkCharactersGetTheirAutolinks() {
    int n = 400_000;
    Document www = body(InlineShapes.shapes().get("www").apply(n));
    assertThat(count(www, AutoLink.class)).isEqualTo(1);
    assertThat(www.getFirstChild().getFirstChild().getFirstChild().getChars().length())
        .isEqualTo(n - 1); // the trailing '.' is not part of the link
    Document mail = body(InlineShapes.shapes().get("email-dots").apply(n));
    assertThat(count(mail, MailLink.class)).isEqualTo(1);
    Document dots = body(InlineShapes.shapes().get("dot-run-colon").apply(n));
    assertThat(count(dots, AutoLink.class) + count(dots, MailLink.class)).isZero();
    Document prefixes = body(InlineShapes.shapes().get("uri-prefixes").apply(n));
    assertThat(count(prefixes, AutoLink.class)).isEqualTo(units(n, "a:// "));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void unclosedInlineLinksAreReferencesAndText() {
    int n = 400_000;
    Document links = body(InlineShapes.shapes().get("unclosed-link").apply(n));
    assertThat(count(links, LinkRef.class)).isEqualTo(units(n, "[a](b"));
    assertThat(count(links, Link.class)).isZero();
    Document angle = body(InlineShapes.shapes().get("unclosed-link-angle").apply(n));
    assertThat(count(angle, LinkRef.class)).isEqualTo(units(n, "[a](<b"));
    Document images = body(InlineShapes.shapes().get("unclosed-image").apply(n));
    assertThat(count(images, ImageRef.class)).isEqualTo(units(n, "![a](b"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void underscoresInsideWordsAreOneTextNode() {
    String text = InlineShapes.shapes().get("underscores").apply(2_000_000);
    Document d = body(text);
    assertThat(d.getFirstChild().getFirstChild()).isInstanceOf(Text.class);
    assertThat(d.getFirstChild().getFirstChild().getChars().length()).isEqualTo(text.length());
    assertThat(count(d, Emphasis.class)).isZero();
  }

  /** How many times {@link InlineShapes#repeat} repeats {@code unit} for {@code chars}. */
  private static int units(int chars, String unit) {
    return InlineShapes.repeat(unit, chars).length() / unit.length();
  }

  /** The depth of the deepest node, without recursion. */
  static int depth(Node root) {
    int max = 0;
    int depth = 0;
    Node n = root;
    while (n != null) {
      max = Math.max(max, depth);
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        depth++;
        continue;
      }
      while (n != root && n.getNext() == null) {
        n = n.getParent();
        depth--;
      }
      n = n == root ? null : n.getNext();
    }
    return max;
  }
}
