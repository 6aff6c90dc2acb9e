package io.github.frontmatter.articles.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.Profile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mojo run in this JVM on small sites in a temporary folder, with its log captured: the
 * parameters the integration tests under src/it do not each build a site for.
 */
class CheckMojoTest {
  @TempDir Path site;
  CapturedLog log;
  CheckMojo mojo;

  @BeforeEach
  void setUp() throws IOException {
    Files.createDirectories(site.resolve("content"));
    log = new CapturedLog();
    mojo = new CheckMojo();
    mojo.setLog(log);
    mojo.basedir = site.toFile();
    mojo.contentDirectories = List.of(site.resolve("content").toFile());
    mojo.profile = "hugo";
    mojo.failIfNoFiles = true;
    mojo.sarifFile = site.resolve("target/articles.sarif").toFile();
  }

  private void write(String relative, String text) throws IOException {
    Path p = site.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private JsonNode sarif() {
    return JsonMapper.builder().build().readTree(mojo.sarifFile);
  }

  @Test
  void profileNamesAreReadInAnyCase() throws Exception {
    mojo.profile = " Jekyll ";
    assertThat(mojo.profile()).isEqualTo(Profile.JEKYLL);
    mojo.profile = "DOCUSAURUS";
    assertThat(mojo.parser().profile()).isEqualTo(Profile.DOCUSAURUS);
  }

  @Test
  void anUnknownProfileIsRefusedWithTheNamesItCouldBe() {
    mojo.profile = "hogu";
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("profile: expected one of hugo, jekyll, zola, eleventy, astro, docusaurus"
            + " or auto but found \"hogu\"");
  }

  @Test
  void autoFindsTheGeneratorFromTheSitesConfiguration() throws Exception {
    write("_config.yml", "title: A Jekyll site\n");
    write("content/a.md", "---\ntitle: A\n---\nText.\n");
    mojo.profile = "AUTO";
    mojo.execute();
    assertThat(mojo.profile()).isEqualTo(Profile.JEKYLL);
    assertThat(log.infos).contains("profile auto: Jekyll (detected from "
        + site.resolve("content") + ")");
    assertThat(log.infos).anyMatch(s -> s.startsWith("Articles (Jekyll): 1 file, 0 errors"));
  }

  @Test
  void autoWithoutAConfigurationFileSaysWhatItLookedFor() throws Exception {
    write("content/a.md", "---\ntitle: A\n---\nText.\n");
    mojo.profile = "auto";
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("profile: auto expected a generator's configuration file"
            + " (hugo.toml, _config.yml")
        .hasMessageEndingWith(" in " + site.resolve("content") + " or a folder above it but"
            + " found none; set profile to one of hugo, jekyll, zola, eleventy, astro,"
            + " docusaurus");
  }

  @Test
  void theProfileChoosesTheFilesAsItsGeneratorDoes() throws Exception {
    write("content/docs/intro.mdx", "---\ntitle: Intro\n---\nText.\n");
    write("content/docs/_partial.mdx", "---\ndate: nonsense\n---\n");
    write("content/docs/guide.md", "---\ntitle: Guide\n---\nText.\n");
    mojo.profile = "docusaurus";
    mojo.execute();
    assertThat(log.infos).anyMatch(s -> s.startsWith("Articles (Docusaurus): 2 files, 0 errors"));
    assertThat(log.errors).isEmpty();
  }

  /** Compiles {@code com.example.Post} into {@code site/classes}, as a project's build would. */
  private Path compilePost() throws IOException {
    Path src = site.resolve("src/com/example/Post.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, """
        package com.example;
        public record Post(String title, java.time.LocalDate date, Status status) {
          public enum Status { draft, published }
        }
        """);
    Path classes = site.resolve("classes");
    int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d",
        classes.toString(), src.toString());
    assertThat(status).isZero();
    return classes;
  }

  @Test
  void aTypeFromTheProjectsClassPathIsBoundToEveryArticle() throws Exception {
    mojo.classpathElements = List.of(compilePost().toString());
    mojo.type = "com.example.Post";
    write("content/a.md", "---\ntitle: A\ndate: 2024-05-01\nstatus: published\n---\nText.\n");
    write("content/b.md", "---\ntitle: B\ndate: 2024-05-02\nstatus: live\n---\nText.\n");
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 error in 1 file of 2;");
    assertThat(log.errors).containsExactly(site.resolve("content/b.md") + ":[4,9] status:"
        + " expected one of \"draft\", \"published\" but found \"live\" [enum-unknown]");
    assertThat(sarif().at("/runs/0/results/0/ruleId").asString()).isEqualTo("enum-unknown");
  }

  @Test
  void aTypeThatIsNotOnTheClassPathStopsTheBuildSayingWhereItLooked() throws Exception {
    Path classes = compilePost();
    mojo.classpathElements = List.of(classes.toString());
    mojo.type = "com.example.Missing";
    write("content/a.md", "---\ntitle: A\n---\nText.\n");
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("type: expected a class on the project's compile class path but found none"
            + " named \"com.example.Missing\" (searched: " + classes + ")");
  }

  @Test
  void aMissingSchemaIsNamedOnceWithTheReason() {
    File missing = site.resolve("missing.json").toFile();
    mojo.schema = missing;
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("schema: " + missing + ": no such file");
  }

  @Test
  void aBrokenSchemaSaysWhatIsWrong() throws Exception {
    write("broken.json", "{\"type\": ");
    mojo.schema = site.resolve("broken.json").toFile();
    assertThatThrownBy(() -> mojo.execute())
        .isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("schema: " + mojo.schema + ": ");
  }

  @Test
  void aSchemaReplacesTheBuiltInRules() throws Exception {
    write("content/a.md", "---\ntitle: A\n---\nText.\n");
    write("schema.json", """
        {"$schema": "https://json-schema.org/draft/2020-12/schema",
         "type": "object", "required": ["author"]}
        """);
    mojo.schema = site.resolve("schema.json").toFile();
    assertThatThrownBy(() -> mojo.execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 error in 1 file of 1;");
    assertThat(log.errors).hasSize(1);
    assertThat(log.errors.get(0)).startsWith(site.resolve("content/a.md") + ":[");
    assertThat(sarif().at("/runs/0/results/0/level").asString()).isEqualTo("error");
  }

  @Test
  void strictReportsWarningsAsErrorsAndFails() throws Exception {
    write("content/a.md", "---\ndate: 2025-01-01\n---\nText.\n");
    mojo.strict = true;
    assertThatThrownBy(() -> mojo.execute()).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 error in 1 file of 1;");
    assertThat(log.errors).containsExactly(site.resolve("content/a.md")
        + ":[1,1] expected a \"title\" field but found none [title-missing]");
    assertThat(log.warnings).isEmpty();
  }

  @Test
  void warningsAlonePassUnlessFailOnWarning() throws Exception {
    write("content/a.md", "---\ndate: 2025-01-01\n---\nText.\n");
    mojo.execute();
    assertThat(log.warnings).hasSize(1);
    assertThat(log.infos).anyMatch(s -> s.startsWith(
        "Articles (Hugo): 1 file, 0 errors, 1 warning; SARIF report: "));
  }

  @Test
  void noMatchingFileFailsUnlessAllowed() throws Exception {
    write("content/notes.txt", "not Markdown");
    assertThatThrownBy(() -> mojo.execute()).isInstanceOf(MojoFailureException.class)
        .hasMessage("no Markdown file matched in " + site.resolve("content")
            + " (set failIfNoFiles to false if that is expected)");
    mojo.failIfNoFiles = false;
    mojo.execute();
    assertThat(log.warnings).containsExactly("no Markdown file matched in "
        + site.resolve("content"));
    assertThat(sarif().at("/runs/0/results").size()).isZero();
  }

  @Test
  void aContentDirectoryThatIsAFileIsRefused() throws Exception {
    Files.delete(site.resolve("content"));
    write("content", "a file");
    assertThatThrownBy(() -> mojo.execute()).isInstanceOf(MojoExecutionException.class)
        .hasMessage("contentDirectories: expected a folder but found a file at "
            + site.resolve("content"));
  }

  @Test
  void skipReadsNothingAndWritesNoReport() throws Exception {
    write("content/a.md", "---\ndate: yesterday\n---\n");
    mojo.skip = true;
    mojo.execute();
    assertThat(mojo.sarifFile).doesNotExist();
    assertThat(log.errors).isEmpty();
  }

  @Test
  void filesOutsideTheProjectGetAnAbsoluteUriInTheReport(@TempDir Path elsewhere)
      throws Exception {
    Path article = elsewhere.resolve("post #1.md");
    Files.writeString(article, "---\ndate: 2025-01-01\n---\n", StandardCharsets.UTF_8);
    mojo.contentDirectories = List.of(elsewhere.toFile());
    mojo.execute();
    JsonNode location = sarif().at("/runs/0/results/0/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asString())
        .isEqualTo(article.toUri().toASCIIString());
    assertThat(location.at("/artifactLocation/uriBaseId").isMissingNode()).isTrue();
  }

  /** A Maven log that keeps what it is given, by level. */
  static final class CapturedLog extends SystemStreamLog {
    final List<String> errors = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> infos = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      errors.add(content.toString());
    }

    @Override
    public void warn(CharSequence content) {
      warnings.add(content.toString());
    }

    @Override
    public void info(CharSequence content) {
      infos.add(content.toString());
    }
  }
}
