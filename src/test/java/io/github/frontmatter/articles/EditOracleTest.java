package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits checked by readers that are not ours. Over every third file of the corpus, the
 * title and the tags are set and one other key is removed; the edited front matter is then
 * read by PyYAML (Debian's python3-yaml, run with {@code /usr/bin/python3}), smol-toml
 * (npm, installed into {@code target/toml-oracle} as TomlDifferentialTest does) or Jackson,
 * one process per format for all files, and must give exactly the intended values.
 *
 * <p>Like is compared with like: the oracle reads the original front matter too, and the
 * expected value is the oracle's own reading of the original with the three edits applied
 * (the new title and tags, the key removed). So every other key must keep its value as that
 * reader sees it, and the normalisation of types (PyYAML's dates, smol-toml's tagged
 * values) is the same on both sides. A file whose original the oracle refuses is counted and
 * left out: that is a difference between readers, which the differential tests cover.
 */
class EditOracleTest {
  /** Text that needs quoting in YAML and escaping in TOML and JSON. */
  static final String TITLE = "Checked: «another reader» — 'single', \"double\" & #3: yes";
  /** Tags that a careless emitter would let a YAML 1.1 reader take for other types. */
  static final List<String> TAGS =
      List.of("oracle", "yes", "no", "on", "2024-01-01", "1.5", "null", "a: b", "三", "#x");
  private static final String SMOL_TOML = "1.9.1";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One edited file: what the oracle reads before and after, and the edit's keys. */
  private record Case(String name, Format format, String before, String after,
      String titleKey, String tagsKey, String removed) {}

  @Test
  void editedFrontMatterReadsAsIntendedInPyYamlSmolTomlAndJackson() throws Exception {
    List<Shared.Entry> manifest = Shared.manifest();
    List<Case> cases = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    int files = 0;
    // every third file of each format; every JSON file, since the corpus has only three
    Map<Format, Integer> seen = new HashMap<>();
    for (int i = 0; i < manifest.size(); i++) {
      Shared.Entry e = manifest.get(i);
      byte[] bytes = Files.readAllBytes(Shared.corpus().resolve(e.relative()));
      Article a;
      try {
        a = Articles.parse(bytes, e.relative());
      } catch (ArticleException x) {
        skipped.merge("not an article we read (corpus-rejected)", 1, Integer::sum);
        continue;
      }
      if (a.format() == Format.NONE || (seen.merge(a.format(), 1, Integer::sum) % 3 != 1
          && a.format() != Format.JSON)) {
        continue;
      }
      files++;
      List<String> keys = new ArrayList<>(a.frontMatter().values().keySet());
      // the typed withers write to the key as the file spells it (Title stays Title)
      String titleKey = keys.stream().filter(k -> k.equalsIgnoreCase("title")).findFirst()
          .orElse("title");
      String tagsKey = keys.stream().filter(k -> k.equalsIgnoreCase("tags")).findFirst()
          .orElse("tags");
      keys.removeIf(k -> k.equalsIgnoreCase("title") || k.equalsIgnoreCase("tags"));
      String removed = keys.isEmpty() ? null : keys.get((i / 3) % keys.size());
      Article edited;
      try {
        edited = a.withTitle(TITLE).withTags(TAGS);
        if (removed != null) {
          edited = edited.without(removed);
        }
      } catch (IllegalArgumentException | ArticleException x) {
        skipped.merge("edit refused: " + x.getClass().getSimpleName(), 1, Integer::sum);
        continue;
      }
      cases.add(new Case(e.relative(), a.format(), a.frontMatter().text(),
          edited.frontMatter().text(), titleKey, tagsKey, removed));
    }

    Map<Format, List<Case>> byFormat = new LinkedHashMap<>();
    for (Case c : cases) {
      byFormat.computeIfAbsent(c.format, f -> new ArrayList<>()).add(c);
    }
    List<String> mismatches = new ArrayList<>();
    int[] values = new int[1];
    Map<Format, String> lines = new LinkedHashMap<>();
    for (Map.Entry<Format, List<Case>> f : byFormat.entrySet()) {
      List<Case> list = f.getValue();
      List<String> texts = new ArrayList<>();
      for (Case c : list) {
        texts.add(c.before);
        texts.add(c.after);
      }
      List<JsonNode> answers = switch (f.getKey()) {
        case YAML -> ask(pyYaml(), texts, "pyyaml");
        case TOML -> ask(smolToml(), texts, "smol-toml");
        case JSON -> jackson(texts);
        default -> throw new IllegalStateException(f.getKey().toString());
      };
      int compared = 0;
      int refusedOriginal = 0;
      int before = mismatches.size();
      for (int k = 0; k < list.size(); k++) {
        Case c = list.get(k);
        JsonNode original = answers.get(2 * k);
        JsonNode after = answers.get(2 * k + 1);
        if (!original.get("ok").booleanValue()) {
          refusedOriginal++;
          continue;
        }
        if (!after.get("ok").booleanValue()) {
          mismatches.add(c.name + ": the oracle refuses the edited text: "
              + after.get("error").stringValue() + "\n" + c.after);
          continue;
        }
        compared++;
        boolean toml = c.format == Format.TOML;
        // an empty YAML front matter is null to PyYAML, an empty mapping to us and to Hugo
        ObjectNode expected = original.get("v").isNull() ? NODES.objectNode()
            : (ObjectNode) comparable(original.get("v"), toml);
        expected.set(c.titleKey, text(c.format, TITLE));
        ArrayNode tags = NODES.arrayNode();
        TAGS.forEach(t -> tags.add(text(c.format, t)));
        expected.set(c.tagsKey, toml ? NODES.objectNode().set("a", tags) : tags);
        if (c.removed != null) {
          expected.remove(c.removed);
        }
        JsonNode actual = comparable(after.get("v"), toml);
        values[0] += count(expected);
        if (!expected.equals(actual)) {
          mismatches.add(c.name + ": " + difference(expected, actual) + "\n--- edited:\n"
              + c.after);
        }
      }
      lines.put(f.getKey(), String.format("%s: %d files edited, %d compared, %d originals the"
          + " oracle refuses, %d mismatches", f.getKey(), list.size(), compared,
          refusedOriginal, mismatches.size() - before));
    }
    System.out.printf("edit oracle: %d files (every third of each format and every JSON file, of %d), %d edited (3 edits each:"
        + " title, tags, a key removed), %d values compared, %d mismatches; not read %s%n  %s%n",
        files, manifest.size(), cases.size(), values[0], mismatches.size(), skipped,
        String.join("\n  ", lines.values()));
    assertThat(mismatches).as("edits another reader does not read as intended").isEmpty();
    // floors a little under what the corpus gives today
    assertThat(cases.size()).as("files edited").isGreaterThan(900);
    assertThat(byFormat.keySet()).containsExactlyInAnyOrder(Format.YAML, Format.TOML,
        Format.JSON);
    assertThat(values[0]).as("values compared").isGreaterThan(20_000);
  }

  /** The intended value in the oracle's form: plain JSON, or smol-toml's tagged text. */
  private static JsonNode text(Format format, String s) {
    return format == Format.TOML ? NODES.objectNode().put("s", s) : NODES.stringNode(s);
  }

  /**
   * smol-toml's tables are lists of [key, value] pairs, in the file's order; a removed key
   * and a key added at the end change the order, which the edit is free to do, so tables
   * become objects (compared without order). Arrays keep their order.
   */
  private static JsonNode comparable(JsonNode v, boolean toml) {
    if (toml && v.isObject() && v.has("t")) {
      ObjectNode o = NODES.objectNode();
      v.get("t").forEach(pair -> o.set(pair.get(0).stringValue(), comparable(pair.get(1), true)));
      return o;
    }
    if (toml && v.isObject() && v.has("a")) {
      ArrayNode items = NODES.arrayNode();
      v.get("a").forEach(x -> items.add(comparable(x, true)));
      return NODES.objectNode().set("a", items);
    }
    return v.deepCopy();
  }

  private static int count(JsonNode n) {
    int c = 1;
    for (JsonNode child : n) {
      c += count(child);
    }
    return c;
  }

  private static String difference(ObjectNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    for (String k : expected.propertyNames()) {
      if (!actual.has(k)) {
        out.add("missing " + k);
      } else if (!expected.get(k).equals(actual.get(k))) {
        out.add(k + ": expected " + expected.get(k) + ", read " + actual.get(k));
      }
    }
    for (String k : actual.propertyNames()) {
      if (!expected.has(k)) {
        out.add("unexpected " + k + " = " + actual.get(k));
      }
    }
    return String.join("; ", out);
  }

  /** Jackson reads each text, in this JVM: a JSON parser that is not the library's. */
  private static List<JsonNode> jackson(List<String> texts) {
    List<JsonNode> out = new ArrayList<>();
    for (String t : texts) {
      ObjectNode answer = NODES.objectNode();
      try {
        answer.put("ok", true).set("v", JSON.readTree(t));
      } catch (RuntimeException e) {
        answer.put("ok", false).put("error", e.getMessage());
      }
      out.add(answer);
    }
    return out;
  }

  /** Runs one oracle process over every text (JSON lines in, JSON lines out), in order. */
  private static List<JsonNode> ask(List<String> command, List<String> texts, String name)
      throws Exception {
    Path dir = Path.of("target", "edit-oracle").toAbsolutePath();
    Files.createDirectories(dir);
    Path input = dir.resolve(name + "-input.jsonl");
    Path output = dir.resolve(name + "-output.jsonl");
    Path errors = dir.resolve(name + "-stderr.txt");
    StringBuilder lines = new StringBuilder();
    for (int id = 0; id < texts.size(); id++) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", id);
      line.put("text", texts.get(id));
      line.put("toml", texts.get(id)); // the name oracle.mjs reads
      lines.append(JSON.writeValueAsString(line)).append('\n');
    }
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    List<String> full = new ArrayList<>(command);
    full.add(input.toString());
    Process p = new ProcessBuilder(full).redirectOutput(output.toFile())
        .redirectError(errors.toFile()).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail(name + " did not answer within 5 minutes");
    }
    assertThat(p.exitValue()).as(name + " exit status; stderr: " + Files.readString(errors))
        .isZero();
    Map<Integer, JsonNode> byId = new HashMap<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode answer = JSON.readTree(line);
        byId.put(answer.get("id").intValue(), answer);
      }
    }
    List<JsonNode> out = new ArrayList<>();
    for (int id = 0; id < texts.size(); id++) {
      assertThat(byId).as(name + " answered text " + id).containsKey(id);
      out.add(byId.get(id));
    }
    return out;
  }

  /** PyYAML under Debian's python3: skipped locally without it, a failure on CI. */
  private static List<String> pyYaml() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    String version = Files.isExecutable(python)
        ? NodeTools.run(Path.of(".").toAbsolutePath(), python.toString(), "-c",
            "import yaml; print(yaml.__version__)")
        : null;
    if (version == null) {
      String why = "PyYAML is missing: apt-get install python3-yaml (for /usr/bin/python3)";
      if ("true".equals(System.getenv("CI"))) {
        fail("the edit oracle test needs " + why);
      }
      System.out.println("EditOracleTest skipped: " + why);
      assumeTrue(false, why);
    }
    Path script = Path.of("target", "edit-oracle").toAbsolutePath().resolve("pyyaml_oracle.py");
    copy("/edit-oracle/pyyaml_oracle.py", script);
    return List.of(python.toString(), script.toString());
  }

  /** smol-toml, installed as TomlDifferentialTest installs it, with its oracle script. */
  private static List<String> smolToml() throws Exception {
    Path dir = Path.of("target", "toml-oracle").toAbsolutePath();
    Files.createDirectories(dir);
    if (NodeTools.run(dir, "node", "--version") == null) {
      NodeTools.unavailable("the edit oracle test", "node is not installed");
    }
    Path installed = dir.resolve("node_modules/smol-toml/package.json");
    if (!Files.exists(installed) || !JSON.readTree(Files.readString(installed)).get("version")
        .stringValue().equals(SMOL_TOML)) {
      String npm = NodeTools.run(dir, "npm", "install", "--prefix", dir.toString(),
          "smol-toml@" + SMOL_TOML, "--no-audit", "--no-fund");
      if (npm == null || !Files.exists(installed)) {
        NodeTools.unavailable("the edit oracle test",
            "npm could not install smol-toml@" + SMOL_TOML + " into " + dir);
      }
    }
    Path script = dir.resolve("edit-oracle.mjs");
    copy("/toml-oracle/oracle.mjs", script);
    return List.of("node", script.toString());
  }

  private static void copy(String resource, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = EditOracleTest.class.getResourceAsStream(resource)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
