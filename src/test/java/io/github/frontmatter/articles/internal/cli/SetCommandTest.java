package io.github.frontmatter.articles.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void addsATagToEveryArticleAndLeavesTheOthersByteIdentical(@TempDir Path site)
      throws Exception {
    Path a = site.resolve("a.md");
    Path b = site.resolve("b.md");
    Path c = site.resolve("sub/c.md");
    Files.createDirectories(c.getParent());
    Files.writeString(a, "---\ntitle: A # keep\ntags:\n  - go\n---\nA\n");
    Files.writeString(b, "---\ntitle: B\ntags: [ai, go]\n---\nB\n");
    Files.writeString(c, "+++\ntitle = \"C\"\n+++\nC\n");
    FileTime bTime = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(b, bTime);

    assertThat(run("set", "--add-tag", "ai", site.toString())).isZero();

    assertThat(Files.readString(a)).isEqualTo("---\ntitle: A # keep\ntags:\n  - go\n  - ai\n"
        + "---\nA\n");
    assertThat(Files.readString(b)).isEqualTo("---\ntitle: B\ntags: [ai, go]\n---\nB\n");
    assertThat(Files.getLastModifiedTime(b)).as("an unchanged file is not written").isEqualTo(bTime);
    assertThat(Files.readString(c)).isEqualTo("+++\ntitle = \"C\"\ntags = [\"ai\"]\n+++\nC\n");
    assertThat(out()).isEqualTo(a + ": add tags ai\n" + c + ": add tags ai\n"
        + "2 changed, 1 unchanged\n");
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndWritesNothing(@TempDir Path site) throws Exception {
    Path a = site.resolve("a.md");
    String text = "---\ntitle: A\ndraft: true\ntags: [x]\n---\nBody\n";
    Files.writeString(a, text);

    assertThat(run("set", "--set", "draft=false", "--remove-tag", "x", "--dry-run",
        a.toString())).isZero();

    assertThat(Files.readString(a)).isEqualTo(text);
    assertThat(out()).isEqualTo("--- a/" + a + "\n+++ b/" + a + "\n@@ -1,6 +1,6 @@\n"
        + " ---\n title: A\n-draft: true\n-tags: [x]\n+draft: false\n+tags: []\n ---\n Body\n"
        + "1 to change, 0 unchanged\n");
  }

  @Test
  void aValueIsJsonWhenItParsesAsJsonElseText(@TempDir Path site) throws Exception {
    Path a = site.resolve("a.md");
    Files.writeString(a, "---\ntitle: A\n---\n");
    assertThat(run("set", "--set", "weight=3", "--set", "author=Ann Lee", "--set",
        "aliases=[\"/old\"]", "--unset", "title", a.toString())).isZero();
    assertThat(Files.readString(a)).isEqualTo("---\nweight: 3\nauthor: Ann Lee\naliases:\n"
        + "  - /old\n---\n");
  }

  @Test
  void anEditAFileCannotTakeIsReportedAndTheFileLeftAlone(@TempDir Path site) throws Exception {
    Path a = site.resolve("a.toml.md");
    String text = "+++\ntitle = \"A\"\n+++\n";
    Files.writeString(a, text);
    assertThat(run("set", "--set", "summary=null", a.toString())).isEqualTo(1);
    assertThat(Files.readString(a)).isEqualTo(text);
    assertThat(out()).contains(a + ": not changed: summary: ").contains("TOML has no null")
        .endsWith("0 changed, 0 unchanged, 1 not changed because of errors\n");
  }

  @Test
  void usageErrors() {
    assertThat(run("set", "x.md")).isEqualTo(2);
    assertThat(run("set", "--set", "novalue", "x.md")).isEqualTo(2);
    assertThat(run("set", "--add-tag")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("articles: set needs at least one edit")
        .contains("articles: --set expects KEY=VALUE but found \"novalue\"")
        .contains("articles: --add-tag needs a value");
  }

  @Test
  void theDiffMarksAMissingFinalNewline() {
    assertThat(UnifiedDiff.of("a", "x\ny", "b", "x\nz"))
        .isEqualTo("--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n"
            + "+z\n\\ No newline at end of file\n");
    assertThat(UnifiedDiff.of("a", "same\n", "b", "same\n")).isEmpty();
  }
}
