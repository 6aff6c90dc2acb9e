package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hugo's own reading (Debian's hugo 0.111.3, as in {@link HugoAgreementTest}) of the fixtures
 * where {@link Profile#HUGO} changed in 0.2.0 to follow Hugo: white space before the opening
 * fence (Hugo's page lexer skips spaces, tabs and line breaks, so a blank line or an indented
 * fence still opens front matter), and text after the opening fence ({@code --- 42}, {@code
 * --- true}), which Hugo reads as front matter and fails on, where the library used to read
 * the file as having none; it now refuses the line.
 */
class HugoLeadTest {
  private static final List<String> READ = List.of(
      "blank-line-before-toml", "blank-line-before-yaml", "indented-fence",
      "blank-line-before-json");
  private static final List<String> REFUSED = List.of("fence-text-number", "fence-text-word",
      "fence-text-toml");

  @Test
  void hugoReadsFrontMatterAfterWhiteSpaceAsTheLibraryDoes() throws Exception {
    assumeHugo();
    Path site = site("read");
    for (String name : READ) {
      Files.copy(fixture(name), site.resolve("content/" + name + ".md"));
    }
    String out = hugo(site);
    assertThat(out).as("hugo list all").isNotNull();
    for (String name : READ) {
      Article a = Articles.parse(Files.readAllBytes(fixture(name)), name);
      String title = a.frontMatter().title().orElseThrow();
      assertThat(out).as(name).contains("content/" + name + ".md,," + title + ",");
    }
  }

  @Test
  void hugoFailsOnTextAfterTheFenceAndTheLibraryRefusesIt() throws Exception {
    assumeHugo();
    for (String name : REFUSED) {
      Path site = site(name);
      Files.copy(fixture(name), site.resolve("content/" + name + ".md"));
      assertThat(hugo(site)).as("hugo builds " + name).isNull();
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> Articles.parse(Files.readAllBytes(fixture(name)), name));
      assertThat(e).as(name).isNotNull();
      assertThat(e.problems().get(0).location().line()).isEqualTo(1);
    }
  }

  private static Path fixture(String name) {
    return ProfileRulesFixtureTest.root().resolve(name).resolve("in.md");
  }

  private static Path site(String name) throws IOException {
    Path site = Path.of("target/hugo-lead/" + name).toAbsolutePath();
    if (Files.exists(site)) {
      try (Stream<Path> s = Files.walk(site)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("config.toml"),
        "baseURL = \"https://example.org/\"\ntitle = \"lead\"\n");
    return site;
  }

  /** The output of {@code hugo list all}, or null when Hugo fails. */
  private static String hugo(Path site) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("hugo", "list", "all", "--source", site.toString())
        .redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
  }

  private static void assumeHugo() {
    boolean ok;
    try {
      Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
      ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      ok = false;
    }
    if (!ok && "true".equals(System.getenv("CI"))) {
      fail("hugo is not installed on CI; .ci/run installs Debian's hugo package");
    }
    assumeTrue(ok, "hugo is not installed; HugoLeadTest skipped");
  }
}
