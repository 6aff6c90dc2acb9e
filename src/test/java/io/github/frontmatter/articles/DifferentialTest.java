package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.Split;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Differential test: the library converts snakeyaml-engine's node tree to {@link Value}s
 * itself; snakeyaml-engine's own {@link Load} with the same Core schema is the oracle. For
 * every YAML article of the corpus the two must agree key by key and value by value.
 */
class DifferentialTest {

  /** Rules under which the library rejects a file because the YAML itself is not loadable. */
  private static final Set<String> LOAD_MUST_FAIL = Set.of("yaml-syntax", "key-not-text");

  /**
   * Rules where the two may part ways on purpose: the library refuses {@code !!binary} and
   * {@code !!set}, which Load constructs; it finds duplicate keys by their text, Load by the
   * constructed key ({@code 1} and {@code '1'}); it bounds depth and alias expansion, Load
   * does not. Under every other rule (dates, shapes) the YAML is fine and Load must read it.
   */
  private static final Set<String> LOAD_MAY_DIFFER =
      Set.of("tag-unknown", "duplicate-key", "alias-recursive", "limit-depth", "limit-values");

  private final List<String> mismatches = new ArrayList<>();
  private final List<String> nonStringKeys = new ArrayList<>();
  private int values;
  private int dates;
  private int rejectedChecked;

  private static Load load() {
    return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build());
  }

  @Test
  void everyYamlFrontMatterAgreesWithSnakeyamlEngineLoad() throws IOException {
    int files = 0;
    int rejected = 0;
    int noYaml = 0;
    List<String> disagreements = new ArrayList<>();
    for (Shared.Entry e : Shared.manifest()) {
      byte[] bytes = Files.readAllBytes(Shared.corpus().resolve(e.relative()));
      Article article;
      try {
        article = Articles.parse(bytes, e.relative());
      } catch (ArticleException ex) {
        rejected++;
        String why = rejectedButLoadable(e.relative(), bytes, ex.problems().get(0).rule());
        if (why != null) {
          disagreements.add(why);
        }
        continue;
      }
      if (article.format() != Format.YAML) {
        noYaml++;
        continue;
      }
      files++;
      String block = article.frontMatter().text();
      Object loaded;
      try {
        loaded = load().loadFromString(block);
      } catch (RuntimeException ex) {
        disagreements.add(e.relative() + ": the library reads the front matter but Load throws "
            + ex.getClass().getSimpleName() + ": " + firstLine(ex.getMessage()));
        continue;
      }
      compareDocument(e.relative(), article.frontMatter().values(), loaded);
    }
    System.out.printf("differential: compared %d files, %d values (%d unquoted dates)%n", files,
        values, dates);
    System.out.printf("differential: skipped %d rejected files (%d of them YAML, checked"
        + " against Load) and %d without YAML front matter; %d non-string keys from Load%n",
        rejected, rejectedChecked, noYaml, nonStringKeys.size());

    assertThat(files).as("YAML files compared (the corpus has about 2,170)").isGreaterThan(2000);
    assertThat(values).as("values compared").isGreaterThan(15_000);
    assertThat(rejectedChecked).as("rejected YAML files checked against Load").isPositive();
    assertThat(disagreements).as("files where exactly one of the library and Load fails")
        .isEmpty();
    assertThat(mismatches).as("values where the model differs from Load").isEmpty();
    // Load constructs keys with the schema (a key 1 becomes Integer 1); the library keeps
    // each key's source text. The corpus has no such key at all, which this pins: if one
    // appears, its String.valueOf is compared above and it is listed here to be looked at.
    assertThat(nonStringKeys).as("keys that Load constructs as something other than String")
        .isEmpty();
  }

  /**
   * For a file the library rejects: when the rule says the YAML itself is broken, Load must
   * fail too; when the rule is about meaning (a date that is not a date, a scalar where a
   * mapping belongs), Load must succeed. Returns a message when that does not hold.
   */
  private String rejectedButLoadable(String name, byte[] bytes, String rule) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Split split;
    try {
      split = Split.of(new SourceText(name, text));
    } catch (ArticleException notYaml) {
      return null; // unclosed fence, TOML, JSON, other languages: nothing for Load to read
    }
    if (split.format() != Format.YAML || rule.equals("encoding")) {
      return null;
    }
    rejectedChecked++;
    String block = text.substring(split.blockStart(), split.blockEnd());
    RuntimeException loadFailure = null;
    try {
      load().loadFromString(block);
    } catch (RuntimeException ex) {
      loadFailure = ex;
    }
    if (LOAD_MAY_DIFFER.contains(rule)) {
      return null;
    }
    boolean yamlLevel = LOAD_MUST_FAIL.contains(rule);
    if (yamlLevel && loadFailure == null) {
      return name + ": the library rejects it (" + rule + ") but Load reads it";
    }
    if (!yamlLevel && loadFailure != null) {
      return name + ": the library rejects it for meaning (" + rule + ") but Load cannot even"
          + " read it: " + firstLine(loadFailure.getMessage());
    }
    return null;
  }

  private void compareDocument(String file, Map<String, Value> model, Object loaded) {
    if (loaded == null) { // empty block or comments only
      values++;
      if (!model.isEmpty()) {
        mismatches.add(file + ": Load gives no document but the model has keys " + model.keySet());
      }
      return;
    }
    compare(file, "", new Value.Mapping(model), loaded);
  }

  private void compare(String file, String path, Value model, Object loaded) {
    values++;
    String where = file + ": " + (path.isEmpty() ? "/" : path) + ": ";
    if (model instanceof Value.Text t) {
      if (!(loaded instanceof String s) || !s.equals(t.value())) {
        mismatch(where, model, loaded);
      }
    } else if (model instanceof Value.Date d) {
      // the Core schema has no timestamps: Load gives the text; the library types an
      // unquoted date as Hugo does, keeping the text as written
      if (!(loaded instanceof String s) || !s.equals(d.value().text())) {
        mismatch(where, model, loaded);
      }
      dates++;
    } else if (model instanceof Value.Int i) {
      BigInteger expected = loaded instanceof Integer || loaded instanceof Long
          ? BigInteger.valueOf(((Number) loaded).longValue())
          : loaded instanceof BigInteger b ? b : null;
      if (!i.value().equals(expected)) {
        mismatch(where, model, loaded);
      }
    } else if (model instanceof Value.Decimal d) {
      // Double.compare is 0 for NaN and NaN, and tells 0.0 from -0.0
      if (!(loaded instanceof Double x) || Double.compare(x, d.value()) != 0) {
        mismatch(where, model, loaded);
      }
    } else if (model instanceof Value.Bool b) {
      if (!(loaded instanceof Boolean x) || x != b.value()) {
        mismatch(where, model, loaded);
      }
    } else if (model instanceof Value.Null) {
      if (loaded != null) {
        mismatch(where, model, loaded);
      }
    } else if (model instanceof Value.Sequence seq) {
      if (!(loaded instanceof List<?> list) || list.size() != seq.items().size()) {
        mismatch(where, model, loaded);
        return;
      }
      for (int k = 0; k < list.size(); k++) {
        compare(file, path + "/" + k, seq.items().get(k), list.get(k));
      }
    } else if (model instanceof Value.Mapping map) {
      if (!(loaded instanceof Map<?, ?> m) || m.size() != map.entries().size()) {
        mismatch(where, model, loaded);
        return;
      }
      Iterator<? extends Map.Entry<?, ?>> theirs = m.entrySet().iterator();
      for (Map.Entry<String, Value> ours : map.entries().entrySet()) {
        Map.Entry<?, ?> other = theirs.next();
        Object key = other.getKey();
        if (!(key instanceof String)) {
          nonStringKeys.add(where + ours.getKey() + " is "
              + (key == null ? "null" : key.getClass().getSimpleName() + " " + key));
        }
        if (!ours.getKey().equals(String.valueOf(key))) {
          mismatches.add(where + "key \"" + ours.getKey() + "\" in the model but "
              + describe(key) + " from Load at the same position");
          continue;
        }
        compare(file, path + "/" + ours.getKey(), ours.getValue(), other.getValue());
      }
    } else {
      // Value.Date: YAML under the Core schema has no date type, so this is always wrong
      mismatch(where, model, loaded);
    }
  }

  private void mismatch(String where, Value model, Object loaded) {
    mismatches.add(where + "model " + model + " but Load " + describe(loaded));
  }

  private static String describe(Object o) {
    return o == null ? "null" : o.getClass().getSimpleName() + " " + o;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /**
   * Scalars and structures the corpus has few or none of, written for this test: every
   * resolution rule of the Core schema, explicit tags, anchors, merge keys, block scalars,
   * escapes and characters outside the Basic Multilingual Plane.
   */
  @Test
  void syntheticEdgeCasesAgreeWithLoad() {
    List<String> blocks = List.of(
        "a: 0x1F\nb: 0o17\nc: +12\nd: -0\ne: 012\nf: 2147483648\ng: 99999999999999999999\n",
        "a: .inf\nb: -.Inf\nc: .NaN\nd: 1e3\ne: -0.0\nf: .5\ng: 1.\nh: +1.5E+3\n",
        "a: True\nb: FALSE\nc: ~\nd: Null\ne:\nf: yes\ng: 'true'\nh: on\n",
        "a: 1_000\nb: 0b101\nc: 1:20\nd: 2025-02-12\ne: 2025-02-12T07:02:11+08:00\n",
        "a: !!str 12\nb: !!int '12'\nc: !!float 1\nd: ! 12\ne: !!null ''\nf: !!bool 'true'\n",
        "a: &x [1, 2]\nb: *x\nc: &m {k: v}\nd: *m\n",
        "base: &b {x: 1, y: 1}\nder:\n  <<: *b\n  y: 2\n  z: 3\n",
        "a: &a {x: 1}\nb: &b {x: 2, w: 2}\nder: {<<: [*a, *b], v: 0}\n'<<': literal\n",
        "a: |\n  line\n  two\nb: >-\n  folded\n  text\nc: |+\n  kept\n\nd: >\n",
        "a: \"\\u00e9\\t\\x41\\U0001F600\"\nb: 'it''s'\nc: 😀 plain\n😀: key\n",
        "title: \"标题\"\ntags: [“源码解析”, 中文]\nmenu:\n  main:\n    weight: -5\n",
        "nested:\n- - - deep\n- {a: [], b: {}}\n- null\n");
    for (String block : blocks) {
      Article a = Articles.parse("---\n" + block + "---\n", "synthetic");
      compareDocument(block, a.frontMatter().values(), load().loadFromString(block));
    }
    assertThat(mismatches).isEmpty();
    assertThat(values).isGreaterThan(90);
  }

  /**
   * Where the library and Load part ways on purpose, pinned so that a change is noticed:
   * keys stay as written (Load constructs {@code 0x10} as 16), the library refuses tags that
   * construct something other than the Core schema's types, and it compares keys by text.
   */
  @Test
  void knownDivergencesFromLoadArePinned() {
    String keys = "1: one\n0x10: hex\n1e2: float\ntrue: t\n~: n\n'2': s\n";
    Map<String, Value> model = Articles.parse("---\n" + keys + "---\n", "keys")
        .frontMatter().values();
    assertThat(model).containsOnlyKeys("1", "0x10", "1e2", "true", "~", "2");
    compareDocument("keys", model, load().loadFromString(keys));
    assertThat(mismatches).containsExactly(
        "keys: /: key \"0x10\" in the model but Integer 16 from Load at the same position",
        "keys: /: key \"1e2\" in the model but Double 100.0 from Load at the same position",
        "keys: /: key \"~\" in the model but null from Load at the same position");
    assertThat(nonStringKeys).hasSize(5);

    for (String tagged : List.of("a: !!binary aGVsbG8=\n", "a: !!set {x, y}\n")) {
      assertThat(load().loadFromString(tagged)).isNotNull();
      assertThatThrownBy(() -> Articles.parse("---\n" + tagged + "---\n", "tagged"))
          .isInstanceOf(ArticleException.class).hasMessageContaining("[tag-unknown]");
    }

    String sameByValue = "1: a\n01: b\n";
    assertThatThrownBy(() -> load().loadFromString(sameByValue))
        .hasMessageContaining("found duplicate key 1");
    assertThat(Articles.parse("---\n" + sameByValue + "---\n", "dup").frontMatter().values())
        .containsOnlyKeys("1", "01");

    String sameByText = "1: a\n'1': b\n";
    assertThat(load().loadFromString(sameByText)).asInstanceOf(MAP).hasSize(2);
    assertThatThrownBy(() -> Articles.parse("---\n" + sameByText + "---\n", "dup"))
        .isInstanceOf(ArticleException.class).hasMessageContaining("[duplicate-key]");
  }

  /** The comparison itself must notice a difference; a test that cannot fail proves nothing. */
  @Test
  void theComparisonNoticesDifferences() {
    DifferentialTest t = new DifferentialTest();
    t.compareDocument("same",
        linked("a", Value.Int.of(1), "b", new Value.Decimal(Double.NaN)),
        linked("a", 1, "b", Double.NaN));
    t.compareDocument("long", Map.of("a", Value.Int.of(5_000_000_000L)),
        Map.of("a", 5_000_000_000L));
    assertThat(t.mismatches).isEmpty();

    t.compareDocument("int-vs-string", Map.of("a", Value.Int.of(1)), Map.of("a", "1"));
    t.compareDocument("big", Map.of("a", Value.Int.of(1)),
        Map.of("a", new BigInteger("100000000000000000000")));
    t.compareDocument("order", linked("a", Value.Int.of(1), "b", Value.Int.of(2)),
        linked("b", 2, "a", 1));
    t.compareDocument("null", Map.of("a", Value.Null.INSTANCE), Map.of("a", "null"));
    t.compareDocument("missing", Map.of("a", Value.Null.INSTANCE), null);
    t.compareDocument("zero", Map.of("a", new Value.Decimal(0.0)), Map.of("a", -0.0));
    assertThat(t.mismatches).hasSize(7)
        .anySatisfy(m -> assertThat(m).startsWith("order: /: key \"a\" in the model"));

    t.compareDocument("int-key", Map.of("1", new Value.Text("x")), Map.of(1, "x"));
    assertThat(t.mismatches).hasSize(7);
    assertThat(t.nonStringKeys).containsExactly("int-key: /: 1 is Integer 1");
  }

  private static <V> Map<String, V> linked(String k1, V v1, String k2, V v2) {
    Map<String, V> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }
}
