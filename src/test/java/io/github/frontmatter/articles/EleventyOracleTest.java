package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Compares what Eleventy itself reads ({@code @11ty/eleventy}, installed with npm into
 * {@code target/eleventy-oracle}) with what {@link Profile#ELEVENTY} reads, for every fixture
 * under {@code profiles/rules}: a file the library reads without an error of reading is built
 * by Eleventy, and each value Eleventy's data cascade holds for a key the library read is
 * compared (as {@code JSON.stringify} prints it; dates as instants); a file the library
 * refuses, or reads with an error of reading (a fence, a repeated YAML key, a date Eleventy
 * refuses), makes Eleventy's build fail too, alone in a site of its own.
 */
class EleventyOracleTest {
  private static final String ELEVENTY = "3.1.2";

  /**
   * Differences on purpose (docs/profiles.md): js-yaml turns a timestamp naming a day that
   * does not exist into the day it overflows to ({@code 2013-02-30} is 2 March); the library
   * keeps the text, and a date field reports it ({@code date-invalid}).
   */
  private static final Map<String, String> KNOWN = Map.of(
      "./src/yaml11-more.md", "no_such_day");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  @Test
  void eleventyAndTheLibraryReadTheSameFrontMatter() throws Exception {
    Path cmd = eleventy();
    ArticleParser parser = ArticleParser.builder().profile(Profile.ELEVENTY).build();
    Path site = fresh(Path.of("target/eleventy-oracle/site").toAbsolutePath());
    Map<String, Map<String, Value>> ours = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(ProfileRulesFixtureTest.root())) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        String name = dir.getFileName().toString();
        byte[] bytes = Files.readAllBytes(dir.resolve("in.md"));
        ParseResult r = parser.read(bytes, name);
        boolean readingError = r.problems().stream().anyMatch(p ->
            p.severity() == Problem.Severity.ERROR
                && ProfileRulesFixtureTest.READING_RULES.contains(p.rule()));
        if (r.article().isEmpty() || readingError) {
          refused.add(name);
          continue;
        }
        Files.write(site.resolve("src/" + name + ".md"), bytes);
        ours.put("./src/" + name + ".md", r.article().get().frontMatter().values());
        keys.addAll(r.article().get().frontMatter().values().keySet());
      }
    }
    assertThat(ours).hasSizeGreaterThan(5);
    assertThat(refused).isNotEmpty();

    writeDump(site, keys);
    assertThat(build(cmd, site)).as("eleventy builds the files the library reads").isTrue();
    JsonNode items = JSON.readTree(Files.readString(site.resolve("_site/dump.json")));
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (JsonNode item : items) {
      String path = item.get("path").asString();
      Map<String, Value> values = ours.remove(path);
      assertThat(values).as(path).isNotNull();
      JsonNode data = item.get("data");
      assertThat(names(data)).as(path).isEqualTo(new TreeSet<>(values.keySet()));
      for (Map.Entry<String, Value> e : values.entrySet()) {
        String theirs = data.get(e.getKey()).toString();
        String mine = json(e.getValue());
        compared++;
        if (e.getKey().equals(KNOWN.get(path))) {
          assertThat(theirs).as("a known difference that is no longer one").isNotEqualTo(mine);
          continue;
        }
        if (!theirs.equals(mine)) {
          differences.add(path + " " + e.getKey() + ": Eleventy " + theirs + ", library " + mine);
        }
      }
    }
    assertThat(ours).as("files Eleventy did not list").isEmpty();
    assertThat(differences).isEmpty();
    assertThat(compared).isGreaterThan(10);

    for (String name : refused) {
      Path alone = fresh(Path.of("target/eleventy-oracle/refused-" + name).toAbsolutePath());
      Files.copy(ProfileRulesFixtureTest.root().resolve(name + "/in.md"),
          alone.resolve("src/" + name + ".md"));
      writeDump(alone, keys);
      assertThat(build(cmd, alone)).as("eleventy refuses " + name + " as the library does")
          .isFalse();
    }
  }

  private static TreeSet<String> names(JsonNode data) {
    TreeSet<String> out = new TreeSet<>();
    data.propertyNames().forEach(out::add);
    return out;
  }

  /** A value as JSON.stringify prints what js-yaml or JSON.parse made of it. */
  private static String json(Value v) {
    if (v instanceof Value.Date d) {
      return "\"" + d.value().toInstant(ZoneOffset.UTC).atOffset(ZoneOffset.UTC).format(INSTANT)
          + "\"";
    }
    if (v instanceof Value.Text t) {
      return JSON.writeValueAsString(t.value());
    }
    if (v instanceof Value.Int i) {
      return i.value().toString();
    }
    if (v instanceof Value.Decimal d) {
      double x = d.value();
      return x == Math.rint(x) && Math.abs(x) < 1e21 ? Long.toString((long) x)
          : Double.toString(x);
    }
    if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof Value.Null) {
      return "null";
    }
    if (v instanceof Value.Sequence s) {
      return s.items().stream().map(EleventyOracleTest::json)
          .collect(Collectors.joining(",", "[", "]"));
    }
    return ((Value.Mapping) v).entries().entrySet().stream()
        .map(e -> json(new Value.Text(e.getKey())) + ":" + json(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** A template that prints each file's front-matter keys as Eleventy's data holds them. */
  private static void writeDump(Path site, TreeSet<String> keys) throws IOException {
    Files.writeString(site.resolve("keys.json"), JSON.writeValueAsString(keys));
    Files.writeString(site.resolve("src/dump.11ty.cjs"), String.join("\n",
        "const keys = require('../keys.json');",
        "module.exports = class {",
        "  data() { return { permalink: '/dump.json', eleventyExcludeFromCollections: true }; }",
        "  render(data) {",
        "    return JSON.stringify(data.collections.all.map(item => {",
        "      const out = {};",
        "      for (const k of keys) {",
        "        if (Object.prototype.hasOwnProperty.call(item.data, k)) out[k] = item.data[k];",
        "      }",
        "      return { path: item.inputPath, data: out };",
        "    }));",
        "  }",
        "};", ""));
  }

  private static boolean build(Path cmd, Path site) throws InterruptedException {
    return NodeTools.run(site, "node", cmd.toString(), "--input=src", "--output=_site",
        "--quiet") != null;
  }

  private static Path fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir.resolve("src"));
    return dir;
  }

  /** Installs Eleventy into target/eleventy-oracle unless it is there; its command. */
  private static Path eleventy() throws IOException, InterruptedException {
    Path dir = Path.of("target", "eleventy-oracle").toAbsolutePath();
    Files.createDirectories(dir);
    if (NodeTools.run(dir, "node", "--version") == null) {
      NodeTools.unavailable("the Eleventy oracle", "node is not installed");
    }
    Path installed = dir.resolve("node_modules/@11ty/eleventy/package.json");
    if (!Files.exists(installed) || !version(installed).equals(ELEVENTY)) {
      String npm = NodeTools.run(dir, "npm", "install", "--prefix", dir.toString(),
          "@11ty/eleventy@" + ELEVENTY, "--no-audit", "--no-fund");
      if (npm == null || !Files.exists(installed)) {
        NodeTools.unavailable("the Eleventy oracle", "npm could not install @11ty/eleventy@"
            + ELEVENTY + " into " + dir + (npm == null ? " (npm missing or failed)" : ""));
      }
    }
    assertThat(version(installed)).isEqualTo(ELEVENTY);
    return dir.resolve("node_modules/@11ty/eleventy/cmd.cjs");
  }

  private static String version(Path packageJson) throws IOException {
    try (InputStream in = Files.newInputStream(packageJson)) {
      return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .get("version").asString();
    }
  }
}
