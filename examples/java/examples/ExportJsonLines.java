package examples;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.jackson.ArticlesModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports every article under a folder as JSON Lines: one JSON object per line, in the shape
 * {@link ArticlesModule} writes (typed fields, extras in file order, dates as text plus ISO
 * form, the body as Markdown). {@code mapper.readValue(line, Article.class)} reads a line back
 * into an equal article.
 *
 * <pre>
 * java examples.ExportJsonLines examples/articles articles.jsonl
 * java examples.ExportJsonLines examples/articles              # to standard output
 * </pre>
 */
public final class ExportJsonLines {
  private ExportJsonLines() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ExportJsonLines FOLDER [OUT.jsonl]");
      return;
    }
    ObjectMapper mapper = JsonMapper.builder().addModule(new ArticlesModule()).build();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    PrintStream out = args.length == 2
        ? new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)
        : System.out;
    int written = 0;
    for (Path file : files) {
      try {
        out.println(mapper.writeValueAsString(Articles.parse(file))); // one line, no breaks
        written++;
      } catch (ArticleException e) {
        System.err.println("skipped " + e.getMessage());
      }
    }
    out.flush();
    if (out != System.out) {
      out.close();
      System.out.println(written + " articles written to " + args[1]);
    }
  }
}
