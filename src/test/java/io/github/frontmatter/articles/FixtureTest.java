package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixtures under {@code src/test/resources/fixtures}: one folder per case.
 *
 * <ul>
 *   <li>{@code valid/<case>/in.md} parses, writes back the same bytes, and {@link #dump}
 *       of the article equals {@code expected.txt};
 *   <li>{@code invalid/<case>/in.md} is rejected and the exception's message equals {@code
 *       expected.txt} exactly (every line: location, message, rule, source line, caret). The
 *       exception lists errors only; a file's warnings are not part of it.
 * </ul>
 *
 * <p>The source name given to the parser is the path relative to the fixtures folder
 * ({@code invalid/date-bad-day/in.md}), so that messages do not depend on the checkout.
 * Expected files end with one newline that is not part of the expected text.
 */
class FixtureTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void validFixtureReadsAsExpectedAndWritesBackTheSameBytes(String name) throws IOException {
    Path dir = fixtures().resolve(name);
    byte[] bytes = Files.readAllBytes(dir.resolve("in.md"));

    Article article = Articles.parse(bytes, name + "/in.md");

    assertThat(dump(article)).isEqualTo(expected(dir));
    assertThat(Articles.toBytes(article)).as("written back").isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void invalidFixtureIsRejectedWithTheExactMessage(String name) throws IOException {
    Path dir = fixtures().resolve(name);
    byte[] bytes = Files.readAllBytes(dir.resolve("in.md"));

    ArticleException e =
        catchThrowableOfType(
            ArticleException.class, () -> Articles.parse(bytes, name + "/in.md"));

    assertThat(e).as("parsing %s must throw ArticleException", name).isNotNull();
    assertThat(e.getMessage()).isEqualTo(expected(dir));
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.location()).isEqualTo(e.problems().get(0).location());
  }

  static Stream<String> validCases() {
    return cases("valid");
  }

  static Stream<String> invalidCases() {
    return cases("invalid");
  }

  private static Stream<String> cases(String kind) {
    Path root = fixtures().resolve(kind);
    try (Stream<Path> dirs = Files.list(root)) {
      List<String> names =
          dirs.filter(Files::isDirectory)
              .map(d -> kind + "/" + d.getFileName())
              .sorted()
              .collect(Collectors.toList());
      assertThat(names).as("cases under " + root).isNotEmpty();
      for (String n : names) {
        assertThat(fixtures().resolve(n).resolve("in.md")).as(n).isRegularFile();
        assertThat(fixtures().resolve(n).resolve("expected.txt")).as(n).isRegularFile();
      }
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path fixtures() {
    try {
      return Path.of(FixtureTest.class.getResource("/fixtures").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The expected text, without the one final newline every expected file ends with. */
  private static String expected(Path dir) throws IOException {
    String text = Files.readString(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
    assertThat(text).as("expected.txt ends with a newline").endsWith("\n");
    return text.substring(0, text.length() - 1);
  }

  // ---------------------------------------------------------------------------------------
  // The dump: one line per fact, in a fixed order.
  //
  //   format: YAML
  //   byte order mark                            (only when the file has one)
  //   keys: title, date, Tags                    (every key in file order, or "(none)")
  //   title: "text"                              (each typed field that is present)
  //   tags: ["a", "b"]
  //   date (Date): "2025-02-12 07:02" = 2025-02-12T07:02:00, no offset
  //   sidebar: absent, raw ["a", "b"]            (a key is there, but the accessor is empty)
  //   extras:                                    (unknown keys in order, values as below)
  //     key: {"nested": [1, 2.5, true, null, "text"]}
  //   body line: 7
  //   body: "escaped body text"
  //   warnings:
  //     valid/x/in.md:2:10: warning: ... [rule]
  //
  // A typed field whose value is a date, or was one in the file, names the kind of that value
  // in the file, which the typed value hides: (Date) for an unquoted YAML date or a TOML
  // datetime, (Text) for a quoted YAML date or any JSON date. A title written as an unquoted
  // date is "title (Date)". Raw values show the kind themselves (date "..." vs "...").
  //
  // Values: text is quoted with \n \r \t \" \\ escaped; integers plain (42); decimals as Java
  // prints doubles (1.5, 100.0, NaN); true, false, null; dates as date "text" = ..., as typed
  // dates are; [..] sequences; {"k": v} mappings.
  // ---------------------------------------------------------------------------------------

  /** The typed accessors in the order the dump prints them. */
  private static final List<Map.Entry<String, Function<FrontMatter, Object>>> FIELDS =
      List.of(
          Map.entry("title", FrontMatter::title),
          Map.entry("date", FrontMatter::date),
          Map.entry("summary", FrontMatter::summary),
          Map.entry("categories", FrontMatter::categories),
          Map.entry("lang", FrontMatter::lang),
          Map.entry("translations", FrontMatter::translations),
          Map.entry("tags", FrontMatter::tags),
          Map.entry("menu", FrontMatter::menu),
          Map.entry("thumbnail", FrontMatter::thumbnail),
          Map.entry("lead", FrontMatter::lead),
          Map.entry("comments", FrontMatter::comments),
          Map.entry("authorbox", FrontMatter::authorbox),
          Map.entry("pager", FrontMatter::pager),
          Map.entry("toc", FrontMatter::toc),
          Map.entry("mathjax", FrontMatter::mathjax),
          Map.entry("sidebar", FrontMatter::sidebar),
          Map.entry("widgets", FrontMatter::widgets),
          Map.entry("description", FrontMatter::description),
          Map.entry("draft", FrontMatter::draft),
          Map.entry("lastmod", FrontMatter::lastmod),
          Map.entry("publishDate", FrontMatter::publishDate),
          Map.entry("expiryDate", FrontMatter::expiryDate),
          Map.entry("slug", FrontMatter::slug),
          Map.entry("aliases", FrontMatter::aliases),
          Map.entry("keywords", FrontMatter::keywords),
          Map.entry("weight", FrontMatter::weight),
          Map.entry("url", FrontMatter::url),
          Map.entry("layout", FrontMatter::layout),
          Map.entry("type", FrontMatter::type),
          Map.entry("params", FrontMatter::params));

  static String dump(Article a) {
    StringBuilder out = new StringBuilder();
    FrontMatter fm = a.frontMatter();
    out.append("format: ").append(a.format()).append('\n');
    if (a.hasByteOrderMark()) {
      out.append("byte order mark\n");
    }
    out.append("keys: ")
        .append(fm.isEmpty() ? "(none)" : String.join(", ", fm.values().keySet()))
        .append('\n');
    for (Map.Entry<String, Function<FrontMatter, Object>> field : FIELDS) {
      String name = field.getKey();
      Object typed = present(field.getValue().apply(fm));
      Value raw = fm.values().entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(null);
      if (typed != null) {
        out.append(name);
        if (typed instanceof ArticleDate || raw instanceof Value.Date) {
          // a date read from text and a date the format typed look the same once typed
          out.append(" (").append(raw.getClass().getSimpleName()).append(')');
        }
        out.append(": ").append(typed(typed)).append('\n');
      } else if (raw != null) {
        out.append(name).append(": absent, raw ").append(value(raw)).append('\n');
      }
    }
    if (!a.extras().isEmpty()) {
      out.append("extras:\n");
      a.extras().forEach((k, v) -> out.append("  ").append(k).append(": ")
          .append(value(v)).append('\n'));
    }
    out.append("body line: ").append(a.bodyLine()).append('\n');
    out.append("body: ").append(quote(a.bodyText())).append('\n');
    if (!a.problems().isEmpty()) {
      out.append("warnings:\n");
      a.problems().forEach(p -> out.append("  ").append(p.summary()).append('\n'));
    }
    return out.substring(0, out.length() - 1);
  }

  /** The accessor's value when it holds something, else null. */
  private static Object present(Object accessed) {
    if (accessed instanceof Optional<?> o) {
      return o.orElse(null);
    }
    if (accessed instanceof OptionalInt i) {
      return i.isPresent() ? i.getAsInt() : null;
    }
    if (accessed instanceof List<?> l) {
      return l.isEmpty() ? null : l;
    }
    throw new AssertionError("unexpected accessor result " + accessed);
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private static String typed(Object v) {
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof List<?> l) {
      return l.stream().map(FixtureTest::typed).collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof ArticleDate d) {
      String when = d.localDate().toString();
      if (d.hasTime()) {
        when += "T" + d.localTime().orElseThrow().format(TIME);
        int nano = d.localTime().orElseThrow().getNano();
        if (nano != 0) {
          when += String.format(Locale.ROOT, ".%09d", nano).replaceAll("0+$", "");
        }
      } else {
        when += ", no time";
      }
      return quote(d.text()) + " = " + when
          + d.offset().map(o -> ", offset " + o).orElse(", no offset");
    }
    if (v instanceof Menu m) {
      return m.entries().entrySet().stream()
          .map(e -> quote(e.getKey()) + ": " + value(new Value.Mapping(e.getValue())))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (v instanceof Thumbnail t) {
      return "src " + quote(t.src()) + ", visibility " + typed(t.visibility());
    }
    if (v instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Value> entries = (Map<String, Value>) m;
      return value(new Value.Mapping(entries));
    }
    return String.valueOf(v); // Boolean, Integer
  }

  static String value(Value v) {
    if (v instanceof Value.Text t) {
      return quote(t.value());
    } else if (v instanceof Value.Int i) {
      return i.value().toString();
    } else if (v instanceof Value.Decimal d) {
      return Double.toString(d.value());
    } else if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (v instanceof Value.Null) {
      return "null";
    } else if (v instanceof Value.Date d) {
      return "date " + typed(d.value());
    } else if (v instanceof Value.Sequence s) {
      return s.items().stream().map(FixtureTest::value)
          .collect(Collectors.joining(", ", "[", "]"));
    } else {
      return ((Value.Mapping) v).entries().entrySet().stream()
          .map(e -> quote(e.getKey()) + ": " + value(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || c == '\uFEFF') {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
