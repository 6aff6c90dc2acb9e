package io.github.frontmatter.articles.internal.cli;

import static io.github.frontmatter.articles.internal.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.internal.cli.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options every command has ({@code --exclude}, {@code --quiet}, {@code --config}, {@code
 * --no-config}, {@code --profile}), the configuration file, and exit status 2 for a folder
 * without articles. The site is src/test/resources/cli/options/site: two posts (one with a
 * repeated tag), a README and a note without titles, and a .articles.yml that leaves the
 * README and the notes out and makes a repeated tag an error.
 */
class CliOptionsTest {
  private static final String SITE = "src/test/resources/cli/options/site";
  private static final String CONFIG = SITE + "/.articles.yml";
  private static final String TWO = SITE + "/posts/two.md";

  @Test
  void withoutTheConfigurationFileEveryArticleIsChecked() {
    Run r = run("check", "--no-config", SITE);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("README.md:1:1: warning:", "notes/idea.md:1:1: warning:",
        "two.md:3:11: warning:").endsWith("4 files, 0 errors, 3 warnings\n");
  }

  @Test
  void theConfigurationFileExcludesFilesAndSetsSeverities() {
    Run r = run("check", "--config", CONFIG, SITE);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(TWO + ":3:11: error: tags[1]: expected each tags item once but"
        + " found \"a\" again [duplicate-item]\n2 files, 1 error, 0 warnings\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void excludeOnTheCommandLineMatchesNamesAndPathsBelowTheCurrentFolder() {
    Run byName = run("check", "--no-config", "--exclude", "README.md", "--exclude=idea.md",
        SITE);
    assertThat(byName.out()).doesNotContain("README", "idea").endsWith("2 files, 0 errors,"
        + " 1 warning\n");
    Run folderName = run("check", "--no-config", "--exclude", "notes", SITE);
    assertThat(folderName.out()).doesNotContain("idea").endsWith("3 files, 0 errors,"
        + " 2 warnings\n");
    Run byPath = run("check", "--no-config", "--exclude", SITE + "/posts/**", SITE);
    assertThat(byPath.out()).doesNotContain("two.md").endsWith("2 files, 0 errors,"
        + " 2 warnings\n");
    // a path pattern is relative to the current folder: "posts/**" names nothing here
    Run notBelow = run("check", "--no-config", "--exclude", "posts/**", SITE);
    assertThat(notBelow.out()).endsWith("4 files, 0 errors, 3 warnings\n");
    // a file named on the command line is left out too (a hook passes every changed file)
    Run named = run("check", "--no-config", "--exclude", "two.md", TWO, SITE + "/posts/one.md");
    assertThat(named.out()).isEqualTo("1 file, 0 errors, 0 warnings\n");
  }

  @Test
  void aFolderWithoutArticlesIsAnErrorNotACleanResult(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not an article", StandardCharsets.UTF_8);
    for (String command : new String[] {"check", "show"}) {
      Run r = run(command, "--no-config", dir.toString());
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("articles: " + dir + ": expected Markdown files (*.md,"
          + " *.markdown) but found none\n");
    }
    Run all = run("check", "--no-config", "--exclude", "*.md", SITE + "/posts");
    assertThat(all.status()).isEqualTo(2);
    assertThat(all.out()).isEmpty();
    assertThat(all.err()).isEqualTo("articles: " + SITE + "/posts: expected Markdown files to"
        + " read but all 2 found are excluded (--exclude, .articles.yml)\n");
    Run set = run("set", "--no-config", "--add-tag", "x", "--dry-run", dir.toString());
    assertThat(set.status()).isEqualTo(2);
  }

  @Test
  void quietLeavesOutTheSummaryButNotTheProblems() {
    Run clean = run("check", "-q", "--no-config", SITE + "/posts/one.md");
    assertThat(clean.status()).isZero();
    assertThat(clean.out()).isEmpty();
    Run problems = run("check", "--quiet", "--config", CONFIG, SITE);
    assertThat(problems.status()).isEqualTo(1);
    assertThat(problems.out()).isEqualTo(TWO + ":3:11: error: tags[1]: expected each tags item"
        + " once but found \"a\" again [duplicate-item]\n");
    // machine-readable output is never cut
    Run json = run("check", "--quiet", "--no-config", "--format", "json", TWO);
    assertThat(json.json().get("summary").get("warnings").asInt()).isEqualTo(1);
    Run set = run("set", "-q", "--no-config", "--add-tag", "b", "--dry-run", TWO);
    assertThat(set.status()).isZero();
    assertThat(set.out()).startsWith("--- a/" + TWO).doesNotContain("to change");
  }

  @Test
  void aCommandsOwnValueIsNeverTakenForASharedOption() {
    Run r = run("set", "--no-config", "--add-tag", "--quiet", "--dry-run", TWO);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("+tags: [a, a, \"--quiet\"]").endsWith("1 to change, 0 unchanged\n");
  }

  @Test
  void theProfileOptionIsPassedOnAndNamesAreChecked() {
    Run r = run("show", "--no-config", "--profile", "JEKYLL", SITE + "/posts/one.md");
    assertThat(r.status()).as(r.err()).isZero();
    Run bad = run("check", "--config", CONFIG, "--no-config", SITE);
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("articles check: --config and --no-config cannot both be"
        + " given; see articles check --help\n");
  }

  /**
   * The profile by default is the site's generator, found from its configuration files
   * (Profile.detect) from the first PATH: a Jekyll site's {@code .mkd} article is read, which
   * Hugo's rules do not take for an article; {@code --profile} and the configuration file's
   * {@code profile} override it, and {@code auto} brings detection back.
   */
  @Test
  void theProfileIsTheSitesGeneratorUnlessOneIsNamed(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("_config.yml"), "title: A Jekyll site\n",
        StandardCharsets.UTF_8);
    Path posts = Files.createDirectories(dir.resolve("_posts"));
    Files.writeString(posts.resolve("2024-01-01-hello.mkd"), "---\ntitle: Hello\n---\nHi.\n",
        StandardCharsets.UTF_8);
    Run auto = run("check", "--no-config", posts.toString());
    assertThat(auto.status()).as(auto.err()).isZero();
    assertThat(auto.out()).isEqualTo("1 file, 0 errors, 0 warnings\n");
    Run hugo = run("check", "--no-config", "--profile", "hugo", posts.toString());
    assertThat(hugo.status()).isEqualTo(2);
    assertThat(hugo.err()).isEqualTo("articles: " + posts + ": expected Markdown files (*.md,"
        + " *.markdown) but found none\n");
    Path config = Files.writeString(dir.resolve(Config.NAME), "profile: hugo\n",
        StandardCharsets.UTF_8);
    assertThat(run("check", "--config", config.toString(), posts.toString()).status())
        .isEqualTo(2);
    assertThat(run("check", "--config", config.toString(), "--profile", "auto",
        posts.toString()).status()).isZero();
    Run jekyll = run("check", "--no-config", "--profile", "jekyll", "--profile", "hugo",
        posts.toString());
    assertThat(jekyll.status()).as("the last --profile wins").isEqualTo(2);
    // the extensions named are the profile's
    Files.delete(posts.resolve("2024-01-01-hello.mkd"));
    Run none = run("check", "--no-config", posts.toString());
    assertThat(none.err()).isEqualTo("articles: " + posts + ": expected Markdown files (*.md,"
        + " *.markdown, *.mkd, *.mkdn, *.mkdown) but found none\n");
  }

  @Test
  void theNearestConfigurationFileIsFoundUpToTheRepositoryRoot(@TempDir Path dir)
      throws IOException {
    Path site = Files.createDirectories(dir.resolve("repo/site/content"));
    assertThat(Config.find(site)).isNull();
    Files.writeString(dir.resolve(Config.NAME), "strict: true\n", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("repo/.git"));
    // a file above the repository is not the site's
    assertThat(Config.find(site)).isNull();
    Path own = Files.writeString(dir.resolve("repo/site/" + Config.NAME), "strict: true\n",
        StandardCharsets.UTF_8);
    assertThat(Config.find(site)).isEqualTo(own.toAbsolutePath());
  }

  @Test
  void aSchemaInTheConfigurationFileIsRelativeToIt(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("schema.json"), "{\"type\": \"object\", \"required\":"
        + " [\"author\"]}", StandardCharsets.UTF_8);
    Path config = Files.writeString(dir.resolve(Config.NAME), "schema: schema.json\n",
        StandardCharsets.UTF_8);
    Run r = run("check", "--config", config.toString(), SITE + "/posts/one.md");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("author").endsWith("1 file, 1 error, 0 warnings\n");
  }

  @Test
  void aConfigurationFileThatCannotBeUsedStopsWithItsPlace(@TempDir Path dir)
      throws IOException {
    assertConfigError(dir, "exclude: [README.md]\nstrictt: true\n",
        ":2:1: expected one of profile, exclude, schema, strict, unknown-keys, severity, type,"
            + " class-path but found \"strictt\"");
    assertConfigError(dir, "severity:\n  title-missing: ignore\n",
        ":2:18: expected error, warning or off but found \"ignore\"");
    assertConfigError(dir, "severity:\n  title-mising: off\n",
        ":2:3: expected a rule id that check reports (articles check --help lists them) but"
            + " found \"title-mising\"");
    assertConfigError(dir, "profile: gatsby\n", ":1:10: expected one of auto, hugo, jekyll,"
        + " zola, eleventy, astro, docusaurus but found \"gatsby\"");
    assertConfigError(dir, "strict: yes\n", ":1:9: expected true or false but found \"yes\"");
    assertConfigError(dir, "exclude: ['[a']\n", ":1:11: expected a glob such as README.md or"
        + " notes/** but found \"[a\" (at character 2: missing ])");
    assertConfigError(dir, "- strict\n", ":1:1: expected a mapping of settings (profile,"
        + " exclude, schema, strict, unknown-keys, severity, type, class-path) but found a list");
    assertConfigError(dir, "exclude: [a\n", ": expected well-formed YAML but found an error: ");
    assertConfigError(dir, "a: " + "[".repeat(5000) + "\n",
        ":1:11: expected settings nested at most 8 levels deep but found more");
  }

  private static void assertConfigError(Path dir, String yaml, String message)
      throws IOException {
    Path config = Files.writeString(dir.resolve(Config.NAME), yaml, StandardCharsets.UTF_8);
    Run r = run("check", "--config", config.toString(), SITE);
    assertThat(r.status()).as(yaml).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).as(yaml).startsWith("articles: " + config + message).hasLineCount(1);
  }
}
