package io.github.frontmatter.articles;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The read-only shared folder beside the repository: the corpus of real articles and the
 * reference article. Tests that need it skip locally when it is missing, and fail on CI.
 * Public for the tests of other packages (the command line's).
 */
public final class Shared {
  private Shared() {}

  public static Path dir() {
    Path dir = Path.of(System.getProperty("articles.shared", "../shared")).toAbsolutePath().normalize();
    if (!Files.isDirectory(dir.resolve("corpus"))) {
      if ("true".equals(System.getenv("CI"))) {
        fail("the shared folder is missing on CI: " + dir);
      }
      assumeTrue(false, "no shared folder at " + dir + "; corpus tests skipped");
    }
    return dir;
  }

  public static Path corpus() {
    return dir().resolve("corpus");
  }

  static Path reference() {
    return dir().resolve("reference/paris-ai-summit.md");
  }

  /** One row of corpus/MANIFEST.tsv. */
  record Entry(String source, String sha1, long bytes, String path) {
    /** Path relative to the corpus folder. */
    String relative() {
      return source + "/" + path;
    }
  }

  static List<Entry> manifest() {
    try {
      List<String> lines = Files.readAllLines(corpus().resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
      List<Entry> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", 4);
        out.add(new Entry(f[0], f[1], Long.parseLong(f[2]), f[3]));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
