package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Profile#detect}: every real site in {@code ../shared/sites} (the folder name says
 * the generator; Starlight is Astro) from its root, from a content folder and, for
 * Docusaurus, from the {@code docs/} folder beside {@code website/}; and the small fixtures
 * under {@code profiles/detect} for what the sites do not show (a {@code config.toml} of Hugo
 * and one of Zola, Hugo's {@code config/_default/}, Eleventy's {@code .eleventy.js}).
 */
class ProfileDetectTest {

  @Test
  void everySharedSiteIsDetectedFromItsRootAndItsContent() throws IOException {
    Path sites = Shared.dir().resolve("sites");
    List<String> checked = new ArrayList<>();
    try (Stream<Path> list = Files.list(sites)) {
      for (Path site : list.filter(Files::isDirectory).sorted().toList()) {
        Profile expected = byName(site.getFileName().toString());
        assertThat(Profile.detect(site)).as(site.toString()).contains(expected);
        Path content = deepestArticleFolder(site);
        assertThat(Profile.detect(content)).as(content.toString()).contains(expected);
        Path article = firstArticle(content);
        assertThat(Profile.detect(article)).as(article.toString()).contains(expected);
        if (expected == Profile.DOCUSAURUS) {
          Path docs = site.resolve("docs");
          assertThat(Profile.detect(docs)).as(docs.toString()).contains(expected);
        }
        checked.add(site.getFileName() + " " + expected);
      }
    }
    assertThat(checked).hasSize(10);
  }

  @Test
  void fixtureSitesAreDetectedFromTheirRootAndBelow() throws IOException {
    Path root = fixtures();
    try (Stream<Path> list = Files.list(root)) {
      for (Path site : list.filter(Files::isDirectory).sorted().toList()) {
        Profile expected = byName(site.getFileName().toString());
        assertThat(Profile.detect(site)).as(site.toString()).contains(expected);
        Path content = deepestArticleFolder(site);
        if (content != null) {
          assertThat(Profile.detect(content)).as(content.toString()).contains(expected);
        }
      }
    }
  }

  @Test
  void aConfigTomlIsZolasWithBaseUnderscoreUrlAndHugosWithBaseUrl() throws IOException {
    assertThat(Profile.detect(fixtures().resolve("zola-config-toml"))).contains(Profile.ZOLA);
    assertThat(Profile.detect(fixtures().resolve("hugo-config-toml"))).contains(Profile.HUGO);
  }

  @Test
  void aDocusaurusDocsFolderIsFoundFromItsSiblingWebsite() throws IOException {
    assertThat(Profile.detect(fixtures().resolve("docusaurus-sibling/docs/guides")))
        .contains(Profile.DOCUSAURUS);
  }

  @Test
  void aFolderOfNoSiteHasNoProfile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("notes/drafts"));
    Files.writeString(dir.resolve("notes/drafts/a.md"), "---\ntitle: a\n---\n");
    // a config.toml of neither generator says nothing
    Files.writeString(dir.resolve("notes/config.toml"), "[tool]\nname = \"x\"\n");
    Optional<Profile> found = Profile.detect(dir.resolve("notes/drafts"));
    assertThat(found).isEmpty();
  }

  @Test
  void aMissingPathIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> Profile.detect(dir.resolve("missing")))
        .isInstanceOf(NoSuchFileException.class);
  }

  private static Profile byName(String name) {
    String generator = name.substring(0, name.indexOf('-'));
    return generator.equals("starlight") ? Profile.ASTRO
        : Profile.valueOf(generator.toUpperCase(java.util.Locale.ROOT));
  }

  /** The folder of the deepest {@code .md} file (first in path order), or null. */
  private static Path deepestArticleFolder(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".md"))
          .sorted()
          .max(java.util.Comparator.comparingInt(Path::getNameCount))
          .map(Path::getParent)
          .orElse(null);
    }
  }

  private static Path firstArticle(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
  }

  private static Path fixtures() {
    try {
      return Path.of(ProfileDetectTest.class.getResource("/profiles/detect").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
