package examples;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.BindResult;
import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the front matter of every article in a folder as this program's own record, prints
 * each record or every problem that keeps a file from fitting it, and with {@code --schema}
 * prints the record's JSON Schema instead.
 *
 * <pre>
 * java examples.TypedFrontMatter examples/articles
 * java examples.TypedFrontMatter --schema
 * </pre>
 */
public final class TypedFrontMatter {
  private TypedFrontMatter() {}

  /** The front matter this site's articles must have. */
  public record Story(
      @JsonPropertyDescription("The headline") String title,
      ArticleDate date,
      List<String> categories,
      List<String> tags,
      @JsonPropertyDescription("One language tag or a list of them") List<String> lang,
      Optional<String> summary,
      Optional<Boolean> comments) {}

  private static final FrontMatterType<Story> STORIES = FrontMatterType.of(Story.class);

  public static void main(String[] args) throws IOException {
    if (args.length == 1 && args[0].equals("--schema")) {
      System.out.println(STORIES.jsonSchema());
      return;
    }
    if (args.length != 1) {
      System.err.println("usage: TypedFrontMatter FOLDER | --schema");
      return;
    }
    ArticleParser parser = ArticleParser.defaults();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        BindResult<Story> r = STORIES.bind(parser.read(file)); // reading's problems and binding's
        r.problems().forEach(System.out::println);
        r.value().ifPresent(s -> System.out.println(file.getFileName() + ": " + s.title()
            + " (" + s.date().localDate() + ", tags " + s.tags() + ")"));
      }
    }
  }
}
