package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our TOML reader against an independent one: smol-toml 1.9.1 (npm) reads every TOML block of
 * the corpus, plus hand-written documents that cover what the corpus does not, and the values
 * are compared one by one.
 *
 * <p>smol-toml is installed into {@code target/toml-oracle} by this test. Without node or npm
 * (or without the registry) the test is skipped locally with a message, and fails when the
 * environment variable {@code CI} is {@code true}.
 *
 * <p>Known differences, kept out of the hand-written documents: smol-toml 1.9.1 also reads
 * TOML 1.1 ({@code \e}, {@code \xHH}, times without seconds, newlines and trailing commas in
 * inline tables), reads a float literal that overflows as infinity where we report it, keeps
 * CRLF inside multi-line strings where we read {@code \n}, and holds dates to milliseconds,
 * so dates are compared to the millisecond. It also accepts two things we refuse (both pinned
 * in TomlReaderTest): integers beyond 64 bits (with {@code integersAsBigInt}; TOML requires
 * only the 64-bit range, we keep to it) and days that do not exist ({@code 2024-02-30} rolls
 * over to March 1 through JavaScript's Date).
 */
class TomlDifferentialTest {
  private static final String SMOL_TOML = "1.9.1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Valid TOML 1.0 documents for what the corpus lacks: every type and table form. */
  private static final List<String> VALID = List.of(
      "s = \"a\\tb\\n\\\"q\\\" \\\\ \\u00E9 \\U0001F600 \\b\\f\\r\"\nl = 'C:\\x\\n'\n"
          + "m = \"\"\"\nline 1\nline 2 \\\n   continued \"\"\"\"\"\nml = '''\nraw \\n ''x'' '''\n"
          + "cjk = \"活动 😀\"\n",
      "a = +99\nb = -17\nc = 1_000\nd = 0xDEAD_beef\ne = 0o755\nf = 0b1101\ng = 0\n"
          + "h = 9223372036854775807\ni = -9223372036854775808\n",
      "a = 3.1415\nb = -0.01\nc = 5e+22\nd = 1e06\ne = -2E-2\nf = 224_617.445_991\ng = inf\n"
          + "h = -inf\ni = nan\nj = 6.626e-34\nk = 0.1\n",
      "a = true\nb = false\nc = 1979-05-27T07:32:00Z\nd = 1979-05-27T00:32:00.999999-07:00\n"
          + "e = 1979-05-27 07:32:00+05:30\nf = 1979-05-27T07:32:00\ng = 1979-05-27\n"
          + "h = 07:32:00\ni = 00:32:00.999\nj = 2024-02-29t23:59:59.5z\n",
      "a = [ # c\n 1,\n 2, # c\n]\nb = [[1, 2], ['x', \"y\"], [], 1.5, {k = 1}]\n"
          + "p = { x = 1, y.z = 2, y.w = 'a' }\ne = {}\n",
      "title = 't'\n[x.y]\nz = 1\n[extra]\nteam = 'T'\n[x]\nw = 2\n[ a . \"b c\" . 'd' ]\ne = 1\n",
      "[[p]]\nname = 'a'\n[p.dims]\nw = 1\n[[p]]\n[[p]]\nname = 'c'\n[[p.v]]\nn = 1\n"
          + "[[p.v]]\nn = 2\n",
      "[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\n"
          + "smooth = true\n[a.b.c]\nd = 1\n[a]\ne = 2\n",
      "\"\" = 1\n1234 = 2\n-_- = 3\n'quoted \"key\"' = 4\nsite.\"owner\" . id = 5\n# end\n");

  /** Invalid in TOML 1.0 and in 1.1: both readers must refuse each. */
  private static final List<String> INVALID = List.of(
      "a = 1\na = 2\n",
      "[a]\n[a]\n",
      "[fruit]\napple.color = 'red'\n[fruit.apple]\n",
      "[a.b]\nc = 1\n[a]\nb.d = 2\n",
      "a = {x = 1}\n[a]\n",
      "a = {x = 1}\na.y = 2\n",
      "a = [1]\n[[a]]\n",
      "[[a]]\n[a]\n",
      "a = 1\n[a.b]\n",
      "n = 007\n",
      "n = 1__0\n",
      "n = 1.\n",
      "n = -0x1\n",
      "s = \"a\\qb\"\n",
      "s = \"\\uD800\"\n",
      "s = \"abc\nx = 1\n",
      "s = '''abc\n",
      "s = \"a\u0001b\"\n",
      "t = 24:00:00\n",
      "title = hello\n",
      "a = [1 2]\n",
      "a = [,]\n",
      "a = 1 2\n",
      "[a\n",
      "a = 1 # bell \u0007\n",
      "p = {x = 1, x = 2}\n");

  @Test
  void smolTomlReadsWhatWeReadForEveryCorpusBlock() throws Exception {
    List<Case> cases = new ArrayList<>();
    for (Shared.Entry e : Shared.manifest()) {
      byte[] bytes = Files.readAllBytes(Shared.corpus().resolve(e.relative()));
      if (!new String(bytes, StandardCharsets.UTF_8).startsWith("+++")) {
        continue;
      }
      Article a = Articles.parse(bytes, e.relative()); // every TOML corpus file must parse
      assertThat(a.format()).as(e.relative()).isEqualTo(Format.TOML);
      cases.add(new Case("corpus", e.relative(), a.frontMatter().text(),
          a.frontMatter().values()));
    }
    int corpusCases = cases.size();
    for (int i = 0; i < VALID.size(); i++) {
      cases.add(new Case("valid", "valid[" + i + "]", VALID.get(i),
          Articles.parse("+++\n" + VALID.get(i) + "+++\n", "valid.md").frontMatter().values()));
    }
    for (int i = 0; i < INVALID.size(); i++) {
      String doc = INVALID.get(i);
      boolean weRefuse;
      try {
        Articles.parse("+++\n" + doc + "+++\n", "invalid.md");
        weRefuse = false;
      } catch (ArticleException e) {
        weRefuse = true;
      }
      assertThat(weRefuse).as("we refuse invalid[" + i + "]:\n" + doc).isTrue();
      cases.add(new Case("invalid", "invalid[" + i + "]", doc, null));
    }

    Map<Integer, JsonNode> answers = ask(oracle(), cases);
    Counts counts = new Counts(); // corpus values
    Counts handWritten = new Counts();
    List<String> mismatches = new ArrayList<>();
    int refusedByBoth = 0;
    for (int id = 0; id < cases.size(); id++) {
      Case c = cases.get(id);
      JsonNode answer = answers.get(id);
      if (answer == null) {
        mismatches.add(c.name + ": no answer from smol-toml");
      } else if (c.values == null) {
        if (answer.get("ok").booleanValue()) {
          mismatches.add(c.name + ": smol-toml accepts what we refuse:\n" + c.toml);
        } else {
          refusedByBoth++;
        }
      } else if (!answer.get("ok").booleanValue()) {
        mismatches.add(c.name + ": smol-toml refuses it: " + answer.get("error").stringValue());
      } else {
        Counts into = c.kind.equals("corpus") ? counts : handWritten;
        into.files++;
        compare(c.name, new Value.Mapping(c.values), answer.get("v"), into, mismatches);
      }
    }

    System.out.printf("toml differential (smol-toml %s): corpus files %d of %d compared, %s;"
            + " hand-written valid %d of %d compared, %s; invalid refused by both %d of %d;"
            + " mismatches %d%n",
        SMOL_TOML, counts.files, corpusCases, counts, handWritten.files, VALID.size(),
        handWritten, refusedByBoth, INVALID.size(), mismatches.size());
    assertThat(mismatches).as("values where smol-toml and we differ").isEmpty();
    assertThat(corpusCases).as("TOML files in the corpus (SOURCES.md: 761)").isEqualTo(761);
    assertThat(counts.files).isEqualTo(corpusCases);
    assertThat(handWritten.files).isEqualTo(VALID.size());
    assertThat(refusedByBoth).isEqualTo(INVALID.size());
    // floors a little under what the corpus gives today: 6,943 values, of them 4,066 strings,
    // 1,378 arrays and 1,348 tables
    assertThat(counts.total()).as("corpus values compared").isGreaterThan(6_500);
    assertThat(counts.text).as("corpus strings compared").isGreaterThan(3_900);
    assertThat(counts.tables).as("corpus tables compared").isGreaterThan(1_300);
    assertThat(counts.arrays).as("corpus arrays compared").isGreaterThan(1_300);
    assertThat(handWritten.total()).as("hand-written values compared").isGreaterThan(100);
    assertThat(List.of(handWritten.ints, handWritten.floats, handWritten.bools,
        handWritten.dates, handWritten.times))
        .as("hand-written integers, floats, booleans, dates, local times").allMatch(x -> x > 1);
  }

  private record Case(String kind, String name, String toml, Map<String, Value> values) {}

  private static final class Counts {
    int files;
    int text;
    int ints;
    int floats;
    int bools;
    int dates;
    int times;
    int arrays;
    int tables;

    int total() {
      return text + ints + floats + bools + dates + times + arrays + tables;
    }

    @Override
    public String toString() {
      return String.format("values %d (text %d, integers %d, floats %d, booleans %d, dates %d,"
          + " local times %d, arrays %d, tables %d)", total(), text, ints, floats, bools, dates,
          times, arrays, tables);
    }
  }

  /** Compares our value with smol-toml's tagged one; every difference is added to {@code out}. */
  private static void compare(String where, Value ours, JsonNode theirs, Counts n,
      List<String> out) {
    String diff = null;
    if (ours instanceof Value.Text t && theirs.has("d")
        && theirs.get("k").stringValue().equals("local-time")) {
      n.times++; // a bare local time is text to us (see TomlReader)
      if (!LocalTime.parse(t.value()).truncatedTo(ChronoUnit.MILLIS)
          .equals(LocalTime.parse(theirs.get("d").stringValue()))) {
        diff = "local time " + t.value();
      }
    } else if (ours instanceof Value.Text t) {
      n.text++;
      if (!theirs.has("s") || !theirs.get("s").stringValue().equals(t.value())) {
        diff = "text " + quote(t.value());
      }
    } else if (ours instanceof Value.Int i) {
      n.ints++;
      if (!theirs.has("i") || !new BigInteger(theirs.get("i").stringValue()).equals(i.value())) {
        diff = "integer " + i.value();
      }
    } else if (ours instanceof Value.Decimal d) {
      n.floats++;
      if (!theirs.has("f") || Double.compare(parseFloat(theirs.get("f").stringValue()),
          d.value()) != 0) {
        diff = "float " + d.value();
      }
    } else if (ours instanceof Value.Bool b) {
      n.bools++;
      if (!theirs.has("b") || theirs.get("b").booleanValue() != b.value()) {
        diff = "boolean " + b.value();
      }
    } else if (ours instanceof Value.Date date) {
      n.dates++;
      if (!theirs.has("d") || !sameDate(date.value(), theirs.get("d").stringValue(),
          theirs.get("k").stringValue())) {
        diff = "date " + date.value().text();
      }
    } else if (ours instanceof Value.Sequence seq) {
      n.arrays++;
      JsonNode items = theirs.get("a");
      if (items == null || items.size() != seq.items().size()) {
        diff = "array of " + seq.items().size();
      } else {
        for (int k = 0; k < items.size(); k++) {
          compare(where + "/" + k, seq.items().get(k), items.get(k), n, out);
        }
      }
    } else if (ours instanceof Value.Mapping map) {
      n.tables++;
      JsonNode entries = theirs.get("t");
      if (entries == null) {
        diff = "table";
      } else {
        LinkedHashMap<String, JsonNode> their = new LinkedHashMap<>();
        entries.forEach(e -> their.put(e.get(0).stringValue(), e.get(1)));
        if (!their.keySet().equals(map.entries().keySet())) {
          diff = "table with keys " + map.entries().keySet();
        } else if (map.entries().keySet().stream().noneMatch(TomlDifferentialTest::isIndex)
            && !List.copyOf(their.keySet()).equals(List.copyOf(map.entries().keySet()))) {
          // JavaScript objects put integer-like keys first; other keys keep their order
          diff = "key order " + map.entries().keySet();
        } else {
          map.entries().forEach((k, v) -> compare(where + "/" + k, v, their.get(k), n, out));
        }
      }
    } else {
      diff = "unexpected " + ours.kind();
    }
    if (diff != null) {
      out.add(where + ": we read " + diff + ", smol-toml read " + theirs);
    }
  }

  private static boolean sameDate(ArticleDate ours, String iso, String kind) {
    switch (kind) {
      case "offset-datetime": {
        OffsetDateTime theirs = OffsetDateTime.parse(iso);
        return ours.toOffsetDateTime()
            .map(o -> o.truncatedTo(ChronoUnit.MILLIS).equals(theirs))
            .orElse(false);
      }
      case "local-datetime":
        return ours.offset().isEmpty() && ours.hasTime()
            && ours.localDateTime().truncatedTo(ChronoUnit.MILLIS)
                .equals(LocalDateTime.parse(iso));
      case "local-date":
        return ours.offset().isEmpty() && !ours.hasTime()
            && ours.localDate().equals(LocalDate.parse(iso));
      default:
        return false;
    }
  }

  private static double parseFloat(String s) {
    return switch (s) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(s);
    };
  }

  /** A key JavaScript orders as an array index. */
  private static boolean isIndex(String key) {
    return key.matches("0|[1-9][0-9]{0,9}") && Long.parseLong(key) < 4_294_967_295L;
  }

  private static String quote(String s) {
    return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
  }

  /** Feeds every case to the oracle as JSON lines and returns its answers by case id. */
  private static Map<Integer, JsonNode> ask(Path oracle, List<Case> cases) throws Exception {
    Path dir = oracle.getParent();
    Path input = dir.resolve("input.jsonl");
    Path output = dir.resolve("output.jsonl");
    Path errors = dir.resolve("stderr.txt");
    StringBuilder lines = new StringBuilder();
    for (int id = 0; id < cases.size(); id++) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("id", id);
      line.put("toml", cases.get(id).toml);
      lines.append(JSON.writeValueAsString(line)).append('\n');
    }
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("node", oracle.toString(), input.toString())
        .redirectOutput(output.toFile())
        .redirectError(errors.toFile())
        .start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("smol-toml did not answer within 5 minutes");
    }
    assertThat(p.exitValue()).as("node exit status; stderr: " + Files.readString(errors))
        .isZero();
    Map<Integer, JsonNode> answers = new HashMap<>();
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode answer = JSON.readTree(line);
        answers.put(answer.get("id").intValue(), answer);
      }
    }
    return answers;
  }

  /**
   * Installs smol-toml into {@code target/toml-oracle} unless it is there already, copies the
   * oracle script beside it and returns the script's path.
   */
  private static Path oracle() throws IOException, InterruptedException {
    Path dir = Path.of("target", "toml-oracle").toAbsolutePath();
    Files.createDirectories(dir);
    String node = NodeTools.run(dir, "node", "--version");
    if (node == null) {
      NodeTools.unavailable("the TOML differential test", "node is not installed");
    }
    Path installed = dir.resolve("node_modules/smol-toml/package.json");
    if (!Files.exists(installed) || !installedVersion(installed).equals(SMOL_TOML)) {
      String npm = NodeTools.run(dir, "npm", "install", "--prefix", dir.toString(),
          "smol-toml@" + SMOL_TOML, "--no-audit", "--no-fund");
      if (npm == null || !Files.exists(installed)) {
        NodeTools.unavailable("the TOML differential test",
            "npm could not install smol-toml@" + SMOL_TOML + " into " + dir
            + (npm == null ? " (npm missing or failed)" : ""));
      }
    }
    assertThat(installedVersion(installed)).isEqualTo(SMOL_TOML);
    Path script = dir.resolve("oracle.mjs");
    try (InputStream in = TomlDifferentialTest.class
        .getResourceAsStream("/toml-oracle/oracle.mjs")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }

  private static String installedVersion(Path packageJson) throws IOException {
    return JSON.readTree(Files.readString(packageJson)).get("version").stringValue();
  }


}
