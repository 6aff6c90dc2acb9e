package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints the corpus maxima of the body limits' measures (docs/security.md's table):
 * nodes per body, prefixed lines per block run ({@link BlockScan}), the node estimate, and
 * HTML bytes. {@code java -cp ... io.github.frontmatter.articles.internal.body.BlockLimitsCorpus
 * ../shared/corpus}
 */
public final class BlockLimitsCorpus {
  private BlockLimitsCorpus() {}

  public static void main(String[] args) throws Exception {
    ArticleParser parser = ArticleParser.builder().limits(Limits.defaults()
        .withMaxBodyNodes(Integer.MAX_VALUE).withMaxBodyBlockLines(Integer.MAX_VALUE)
        .withMaxHtmlBytes(Integer.MAX_VALUE)).build();
    long[] max = new long[5];
    String[] where = new String[5];
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
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
      long[] v = {nodes, m[0], (long) Math.ceil(Math.sqrt(m[1])), m[2], a.html().getBytes(java.nio.charset.StandardCharsets.UTF_8).length};
      for (int i = 0; i < 5; i++) {
        if (v[i] > max[i]) {
          max[i] = v[i];
          where[i] = f.toString();
        }
      }
    }
    String[] names = {"nodes", "prefixed lines in one run",
        "square root of the sum of runs' prefixed lines squared", "node estimate", "html bytes"};
    System.out.println(read + " articles");
    for (int i = 0; i < 5; i++) {
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
