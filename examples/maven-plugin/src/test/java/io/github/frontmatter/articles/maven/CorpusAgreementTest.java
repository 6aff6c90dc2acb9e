package io.github.frontmatter.articles.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.FileResult;
import io.github.frontmatter.articles.Problem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goal on the shared corpus (about 2,900 real articles, ../shared/corpus beside the
 * checkout) finds the same files and the same problems, at the same places, as the library's
 * own walk ({@link ArticleParser#parseAll(Path, int)}), which picks files by other code.
 * Skipped, with a message, when the corpus is not there, except on CI (env CI=true), where it
 * fails.
 */
class CorpusAgreementTest {
  @TempDir Path target;

  @Test
  void theGoalAgreesWithParseAllOnTheCorpus() throws Exception {
    Path corpus = Path.of(System.getProperty("articles.corpus", "../../../shared/corpus"))
        .toAbsolutePath().normalize();
    if (!Files.isDirectory(corpus)) {
      // CI always has the shared folder beside the clone: there, a missing corpus is a failure
      if ("true".equals(System.getenv("CI"))) {
        fail("the shared corpus is missing on CI: " + corpus);
      }
      System.out.println("CorpusAgreementTest skipped: no corpus at " + corpus);
      Assumptions.abort("no corpus at " + corpus);
    }
    CheckMojo mojo = new CheckMojo();
    CheckMojoTest.CapturedLog log = new CheckMojoTest.CapturedLog();
    mojo.setLog(log);
    mojo.basedir = corpus.toFile();
    mojo.contentDirectories = List.of(corpus.toFile());
    mojo.profile = "hugo";
    mojo.failIfNoFiles = true;
    mojo.sarifFile = target.resolve("articles.sarif").toFile();

    List<String> expected = new ArrayList<>();
    int files;
    try (Stream<FileResult> all = ArticleParser.defaults().parseAll(corpus, 2)) {
      List<FileResult> results = all.toList();
      files = results.size();
      for (FileResult r : results) {
        assertThat(r.ioError()).as(r.path().toString()).isEmpty();
        for (Problem p : r.problems()) {
          expected.add(key(r.path().toAbsolutePath().normalize(), p.rule(),
              p.severity().label(), p.location().line(), p.location().column()));
        }
      }
    }
    assertThat(expected).as("the corpus has problems to compare").isNotEmpty();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
    assertThat(log.infos).anyMatch(s -> s.startsWith("Articles (Hugo): "
        + Problem.formatNumber(files) + " files, "));

    JsonNode sarif = JsonMapper.builder().build().readTree(mojo.sarifFile);
    URI root = URI.create(sarif.at("/runs/0/originalUriBaseIds/%SRCROOT%/uri").asString());
    List<String> reported = new ArrayList<>();
    for (JsonNode r : sarif.at("/runs/0/results")) {
      JsonNode loc = r.at("/locations/0/physicalLocation");
      Path file = Path.of(root.resolve(loc.at("/artifactLocation/uri").asString()));
      reported.add(key(file, r.at("/ruleId").asString(), r.at("/level").asString(),
          loc.at("/region/startLine").asInt(), loc.at("/region/startColumn").asInt()));
    }
    assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
    // and each is logged once, in Maven's form
    assertThat(log.errors.size() + log.warnings.size()).isEqualTo(expected.size());
  }

  private static String key(Path file, String rule, String level, int line, int column) {
    return file + ":" + line + ":" + column + " " + level + " " + rule;
  }
}
