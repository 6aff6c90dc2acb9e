package io.github.frontmatter.articles;

import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.Split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The edit fixtures under {@code src/test/resources/edits}: one folder per case, edited through
 * the public withers.
 *
 * <ul>
 *   <li>{@code edited/<case>/in.md} with the edits of {@code edits.txt} applied, in order,
 *       writes exactly the bytes of {@code out.md}; every key not edited reads back as it was,
 *       and PyYAML reads the edited YAML as the original with exactly those edits;
 *   <li>{@code refused/<case>/in.md} is readable, but the first edit of {@code edits.txt} that
 *       cannot be spliced in place is refused with an {@link EditRefusedException}: {@code
 *       expected.txt} holds its location and, on the next line, its message.
 * </ul>
 *
 * <p>An edit is a line {@code with <key> <value>}, the value written as YAML flow text (read
 * as the value of a key {@code v}), or {@code without <key>}. The source name given to the
 * parser is the path relative to the edits folder, so that locations do not depend on the
 * checkout.
 */
class EditFixtureTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One edit: the key, and the value's YAML text (null for a removal). */
  private record Edit(String key, String yaml) {
    Article apply(Article a) {
      return yaml == null ? a.without(key) : a.with(key, value(yaml));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editedCases")
  void editedFixtureWritesExactlyTheExpectedBytes(String name) throws IOException {
    Path dir = edits().resolve(name);
    byte[] in = Files.readAllBytes(dir.resolve("in.md"));
    Article original = Articles.parse(in, name + "/in.md");
    Article edited = original;
    List<Edit> edits = edits(dir);
    for (Edit e : edits) {
      edited = e.apply(edited);
    }

    assertThat(new String(Articles.toBytes(edited), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(dir.resolve("out.md"), StandardCharsets.UTF_8));
    Map<String, Value> expected = new LinkedHashMap<>(original.frontMatter().values());
    for (Edit e : edits) {
      if (e.yaml() == null) {
        expected.remove(e.key());
      } else {
        expected.put(e.key(), value(e.yaml()));
      }
    }
    assertThat(List.copyOf(Articles.parse(Articles.toBytes(edited), name)
        .frontMatter().values().entrySet()))
        .as("the values read back").isEqualTo(List.copyOf(expected.entrySet()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedCases")
  void refusedFixtureIsAnEditRefusedExceptionWithTheExpectedLocationAndMessage(String name)
      throws IOException {
    Path dir = edits().resolve(name);
    Article original = Articles.parse(Files.readAllBytes(dir.resolve("in.md")), name + "/in.md");
    EditRefusedException refused = catchThrowableOfType(EditRefusedException.class, () -> {
      Article a = original;
      for (Edit e : edits(dir)) {
        a = e.apply(a);
      }
    });

    assertThat(refused).as("an edit of %s must be refused", name).isNotNull();
    String expected = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    assertThat(refused.location() + "\n" + refused.getMessage() + "\n").isEqualTo(expected);
    assertThat(refused.getMessage()).contains(refused.reason());
  }

  /** PyYAML, a reader that is not ours, reads every edited YAML fixture as intended. */
  @Test
  void pyYamlReadsEveryEditedYamlFixtureAsTheOriginalWithTheEdits() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    if (!Files.isExecutable(python) || NodeTools.run(Path.of(".").toAbsolutePath(),
        python.toString(), "-c", "import yaml") == null) {
      String why = "PyYAML is missing: apt-get install python3-yaml (for /usr/bin/python3)";
      if ("true".equals(System.getenv("CI"))) {
        fail("EditFixtureTest needs " + why);
      }
      assumeTrue(false, why);
    }
    List<String> names = editedCases().collect(Collectors.toList());
    StringBuilder lines = new StringBuilder();
    int yaml = 0;
    for (int id = 0; id < names.size(); id++) {
      Path dir = edits().resolve(names.get(id));
      String in = Files.readString(dir.resolve("in.md"), StandardCharsets.UTF_8);
      String out = Files.readString(dir.resolve("out.md"), StandardCharsets.UTF_8);
      Split split = Split.of(new SourceText("in.md", in));
      if (split.format() != Format.YAML) {
        continue;
      }
      Split after = Split.of(new SourceText("out.md", out));
      ObjectNode line = JSON.createObjectNode().put("id", id)
          .put("in", in.substring(split.blockStart(), split.blockEnd()))
          .put("out", out.substring(after.blockStart(), after.blockEnd()));
      for (Edit e : edits(dir)) {
        line.withArray("edits").addObject().put("key", e.key()).put("yaml", e.yaml());
      }
      lines.append(JSON.writeValueAsString(line)).append('\n');
      yaml++;
    }
    Path work = Path.of("target", "edit-fixtures").toAbsolutePath();
    Files.createDirectories(work);
    Path script = work.resolve("pyyaml_check.py");
    Files.copy(edits().resolve("pyyaml_check.py"), script,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path input = work.resolve("input.jsonl");
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(python.toString(), script.toString(), input.toString())
        .redirectErrorStream(true).start();
    String answers = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("PyYAML answered").isTrue();
    assertThat(p.exitValue()).as(answers).isZero();
    List<String> wrong = new ArrayList<>();
    int ok = 0;
    for (String a : answers.split("\n")) {
      if (a.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(a);
      if (n.get("ok").asBoolean()) {
        ok++;
      } else {
        wrong.add(names.get(n.get("id").asInt()) + ": " + n.get("why").asString());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(ok).isEqualTo(yaml).isGreaterThanOrEqualTo(10);
  }

  private static List<Edit> edits(Path dir) throws IOException {
    List<Edit> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("edits.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] w = line.split(" ", 3);
      switch (w[0]) {
        case "with" -> out.add(new Edit(w[1], w[2]));
        case "without" -> out.add(new Edit(w[1], null));
        default -> throw new IllegalArgumentException("unknown edit in " + dir + ": " + line);
      }
    }
    assertThat(out).as("edits in " + dir).isNotEmpty();
    return out;
  }

  /** The value of YAML flow text, as our reader reads it. */
  private static Value value(String yaml) {
    return Articles.parse("---\nv: " + yaml + "\n---\n", "edits.txt").frontMatter().values()
        .get("v");
  }

  static Stream<String> editedCases() {
    return cases("edited", "out.md");
  }

  static Stream<String> refusedCases() {
    return cases("refused", "expected.txt");
  }

  private static Stream<String> cases(String kind, String expected) {
    try (Stream<Path> dirs = Files.list(edits().resolve(kind))) {
      List<String> names = dirs.filter(Files::isDirectory)
          .map(d -> kind + "/" + d.getFileName()).sorted().collect(Collectors.toList());
      assertThat(names).as("cases under " + kind).isNotEmpty();
      for (String n : names) {
        for (String file : List.of("in.md", "edits.txt", expected)) {
          assertThat(edits().resolve(n).resolve(file)).as(n).isRegularFile();
        }
      }
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path edits() {
    try {
      return Path.of(EditFixtureTest.class.getResource("/edits").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
