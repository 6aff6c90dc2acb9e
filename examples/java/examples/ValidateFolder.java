package examples;

import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Validates every {@code .md} file under a folder and prints each problem as {@code
 * file:line:column: severity: message [rule]}, then a count. One broken file does not stop
 * the others.
 *
 * <pre>
 * java examples.ValidateFolder examples/articles
 * </pre>
 */
public final class ValidateFolder {
  private ValidateFolder() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ValidateFolder FOLDER");
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    int errors = 0;
    int warnings = 0;
    for (Path file : files) {
      // validate never throws for the content: every error and warning comes back
      for (Problem p : Articles.validate(file)) {
        System.out.println(p); // file:line:column: severity: message [rule]
        if (p.severity() == Problem.Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
      }
    }
    System.out.println(files.size() + " files, " + errors + " errors, " + warnings
        + " warnings");
  }
}
