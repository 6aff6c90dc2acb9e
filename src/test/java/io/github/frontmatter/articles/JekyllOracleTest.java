package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Compares what Jekyll itself reads (Debian's jekyll 4.3.1, which loads front matter with
 * Ruby's {@code Psych.safe_load}; .ci/run installs it) with what {@link Profile#JEKYLL} reads,
 * for every fixture under {@code profiles/rules} that JEKYLL reads as YAML front matter:
 * every value (YAML 1.1 booleans, integers, base 60, dates, the last of a repeated key), as
 * Liquid's {@code jsonify} prints it, and every date as an instant with its offset.
 *
 * <p>The throw-away site puts each fixture in {@code _posts/} and one page that prints, for
 * each post, each key the library read. Jekyll sets {@code draft} itself (from the folder),
 * and a post's {@code date} is its file name's unless the front matter has one, so {@code
 * draft} is not compared and {@code date} only when the file has it.
 */
class JekyllOracleTest {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

  @Test
  void jekyllAndTheLibraryReadTheSameValues() throws Exception {
    assumeJekyll();
    Path site = Path.of("target/jekyll-oracle").toAbsolutePath();
    deleteTree(site);
    Files.createDirectories(site.resolve("_posts"));
    Files.writeString(site.resolve("_config.yml"), "title: oracle\ntimezone: UTC\n");
    ArticleParser jekyll = ArticleParser.builder().profile(Profile.JEKYLL).build();
    Map<String, Map<String, Value>> ours = new LinkedHashMap<>();
    Map<String, ArticleDate> dates = new LinkedHashMap<>();
    TreeSet<String> keys = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(ProfileRulesFixtureTest.root())) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(dir.resolve("in.md"));
        ParseResult r = jekyll.read(bytes, dir.getFileName().toString());
        if (r.article().isEmpty() || r.article().get().format() != Format.YAML) {
          continue;
        }
        String post = "_posts/2020-01-01-" + dir.getFileName() + ".md";
        Files.write(site.resolve(post), bytes);
        ours.put(post, r.article().get().frontMatter().values());
        r.article().get().frontMatter().date().ifPresent(d -> dates.put(post, d));
        keys.addAll(r.article().get().frontMatter().values().keySet());
      }
    }
    assertThat(ours).hasSizeGreaterThan(5);
    StringBuilder page = new StringBuilder("---\nlayout: null\n---\n[{% for p in site.posts %}"
        + "{% unless forloop.first %},{% endunless %}{\"path\": {{ p.path | jsonify }}");
    for (String k : keys) {
      page.append(", \"").append(k).append("\": {{ p[\"").append(k).append("\"] | jsonify }}")
          .append(", \"").append(k).append("@date\": {{ p[\"").append(k)
          .append("\"] | date: \"%Y-%m-%dT%H:%M:%S%:z\" | jsonify }}");
    }
    page.append("}{% endfor %}]\n");
    Files.writeString(site.resolve("dump.json"), page.toString());

    Process p = new ProcessBuilder("jekyll", "build", "--quiet", "--unpublished", "--source",
        site.toString(), "--destination", site.resolve("_site").toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("jekyll build: " + log).isZero();

    JsonNode posts = new ObjectMapper().readTree(
        Files.readString(site.resolve("_site/dump.json")));
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (JsonNode post : posts) {
      Map<String, Value> values = ours.get(post.get("path").asString());
      assertThat(values).as(post.get("path").asString()).isNotNull();
      for (Map.Entry<String, Value> e : values.entrySet()) {
        String key = e.getKey();
        if (key.equals("draft")) {
          continue; // Jekyll's own: a post in _posts is not a draft
        }
        String path = post.get("path").asString();
        // Jekyll types a post's date itself (Time.parse of the value, document.rb:468-475):
        // compared with the library's typed date
        Value value = key.equals("date") && dates.containsKey(path)
            ? new Value.Date(dates.get(path)) : e.getValue();
        String theirs = value instanceof Value.Date
            ? post.get(key + "@date").toString() : post.get(key).toString();
        String mine = json(value);
        compared++;
        if (!theirs.equals(mine)) {
          differences.add(post.get("path").asString() + " " + key + ": Jekyll " + theirs
              + ", library " + mine);
        }
      }
    }
    assertThat(differences).isEmpty();
    assertThat(compared).isGreaterThan(20);
  }

  /** A value as Liquid's jsonify prints it; a date as the page's date format does. */
  private static String json(Value v) {
    if (v instanceof Value.Date d) {
      return "\"" + d.value().localDateTime().atOffset(
          d.value().offset().orElse(java.time.ZoneOffset.UTC)).format(WHEN) + "\"";
    }
    if (v instanceof Value.Text t) {
      return new ObjectMapper().writeValueAsString(t.value());
    }
    if (v instanceof Value.Int i) {
      return i.value().toString();
    }
    if (v instanceof Value.Decimal d) {
      return Double.toString(d.value());
    }
    if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    if (v instanceof Value.Null) {
      return "null";
    }
    if (v instanceof Value.Sequence s) {
      return s.items().stream().map(JekyllOracleTest::json)
          .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
    return ((Value.Mapping) v).entries().entrySet().stream()
        .map(e -> json(new Value.Text(e.getKey())) + ":" + json(e.getValue()))
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
  }

  private static void assumeJekyll() {
    boolean ok;
    try {
      Process p = new ProcessBuilder("jekyll", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      ok = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      ok = false;
    }
    if (!ok && "true".equals(System.getenv("CI"))) {
      fail("jekyll is not installed on CI; .ci/run installs Debian's jekyll package");
    }
    if (!ok) {
      System.out.println("JekyllOracleTest skipped: jekyll is not installed");
    }
    assumeTrue(ok, "jekyll is not installed; JekyllOracleTest skipped");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
