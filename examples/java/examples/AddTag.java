package examples;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Adds a tag to every article in a folder, safely: by default it works on a copy of the
 * folder in a temporary directory and prints where that is, so you can compare before you run
 * it with {@code --in-place}. Each edit changes only the {@code tags} lines, and each file is
 * replaced atomically; files that cannot be read are skipped and named.
 *
 * <pre>
 * java examples.AddTag examples/articles featured            # edits a temporary copy
 * java examples.AddTag content/post featured --in-place      # edits the folder itself
 * </pre>
 */
public final class AddTag {
  private AddTag() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].equals("--in-place")) {
      System.err.println("usage: AddTag FOLDER TAG [--in-place]");
      return;
    }
    Path folder = Path.of(args[0]);
    String tag = args[1];
    if (args.length == 2) {
      folder = copyToTemp(folder);
      System.out.println("working on a copy: " + folder);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      Path name = folder.relativize(file);
      Article a;
      try {
        a = Articles.parse(file);
      } catch (ArticleException e) {
        System.out.println(name + ": skipped, not a readable article: " + e.getMessage());
        continue;
      }
      if (a.tags().contains(tag)) {
        System.out.println(name + ": already tagged");
        continue;
      }
      List<String> tags = new ArrayList<>(a.tags());
      tags.add(tag);
      Articles.write(a.withTags(tags), file); // atomic: the old file or the new, never half
      System.out.println(name + ": tags " + tags);
    }
  }

  private static Path copyToTemp(Path folder) throws IOException {
    Path copy = Files.createTempDirectory("add-tag-");
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted().toList()) {
        Path target = copy.resolve(folder.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }
}
