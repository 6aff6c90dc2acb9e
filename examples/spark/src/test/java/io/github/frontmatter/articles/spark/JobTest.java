package io.github.frontmatter.articles.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.spark.ArticleRows.Validation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.AnalysisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The job's main path in this JVM, on a copy of a small subset of the corpus. */
class JobTest {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Test
  void writesJsonLinesAndPrintsTheSummary(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("in");
    List<String> names = Corpus.copySubset(in);
    Path out = tmp.resolve("out");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ArticlesJob.run(LocalSpark.session(), ArticlesJob.Options.parse(new String[] {
        in.toString(), out.toString(), "--format", "jsonl", "--summary"}),
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    Map<String, JsonNode> lines = new HashMap<>();
    List<Path> parts;
    try (Stream<Path> files = Files.list(out)) {
      parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
    }
    assertThat(parts).isNotEmpty();
    for (Path part : parts) {
      for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        JsonNode row = JSON.readTree(line);
        assertThat(lines.put(row.get("path").asString(), row)).as("one line per file").isNull();
      }
    }
    TreeSet<String> expected = new TreeSet<>();
    names.forEach(n -> expected.add(in.resolve(n).toString()));
    assertThat(new TreeSet<>(lines.keySet())).isEqualTo(expected);

    int rejected = 0;
    for (String name : names) {
      Path file = in.resolve(name);
      JsonNode row = lines.get(file.toString());
      CorpusTableTest.Direct direct = CorpusTableTest.Direct.read(file);
      assertThat(row.get("rejected").asBoolean()).as(name).isEqualTo(direct.rejected());
      List<String> rules = new ArrayList<>();
      row.get("problems").forEach(p -> rules.add(p.get("rule").asString()));
      assertThat(rules).as(name)
          .isEqualTo(direct.problems().stream().map(p -> p.rule()).toList());
      rejected += direct.rejected() ? 1 : 0;
    }
    assertThat(rejected).isGreaterThanOrEqualTo(3);
    String summary = printed.toString(StandardCharsets.UTF_8);
    assertThat(summary).startsWith(names.size() + " files, " + rejected + " rejected")
        .contains("severity", "encoding", "(all)");
  }

  @Test
  void refusesToOverwriteUnlessAsked(@TempDir Path tmp) throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("a.md"), "---\ntitle: A\n---\nOne two.\n");
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ArticlesJob.run(LocalSpark.session(),
        ArticlesJob.Options.parse(new String[] {in.toString(), out.toString()}), quiet))
        .isInstanceOf(AnalysisException.class).hasMessageContaining("already exists");
    ArticlesJob.run(LocalSpark.session(), ArticlesJob.Options.parse(
        new String[] {in.toString(), out.toString(), "--overwrite"}), quiet);
    assertThat(LocalSpark.session().read().parquet(out.toString()).select("title")
        .first().getString(0)).isEqualTo("A");
  }

  @Test
  void parsesTheCommandLine() {
    ArticlesJob.Options o = ArticlesJob.Options.parse(new String[] {
        "in", "--summary", "out", "--format", "jsonl", "--filter", "*.txt",
        "--validation", "schema", "--overwrite", "--versions"});
    assertThat(o).isEqualTo(new ArticlesJob.Options("in", "out", "jsonl", true, "*.txt",
        Validation.BUILT_IN_SCHEMA, true, true));
    ArticlesJob.Options d = ArticlesJob.Options.parse(new String[] {"in", "out"});
    assertThat(d.format()).isEqualTo("parquet");
    assertThat(d.filter()).isEqualTo("*.{md,markdown}");
    assertThat(d.validation()).isEqualTo(Validation.BUILT_IN_RULES);
    assertThatThrownBy(() -> ArticlesJob.Options.parse(new String[] {"in"}))
        .hasMessageContaining("expected INPUT and OUTPUT");
    assertThatThrownBy(() -> ArticlesJob.Options.parse(new String[] {"a", "b", "--format",
        "csv"})).hasMessageContaining("expected parquet or jsonl but found \"csv\"");
    assertThatThrownBy(() -> ArticlesJob.Options.parse(new String[] {"a", "b", "--format"}))
        .hasMessageContaining("--format needs a value");
    assertThatThrownBy(() -> ArticlesJob.Options.parse(new String[] {"a", "b", "--fast"}))
        .hasMessageContaining("unknown option --fast");
  }
}
