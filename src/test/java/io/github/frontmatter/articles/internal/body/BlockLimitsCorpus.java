package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.MarkdownExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the corpus maxima of the body limits' measures (docs/security.md's table):
 * nodes per body, prefixed lines per block run ({@link BlockScan}), the node estimate, HTML
 * bytes, and the link search's text pieces ({@link LinkableTextAutolinks#checkPieces}, on the
 * tree before the search, as flexmark gives it without autolinks), over every {@code .md} file
 * under the folders given. {@code java -cp ...
 * io.github.frontmatter.articles.internal.body.BlockLimitsCorpus ../shared/corpus [DIR...]}
 */
public final class BlockLimitsCorpus {
  private BlockLimitsCorpus() {}

  public static void main(String[] args) throws Exception {
    ArticleParser parser = ArticleParser.builder().limits(Limits.defaults()
        .withMaxBodyNodes(Integer.MAX_VALUE).withMaxBodyBlockLines(Integer.MAX_VALUE)
        .withMaxHtmlBytes(Integer.MAX_VALUE).withMaxBodyTextPieces(Integer.MAX_VALUE)).build();
    long[] max = new long[6];
    String[] where = new String[6];
    List<Path> files = new ArrayList<>();
    for (String dir : args) {
      try (Stream<Path> s = Files.walk(Path.of(dir))) {
        files.addAll(s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
            .sorted().toList());
      }
    }
    EnumSet<MarkdownExtension> beforeSearch = EnumSet.allOf(MarkdownExtension.class);
    beforeSearch.remove(MarkdownExtension.AUTOLINKS);
    Parser withoutLinks = Markdown.stockParser(beforeSearch);
    int read = 0;
    for (Path f : files) {
      Article a;
      try {
        a = parser.parse(f);
      } catch (Exception e) {
        continue;
      }
      read++;
      Document d = a.body();
      long nodes = 0;
      for (Node n = d.getFirstChild(); n != null; n = next(n, d)) {
        nodes++;
      }
      String text = d.getChars().toString();
      long[] m = BlockScan.measure(text, text.length() - a.bodyText().length());
      List<Node> texts = new ArrayList<>();
      Document plain = withoutLinks.parse(a.bodyText());
      for (Node n = plain.getFirstChild(); n != null; n = next(n, plain)) {
        if (n instanceof Text && LinkableTextAutolinks.mayHoldLink(n)) {
          texts.add(n);
        }
      }
      long pieces = (long) Math.ceil(Math.sqrt(
          LinkableTextAutolinks.checkPieces(texts, Integer.MAX_VALUE)));
      long[] v = {nodes, m[0], (long) Math.ceil(Math.sqrt(m[1])), m[2],
          a.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, pieces};
      for (int i = 0; i < 6; i++) {
        if (v[i] > max[i]) {
          max[i] = v[i];
          where[i] = f.toString();
        }
      }
    }
    String[] names = {"nodes", "prefixed lines in one run",
        "square root of the sum of runs' prefixed lines squared", "node estimate", "html bytes",
        "square root of the sum of the link search's text pieces squared"};
    System.out.println(read + " articles");
    for (int i = 0; i < 6; i++) {
      System.out.println(names[i] + ": " + max[i] + " (" + where[i] + ")");
    }
  }

  private static Node next(Node n, Node root) {
    if (n.getFirstChild() != null) {
      return n.getFirstChild();
    }
    while (n != root && n.getNext() == null) {
      n = n.getParent();
    }
    return n == root ? null : n.getNext();
  }
}
