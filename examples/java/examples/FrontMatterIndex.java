package examples;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads only the front matter of every article under a (large) folder and prints an index,
 * one tab-separated line per article: path, date, title, tags. The Markdown body is never
 * parsed (the AST is built only when {@code body()} is called), one parser is shared by all
 * threads, and files are read in parallel; files with errors are listed with the first one.
 *
 * <pre>
 * java examples.FrontMatterIndex content/
 * </pre>
 */
public final class FrontMatterIndex {
  private FrontMatterIndex() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: FrontMatterIndex FOLDER");
      return;
    }
    Path folder = Path.of(args[0]);
    ArticleParser parser = ArticleParser.defaults(); // immutable, safe to share
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<String> lines = files.parallelStream().map(file -> {
      ParseResult r;
      try {
        r = parser.read(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String name = folder.relativize(file).toString();
      if (r.hasErrors()) { // not readable at all, or with errors such as a bad date
        Problem first = r.problems().stream()
            .filter(p -> p.severity() == Problem.Severity.ERROR).findFirst().orElseThrow();
        return name + "\t(error: " + first.message() + ")";
      }
      Article a = r.article().get(); // front matter only: body() is never called
      return name + "\t" + a.date().map(d -> d.localDate().toString()).orElse("")
          + "\t" + a.title().orElse("") + "\t" + String.join(",", a.tags());
    }).toList(); // in the order of the files
    lines.forEach(System.out::println);
    System.out.println(lines.size() + " articles");
  }
}
