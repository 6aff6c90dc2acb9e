package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.internal.body.Markdown;
import io.github.frontmatter.articles.internal.read.BlockResult;
import io.github.frontmatter.articles.internal.read.JsonReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JSON front matter: Hugo's leading object and gray-matter's {@code ---json} fence, read by
 * {@link JsonReader} through the public API.
 */
class JsonReaderTest {

  private static Article parse(String text) {
    return Articles.parse(text, "t.md");
  }

  /** The summary lines ("t.md:1:2: error: ... [rule]") of every problem parsing throws. */
  private static List<String> errors(String text) {
    try {
      parse(text);
    } catch (ArticleException e) {
      return e.problems().stream().map(Problem::summary).toList();
    }
    throw new AssertionError("expected the text to be rejected: " + text);
  }

  private static Location at(int line, int column) {
    return new Location("t.md", line, column);
  }

  // ---- values ---------------------------------------------------------------------------

  @Test
  void readsEveryValueTypeInFileOrder() {
    Article a = parse("""
        {"s": "text", "i": 42, "big": 123456789012345678901234567890, "neg": -7,
         "d": 1.50, "e": 1E5, "t": true, "f": false, "n": null,
         "arr": [1, "two", [3], {}], "obj": {"k": {"z": false}, "empty": []}}
        Body.
        """);
    LinkedHashMap<String, Value> expected = new LinkedHashMap<>();
    expected.put("s", new Value.Text("text"));
    expected.put("i", Value.Int.of(42));
    expected.put("big", new Value.Int(new BigInteger("123456789012345678901234567890")));
    expected.put("neg", Value.Int.of(-7));
    expected.put("d", new Value.Decimal(1.5));
    expected.put("e", new Value.Decimal(100000.0));
    expected.put("t", new Value.Bool(true));
    expected.put("f", new Value.Bool(false));
    expected.put("n", Value.Null.INSTANCE);
    expected.put("arr", new Value.Sequence(List.of(Value.Int.of(1), new Value.Text("two"),
        new Value.Sequence(List.of(Value.Int.of(3))), new Value.Mapping(Map.of()))));
    expected.put("obj", new Value.Mapping(Map.of(
        "k", new Value.Mapping(Map.of("z", new Value.Bool(false))),
        "empty", new Value.Sequence(List.of()))));

    assertThat(a.format()).isEqualTo(Format.JSON);
    assertThat(a.frontMatter().values()).isEqualTo(expected);
    assertThat(a.frontMatter().values().keySet()).containsExactly(
        "s", "i", "big", "neg", "d", "e", "t", "f", "n", "arr", "obj");
    assertThat(((Value.Mapping) a.frontMatter().values().get("obj")).entries().keySet())
        .containsExactly("k", "empty");
  }

  @Test
  void scalarsWhereTextIsExpectedReadAsWritten() {
    Article a = parse("""
        {"title": 1.50, "description": 2024, "slug": true, "tags": [1, 2.0, false, "x"],
         "weight": 7, "draft": false, "date": "2024-02-03T10:00:00+01:00"}
        """);
    assertThat(a.title()).contains("1.50");
    assertThat(a.description()).contains("2024");
    assertThat(a.slug()).contains("true");
    assertThat(a.tags()).containsExactly("1", "2.0", "false", "x");
    assertThat(a.weight()).hasValue(7);
    assertThat(a.draft()).contains(false);
    assertThat(a.date()).contains(ArticleDate.parse("2024-02-03T10:00:00+01:00"));
    assertThat(a.problems()).isEmpty();
  }

  @Test
  void stringsKeepEscapesCjkAndEmoji() {
    Article a = parse("{\"s\": \"\\\"q\\\" \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00\","
        + " \"标题\": \"中文 😀\", \"x\": 1}\nBody\n");
    assertThat(a.frontMatter().get("s"))
        .contains(new Value.Text("\"q\" \\ / \b\f\n\r\t é 😀"));
    assertThat(a.frontMatter().get("标题")).contains(new Value.Text("中文 😀"));
    // columns count UTF-16 units: the emoji before "x" takes two
    int xColumn = a.text().indexOf("\"x\"") + 6; // the value 1, 1-based
    assertThat(a.frontMatter().locationOf("/x")).contains(at(1, xColumn));
    assertThat(a.frontMatter().locationOf("/标题")).contains(at(1, xColumn - 14));
  }

  @Test
  void everyValueHasItsFileLocationByJsonPointer() {
    Article a = parse("""
        {
          "title": "T",
          "list": ["a", ["b"]],
          "menu": {"main": {"weight": 3}},
          "a/b~c": 1
        }
        """);
    var fm = a.frontMatter();
    assertThat(fm.locationOf("/title")).contains(at(2, 12));
    assertThat(fm.locationOf("/list")).contains(at(3, 11));
    assertThat(fm.locationOf("/list/0")).contains(at(3, 12));
    assertThat(fm.locationOf("/list/1/0")).contains(at(3, 18));
    assertThat(fm.locationOf("/menu/main")).contains(at(4, 20));
    assertThat(fm.locationOf("/menu/main/weight")).contains(at(4, 31));
    assertThat(fm.locationOf("/a~1b~0c")).contains(at(5, 12));
    assertThat(fm.locationOf("")).isEmpty();
    assertThat(fm.locationOf("/nothing")).isEmpty();
  }

  @Test
  void readerReturnsOffsetsRelativeToTheWholeFile() {
    SourceText src = new SourceText("t.md", "---json\n{\"a\": [true]}\n---\n");
    BlockResult r = JsonReader.read(src, 8, 22, io.github.frontmatter.articles.Limits.defaults());
    assertThat(r.offsets()).containsOnly(Map.entry("/a", 14), Map.entry("/a/0", 15));
    assertThat(r.values()).containsOnlyKeys("a");
  }

  // ---- where the front matter ends and the body starts -----------------------------------

  @Test
  void bodyStartsAfterTheClosingBraceAndOneLineBreakAsInHugo() {
    String text = "{\n    \"test\": \"tester\",\n    \"author\": \"bob\"\n}\n\nTitle\n=====\n";
    Article a = parse(text);
    assertThat(a.frontMatter().text()).isEqualTo(text.substring(0, text.indexOf("}\n") + 1));
    assertThat(a.bodyText()).isEqualTo("\nTitle\n=====\n"); // the blank line stays
    assertThat(a.bodyLine()).isEqualTo(5);
    assertThat(a.frontMatter().values()).containsOnlyKeys("test", "author");
  }

  @Test
  void closingBraceNeedNotEndTheLine() {
    assertThat(parse("{\"title\": \"x\"} Body on the same line.\n").bodyText())
        .isEqualTo(" Body on the same line.\n");
    assertThat(parse("{\"title\": \"x\"} \nBody.\n").bodyText()).isEqualTo(" \nBody.\n");
    assertThat(parse("{\"title\": \"x\"}\n\n{\"second\": 1}\n").bodyText())
        .isEqualTo("\n{\"second\": 1}\n");
  }

  @Test
  void lineBreakAfterTheObjectIsCrLfCrOrLf() {
    Article crlf = parse("{\r\n  \"title\": \"CRLF\"\r\n}\r\n\r\nBody.\r\n");
    assertThat(crlf.bodyText()).isEqualTo("\r\nBody.\r\n");
    assertThat(crlf.title()).contains("CRLF");
    assertThat(crlf.frontMatter().locationOf("/title")).contains(at(2, 12));
    assertThat(parse("{\"title\": \"cr\"}\rBody.\n").bodyText()).isEqualTo("Body.\n");
    assertThat(parse("{\"title\": \"x\"}").bodyText()).isEmpty();
    assertThat(parse("{\"title\": \"x\"}\n").bodyText()).isEmpty();
  }

  @Test
  void bracesAndEscapedQuotesInsideStringsDoNotCount() {
    Article a = parse("{\"title\": \"a } b { \\\" } c\", \"path\": \"C:\\\\\"}\nBody }\n");
    assertThat(a.title()).contains("a } b { \" } c");
    assertThat(a.frontMatter().get("path")).contains(new Value.Text("C:\\"));
    assertThat(a.bodyText()).isEqualTo("Body }\n");
  }

  @Test
  void onlyAnObjectStartingWithAKeyOrClosingIsJson() {
    Article shortcode = parse("{{< figure src=\"x.png\" >}}\nBody.\n");
    assertThat(shortcode.format()).isEqualTo(Format.NONE);
    assertThat(shortcode.bodyText()).isEqualTo("{{< figure src=\"x.png\" >}}\nBody.\n");
    assertThat(parse("[{\"title\": \"array\"}]\n").format()).isEqualTo(Format.NONE);
    // white space before the object: Hugo's lexer skips it (HugoLeadTest), so JSON since 0.2.0
    assertThat(parse(" {\"title\": \"x\"}\n").format()).isEqualTo(Format.JSON);
    // Hugo would take these for JSON and fail; without '"' or '}' after '{' they stay Markdown
    assertThat(parse("{'a': 1}\n").format()).isEqualTo(Format.NONE);
    assertThat(parse("{a}\n").bodyText()).isEqualTo("{a}\n");
    Article empty = parse("{}\nBody.\n");
    assertThat(empty.format()).isEqualTo(Format.JSON);
    assertThat(empty.frontMatter().isEmpty()).isTrue();
    assertThat(empty.bodyText()).isEqualTo("Body.\n");
    assertThat(parse("{ \n\t \"title\": \"spaced\"}\n").title()).contains("spaced");
  }

  @Test
  void byteOrderMarkIsSkippedAndWrittenBack() {
    byte[] bytes = "\uFEFF{\"title\": \"BOM\"}\nBody.\n".getBytes(StandardCharsets.UTF_8);
    Article a = Articles.parse(bytes, "t.md");
    assertThat(a.hasByteOrderMark()).isTrue();
    assertThat(a.format()).isEqualTo(Format.JSON);
    assertThat(a.title()).contains("BOM");
    assertThat(a.frontMatter().locationOf("/title")).contains(at(1, 11));
    assertThat(Articles.toBytes(a)).isEqualTo(bytes);
    Article fromText = Articles.parse("\uFEFF{\"title\": \"BOM\"}\nBody.\n", "t.md");
    assertThat(Articles.toBytes(fromText)).isEqualTo(bytes);
  }

  @Test
  void writesBackByteForByte() {
    List<String> inputs = List.of(
        "{\n  \"title\": \"中文 😀\",\n  \"tags\": [ \"a\" ,\"b\" ]\n}\n\nBody *em*.\n",
        "{\"title\": 1.50}  trailing text",
        "{\r\n\t\"t\": \"x\"\r\n}\r\n\r\nCRLF body\r\n",
        "{}",
        "---json\n{\n  \"title\": \"autodetect-JSON\"\n}\n---\n\n# Heading",
        "---json  \r\n{\"a\": 1}\r\n---\t\r\nBody\r\n");
    for (String text : inputs) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      Article a = Articles.parse(bytes, "t.md");
      assertThat(a.format()).as(text).isEqualTo(Format.JSON);
      assertThat(Articles.toBytes(a)).as(text).isEqualTo(bytes);
      assertThat(Articles.toBytes(parse(text))).as(text).isEqualTo(bytes);
      assertThat(a.text()).as(text).isEqualTo(text);
    }
  }

  // ---- ---json fences ---------------------------------------------------------------------

  @Test
  void dashJsonFenceHoldsJson() {
    Article a = parse("---json\n{\n  \"title\": \"fenced\",\n  \"n\": 1\n}\n---\n\nBody.\n");
    assertThat(a.format()).isEqualTo(Format.JSON);
    assertThat(a.title()).contains("fenced");
    assertThat(a.frontMatter().text()).isEqualTo("{\n  \"title\": \"fenced\",\n  \"n\": 1\n}\n");
    assertThat(a.frontMatter().locationOf("/n")).contains(at(4, 8));
    assertThat(a.bodyText()).isEqualTo("\nBody.\n");
    assertThat(a.bodyLine()).isEqualTo(7);
  }

  @Test
  void dashJsonFenceClosesOnlyWithDashes() {
    assertThat(errors("---json\n{\"a\": 1}\n...\nbody\n---\n")).containsExactly(
        "t.md:3:1: error: expected the closing \"---\" line after the JSON object but found"
            + " '.' [json-syntax]");
    assertThat(errors("---json\n{\"a\": 1}\n")).containsExactly(
        "t.md:1:1: error: expected a closing \"---\" line for the front matter opened here but"
            + " found the end of the file [fence-unclosed]");
  }

  @Test
  void emptyDashJsonBlockIsEmptyFrontMatter() {
    Article a = parse("---json\n \n---\nBody\n");
    assertThat(a.format()).isEqualTo(Format.JSON);
    assertThat(a.frontMatter().isEmpty()).isTrue();
    assertThat(a.bodyText()).isEqualTo("Body\n");
  }

  // ---- errors ----------------------------------------------------------------------------

  @Test
  void trailingComma() {
    assertThat(errors("{\"title\": \"a\",}\nBody.\n")).containsExactly(
        "t.md:1:15: error: expected a property name in double quotes but found '}' (JSON"
            + " allows no comma before it) [json-syntax]");
    assertThat(errors("{\"tags\": [1,\n  ]}\n")).containsExactly(
        "t.md:2:3: error: expected a value but found ']' (JSON allows no comma before it)"
            + " [json-syntax]");
  }

  @Test
  void unterminatedString() {
    assertThat(errors("{\n  \"title\": \"unterminated\n}\n\nBody.\n")).containsExactly(
        "t.md:2:25: error: expected '\"' to close the string before the end of the line but"
            + " found a line break [json-syntax]");
    assertThat(errors("{\"title\": \"abc")).containsExactly(
        "t.md:1:15: error: expected '\"' to close the string but found the end of the file"
            + " [json-syntax]");
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondKey() {
    ArticleException e = (ArticleException) catchThrowable(
        "{\"title\": \"first\",\n \"tags\": [],\n \"title\": \"second\"}\nBody.\n");
    assertThat(e.problems()).extracting(Problem::summary).containsExactly(
        "t.md:3:2: error: title: expected each key once but found \"title\" again (first at"
            + " line 1) [duplicate-key]");
    assertThat(e.problems().get(0).path()).isEqualTo("/title");
    assertThat(e.problems().get(0).excerpt()).isEqualTo("   \"title\": \"second\"}\n   ^");
    assertThat(errors("{\"menu\": {\"main\": 1,\n\"main\": 2}}")).containsExactly(
        "t.md:2:1: error: menu.main: expected each key once but found \"main\" again (first"
            + " at line 1) [duplicate-key]");
  }

  @Test
  void everyErrorIsReportedInFileOrder() {
    assertThat(errors("{\"😀\": \"中文\", \"x\": 1, \"x\": {\"y\": 1, \"y\": 2},\n \"b\": }"))
        .containsExactly(
            "t.md:1:22: error: x: expected each key once but found \"x\" again (first at line"
                + " 1) [duplicate-key]",
            "t.md:1:36: error: x.y: expected each key once but found \"y\" again (first at"
                + " line 1) [duplicate-key]",
            "t.md:2:7: error: expected a value but found '}' [json-syntax]");
  }

  @Test
  void topLevelMustBeAnObject() {
    assertThat(errors("---json\n[1, 2]\n---\nBody.\n")).containsExactly(
        "t.md:2:1: error: expected the front matter to be a JSON object of keys to values but"
            + " found an array [front-matter-not-mapping]");
    assertThat(errors("---json\n\"str\"\n---\n")).containsExactly(
        "t.md:2:1: error: expected the front matter to be a JSON object of keys to values but"
            + " found the string \"str\" [front-matter-not-mapping]");
  }

  @Test
  void objectNeverClosed() {
    assertThat(errors("{\n  \"title\": \"never closed\",\n  \"tags\": [\"a\"]\n")).containsExactly(
        "t.md:4:1: error: expected '}' to close the object opened at line 1, column 1 but found"
            + " the end of the file [json-syntax]");
    assertThat(errors("{\n  \"title\": \"never closed\"\n\nBody text.\n")).containsExactly(
        "t.md:4:1: error: expected ',' or '}' but found 'B' [json-syntax]");
    assertThat(errors("---json\n{\"tags\": [\"a\"\n---\nbody\n")).containsExactly(
        "t.md:3:1: error: expected ']' to close the array opened at line 2, column 10 but found"
            + " the closing \"---\" line [json-syntax]");
  }

  @Test
  void otherSyntaxErrorsSayWhatWasExpected() {
    assertThat(errors("{\"a\": [1, 2}\n")).containsExactly(
        "t.md:1:12: error: expected ']' to close the array opened at line 1, column 7 but"
            + " found '}' [json-syntax]");
    assertThat(errors("{\"a\" 1}\n")).containsExactly(
        "t.md:1:6: error: expected ':' but found '1' [json-syntax]");
    assertThat(errors("{\"a\": 1 \"b\": 2}\n")).containsExactly(
        "t.md:1:9: error: expected ',' or '}' but found '\"' [json-syntax]");
    assertThat(errors("{\"a\": tru}\n")).containsExactly(
        "t.md:1:7: error: expected a value (a string, number, object, array, true, false or"
            + " null) but found 'tru' [json-syntax]");
    assertThat(errors("{\"a\": NaN}\n")).containsExactly(
        "t.md:1:7: error: expected a number but found 'NaN' (JSON has no NaN or Infinity)"
            + " [json-syntax]");
    assertThat(errors("{\"a\": 01}\n")).containsExactly(
        "t.md:1:7: error: expected a number without leading zeros but found a leading zero"
            + " [json-syntax]");
    assertThat(errors("{\"a\": -}\n")).containsExactly(
        "t.md:1:8: error: expected a digit after '-' but found '}' [json-syntax]");
    assertThat(errors("{\"a\": \"\\x\"}\n")).containsExactly(
        "t.md:1:9: error: expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or"
            + " \\uXXXX) but found '\\x' [json-syntax]");
    assertThat(errors("{\"a\": /* c */ 1}\n")).containsExactly(
        "t.md:1:7: error: expected JSON, which has no comments, but found '/' [json-syntax]");
    assertThat(errors("{\"a\": \"\t\"}\n")).containsExactly(
        "t.md:1:8: error: expected control characters in a string to be escaped (as \\t or"
            + " \\u0000) but found a tab [json-syntax]");
    assertThat(errors("---json\n{'a': 1}\n---\n")).containsExactly(
        "t.md:2:2: error: expected a property name in double quotes but found ''' [json-syntax]");
    assertThat(errors("---json\n{\"a\": 1} x\n---\n")).containsExactly(
        "t.md:2:10: error: expected the closing \"---\" line after the JSON object but found 'x'"
            + " [json-syntax]");
  }

  @Test
  void columnsAfterEmojiCountUtf16Units() {
    // "😀" is two UTF-16 units: the '}' is at index 11, column 12 (11 if it counted as one)
    assertThat(errors("{\"k\": \"😀\",}\n")).containsExactly(
        "t.md:1:12: error: expected a property name in double quotes but found '}' (JSON"
            + " allows no comma before it) [json-syntax]");
  }

  @Test
  void fieldErrorsPointIntoTheJson() {
    assertThat(errors("{\n  \"date\": \"yesterday\"\n}\n")).hasSize(1).first()
        .satisfies(s -> assertThat(s).startsWith("t.md:2:11: error: date: expected a date"))
        .satisfies(s -> assertThat(s).endsWith("but found \"yesterday\" [date-invalid]"));
  }

  @Test
  void nestingIsLimited() {
    String ok = "{\"a\": " + "[".repeat(199) + "]".repeat(199) + "}";
    assertThat(parse(ok).frontMatter().values()).containsOnlyKeys("a");
    String deep = "{\"a\": " + "[".repeat(200) + "]".repeat(200) + "}";
    assertThat(errors(deep)).containsExactly(
        "t.md:1:206: error: expected front matter nested at most 200 levels deep but found"
            + " a value nested 201 levels deep (raise Limits.maxFrontMatterDepth) [limit-depth]");
  }

  private static Throwable catchThrowable(String text) {
    try {
      parse(text);
    } catch (ArticleException e) {
      return e;
    }
    throw new AssertionError("expected the text to be rejected: " + text);
  }

  @Test
  void exceptionFromParseIsAnArticleException() {
    assertThatThrownBy(() -> parse("{\"a\": }")).isInstanceOf(ArticleException.class)
        .hasMessageContaining("[json-syntax]");
  }
}
