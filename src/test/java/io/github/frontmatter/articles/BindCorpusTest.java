package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.bind.BindTypes;
import io.github.frontmatter.articles.internal.json.ValueJson;
import io.github.frontmatter.articles.jackson.ArticlesModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.github.frontmatter.articles.internal.read.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binding over every article of {@code ../shared/corpus} and {@code ../shared/sites}, each
 * read under its profile ({@link Profile#detect}, Hugo where nothing is detected): a record of
 * title, date, tags and draft gives the accessors' values on every file, where the profile
 * keeps them (docs/own-types.md, "Common fields under each profile"); {@code Map<String, Object>} gives the values
 * {@code show} prints; the generated schema (which describes Hugo's date forms) accepts exactly
 * the files binding accepts under Hugo's profile; and an edit through a record (every third YAML, TOML and
 * JSON file of the corpus: title and tags) changes only those keys' lines and reads back as
 * the new record.
 */
class BindCorpusTest {
  private static final JsonMapper JSON = JsonMapper.builder().addModule(new ArticlesModule())
      .build();

  private static final Map<Path, ArticleParser> PARSERS = new java.util.HashMap<>();

  /** The parser of a file's profile, detected from its folder. */
  static ArticleParser parser(Path file) throws IOException {
    Path dir = file.getParent();
    ArticleParser p = PARSERS.get(dir);
    if (p == null) {
      p = ArticleParser.builder().profile(Profile.detect(dir).orElse(Profile.HUGO)).build();
      PARSERS.put(dir, p);
    }
    return p;
  }

  static List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : List.of("corpus", "sites")) {
      Path root = Shared.dir().resolve(dir);
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).filter(p -> {
          String n = p.getFileName().toString();
          return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdx");
        }).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @Test
  void aRecordOfTheBuiltInFieldsGivesTheAccessorsValuesOnEveryFile() throws IOException {
    FrontMatterType<BindTypes.Basic> basic = FrontMatterType.of(BindTypes.Basic.class);
    int bound = 0;
    int refused = 0;
    Map<String, Integer> files = new java.util.TreeMap<>();
    Map<String, Integer> viaRole = new java.util.TreeMap<>();
    Map<String, Integer> unplayed = new java.util.TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Path p : files()) {
      ParseResult r = parser(p).read(p);
      if (r.article().isEmpty()) {
        continue;
      }
      FrontMatter fm = r.article().get().frontMatter();
      String profile = fm.profile().name();
      files.merge(profile, 1, Integer::sum);
      for (Role<?> role : List.of(Role.TITLE, Role.DATE, Role.TAGS, Role.DRAFT)) {
        if (fm.table().bindings(role).isEmpty()) {
          // no field of the profile plays the role (the accessor is always empty): a key of
          // that name is the caller's own, bound as it is; counted where a file has one
          if (fm.values().containsKey(role.name())) {
            unplayed.merge(profile + " " + role.name(), 1, Integer::sum);
          }
        } else if (!fm.table().plain(role)) {
          viaRole.merge(profile + " " + role.name(), 1, Integer::sum);
        }
      }
      BindResult<BindTypes.Basic> b = basic.bind(fm);
      if (b.value().isPresent()) {
        bound++;
        BindTypes.Basic v = b.value().get();
        boolean title = played(fm, Role.TITLE) && !v.title().equals(fm.title());
        boolean date = played(fm, Role.DATE) && !v.date().equals(fm.date());
        boolean tags = played(fm, Role.TAGS) && !v.tags().equals(fm.tags());
        boolean draft = played(fm, Role.DRAFT) && !v.draft().equals(fm.draft());
        if (title || date || tags || draft) {
          failures.add(p + " (" + profile + "): " + v + " but the accessors give " + fm.title()
              + " " + fm.date() + " " + fm.tags() + " " + fm.draft());
        }
      } else {
        refused++;
        // binding refuses only a value the built-in reading reported a problem for too
        Set<String> builtIn = r.problems().stream().map(Problem::path).collect(Collectors.toSet());
        b.problems().stream().filter(x -> x.severity() == Problem.Severity.ERROR)
            .filter(x -> !builtIn.contains(x.path()))
            .forEach(x -> failures.add(p + " (" + profile + "): only binding refuses: "
                + x.summary()));
      }
    }
    System.out.println("BindCorpusTest: " + bound + " files bound, " + refused
        + " refused, by profile " + files + "; title, date, tags, draft compared with the"
        + " accessors on every file bound; read through the role (not the key of the same"
        + " name): " + viaRole + "; no field of the profile, a"
        + " key of that name bound as the type's own (files that have one): " + unplayed);
    assertThat(failures).isEmpty();
    assertThat(bound).isGreaterThan(1000);
  }

  /**
   * Whether binding must give the accessor's value: always, but where no field of the
   * profile plays the role and the file has a key of its name (the type's own key then).
   */
  private static boolean played(FrontMatter fm, Role<?> role) {
    return !fm.table().bindings(role).isEmpty() || !fm.values().containsKey(role.name());
  }

  @Test
  void aMapOfObjectsGivesTheDataShowPrints() throws IOException {
    @SuppressWarnings("unchecked")
    FrontMatterType<Map<String, Object>> maps =
        (FrontMatterType<Map<String, Object>>) (FrontMatterType<?>) FrontMatterType.of(Map.class);
    int compared = 0;
    List<String> failures = new ArrayList<>();
    for (Path p : files()) {
      ParseResult r = parser(p).read(p);
      if (r.article().isEmpty()) {
        continue;
      }
      FrontMatter fm = r.article().get().frontMatter();
      Map<String, Object> m = maps.read(fm);
      ObjectNode show = JSON.createObjectNode();
      fm.values().forEach((k, v) -> show.set(k, ValueJson.value(v)));
      String expected = JSON.writeValueAsString(show);
      String actual = JSON.writeValueAsString(m);
      compared++;
      if (!expected.equals(actual)) {
        failures.add(p + ":\n  show  " + expected + "\n  bound " + actual);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void theGeneratedSchemaAcceptsTheFilesBindingAccepts() throws IOException {
    for (Class<?> type : List.of(BindTypes.Basic.class, BindTypes.Post.class)) {
      FrontMatterType<?> t = FrontMatterType.of(type);
      ArticleParser withSchema = ArticleParser.builder()
          .schema(FrontMatterSchema.of(t.jsonSchema(), type.getSimpleName())).build();
      List<String> failures = new ArrayList<>();
      int accepted = 0;
      for (Path p : files()) {
        ParseResult r = ArticleParser.defaults().read(p);
        if (r.article().isEmpty()) {
          continue;
        }
        boolean binds = t.bind(r.article().get().frontMatter()).value().isPresent();
        List<Problem> schemaErrors = withSchema.read(p).problems().stream()
            .filter(x -> x.severity() == Problem.Severity.ERROR)
            .filter(x -> !r.problems().contains(x)) // what reading itself refuses
            .toList();
        accepted += binds ? 1 : 0;
        if (binds != schemaErrors.isEmpty()) {
          failures.add(type.getSimpleName() + " " + p + ": binding " + (binds ? "accepts" : "refuses")
              + ", the schema " + (schemaErrors.isEmpty() ? "accepts" : "refuses: " + schemaErrors));
        }
      }
      assertThat(failures).isEmpty();
      System.out.println("BindCorpusTest: " + type.getSimpleName() + " binds " + accepted
          + " files, the schema agrees on every file");
    }
  }

  /** What a typed edit writes: the title and tags, the rest kept. */
  record Edited(Optional<String> title, List<String> tags) {}

  @Test
  void anEditThroughARecordChangesOnlyTheChangedKeysLinesAndReadsBack() throws IOException {
    FrontMatterType<Edited> type = FrontMatterType.of(Edited.class);
    List<String> failures = new ArrayList<>();
    Map<Format, Integer> edited = new java.util.EnumMap<>(Format.class);
    int i = 0;
    for (Shared.Entry e : Shared.manifest()) {
      Article original;
      try {
        original = Articles.parse(Files.readAllBytes(Shared.corpus().resolve(e.relative())),
            e.relative());
      } catch (ArticleException refused) {
        continue;
      }
      if (original.format() == Format.NONE || i++ % 3 != 0) {
        continue;
      }
      BindResult<Edited> now = type.bind(original.frontMatter());
      if (now.value().isEmpty()) {
        continue;
      }
      Edited next = new Edited(Optional.of("Edited: " + e.sha1().substring(0, 6)),
          List.of("typed", "edit " + i));
      Article after;
      try {
        after = type.write(original, next);
      } catch (IllegalArgumentException refusedEdit) {
        failures.add(e.relative() + ": refused: " + refusedEdit.getMessage());
        continue;
      }
      edited.merge(original.format(), 1, Integer::sum);
      Article reread = Articles.parse(Articles.toBytes(after), e.relative());
      if (!type.read(reread.frontMatter()).equals(next)) {
        failures.add(e.relative() + ": reads back as " + type.read(reread.frontMatter()));
      }
      String lines = changedOutside(original, reread, java.util.Arrays.asList(key(original, "title"),
          key(original, "tags")));
      if (lines != null) {
        failures.add(e.relative() + ": " + lines);
      }
      for (Map.Entry<String, Value> kv : original.frontMatter().values().entrySet()) {
        if (!kv.getKey().equalsIgnoreCase("title") && !kv.getKey().equalsIgnoreCase("tags")
            && !kv.getValue().equals(reread.frontMatter().values().get(kv.getKey()))) {
          failures.add(e.relative() + ": another key changed: " + kv.getKey());
        }
      }
    }
    System.out.println("BindCorpusTest: edited through a record " + edited);
    assertThat(failures).isEmpty();
    assertThat(edited.keySet()).contains(Format.YAML, Format.TOML, Format.JSON);
  }

  private static String key(Article a, String field) {
    for (String k : a.frontMatter().values().keySet()) {
      if (k.equalsIgnoreCase(field)) {
        return k;
      }
    }
    return null;
  }

  /**
   * The original lines that changed must lie within the edited keys' lines (from the first
   * edited key's line to the line of the key after the last, the closing fence for the last
   * key); JSON and flow mappings may also change the comma on the line before.
   */
  private static String changedOutside(Article original, Article edited, List<String> keys) {
    List<String> a = original.text().lines().toList();
    List<String> b = edited.text().lines().toList();
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    int from = prefix;
    int to = a.size() - suffix;
    if (from >= to) {
      return null; // lines only added
    }
    FrontMatter fm = original.frontMatter();
    int start = Integer.MAX_VALUE;
    int end = -1;
    boolean added = false;
    for (String k : keys) {
      if (k == null) {
        added = true;
        continue;
      }
      int o = fm.keyOffsetOf(k);
      int line = line(original, o);
      start = Math.min(start, line);
      int next = original.bodyLine() - 1;
      for (String other : fm.values().keySet()) {
        int oo = fm.keyOffsetOf(other);
        if (oo > o) {
          next = Math.min(next, line(original, oo));
        }
      }
      end = Math.max(end, next);
    }
    boolean commas = original.format() == Format.JSON || original.text().lines().skip(1)
        .findFirst().orElse("").stripLeading().startsWith("{");
    if (end < 0) { // both keys were new: only the comma before may change
      return to - from <= (commas ? 1 : 0) ? null : "adding keys changed lines " + (from + 1) + "-" + to;
    }
    if (commas || added) {
      start = Math.max(0, start - 1);
      end = added ? original.bodyLine() - 1 : end;
    }
    return from >= start && to <= end ? null
        : "changed lines " + (from + 1) + "-" + to + " outside the keys' lines " + (start + 1)
            + "-" + end;
  }

  private static int line(Article a, int offset) {
    return (int) a.text().substring(0, offset).chars().filter(c -> c == '\n').count();
  }
}
