package io.github.frontmatter.articles.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  @Test
  void relativeUrisEscapeWhatAUriReferenceCannotHoldAsIs() {
    assertThat(SarifReport.relativeUri(Path.of("content", "a:b #1?.md")))
        .isEqualTo("content/a%3Ab%20%231%3F.md");
    assertThat(SarifReport.relativeUri(Path.of("文章", "100%.md")))
        .isEqualTo("%E6%96%87%E7%AB%A0/100%25.md");
  }

  @Test
  void relativeUrisResolveBackToTheFile() {
    Path base = Path.of("/site").toAbsolutePath();
    Path file = base.resolve("content").resolve("a:b [x] 文.md");
    // as the report's originalUriBaseIds gives the base: with a closing "/"
    URI root = URI.create(base.toUri() + "/");
    URI resolved = root.resolve(SarifReport.relativeUri(base.relativize(file)));
    assertThat(Path.of(resolved)).isEqualTo(file);
  }

  @Test
  void theVersionComesFromTheBuild() {
    // plugin.properties is filtered: a version such as 0.1.0-SNAPSHOT, not the placeholder
    assertThat(SarifReport.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
