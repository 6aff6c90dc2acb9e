package examples;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Parses one article and prints its typed front matter, the headings of its body and any
 * warnings.
 *
 * <pre>
 * java examples.PrintArticle examples/articles/river-cleanup-volunteers.md
 * </pre>
 */
public final class PrintArticle {
  private PrintArticle() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: PrintArticle FILE.md");
      return;
    }
    Article a = Articles.parse(Path.of(args[0])); // throws ArticleException for broken files
    System.out.println("title:    " + a.title().orElse("(untitled)"));
    System.out.println("date:     " + a.date().map(d -> d.text()).orElse("(none)"));
    System.out.println("format:   " + a.format());
    System.out.println("tags:     " + String.join(", ", a.tags()));
    System.out.println("category: " + String.join(", ", a.categories()));
    a.extras().forEach((key, value) -> System.out.println("extra:    " + key + " = " + value));
    System.out.println("excerpt:  " + a.excerpt(20).text());
    // the body is a flexmark AST whose line numbers are those of the file
    for (Node n = a.body().getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        System.out.println("heading:  line " + (h.getLineNumber() + 1) + ": " + h.getText());
      }
    }
    for (Problem p : a.problems()) {
      System.out.println("warning:  " + p);
    }
  }
}
