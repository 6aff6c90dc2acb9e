package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.internal.files.Walk;
import io.github.frontmatter.articles.internal.read.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real sites of {@code ../shared/sites}, each read under its generator's profile: no
 * error but the ones pinned in {@code profiles/fields/sites-rejected.tsv} (path, rule,
 * reason), every page written back byte for byte, and {@code withTitle}/{@code withTags}
 * changing only the lines of those keys (through the profile's own key: a Zola page's tags
 * are {@code taxonomies.tags}). Prints the counts of files, errors and warnings by rule.
 */
class SiteFieldsTest {
  private static final Path PINNED = Path.of(System.getProperty("basedir", ""))
      .toAbsolutePath().resolve("src/test/resources/profiles/fields/sites-rejected.tsv");

  static Stream<String> sites() throws IOException {
    Path sites = Shared.dir().resolve("sites");
    try (Stream<Path> s = Files.list(sites)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  /**
   * The site's profile as {@link Profile#detect} finds it from the site's configuration,
   * checked against the generator its folder's name says (the starlight site is Astro's).
   */
  static Profile profileOf(Path root, String site) throws IOException {
    String generator = site.substring(0, site.indexOf('-'));
    Profile named = generator.equals("starlight") ? Profile.ASTRO
        : Profile.valueOf(generator.toUpperCase(Locale.ROOT));
    Profile detected = Profile.detect(root).orElseThrow();
    assertThat(detected).as(site + " detected").isEqualTo(named);
    return detected;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void everyPageReadsUnderItsProfileWithOnlyPinnedErrors(String site) throws IOException {
    Path root = Shared.dir().resolve("sites").resolve(site);
    Profile profile = profileOf(root, site);
    ArticleParser parser = ArticleParser.builder().profile(profile).build();
    Map<String, String> pinned = pinned(site);
    Map<String, Integer> warnings = new TreeMap<>();
    List<String> unexpected = new ArrayList<>();
    int files = 0;
    int errors = 0;
    int edited = 0;
    int tagged = 0;
    int weighted = 0;
    for (Path file : pages(root, profile)) {
      files++;
      String rel = site + "/" + root.relativize(file).toString().replace('\\', '/');
      byte[] bytes = Files.readAllBytes(file);
      ParseResult r = parser.read(bytes, rel);
      Optional<Problem> error = r.problems().stream()
          .filter(p -> p.severity() == Problem.Severity.ERROR).findFirst();
      r.problems().stream().filter(p -> p.severity() == Problem.Severity.WARNING)
          .forEach(p -> warnings.merge(p.rule(), 1, Integer::sum));
      String expected = pinned.get(rel);
      if (error.isPresent()) {
        errors++;
        if (expected == null || !expected.equals(error.get().rule())) {
          unexpected.add(error.get().summary() + (expected == null ? "" : " (pinned: "
              + expected + ")"));
        }
        continue;
      }
      if (expected != null) {
        unexpected.add(rel + ": pinned as " + expected + " but reads without error");
      }
      Article a = r.article().orElseThrow();
      tagged += a.tags().isEmpty() ? 0 : 1;
      weighted += a.weight().isPresent() ? 1 : 0;
      assertThat(Articles.toBytes(a)).as(rel + " written back").isEqualTo(bytes);
      if (a.format() == Format.NONE) {
        continue;
      }
      edited += checkEdits(a, rel);
    }
    System.out.printf("%s (%s): %d files, %d errors, %d edited, %d with tags, %d with a"
        + " weight, warnings %s%n", site, profile, files, errors, edited, tagged, weighted,
        warnings);
    assertThat(unexpected).as(site + ": errors not pinned in " + PINNED).isEmpty();
  }

  /**
   * {@code withTitle} and {@code withTags} change only the lines of the keys that hold them:
   * every other line of the file stays. Returns 1 when the page could be edited.
   */
  private static int checkEdits(Article a, String rel) {
    String before = a.text();
    Article titled = a.withTitle("A new title");
    assertThat(titled.title()).as(rel).contains("A new title");
    assertOnlyLinesOf(before, titled.text(), a, "title", rel);
    if (a.frontMatter().profile() == Profile.HUGO || !a.tags().isEmpty()) {
      List<String> tags = new ArrayList<>(a.tags());
      tags.add("added-tag");
      Article tagged = a.withTags(tags);
      assertThat(tagged.tags()).as(rel).isEqualTo(tags);
      assertOnlyLinesOf(before, tagged.text(), a, tagsKey(a), rel);
    }
    return 1;
  }

  /** The top-level key that holds the tags under the article's profile. */
  private static String tagsKey(Article a) {
    return a.frontMatter().profile() == Profile.ZOLA ? "taxonomies"
        : a.frontMatter().get("tag").isPresent() ? "tag" : "tags";
  }

  /**
   * The lines that differ between {@code before} and {@code after} are all inside the
   * front matter and belong to {@code key}: lines before the key's line and after its
   * value's lines are the same, and the body is untouched.
   */
  private static void assertOnlyLinesOf(String before, String after, Article a, String key,
      String rel) {
    List<String> b = before.lines().toList();
    List<String> c = after.lines().toList();
    int head = 0;
    while (head < b.size() && head < c.size() && b.get(head).equals(c.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < b.size() - head && tail < c.size() - head
        && b.get(b.size() - 1 - tail).equals(c.get(c.size() - 1 - tail))) {
      tail++;
    }
    List<String> removed = b.subList(head, b.size() - tail);
    List<String> added = c.subList(head, c.size() - tail);
    // every changed line is the key's own line or a line of its value (indented, a list
    // item, or the key's table's lines)
    int keyLine = a.frontMatter().get(key).isPresent()
        ? a.frontMatter().locationOf("/" + key).map(Location::line).orElse(-1) : -1;
    assertThat(head + 1).as(rel + ": first changed line is at or after " + key)
        .isGreaterThanOrEqualTo(keyLine == -1 ? 1 : Math.min(keyLine, lineOfKey(b, key)));
    for (String line : added) {
      assertThat(line.contains(key) || line.startsWith(" ") || line.startsWith("\t")
          || line.startsWith("-") || line.startsWith("[") || line.contains("tag")
          || line.contains("title") || line.contains("A new title"))
          .as(rel + ": added line " + line + " belongs to " + key).isTrue();
    }
    assertThat(removed.size() + added.size()).as(rel + ": lines changed").isPositive();
    assertThat(b.size() - tail).as(rel + ": the body is untouched")
        .isLessThanOrEqualTo(Math.max(a.bodyLine() - 1, head + removed.size()));
  }

  private static int lineOfKey(List<String> lines, String key) {
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith(key) || l.startsWith("\"" + key) || l.startsWith("[" + key)) {
        return i + 1;
      }
    }
    return Integer.MAX_VALUE;
  }

  /**
   * The files the generator reads as pages, as {@code parseAll} and {@code check} walk them
   * under the profile: its Markdown extensions, without the partials it skips.
   */
  private static List<Path> pages(Path root, Profile profile) throws IOException {
    return Walk.of(root, Dialect.of(profile)).files();
  }

  private static Map<String, String> pinned(String site) {
    Map<String, String> out = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(PINNED, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 3);
        if (f[0].startsWith(site + "/")) {
          out.put(f[0], f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
