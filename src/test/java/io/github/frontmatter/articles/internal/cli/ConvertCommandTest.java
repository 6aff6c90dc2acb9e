package io.github.frontmatter.articles.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Format;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
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
  void convertsInPlaceToTomlAndTheValuesComeThrough(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("a.md");
    String yaml = "---\ntitle: \"Hello: world\"\ndate: 2025-02-12T07:02:11+08:00\n"
        + "tags: [ai, 2025]\nparams:\n  x: 1\nweight: 3\n---\n\nBody *text*.\n";
    Files.writeString(f, yaml);
    Article before = Articles.parse(f);

    assertThat(run("convert", "--to", "toml", dir.toString())).isZero();

    Article after = Articles.parse(f);
    assertThat(after.format()).isEqualTo(Format.TOML);
    assertThat(after.frontMatter().values()).isEqualTo(before.frontMatter().values());
    assertThat(after.bodyText()).isEqualTo("\nBody *text*.\n");
    assertThat(Files.readString(f)).startsWith("+++\ntitle = \"Hello: world\"\n"
        + "date = 2025-02-12T07:02:11+08:00\ntags = [\"ai\", 2025]\nweight = 3\n\n[params]\n"
        + "x = 1\n+++\n");
    assertThat(out()).contains(f + ": converted yaml -> toml\n")
        .contains("  note: key order changed")
        .endsWith("1 converted, 0 unchanged, 0 refused\n");
  }

  @Test
  void aNullValueIsRefusedAndTheFileIsLeftAlone(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("n.md");
    String yaml = "---\ntitle: T\nsummary: ~\n---\nbody\n";
    Files.writeString(f, yaml);

    assertThat(run("convert", "--to=toml", f.toString())).isEqualTo(1);

    assertThat(Files.readString(f)).isEqualTo(yaml);
    assertThat(out()).startsWith(f + ":3:10: error: summary: expected a value TOML can hold"
        + " but found null").endsWith("0 converted, 0 unchanged, 1 refused\n");
  }

  @Test
  void dryRunWritesNothingAndSameFormatIsUnchanged(@TempDir Path dir) throws Exception {
    Path yaml = dir.resolve("y.md");
    Path json = dir.resolve("j.md");
    Files.writeString(yaml, "---\ntitle: T\n---\n");
    Files.writeString(json, "{\"title\": \"T\"}\n");

    assertThat(run("convert", "--to", "json", "--dry-run", dir.toString())).isZero();

    assertThat(Files.readString(yaml)).isEqualTo("---\ntitle: T\n---\n");
    assertThat(out()).contains(json + ": unchanged (already json)")
        .contains(yaml + ": would convert yaml -> json")
        .endsWith("1 to convert, 1 unchanged, 0 refused\n");
  }

  @Test
  void aMissingOrWrongTargetIsAUsageError() {
    assertThat(run("convert", "x.md")).isEqualTo(2);
    assertThat(run("convert", "--to", "xml", "x.md")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("articles convert: convert needs --to yaml|toml|json; see articles convert"
            + " --help\narticles convert: --to expects yaml, toml or json but found \"xml\";"
            + " see articles convert --help\n");
  }
}
