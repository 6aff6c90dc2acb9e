package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.body.Markdown;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The block cases of issue 15: headings asked only about lines that can be headings (same tree
 * as stock), and the limits that stop the rest ({@code limit-body-lines}, {@code
 * limit-body-nodes}, {@code limit-html-bytes}, {@code limit-body-text-pieces}), each at the
 * limit and one over. Timings are in
 * {@code bench.BlockBench}, not here.
 */
class BlockLimitsTest {
  private static final String FRONT = "---\ntitle: t\n---\n";
  private static final int BODY_LINE = 4;

  private static ArticleParser parser(Limits limits) {
    return ArticleParser.builder().limits(limits).build();
  }

  private static ArticleException bodyFails(Limits limits, String body) {
    Article a = parser(limits).parse(FRONT + body, "b.md");
    return catchThrowableOfType(a::body, ArticleException.class);
  }

  // ---- headings (QuickHeadings): the same tree as stock on every edge of the two patterns

  static final List<String> HEADING_EDGES = List.of(
      "#", "#\n", "# a", "#\ta", "#\t", "######", "###### a", "#######", "####### a", "#a",
      "a\n#", "a\n# b", "a\n#######", "a\n#\t", "a\n#a", "a\n=", "a\n=  ", "a\n= =", "a\n==\t",
      "a\n-", "a\n- -", "a\n---", "a\n--- ", "a\n-- -", "a\n=a", "a\n  ===", "a\n    ===",
      "> a\n=", "> a\n> ---", "- a\n---", "- a\n  ---", "- a\n  b\n  ---", "a\r\n---\r\n",
      "a\r---\r", "[r]: /u\n---", "[r]: /u\n===", "1\n2\n3\n===", "!\n!\n---", "`a`\n=",
      "a\n# b #", "a\n#  b  ##  ", "```\n#\n```", "    # a", " # a", "   # a", "a\n\u00a0#",
      "a\n#\u0085", "a\n=\u2028", "a\n-\u000b", "| a |\n| - |\n# b", "[^f]: a\n# b",
      "t\n: d\n# e", "t\n: d\n---", "- [ ] a\n===", "a\n- - -\nb\n***\nc\n___");

  @Test
  void headingEdgeCasesGiveStockFlexmarksTree() {
    for (Set<MarkdownExtension> ext : List.of(EnumSet.allOf(MarkdownExtension.class),
        EnumSet.noneOf(MarkdownExtension.class))) {
      Markdown ours = new Markdown(ext);
      for (String text : HEADING_EDGES) {
        for (String t : List.of(text, text + "\n", "p\n\n" + text + "\nq\n")) {
          Document expected = Markdown.stockParser(ext).parse(BasedSequence.of(t));
          Document actual = ours.parse(new SourceText("h.md", t), 0);
          AstComparison.Result r = AstComparison.compare(expected, actual);
          assertThat(r.difference()).as("%s with %s", t.replace("\n", "\\n"), ext).isNull();
        }
      }
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void paragraphsOfNonLetterLinesParseInLinearTime() {
    // reference definitions one per line: 14 s for 1.4 MB before; the check is that it
    // finishes (the timings are in BlockBench) and keeps every definition
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      b.append("[r").append(i).append("]: /u").append(i).append('\n');
    }
    b.append("\n[r39999]\n");
    Article a = Articles.parse(FRONT + b, "r.md");
    assertThat(a.html()).contains("<a href=\"/u39999\">r39999</a>");
  }

  // ---- maxBodyBlockLines

  @Test
  void aBlockQuoteOfExactlyTheLimitParsesAndOneMoreLineIsRefused() {
    Limits ten = Limits.defaults().withMaxBodyBlockLines(10);
    assertThat(parser(ten).parse(FRONT + "> a\n".repeat(10), "q.md").body()).isNotNull();
    ArticleException e = bodyFails(ten, "x\n\n" + "> a\n".repeat(11));
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-lines");
    assertThat(e.line()).isEqualTo(BODY_LINE + 2); // the block's first line
    assertThat(e.getMessage()).contains("at most 10 lines", "Limits.maxBodyBlockLines");
  }

  @Test
  void everyKindOfPrefixedBlockCounts() {
    Limits ten = Limits.defaults().withMaxBodyBlockLines(10);
    List<String> over = List.of(
        "> a\nb\n".repeat(11), // lazy lines: each quoted line is a new piece
        "- a\n" + "  b\n".repeat(11), // list item continuation
        "    a\n".repeat(11), // indented code
        "    a\n\n".repeat(11), // indented code across blank lines
        "> ```\n" + "> a\n".repeat(10), // fenced code in a quote
        "[^f]: a\n" + "    b\n".repeat(11), // footnote continuation
        "a\n" + " b\n".repeat(11)); // a paragraph's indented lines
    for (String body : over) {
      assertThat(bodyFails(ten, body).problems().get(0).rule()).as(body).isEqualTo(
          "limit-body-lines");
    }
    // lines at the margin continue the previous line's piece: not counted
    assertThat(parser(ten).parse(FRONT + "> a\n" + "b\n".repeat(100), "l.md").body())
        .isNotNull();
  }

  @Test
  void separateBlocksCountTogetherByTheirSquares() {
    Limits ten = Limits.defaults().withMaxBodyBlockLines(10);
    // 7² + 7² = 98 <= 10²
    assertThat(parser(ten).parse(FRONT + "> a\n".repeat(7) + "\n" + "> b\n".repeat(7), "s.md")
        .body()).isNotNull();
    // 8² + 7² = 113 > 10²: refused at the second block
    ArticleException e = bodyFails(ten, "> a\n".repeat(8) + "\n" + "> b\n".repeat(7));
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-lines");
    assertThat(e.line()).isEqualTo(BODY_LINE + 9);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void theIssuesLazyQuoteIsRefusedAtTheDefaultLimit() {
    ArticleException e = bodyFails(Limits.defaults(), "> a\nb\n".repeat(150_000));
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-lines");
    assertThat(e.getMessage()).contains("at most 5,000 lines");
  }

  // ---- maxBodyNodes

  @Test
  void aBodyOfExactlyTheNodeLimitParsesAndOneMoreIsRefused() {
    // a paragraph "a\nb": Paragraph, Text, SoftLineBreak, Text
    assertThat(parser(Limits.defaults().withMaxBodyNodes(4)).parse(FRONT + "a\nb\n", "n.md")
        .body()).isNotNull();
    ArticleException e = bodyFails(Limits.defaults().withMaxBodyNodes(3), "a\nb\n");
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-nodes");
    assertThat(e.getMessage()).contains("at most 3 Markdown nodes", "Limits.maxBodyNodes");
    // block nodes count too: a list of two items is 7 nodes (list, 2 × item, paragraph, text)
    assertThat(parser(Limits.defaults().withMaxBodyNodes(7)).parse(FRONT + "- a\n- b\n", "l.md")
        .body()).isNotNull();
    assertThat(bodyFails(Limits.defaults().withMaxBodyNodes(6), "- a\n- b\n").problems().get(0)
        .rule()).isEqualTo("limit-body-nodes");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aTwoMegabyteFlatListAndAMillionLinesAreRefusedBeforeParsing() {
    for (String body : List.of("* a\n".repeat(500_000), "a\n".repeat(1_000_000) + "===\n")) {
      ArticleException e = bodyFails(Limits.defaults(), body);
      assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-nodes");
      assertThat(e.getMessage()).contains("at most 500,000 Markdown nodes", "more than 1,000,000");
    }
  }

  // ---- maxHtmlBytes

  @Test
  void htmlOfExactlyTheLimitIsReturnedAndOneByteMoreIsRefused() {
    String body = "Caf\u00e9 *a* [l](/u) & \"q\"\n";
    int bytes = Articles.parse(FRONT + body, "h.md").html()
        .getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertThat(parser(Limits.defaults().withMaxHtmlBytes(bytes)).parse(FRONT + body, "h.md")
        .html()).contains("Café");
    Article a = parser(Limits.defaults().withMaxHtmlBytes(bytes - 1)).parse(FRONT + body, "h.md");
    ArticleException e = catchThrowableOfType(a::html, ArticleException.class);
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-html-bytes");
    assertThat(e.getMessage()).contains("at most " + (bytes - 1) + " bytes", "Limits.maxHtmlBytes");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aLongReferenceUsedManyTimesIsRefusedBeforeRendering() {
    String body = "[r]: /" + "u".repeat(100_000) + "\n\n" + "[a][r] ".repeat(20_000) + "\n";
    Article a = Articles.parse(FRONT + body, "r.md");
    assertThat(a.body()).isNotNull(); // parsing is fine
    ArticleException e = catchThrowableOfType(a::html, ArticleException.class);
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-html-bytes");
    assertThat(e.line()).isEqualTo(BODY_LINE + 2);
    assertThatThrownBy(a::excerpt).isInstanceOf(ArticleException.class)
        .hasMessageContaining("[limit-html-bytes]");
  }

  // ---- maxBodyTextPieces: the link search's pieces (found after the body fuzzing sessions)

  /**
   * Under the limit the link search gives stock flexmark's tree (a link among escapes and
   * entities that continue the text without a space), counted as {@code
   * LinkableTextAutolinks.checkPieces} says: the text {@code see \\_x} is 1 + 2 (one
   * backslash), the entity after it 1 + 2 (one ampersand), the text after that 1: 7 for the
   * first text; the second text is read alone, 1. 7² + 1² = 50.
   */
  @Test
  void textsThatTheLinkSearchReadsTogetherCountBySquares() {
    String body = "see \\_x&amp;y http://a.b/c\n";
    Limits seven = Limits.defaults().withMaxBodyTextPieces(7); // 49 < 50
    ArticleException e = bodyFails(seven, body);
    assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-text-pieces");
    assertThat(e.line()).isEqualTo(BODY_LINE);
    assertThat(e.getMessage()).contains("at most 7 pieces of text read together in the search"
        + " for links", "Limits.maxBodyTextPieces raises the limit");
    Set<MarkdownExtension> ext = EnumSet.allOf(MarkdownExtension.class);
    Limits eight = Limits.defaults().withMaxBodyTextPieces(8); // 64 >= 50
    Document actual = new Markdown(ext, eight).parse(new SourceText("t.md", body), 0);
    Document expected = Markdown.stockParser(ext).parse(BasedSequence.of(body));
    assertThat(AstComparison.compare(expected, actual).difference()).isNull();
    assertThat(parser(eight).parse(FRONT + body, "t.md").html())
        .contains("<a href=\"http://a.b/c\">http://a.b/c</a>");
  }

  /**
   * Text and entity nodes joined without spaces, and escapes in one text, made stock flexmark
   * (and the search before this limit) take time growing with the cube and the square of their
   * number: 20 KB of {@code a&amp;} took two minutes. Now refused before the search, in
   * milliseconds, at 10 times that size too.
   */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void runsOfEntitiesAndEscapesAreRefusedBeforeTheSearch() {
    for (String body : List.of("a&amp;".repeat(3_400), "a&amp;".repeat(34_000) + "\n",
        "\\* ".repeat(100_000) + "http://a.b\n", "x&#58;".repeat(3_400))) {
      ArticleException e = bodyFails(Limits.defaults(), body);
      assertThat(e).as(body.substring(0, 12)).isNotNull();
      assertThat(e.problems().get(0).rule()).isEqualTo("limit-body-text-pieces");
      assertThat(e.getMessage()).contains("at most 5,000 pieces");
    }
  }

  @Test
  void theNewLimitsHaveRangesAndNames() {
    assertThatThrownBy(() -> Limits.defaults().withMaxBodyNodes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBodyNodes");
    assertThatThrownBy(() -> Limits.defaults().withMaxBodyBlockLines(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBodyBlockLines");
    assertThatThrownBy(() -> Limits.defaults().withMaxBodyTextPieces(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBodyTextPieces");
    assertThatThrownBy(() -> Limits.defaults().withMaxHtmlBytes(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHtmlBytes");
    Limits d = Limits.defaults();
    assertThat(d.maxBodyNodes()).isEqualTo(500_000);
    assertThat(d.maxBodyBlockLines()).isEqualTo(5_000);
    assertThat(d.maxBodyTextPieces()).isEqualTo(5_000);
    assertThat(d.maxHtmlBytes()).isEqualTo(32 * 1024 * 1024);
  }
}
