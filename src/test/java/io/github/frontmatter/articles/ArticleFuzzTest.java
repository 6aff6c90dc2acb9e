package io.github.frontmatter.articles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets for Jazzer. Without {@code JAZZER_FUZZ} each target runs as a plain JUnit test
 * on its committed inputs (seeds and every crash found so far) in {@code
 * src/test/resources/io/github/frontmatter/articles/ArticleFuzzTestInputs/<target>/}; with
 * {@code JAZZER_FUZZ=1} one target is fuzzed ({@code src/scripts/fuzz.sh}, docs/security.md).
 *
 * <p>Each target states its invariant and fails (a finding) when it breaks: any exception
 * other than the ones named, a wrong result, or a single input taking longer than the
 * {@code @Timeout}. {@code body} and {@code html} parse and render the Markdown body.
 */
class ArticleFuzzTest {
  private static final String NAME = "fuzz.md";
  private static final ArticleParser DEFAULT = ArticleParser.defaults();
  /** Low limits, so that short fuzz inputs reach every limit check. */
  private static final ArticleParser TIGHT = ArticleParser.builder()
      .limits(Limits.defaults().withMaxFileBytes(2048).withMaxFrontMatterBytes(1024)
          .withMaxBodyBytes(1024).withMaxDepth(4).withMaxAliases(3).withMaxValues(40)
          .withMaxScalarBytes(48).withMaxNumberLength(12))
      .build();
  private static final ArticleParser SCHEMA = ArticleParser.builder()
      .schema(FrontMatterSchema.builtIn()).build();
  private static final ArticleParser STRICTEST = ArticleParser.builder()
      .unknownKeys(UnknownKeys.REJECT).warningsAsErrors(true).build();

  /**
   * Strict parse: only {@link ArticleException} escapes, always with well-formed problems;
   * an article that parses writes back the same bytes, reads the same from its decoded text,
   * reads the same under any limits that admit it, and converts to the other formats or is
   * refused with an {@link ArticleException}.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parse(byte[] input) {
    Article a;
    try {
      a = DEFAULT.parse(input, NAME);
    } catch (ArticleException e) {
      checkWellFormed(e);
      parseOrRefuse(TIGHT, input); // lower limits refuse it as well, also cleanly
      return;
    }
    assertArrayEquals(input, Articles.toBytes(a), "written back byte for byte");
    touch(a);
    Article fromText = DEFAULT.parse(new String(input, StandardCharsets.UTF_8), NAME);
    assertEquals(a, fromText, "the decoded text reads the same");
    assertArrayEquals(input, Articles.toBytes(fromText), "text written back byte for byte");

    Article tight = parseOrRefuse(TIGHT, input);
    if (tight != null) {
      assertEquals(a, tight, "limits never change an article they admit");
    }
    for (Format target : List.of(Format.YAML, Format.TOML, Format.JSON)) {
      try {
        Article converted = a.convertTo(target).article();
        assertEquals(a.bodyText(), converted.bodyText(), "conversion keeps the body");
        assertArrayEquals(Articles.toBytes(converted),
            Articles.toBytes(DEFAULT.parse(Articles.toBytes(converted), NAME)),
            "a converted article writes back byte for byte");
      } catch (ArticleException e) {
        checkWellFormed(e); // a value the target cannot hold, or a limit
      }
    }
  }

  /**
   * Lenient read and validation: never throw for content, under the built-in rules, a JSON
   * Schema and the strictest options; the strict parse throws exactly the read's errors.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void validate(byte[] input) {
    for (ArticleParser parser : List.of(DEFAULT, TIGHT, SCHEMA, STRICTEST)) {
      ParseResult r = parser.read(input, NAME);
      assertNotNull(r);
      List<Problem> errors = r.problems().stream()
          .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
      assertEquals(!errors.isEmpty(), r.hasErrors());
      r.problems().forEach(ArticleFuzzTest::checkWellFormed);
      if (r.article().isPresent()) {
        assertEquals(r.problems(), r.article().get().problems());
      } else {
        assertFalse(errors.isEmpty(), "no article only for an error");
      }
      try {
        Article a = parser.parse(input, NAME);
        assertTrue(errors.isEmpty(), "parse returned an article despite errors " + errors);
        assertEquals(r.article().orElseThrow(), a);
      } catch (ArticleException e) {
        assertEquals(errors, e.problems(), "parse throws the read's errors");
      }
    }
  }

  /**
   * Edits: an edited article (title, tags, a new or changed key, a removed key, several at
   * once) is refused with {@link IllegalArgumentException}, or it keeps the body and every
   * other key, holds the new value, and reads back from its bytes as the same model.
   *
   * <p>Input: one byte choosing the edit, then the article, then (after the last NUL byte, if
   * any) the text used as the new value.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void edit(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int op = (input[0] & 0xFF) % 6;
    byte[] rest = Arrays.copyOfRange(input, 1, input.length);
    int nul = lastIndexOf(rest, (byte) 0);
    byte[] file = nul < 0 ? rest : Arrays.copyOf(rest, nul);
    String text = nul < 0 ? "fuzz" : new String(rest, nul + 1, rest.length - nul - 1,
        StandardCharsets.UTF_8);
    Article a;
    try {
      a = DEFAULT.parse(file, NAME);
    } catch (ArticleException e) {
      return;
    }
    Map<String, Value> before = a.frontMatter().values();
    String first = before.isEmpty() ? "title" : before.keySet().iterator().next();
    int eq = text.indexOf('=');
    String key = eq < 0 ? "extra" : text.substring(0, eq);
    String value = eq < 0 ? text : text.substring(eq + 1);
    Map<String, Value> expected = new LinkedHashMap<>(before);
    Article edited;
    try {
      switch (op) {
        case 0 -> {
          edited = a.withTitle(value);
          expected.put(titleKey(before), new Value.Text(value));
        }
        case 1 -> {
          List<String> tags = List.of(value.split(",", -1));
          edited = a.withTags(tags);
          expected.put(keyFor(before, "tags"), texts(tags));
        }
        case 2 -> {
          edited = a.with(key, new Value.Text(value));
          expected.put(key, new Value.Text(value));
        }
        case 3 -> {
          String gone = before.containsKey(key) ? key : first;
          edited = a.without(gone);
          expected.remove(gone);
        }
        case 4 -> {
          Value v = structured(value);
          edited = a.with(key, v);
          expected.put(key, v);
        }
        default -> {
          edited = a.toBuilder().withTitle(value).with(key, Value.Int.of(value.length()))
              .without(first).build();
          expected.put(titleKey(before), new Value.Text(value));
          expected.put(key, Value.Int.of(value.length()));
          expected.remove(first);
        }
      }
    } catch (IllegalArgumentException e) {
      assertNotNull(e.getMessage(), "a refused edit says why");
      return;
    }
    assertEquals(a.bodyText(), edited.bodyText(), "an edit of the front matter keeps the body");
    assertEquals(expected.keySet(), new LinkedHashSet<>(edited.frontMatter().values().keySet()),
        "the edited keys");
    expected.forEach((k, v) -> {
      Value got = edited.frontMatter().values().get(k);
      if (!(v instanceof Value.Date d && got instanceof Value.Text t
          && t.value().equals(d.value().text()))) { // JSON writes dates as text
        assertEquals(v, got, "value of " + k);
      }
    });
    byte[] bytes = Articles.toBytes(edited);
    Article reread = DEFAULT.parse(bytes, NAME);
    assertEquals(edited, reread, "the written edit reads back as the edited model");
    assertArrayEquals(bytes, Articles.toBytes(reread));
  }

  // ------------------------------------------------------------------ helpers

  private static Article parseOrRefuse(ArticleParser parser, byte[] input) {
    try {
      return parser.parse(input, NAME);
    } catch (ArticleException e) {
      checkWellFormed(e);
      return null;
    }
  }

  /**
   * The body: a readable article's {@code body()} is a tree whose every node lies inside the
   * file text with a line number inside the file, built once and then shared; or a clean
   * {@link ArticleException} naming a body limit, the same on every call.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void body(byte[] input) {
    Article a = DEFAULT.read(input, NAME).article().orElse(null);
    if (a == null) {
      return;
    }
    Document doc;
    try {
      doc = a.body();
    } catch (ArticleException e) {
      checkWellFormed(e);
      assertTrue(e.problems().get(0).rule().startsWith("limit-body"), e.getMessage());
      ArticleException again = assertThrows(ArticleException.class, a::body);
      assertEquals(e.problems(), again.problems(), "the same refusal on every call");
      return;
    }
    assertSame(doc, a.body(), "built once, then shared");
    int length = a.text().length();
    // lines as CommonMark ends them: LF, CRLF, or a lone CR
    int lines = a.text().split("\r\n|\r|\n", -1).length;
    for (Node n : doc.getDescendants()) {
      assertTrue(n.getStartOffset() >= 0 && n.getStartOffset() <= n.getEndOffset()
          && n.getEndOffset() <= length, () -> "a node inside the text: " + n);
      assertTrue(n.getLineNumber() < lines, () -> "a line of the file: " + n);
    }
  }

  /**
   * HTML: the safe rendering of any readable article has no script element and no link or
   * image to a {@code javascript:}, {@code vbscript:} or {@code file:} URL, however the input
   * spells it; with raw HTML kept it still renders. A body limit is a clean refusal.
   */
  @FuzzTest(maxDuration = "30s")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void html(byte[] input) {
    Article a = DEFAULT.read(input, NAME).article().orElse(null);
    if (a == null) {
      return;
    }
    String html;
    try {
      html = a.html();
    } catch (ArticleException e) {
      checkWellFormed(e);
      assertTrue(e.problems().get(0).rule().startsWith("limit-"), e.getMessage());
      return;
    }
    String lower = html.toLowerCase(java.util.Locale.ROOT);
    assertFalse(lower.contains("<script"), () -> "no script element: " + html);
    for (String scheme : List.of("javascript:", "vbscript:", "file:")) {
      assertFalse(lower.contains("href=\"" + scheme) || lower.contains("src=\"" + scheme),
          () -> "no " + scheme + " URL: " + html);
    }
    assertNotNull(a.html(HtmlOptions.defaults().withRawHtml(true)));
  }

  private static void checkWellFormed(ArticleException e) {
    assertFalse(e.problems().isEmpty());
    assertEquals(e.problems().get(0).location(), e.location());
    assertNotNull(e.getMessage());
    e.problems().forEach(ArticleFuzzTest::checkWellFormed);
  }

  private static void checkWellFormed(Problem p) {
    assertEquals(NAME, p.location().source());
    assertTrue(p.rule().matches("[a-z0-9]+(-[a-z0-9]+)*"), p.rule());
    assertFalse(p.message().isBlank(), "a message for " + p.rule());
    assertTrue(p.message().length() < 20_000, "a short message for " + p.rule());
    if (p.rule().equals("limit-body-stack")) {
      // no option of Limits raises it: the way out is a larger thread stack
      assertTrue(p.message().contains("-Xss"), "the way out is named: " + p.message());
    } else if (p.rule().startsWith("limit-")) {
      assertTrue(p.message().contains("Limits."), "the option is named: " + p.message());
    }
  }

  /** Every accessor, the value tree's equality and hash: none may throw. */
  private static void touch(Article a) {
    assertNotNull(a.title());
    assertNotNull(a.date());
    assertNotNull(a.tags());
    assertNotNull(a.categories());
    assertNotNull(a.menu());
    assertNotNull(a.thumbnail());
    assertNotNull(a.lead());
    assertNotNull(a.extras());
    assertNotNull(a.frontMatter().text());
    assertEquals(a.frontMatter().values(), Map.copyOf(a.frontMatter().values()));
    assertEquals(a.hashCode(), a.hashCode());
    assertNotNull(a.frontMatter().values().toString());
    assertTrue(a.bodyLine() >= 1);
  }

  private static String titleKey(Map<String, Value> values) {
    return keyFor(values, "title");
  }

  /** The key as the withers pick it: an existing key in any case, else the field name. */
  private static String keyFor(Map<String, Value> values, String field) {
    for (String k : values.keySet()) {
      if (k.equalsIgnoreCase(field)) {
        return k;
      }
    }
    return field;
  }

  private static Value texts(List<String> items) {
    List<Value> out = new ArrayList<>();
    items.forEach(s -> out.add(new Value.Text(s)));
    return new Value.Sequence(out);
  }

  /** A value of every kind, built from the text: what the editors must write. */
  private static Value structured(String s) {
    Map<String, Value> map = new LinkedHashMap<>();
    map.put(s, new Value.Text(s));
    map.put("n", new Value.Int(BigInteger.valueOf(s.hashCode())));
    List<Value> items = new ArrayList<>();
    items.add(new Value.Text(s));
    items.add(new Value.Bool(s.length() % 2 == 0));
    items.add(new Value.Decimal(s.length() / 4.0));
    items.add(new Value.Mapping(map));
    items.add(new Value.Sequence(List.of()));
    if (s.length() % 3 == 0) {
      items.add(Value.Null.INSTANCE); // TOML refuses it: an IllegalArgumentException
    }
    try {
      items.add(new Value.Date(ArticleDate.parse(s)));
    } catch (IllegalArgumentException e) {
      // not a date
    }
    return new Value.Sequence(items);
  }

  private static int lastIndexOf(byte[] b, byte v) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }
}
