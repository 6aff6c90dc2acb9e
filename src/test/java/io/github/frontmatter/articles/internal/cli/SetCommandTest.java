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
        .contains("articles set: set needs at least one edit")
        .contains("articles set: --set expects KEY=VALUE but found \"novalue\"; see articles"
            + " set --help\n")
        .contains("articles set: --add-tag needs a value; see articles set --help\n")
        .hasLineCount(3);
  }

  /**
   * {@code --write-mode}: auto (the default) and in-place write through a hard link, so both
   * names see the edit and the inode stays; replace refuses the linked file, naming the
   * option that would save it, and leaves it as it was.
   */
  @Test
  void writeModeChoosesHowEachFileIsSaved(@TempDir Path site) throws Exception {
    String text = "---\ntitle: A\n---\nBody\n";
    for (String mode : new String[] {null, "auto", "in-place", "IN_PLACE"}) {
      Path a = Files.writeString(site.resolve("a.md"), text);
      Path other = Files.createLink(site.resolve("other-name.md"), a);
      Object inode = Files.getAttribute(a, "unix:ino");
      out.reset();
      int status = mode == null ? run("set", "--set", "draft=true", a.toString())
          : run("set", "--write-mode", mode, "--set", "draft=true", a.toString());
      assertThat(status).as(mode).isZero();
      assertThat(Files.readString(other)).as(mode).isEqualTo("---\ntitle: A\ndraft: true\n"
          + "---\nBody\n");
      assertThat(Files.getAttribute(a, "unix:ino")).as(mode).isEqualTo(inode);
      Files.delete(other);
    }

    Path a = Files.writeString(site.resolve("a.md"), text);
    Path other = Files.createLink(site.resolve("other-name.md"), a);
    out.reset();
    assertThat(run("set", "--write-mode=replace", "--set", "draft=true", a.toString()))
        .isEqualTo(2);
    assertThat(Files.readString(a)).isEqualTo(text);
    assertThat(Files.readString(other)).isEqualTo(text);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("articles: " + a + ": the file"
        + " has 2 names (hard links); replacing it would leave the other names with the old"
        + " content. Write it with --write-mode in-place or auto, which write into it\n");
    assertThat(out()).isEqualTo("0 changed, 0 unchanged, 1 not changed because of errors\n");
  }

  @Test
  void replaceGivesTheFileANewInodeAndConvertTakesTheOptionToo(@TempDir Path site)
      throws Exception {
    Path a = Files.writeString(site.resolve("a.md"), "---\ntitle: A\n---\n");
    Object inode = Files.getAttribute(a, "unix:ino");
    assertThat(run("set", "--write-mode", "replace", "--set", "draft=true", a.toString()))
        .isZero();
    assertThat(Files.getAttribute(a, "unix:ino")).isNotEqualTo(inode);

    inode = Files.getAttribute(a, "unix:ino");
    assertThat(run("convert", "--to", "toml", "--write-mode", "in-place", a.toString()))
        .isZero();
    assertThat(Files.readString(a)).isEqualTo("+++\ntitle = \"A\"\ndraft = true\n+++\n");
    assertThat(Files.getAttribute(a, "unix:ino")).as("written in place").isEqualTo(inode);

    Files.createLink(site.resolve("b.md"), a);
    out.reset();
    assertThat(run("convert", "--to", "yaml", "--write-mode", "replace", a.toString()))
        .isEqualTo(2);
    assertThat(out()).as("a failed save is counted apart").isEqualTo(
        "0 converted, 0 unchanged, 0 refused, 1 not written\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(a + ": the file has 2 names");
  }

  @Test
  void aWriteModeThatDoesNotExistIsAUsageError() {
    assertThat(run("set", "--write-mode", "atomic", "--set", "a=1", "x.md")).isEqualTo(2);
    assertThat(run("convert", "--to", "yaml", "--write-mode=inplace", "x.md")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("articles set: --write-mode expects auto, replace or in-place but found"
            + " \"atomic\"; see articles set --help\n"
            + "articles convert: --write-mode expects auto, replace or in-place but found"
            + " \"inplace\"; see articles convert --help\n");
  }

  @Test
  void theDiffMarksAMissingFinalNewline() {
    assertThat(UnifiedDiff.of("a", "x\ny", "b", "x\nz"))
        .isEqualTo("--- a\n+++ b\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n"
            + "+z\n\\ No newline at end of file\n");
    assertThat(UnifiedDiff.of("a", "same\n", "b", "same\n")).isEmpty();
  }
}
