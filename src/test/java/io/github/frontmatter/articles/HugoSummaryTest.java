package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Compares {@link Article#excerpt()} and {@link Article#excerpt(int)} with the summary Hugo
 * itself computes (Debian's hugo 0.111.3, installed by .ci/run; skipped locally without it,
 * failing on CI), file by file.
 *
 * <p>The test builds two throw-away sites under {@code target/hugo-summary/}, both with
 * {@code hasCJKLanguage = true}: one with {@code summaryLength = 70} (Hugo's default, compared
 * with {@code excerpt()}) and one with {@code summaryLength = 20} (compared with {@code
 * excerpt(20)}). Their content is the example articles in {@code examples/articles/} and the
 * fixtures in {@code src/test/resources/summaries/}, copied byte for byte. A layout writes each
 * page's {@code .Summary}, {@code .Truncated} and {@code .Plain} as JSON ({@code jsonify})
 * into the built site; the expected values are read from there and nowhere else.
 *
 * <p>Hugo's summary is HTML when it comes from the divider or the front matter, and HTML-ish
 * text (entities still encoded) when it is automatic; the library's {@link Excerpt#text()} is
 * plain text. So the library's text is first escaped as HTML text ({@code &}, {@code <},
 * {@code >}), and then both sides go through the same normalisation: tags removed (a closing
 * {@code </p>} and a {@code <br>} read as a space), HTML entities decoded, every run of
 * whitespace (no-break spaces included) made one space, ends trimmed. The normalised texts
 * must be equal, and {@link Excerpt#truncated()} must equal {@code .Truncated}.
 *
 * <p>Differences that cannot be fixed are listed in {@link #KNOWN} with their reason (and in
 * docs/hugo.md (summaries)); the test fails on any other difference, and also when a known
 * one disappears, so that the list stays true.
 */
class HugoSummaryTest {
  private static final Path FIXTURES = Path.of("src/test/resources/summaries");
  private static final Path EXAMPLES = Path.of("examples/articles");

  /** Known differences: "length:site path" to the reason. None at present. */
  private static final Map<String, String> KNOWN = Map.of();

  private static final String CONFIG = """
      baseURL = "https://example.org/"
      title = "summaries"
      hasCJKLanguage = true
      summaryLength = %d
      disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
      """;

  /** One JSON object per regular page, written into the built site. */
  private static final String SINGLE_LAYOUT = "{{ dict \"path\" .File.Path \"summary\" .Summary"
      + " \"truncated\" .Truncated \"plain\" .Plain | jsonify }}\n";

  @Test
  void excerptsAgreeWithHugo() throws Exception {
    String version = assumeHugo();
    Map<String, Path> sources = new TreeMap<>();
    addMarkdown(sources, EXAMPLES, "examples/");
    addMarkdown(sources, FIXTURES, "summaries/");
    assertThat(sources.keySet()).as("fixtures").filteredOn(p -> p.startsWith("summaries/"))
        .hasSizeBetween(8, 12);

    Map<String, List<String>> differences = new TreeMap<>();
    Set<Excerpt.Source> sourcesSeen = EnumSet.noneOf(Excerpt.Source.class);
    Set<Boolean> truncatedSeen = new HashSet<>();
    int compared = 0;
    for (int words : new int[] {70, 20}) {
      Map<String, JsonNode> hugo = buildSite(words, sources);
      assertThat(hugo.keySet()).as("pages Hugo wrote with summaryLength = %d", words)
          .containsExactlyInAnyOrderElementsOf(sources.keySet());
      for (Map.Entry<String, Path> e : sources.entrySet()) {
        Article article = Articles.parse(e.getValue());
        Excerpt ours = words == 70 ? article.excerpt() : article.excerpt(words);
        JsonNode page = hugo.get(e.getKey());
        String expected = normalise(page.get("summary").asString());
        String actual = normalise(escapeHtml(ours.text()));
        boolean hugoTruncated = page.get("truncated").asBoolean();
        List<String> diffs = new ArrayList<>();
        if (!expected.equals(actual)) {
          diffs.add("text: hugo \"" + expected + "\" library \"" + actual + "\"");
        }
        if (hugoTruncated != ours.truncated()) {
          diffs.add("truncated: hugo " + hugoTruncated + " library " + ours.truncated());
        }
        if (!diffs.isEmpty()) {
          diffs.add("(source " + ours.source() + "; hugo's plain text: \""
              + page.get("plain").asString() + "\")");
          differences.put(words + ":" + e.getKey(), diffs);
        }
        sourcesSeen.add(ours.source());
        truncatedSeen.add(ours.truncated());
        compared++;
      }
    }

    System.out.printf("hugo summaries (%s): %d files compared (%d articles x 2 lengths),"
        + " %d differ, %d known%n", version, compared, sources.size(), differences.size(),
        KNOWN.size());
    differences.forEach((k, v) -> System.out.println("  " + k + ": " + String.join("; ", v)));
    assertThat(compared).isEqualTo(2 * sources.size());
    assertThat(sourcesSeen).as("summary sources the fixtures cover")
        .containsExactlyInAnyOrder(Excerpt.Source.values());
    assertThat(truncatedSeen).as("truncated values the fixtures cover").containsExactlyInAnyOrder(
        true, false);
    assertThat(differences.keySet())
        .as("files where Hugo and the library differ (known: %s)", KNOWN)
        .containsExactlyInAnyOrderElementsOf(KNOWN.keySet());
  }

  /**
   * The normalisation applied to both sides: tags removed ({@code </p>} and {@code <br>} read
   * as a space), entities decoded, whitespace runs made one space, ends trimmed.
   */
  static String normalise(String html) {
    String s = html.replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("(?i)</p>|<br\\s*/?>", " ")
        .replaceAll("</?[A-Za-z][^>]*>", "");
    s = Escaping.unescapeHtml(s);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  /** Plain text as HTML text: the three characters that would read as markup, escaped. */
  static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  @Test
  void normalisationTreatsBothSidesAlike() {
    assertThat(normalise("<p>A <em>b</em>&nbsp;&amp;\n c</p>\n<p>d&rsquo;s</p>"))
        .isEqualTo("A b & c d\u2019s");
    assertThat(normalise(escapeHtml("A b\u00a0& c\nd\u2019s"))).isEqualTo("A b & c d\u2019s");
    assertThat(normalise(escapeHtml("x <b> y"))).isEqualTo("x <b> y");
  }

  private static void addMarkdown(Map<String, Path> into, Path dir, String sitePrefix)
      throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".md")).toList()) {
        into.put(sitePrefix + p.getFileName(), p);
      }
    }
  }

  /** Builds a site with the given summary length; returns each page's JSON by content path. */
  private static Map<String, JsonNode> buildSite(int words, Map<String, Path> sources)
      throws Exception {
    Path site = Path.of("target/hugo-summary/site-" + words).toAbsolutePath();
    deleteTree(site);
    Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(site.resolve("config.toml"), CONFIG.formatted(words));
    Files.writeString(site.resolve("layouts/_default/single.html"), SINGLE_LAYOUT);
    Files.writeString(site.resolve("layouts/_default/list.html"), "");
    Files.writeString(site.resolve("layouts/index.html"), "");
    for (Map.Entry<String, Path> e : sources.entrySet()) {
      Path target = site.resolve("content").resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.copy(e.getValue(), target);
    }
    Process p = new ProcessBuilder("hugo", "--source", site.toString(), "--destination",
        site.resolve("public").toString(), "--buildDrafts", "--buildFuture", "--buildExpired")
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("hugo finished").isTrue();
    assertThat(p.exitValue()).as("hugo exit code; output:%n%s", log).isZero();

    Map<String, JsonNode> pages = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> s = Files.walk(site.resolve("public"))) {
      for (Path f : s.filter(f -> f.getFileName().toString().equals("index.html")).toList()) {
        String text = Files.readString(f).strip();
        if (text.isEmpty()) {
          continue; // a list page
        }
        JsonNode page = json.readTree(text);
        String path = page.get("path").asString().replace('\\', '/');
        assertThat(pages.put(path, page)).as("pages written for " + path).isNull();
      }
    }
    return pages;
  }

  /** Skips without hugo, fails on CI without it; returns its version line. */
  private static String assumeHugo() {
    String version = null;
    try {
      Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
        version = out;
      }
    } catch (IOException e) {
      version = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (version == null && "true".equals(System.getenv("CI"))) {
      fail("hugo is not installed on CI; .ci/run installs Debian's hugo package");
    }
    assumeTrue(version != null, "hugo is not installed (apt-get install hugo); summaries skipped");
    return version;
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
