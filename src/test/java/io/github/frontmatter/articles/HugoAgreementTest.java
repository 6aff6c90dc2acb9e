package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares, file by file, what Hugo itself (Debian's hugo 0.111.3, installed by .ci/run)
 * reads from the corpus's Hugo content with what the library reads: title, date, draft,
 * publishDate, expiryDate and slug, as {@code hugo list all} prints them.
 *
 * <p>The throw-away site gets each file's front matter byte for byte; in the body, shortcode
 * openers are defused ({@code {{<} becomes <code>{ {<</code>) because the site has none of
 * the themes' shortcode templates and Hugo refuses to build without them. Only front matter
 * is compared, so the body does not matter. Known differences are listed in docs/hugo.md
 * and in {@link #KNOWN}; any other difference fails the test.
 */
class HugoAgreementTest {
  /** Corpus sources that are Hugo sites, and the folder of each that holds its content. */
  private static final Map<String, String> HUGO_CONTENT = Map.of(
      "gohugoio-hugoDocs", "content/",
      "vimux-mainroad", "exampleSite/content/",
      "cloudwego-io", "content/zh/",
      "sofastack-tech", "content/zh/",
      "gohugoio-hugo", "create/skeletons/");

  /** Differences explained in docs/hugo.md: path -> field. */
  private static final Map<String, String> KNOWN = Map.of();

  @Test
  void hugoAndTheLibraryReadTheSameFrontMatter() throws Exception {
    assumeHugo();
    Path site = Path.of("target/hugo-agreement").toAbsolutePath();
    deleteTree(site);
    Files.createDirectories(site.resolve("content"));
    Files.writeString(site.resolve("config.toml"),
        "baseURL = \"https://example.org/\"\ntitle = \"corpus\"\n");
    Map<String, Article> bySitePath = new HashMap<>();
    for (Shared.Entry e : Shared.manifest()) {
      String prefix = HUGO_CONTENT.get(e.source());
      if (prefix == null || !e.path().startsWith(prefix)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(Shared.corpus().resolve(e.relative()));
      Article a;
      try {
        a = Articles.parse(bytes, e.relative());
      } catch (ArticleException rejected) {
        continue; // pinned in corpus-rejected.tsv; not part of this comparison
      }
      String sitePath = "content/" + e.source() + "/" + e.path().substring(prefix.length());
      Path target = site.resolve(sitePath);
      Files.createDirectories(target.getParent());
      String text = a.text();
      int bodyStart = text.length() - a.bodyText().length();
      String defused = text.substring(0, bodyStart)
          + a.bodyText().replace("{{<", "{ {<").replace("{{%", "{ {%");
      Files.writeString(target, (a.hasByteOrderMark() ? "\uFEFF" : "") + defused,
          StandardCharsets.UTF_8);
      bySitePath.put(sitePath, a);
    }

    List<Map<String, String>> rows = hugoListAll(site);
    Map<String, List<String>> differences = new TreeMap<>();
    int compared = 0;
    for (Map<String, String> row : rows) {
      Article a = bySitePath.get(row.get("path"));
      if (a == null) {
        fail("hugo listed a file the test did not write: " + row.get("path"));
      }
      compared++;
      List<String> diffs = new ArrayList<>();
      check(diffs, "title", row.get("title"), a.title().orElse(""));
      check(diffs, "slug", row.get("slug"), a.slug().orElse(""));
      check(diffs, "draft", row.get("draft"), String.valueOf(a.draft().orElse(false)));
      checkDate(diffs, "date", row.get("date"),
          first(a.date(), a.publishDate(), a.lastmod()));
      checkDate(diffs, "publishDate", row.get("publishDate"), first(a.publishDate(), a.date()));
      checkDate(diffs, "expiryDate", row.get("expiryDate"), a.expiryDate());
      if (!diffs.isEmpty()) {
        differences.put(a.sourceName(), diffs);
      }
    }
    System.out.printf("hugo agreement: %d files written, %d listed by hugo, %d differ%n",
        bySitePath.size(), compared, differences.size());
    differences.forEach((k, v) -> System.out.println("  " + k + ": " + v));
    assertThat(compared).as("files hugo listed").isGreaterThan(1000);
    assertThat(differences.keySet()).as("files where hugo and the library differ")
        .isSubsetOf(KNOWN.keySet());
  }

  @SafeVarargs
  private static Optional<ArticleDate> first(Optional<ArticleDate>... dates) {
    for (Optional<ArticleDate> d : dates) {
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static void check(List<String> diffs, String field, String hugo, String ours) {
    if (!hugo.equals(ours)) {
      diffs.add(field + ": hugo \"" + hugo + "\" library \"" + ours + "\"");
    }
  }

  /** Hugo prints RFC 3339; zone-less dates are in the site's time zone, UTC by default. */
  private static void checkDate(List<String> diffs, String field, String hugo,
      Optional<ArticleDate> ours) {
    Instant expected = ours.map(d -> d.toInstant(ZoneOffset.UTC))
        .orElse(Instant.parse("0001-01-01T00:00:00Z"));
    Instant actual = OffsetDateTime.parse(hugo).toInstant();
    if (!expected.equals(actual)) {
      diffs.add(field + ": hugo " + hugo + " library " + ours.map(ArticleDate::text)
          .orElse("(none)"));
    }
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
    assumeTrue(ok, "hugo is not installed (apt-get install hugo); Hugo agreement skipped");
    Shared.dir();
  }

  private static List<Map<String, String>> hugoListAll(Path site) throws Exception {
    Process p = new ProcessBuilder("hugo", "list", "all", "--source", site.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("hugo list all exit code").isZero();
    List<List<String>> records = Csv.parse(new String(out, StandardCharsets.UTF_8));
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < r.size() ? r.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
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

  /** RFC 4180 CSV, as Go's encoding/csv writes it. */
  static final class Csv {
    static List<List<String>> parse(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i++;
            } else {
              quoted = false;
            }
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
        } else if (c != '\r') {
          field.append(c);
        }
      }
      if (field.length() > 0 || !record.isEmpty()) {
        record.add(field.toString());
        records.add(record);
      }
      return records;
    }
  }
}
