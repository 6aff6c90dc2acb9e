package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.frontmatter.articles.internal.body.Markdown;
import io.github.frontmatter.articles.internal.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Our body parser (flexmark with {@code NonCopyingInlineParser} and the depth guard) gives the same
 * tree as stock flexmark with the same extensions, node for node: on every corpus article the
 * library reads, and on the pathological shapes at sizes where stock flexmark is still quick.
 */
class MarkdownEquivalenceTest {
  static final int SAMPLE = 5;

  /**
   * The extension sets compared: the default and none on every article, each extension alone
   * on every {@link #SAMPLE}th (to keep the test's time down).
   */
  static List<Set<MarkdownExtension>> extensionSets() {
    List<Set<MarkdownExtension>> sets = new ArrayList<>();
    sets.add(EnumSet.allOf(MarkdownExtension.class));
    sets.add(EnumSet.noneOf(MarkdownExtension.class));
    for (MarkdownExtension e : MarkdownExtension.values()) {
      sets.add(EnumSet.of(e));
    }
    return sets;
  }

  @Test
  void everyCorpusArticleGetsStockFlexmarksTree() throws IOException {
    // read the corpus once: file -> (text, body start)
    Map<String, SourceText> texts = new LinkedHashMap<>();
    Map<String, Integer> bodyStarts = new LinkedHashMap<>();
    for (Shared.Entry e : Shared.manifest()) {
      byte[] bytes = Files.readAllBytes(Shared.corpus().resolve(e.relative()));
      Article a;
      try {
        a = Articles.parse(bytes, e.relative());
      } catch (ArticleException ex) {
        continue; // not an article the library reads (pinned in corpus-rejected.tsv)
      }
      texts.put(e.relative(), new SourceText(e.relative(), a.text()));
      bodyStarts.put(e.relative(), a.text().length() - a.bodyText().length());
    }
    assertThat(texts).as("corpus articles read").hasSizeGreaterThan(2000);

    List<String> different = new ArrayList<>();
    long nodes = 0;
    long files = 0;
    long defaultFiles = 0;
    int deepest = 0;
    String deepestFile = "";
    for (Set<MarkdownExtension> set : extensionSets()) {
      Markdown ours = new Markdown(set);
      Parser stock = Markdown.stockParser(set);
      boolean everyFile = set.size() != 1;
      long setNodes = 0;
      long setFiles = 0;
      int i = 0;
      for (Map.Entry<String, SourceText> t : texts.entrySet()) {
        if (!everyFile && i++ % SAMPLE != 0) {
          continue;
        }
        int bodyStart = bodyStarts.get(t.getKey());
        BasedSequence file = BasedSequence.of(t.getValue().text());
        Document expected = stock.parse(file.subSequence(bodyStart));
        expected.setChars(file); // as Markdown.parse does: the document spans the file
        Document actual = ours.parse(t.getValue(), bodyStart);
        AstComparison.Result r = AstComparison.compare(expected, actual);
        int depth = PathologicalMarkdownTest.depth(actual);
        if (depth > deepest) {
          deepest = depth;
          deepestFile = t.getKey();
        }
        setNodes += r.nodes();
        setFiles++;
        if (!r.same()) {
          different.add(set + " " + t.getKey() + ": " + r.difference());
        }
      }
      System.out.printf("markdown equivalence %s: %d files, %d nodes compared%n", set,
          setFiles, setNodes);
      if (set.size() == MarkdownExtension.values().length) {
        defaultFiles = setFiles;
        assertThat(setNodes).as("nodes compared with the default extensions")
            .isGreaterThan(100_000);
      }
      nodes += setNodes;
      files += setFiles;
    }
    System.out.printf("markdown equivalence: %d articles, %d parses compared in %d extension"
        + " sets, %d nodes, %d different%n", texts.size(), files, extensionSets().size(), nodes,
        different.size());
    assertThat(defaultFiles).as("every article compared with the default extensions")
        .isEqualTo(texts.size());
    // the default depth limit keeps a wide margin over real articles (docs/markdown-limits.md)
    System.out.printf("markdown equivalence: deepest tree %d (%s), limit %d%n", deepest,
        deepestFile, Limits.defaults().maxBodyDepth());
    assertThat(deepest).as("deepest corpus tree, " + deepestFile)
        .isLessThanOrEqualTo(Limits.defaults().maxBodyDepth() / 8);
    assertThat(AstComparison.first(different, 5)).as("files whose trees differ").isEmpty();
  }

  @Test
  void pathologicalShapesGetStockFlexmarksTree() {
    // a depth limit above every shape here: the trees themselves are compared
    Markdown ours = new Markdown(EnumSet.allOf(MarkdownExtension.class), 100_000);
    Parser stock = Markdown.stockParser(EnumSet.allOf(MarkdownExtension.class));
    long nodes = 0;
    for (Map.Entry<String, String> shape : PathologicalShapes.comparable().entrySet()) {
      String text = shape.getValue();
      Document expected = stock.parse(BasedSequence.of(text));
      Document actual = ours.parse(new SourceText(shape.getKey(), text), 0);
      AstComparison.Result r = AstComparison.compare(expected, actual);
      assertThat(r.difference()).as(shape.getKey()).isNull();
      assertThat(r.nodes()).as(shape.getKey() + ": nodes compared").isGreaterThan(1);
      nodes += r.nodes();
    }
    System.out.printf("markdown equivalence: %d pathological shapes, %d nodes compared%n",
        PathologicalShapes.comparable().size(), nodes);
  }

  /**
   * The autolink pass skips text that cannot hold a link, and finds links in the rest with its
   * own post-processor ({@code LinearAutolinks}): links hidden by entities, escapes, case or
   * neighbouring nodes, and bare {@code scheme://} prefixes, must still come out as stock
   * flexmark finds them (a seeded differential of 100,000 random texts).
   */
  @Test
  void autolinksAreFoundWhereStockFlexmarkFindsThem() {
    Markdown ours = new Markdown(EnumSet.of(MarkdownExtension.AUTOLINKS));
    Parser stock = Markdown.stockParser(EnumSet.of(MarkdownExtension.AUTOLINKS));
    List<String> fixed = List.of("see https://example.com/a?b=1 now", "WWW.EXAMPLE.COM and"
        + " wWw.example.org", "mail me@example.com", "http&#58;//example.com",
        "https&colon;//example.com", "www&period;example.com", "www\\.example.com",
        "a http:// b", "ftp://x", "x&amp;www.example.com", "*em* www.example.com **s**",
        "`code` me@x.org", "ww w.example.com", "no link here at all", "中文 https://例子.中国 文字");
    long links = 0;
    for (String text : fixed) {
      links += compare(ours, stock, text);
    }
    assertThat(links).as("links found in the fixed cases").isGreaterThan(8);
    // seeded random texts over an alphabet that makes links, entities and escapes likely
    String[] pieces = {"w", "W", ".", ":", "/", "//", "@", "&", ";", "#58", "amp", "colon",
        "\\", " ", "x", "com", "http", "https", "www", "*", "_", "`", "<", ">", "[", "]", "(",
        ")", "\n", "中", "http://", "www.", "x.com", "a@b.org", "&#58;", "&colon;", "a://",
        "://", "+", "-", "1", "é", "_", "\t", "\u2028", "\r\n", "ftp", "a.", "b-", "z+"};
    java.util.Random random = new java.util.Random(20261128L);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(24);
      for (int j = 0; j < n; j++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      links += compare(ours, stock, b.toString());
    }
    System.out.printf("markdown equivalence: autolinks, %d links found%n", links);
    assertThat(links).as("links found in all").isGreaterThan(5_000);
  }

  /**
   * The inline shapes stock flexmark is quadratic on (issue 15) get its tree, at a size it still
   * parses quickly; the closer-at-the-end variants make the shortcuts' "closer ahead" answer
   * matter.
   */
  @Test
  void quadraticInlineShapesGetStockFlexmarksTree() {
    Markdown ours = new Markdown(EnumSet.allOf(MarkdownExtension.class), 100_000);
    Parser stock = Markdown.stockParser(EnumSet.allOf(MarkdownExtension.class));
    long nodes = 0;
    for (Map.Entry<String, java.util.function.IntFunction<String>> shape
        : InlineShapes.shapes().entrySet()) {
      for (int size : new int[] {1, 7, 40, 3_000}) {
        String text = shape.getValue().apply(size);
        Document expected = stock.parse(BasedSequence.of(text));
        Document actual = ours.parse(new SourceText(shape.getKey(), text), 0);
        AstComparison.Result r = AstComparison.compare(expected, actual);
        assertThat(r.difference()).as(shape.getKey() + " " + size).isNull();
        nodes += r.nodes();
      }
    }
    System.out.printf("markdown equivalence: %d inline shapes, %d nodes compared%n",
        InlineShapes.shapes().size(), nodes);
    assertThat(nodes).isGreaterThan(10_000);
  }

  /**
   * A seeded differential for the inline HTML shortcut, the intraword underscores and the link
   * destinations: 100,000 short random texts from pieces of inline HTML (openers and closers
   * of every kind, in both cases, across line breaks of every kind Java's {@code .} stops at),
   * of emphasis and of links, with all extensions, get stock flexmark's tree.
   */
  @Test
  void randomInlineHtmlAndEmphasisGetStockFlexmarksTree() {
    String[] pieces = {"<![CDATA[", "<![cdata[", "<![CDAT", "<![", "]]>", "]]", "]", ">", "<?",
        "?>", "?", "<!", "<!A", "<!doctype", "<!x ", "<!-", "<!--", "-->", "--", "-", "<a",
        "<a ", "</a>", "<b x='", "'", "\"", "<", "\n", "\r\n", "\r", "\u2028", "\u0085",
        "\n\n", " ", "  ", "\t", "a", "b", "1", "é", "_", "__", "*", "**", ".", "!", "(", ")",
        "[", "](", "`", "\\", "&", "~~", "~", "x_y", "<?x?>", "<!A b>", "<![CDATA[x]]>",
        "\u001f", "](b", "](<b>", "](<", "[a](", "\\)", "\\(", " \"t", "\"", "\u0000", "b)",
        "![", "[^1]", "\n\n[r]: /u\n\n[r]"};
    Markdown ours = new Markdown(EnumSet.allOf(MarkdownExtension.class), 100_000);
    Parser stock = Markdown.stockParser(EnumSet.allOf(MarkdownExtension.class));
    java.util.Random random = new java.util.Random(20261206L);
    long html = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(16);
      for (int j = 0; j < n; j++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      Document expected = stock.parse(BasedSequence.of(text));
      Document actual = ours.parse(new SourceText("t.md", text), 0);
      AstComparison.Result r = AstComparison.compare(expected, actual);
      assertThat(r.difference()).as(text).isNull();
      for (com.vladsch.flexmark.util.ast.Node node : expected.getDescendants()) {
        if (node instanceof com.vladsch.flexmark.ast.HtmlInline) {
          html++;
        }
      }
    }
    System.out.printf("markdown equivalence: random inline HTML, %d HTML nodes%n", html);
    assertThat(html).as("inline HTML nodes made").isGreaterThan(10_000);
  }

  /** Compares the trees of {@code text}; returns how many autolinks stock flexmark made. */
  private static long compare(Markdown ours, Parser stock, String text) {
    Document expected = stock.parse(BasedSequence.of(text));
    Document actual = ours.parse(new SourceText("t.md", text), 0);
    AstComparison.Result r = AstComparison.compare(expected, actual);
    assertThat(r.difference()).as(text).isNull();
    long links = 0;
    for (com.vladsch.flexmark.util.ast.Node node : expected.getDescendants()) {
      if (node instanceof com.vladsch.flexmark.ast.AutoLink
          || node instanceof com.vladsch.flexmark.ast.MailLink) {
        links++;
      }
    }
    return links;
  }
}
