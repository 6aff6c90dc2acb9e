package io.github.frontmatter.articles.spark;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus of real articles (read-only, never copied into the repository). Its
 * folder comes from the system property {@code articles.corpus}, by default {@code
 * ../../../shared/corpus} relative to examples/spark. Tests that need it skip with a message
 * when it is missing, and fail when the environment variable {@code CI} is {@code true}.
 */
final class Corpus {
  private Corpus() {}

  static Path dir() {
    Path dir = Path.of(System.getProperty("articles.corpus", "../../../shared/corpus"))
        .toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("MANIFEST.tsv"))) {
      if ("true".equals(System.getenv("CI"))) {
        fail("the shared corpus is missing on CI: " + dir);
      }
      assumeTrue(false, "no corpus at " + dir + "; corpus tests skipped");
    }
    return dir;
  }

  /** The files MANIFEST.tsv lists, relative to the corpus folder ({@code source/path}). */
  static List<String> manifest() {
    try {
      List<String> lines = Files.readAllLines(dir().resolve("MANIFEST.tsv"),
          StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          String[] f = line.split("\t", 4);
          out.add(f[0] + "/" + f[3]);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Files whose names trouble Hadoop paths or Spark's listing, relative to the corpus
   * folder: each must come through as a row of its own.
   */
  static final List<String> AWKWARD = List.of(
      // ':' in a folder name
      "sofastack-tech/content/zh/blog/Helping data security: Ant and Intel work together"
          + " to create a verified PPML solution/index.md",
      // '[', ']', '!', ','
      "sofastack-tech/content/zh/activities/[Summer-2023-of-open-source-promotion-plan]"
          + "welcome-to-register-for-dragonfly,kata-containers,and-nydus-community-projects!"
          + "/index.md",
      // '#', '%', space, '+'
      "jekyll/test/source/+/%# +.md",
      // a literal %20, '[' and ']' in a name under a '_' folder
      "jekyll/test/source/_posts/2014-03-22-escape-+ %20[].markdown",
      "jekyll/test/source/_methods/escape-+ #%20[].md",
      "jekyll/test/source/_posts/2009-03-12-hash-#1.markdown",
      // spaces in folder names, a '_' file name
      "cloudwego-io/content/zh/docs/kitex/Best Practice/Integration Testing/_index.md",
      // CJK file names and fullwidth punctuation
      "cloudwego-io/content/zh/docs/eino/core_modules/eino_adk/"
          + "Eino_ADK_ChatModelAgentMiddleware/filesystem_backend/backend_本地文件系统.md",
      "sofastack-tech/content/zh/blog/moe-series（6）｜envoy-go-extensions- concurrency-"
          + " security/index.md",
      // '&' and ',' and a folder named like a file
      "sofastack-tech/content/zh/blog/koupleless-enables-renlijia-to-achieve-centralized"
          + "-deployment-of-distributed-R&D,quickly-and-cost-effectivelyindex.md/index.md",
      // the empty file binaryFile leaves out
      "gray-matter/test/fixtures/empty.md");

  /** Files the library rejects, and the JSON and TOML front matter there is. */
  static final List<String> SPECIAL = List.of(
      "jekyll/test/source/_encodings/Unicode16LECRLFandBOM.md",
      "jekyll/test/source/_encodings/UTF8CRLFandBOM.md",
      "jekyll/test/source/_broken/bad_post.md",
      "gray-matter/test/fixtures/lang-javascript-object-fn.md",
      "gray-matter/test/fixtures/autodetect-json.md",
      "python-frontmatter/tests/json/hello-json.md",
      "gohugoio-hugo/create/skeletons/theme/content/posts/post-1.md",
      "sofastack-tech/content/zh/activities/_index.md");

  /**
   * A small subset for the job tests: {@link #AWKWARD}, {@link #SPECIAL} and the first four
   * Markdown files of each source in MANIFEST.tsv order.
   */
  static List<String> subset() {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(AWKWARD);
    out.addAll(SPECIAL);
    java.util.Map<String, Integer> perSource = new java.util.HashMap<>();
    for (String p : manifest()) {
      String source = p.substring(0, p.indexOf('/'));
      if (isArticleName(p.substring(p.lastIndexOf('/') + 1))
          && perSource.merge(source, 1, Integer::sum) <= 4) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** Copies {@link #subset()} to {@code target}, keeping the relative paths (test input). */
  static List<String> copySubset(Path target) {
    List<String> names = subset();
    try {
      for (String name : names) {
        Path to = target.resolve(name);
        Files.createDirectories(to.getParent());
        Files.copy(dir().resolve(name), to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** Whether a file name passes the job's default filter, *.{md,markdown}. */
  static boolean isArticleName(String name) {
    return name.endsWith(".md") || name.endsWith(".markdown");
  }

  /** Every regular file under the corpus folder that passes the filter, walked with NIO. */
  static List<Path> walk() {
    try (Stream<Path> files = Files.walk(dir())) {
      return files.filter(Files::isRegularFile)
          .filter(p -> isArticleName(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
