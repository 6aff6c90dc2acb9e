package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.internal.edit.YamlEditor;
import io.github.frontmatter.articles.internal.read.Split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.EditRefusedException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link YamlEditor}: exact text of small edits in every style, refusals, round trips of many
 * generated texts through every style, and seeded edits of every YAML article of the shared
 * corpus.
 */
class YamlEditorTest {
  private static final YamlEditor ED = new YamlEditor();

  // ---- helpers --------------------------------------------------------------------------

  private static Split split(String text) {
    return Split.of(new SourceText("t.md", text));
  }

  private static String nl(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  static Map<String, Value> values(String text) {
    return Articles.parse(text, "t.md").frontMatter().values();
  }

  private static Value text(String s) {
    return new Value.Text(s);
  }

  private static Value list(Object... items) {
    List<Value> out = new ArrayList<>();
    for (Object o : items) {
      out.add(o instanceof Value v ? v : text((String) o));
    }
    return new Value.Sequence(out);
  }

  private static Value map(Object... kv) {
    Map<String, Value> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put((String) kv[i], kv[i + 1] instanceof Value v ? v : text((String) kv[i + 1]));
    }
    return new Value.Mapping(out);
  }

  private static Value date(String s) {
    return new Value.Date(ArticleDate.parse(s));
  }

  /**
   * Sets {@code key} and checks what every edit must give besides its exact text: the new
   * value reads back, every other key is unchanged (order included), and setting it again
   * changes nothing.
   */
  static String set(String text, String key, Value value) {
    String out = ED.set(text, split(text), key, value, nl(text));
    Map<String, Value> expected = new LinkedHashMap<>(values(text));
    expected.put(key, value);
    Map<String, Value> got;
    try {
      got = values(out);
    } catch (RuntimeException e) {
      throw new AssertionError("unreadable after setting " + key + " to " + value + ":\n" + out,
          e);
    }
    assertThat(List.copyOf(got.entrySet())).as("values after setting %s in:%n%s", key,
        out).isEqualTo(List.copyOf(expected.entrySet()));
    assertThat(ED.set(out, split(out), key, value, nl(text))).as("the same edit again")
        .isEqualTo(out);
    return out;
  }

  /** Removes {@code key} and checks that exactly that key is gone. */
  static String remove(String text, String key) {
    String out = ED.remove(text, split(text), key, nl(text));
    Map<String, Value> expected = new LinkedHashMap<>(values(text));
    expected.remove(key);
    assertThat(List.copyOf(values(out).entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
    return out;
  }

  private static String fm(String yaml) {
    return "---\n" + yaml + "---\nBody.\n";
  }

  // ---- plain scalars --------------------------------------------------------------------

  @Test
  void plainStaysPlainAndKeepsTheCommentAfterIt() {
    assertThat(set(fm("title: Hello   # the title\nweight: 3\n"), "title", text("World")))
        .isEqualTo(fm("title: World   # the title\nweight: 3\n"));
  }

  @Test
  void keepsTheSpaceBetweenColonAndValue() {
    assertThat(set(fm("title:      Hello\ndraft:      true\n"), "draft",
        new Value.Bool(false)))
        .isEqualTo(fm("title:      Hello\ndraft:      false\n"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '^', commentCharacter = '\u0001', textBlock = """
      plain words              | plain words
      yes                      | "yes"
      On                       | "On"
      y                        | "y"
      1_000                    | "1_000"
      1:20                     | "1:20"
      0b101                    | "0b101"
      ...  x                   | "...  x"
      ...x                     | "...x"
      True                     | "True"
      no                       | "no"
      null                     | "null"
      ~                        | "~"
      123                      | "123"
      0x1F                     | "0x1F"
      1.5e3                    | "1.5e3"
      .inf                     | ".inf"
      2025-02-12               | "2025-02-12"
      2013-09-06 14:00:00 -0500 | "2013-09-06 14:00:00 -0500"
      2025-02-30               | 2025-02-30
      a: b                     | "a: b"
      a:b                      | a:b
      ends with:               | "ends with:"
      :start                   | ":start"
      a #not comment           | "a #not comment"
      a#b                      | a#b
      #hash                    | "#hash"
      *star                    | "*star"
      &amp                     | "&amp"
      !bang                    | "!bang"
      - dash                   | "- dash"
      -dash                    | "-dash"
      ? q                      | "? q"
      ^|pipe^                  | ^"|pipe"^
      >gt                      | ">gt"
      %pct                     | "%pct"
      @at                      | "@at"
      `back`tick               | "`back`tick"
      'single                  | "'single"
      [x]                      | "[x]"
      {x}                      | "{x}"
      a, b                     | a, b
      say "hi"                 | say "hi"
      back\\slash              | back\\slash
      案例 CloudWeGo           | 案例 CloudWeGo
      """)
  void plainTextIsQuotedWhenItWouldNotReadBackAsTheSameText(String value, String written) {
    String out = set(fm("title: Old\n"), "title", text(value));
    assertThat(out).isEqualTo(fm("title: " + written + "\n"));
  }

  @Test
  void plainTextWithLineBreaksEmptyOrBlanksAroundIsDoubleQuoted() {
    assertThat(set(fm("a: Old\n"), "a", text("two\nlines"))).isEqualTo(fm("a: \"two\\nlines\"\n"));
    assertThat(set(fm("a: Old\n"), "a", text(""))).isEqualTo(fm("a: \"\"\n"));
    assertThat(set(fm("a: Old\n"), "a", text(" lead"))).isEqualTo(fm("a: \" lead\"\n"));
    assertThat(set(fm("a: Old\n"), "a", text("trail "))).isEqualTo(fm("a: \"trail \"\n"));
    assertThat(set(fm("a: Old\n"), "a", text("tab\there"))).isEqualTo(fm("a: \"tab\\there\"\n"));
    assertThat(set(fm("a: Old\n"), "a", text("emoji 😀"))).isEqualTo(fm("a: emoji 😀\n"));
    // a lone surrogate is escaped; reading refuses the escape (encoding), so the edit API
    // refuses such a value (HostileInputTest.anEditThatWouldHoldALoneSurrogate...)
    String old = fm("a: Old\n");
    assertThat(ED.set(old, split(old), "a", text("lone \uD83D"), nl(old)))
        .isEqualTo(fm("a: \"lone \\uD83D\"\n"));
  }

  @Test
  void nonTextScalarsAreWrittenPlainWhateverTheOldStyle() {
    assertThat(set(fm("weight: \"3\"\n"), "weight", Value.Int.of(5))).isEqualTo(fm("weight: 5\n"));
    assertThat(set(fm("x: 'a'\n"), "x", new Value.Decimal(1.5))).isEqualTo(fm("x: 1.5\n"));
    assertThat(set(fm("x: a\n"), "x", new Value.Decimal(Double.NEGATIVE_INFINITY)))
        .isEqualTo(fm("x: -.inf\n"));
    assertThat(set(fm("x: a\n"), "x", new Value.Bool(true))).isEqualTo(fm("x: true\n"));
    assertThat(set(fm("x: a # c\n"), "x", Value.Null.INSTANCE)).isEqualTo(fm("x: null # c\n"));
    assertThat(set(fm("n: 3\n"), "n", text("3"))).isEqualTo(fm("n: \"3\"\n"));
  }

  // ---- quoted scalars -------------------------------------------------------------------

  @Test
  void doubleQuotedStaysDoubleQuotedWithEscapesAndKeepsCjkAndEmoji() {
    assertThat(set(fm("title: \"案例\" # 标题\n"), "title", text("say \"hi\" \\ 中文 😀")))
        .isEqualTo(fm("title: \"say \\\"hi\\\" \\\\ 中文 😀\" # 标题\n"));
    assertThat(set(fm("title: \"a\"\n"), "title", text("bell\u0007 nel\u0085 del\u007F ls\u2028")))
        .isEqualTo(fm("title: \"bell\\u0007 nel\\u0085 del\\u007F ls\\u2028\"\n"));
    assertThat(set(fm("title: \"a\"\n"), "title", text("plain enough")))
        .isEqualTo(fm("title: \"plain enough\"\n"));
  }

  @Test
  void singleQuotedStaysSingleQuotedUnlessItCannotHoldTheText() {
    assertThat(set(fm("title: 'Old' # c\n"), "title", text("it's \"fine\"")))
        .isEqualTo(fm("title: 'it''s \"fine\"' # c\n"));
    assertThat(set(fm("title: 'Old'\n"), "title", text(" yes ")))
        .isEqualTo(fm("title: ' yes '\n"));
    assertThat(set(fm("title: 'Old'\n"), "title", text("two\nlines")))
        .isEqualTo(fm("title: \"two\\nlines\"\n"));
    assertThat(set(fm("title: 'Old'\n"), "title", text("bell\u0007")))
        .isEqualTo(fm("title: \"bell\\u0007\"\n"));
  }

  @Test
  void multiLineQuotedAndPlainValuesAreReplacedWhole() {
    assertThat(set(fm("a: \"one\n  two\"\nb: plain\n  continued\nc: 1\n"), "b", text("x")))
        .isEqualTo(fm("a: \"one\n  two\"\nb: x\nc: 1\n"));
    assertThat(set(fm("a: \"one\n  two\"\nb: 1\n"), "a", text("y"))).isEqualTo(fm("a: \"y\"\nb: 1\n"));
  }

  @Test
  void valueOnTheLineAfterTheKeyIsReplacedInPlace() {
    assertThat(set(fm("title:\n  \"Old\"\nb: 1\n"), "title", text("New")))
        .isEqualTo(fm("title:\n  \"New\"\nb: 1\n"));
  }

  // ---- block scalars --------------------------------------------------------------------

  @Test
  void blockScalarGivenOneLineBecomesAScalarOnTheKeyLine() {
    String before = fm("description: >\n  Old text\n  more text\n\nnext: 1\n");
    assertThat(set(before, "description", text("One line"))).isEqualTo(
        fm("description: One line\n\nnext: 1\n"));
    assertThat(set(before, "description", text("needs: quotes"))).isEqualTo(
        fm("description: \"needs: quotes\"\n\nnext: 1\n"));
    assertThat(set(fm("d: |- # keep me\n  x\n  y\ne: 1\n"), "d", text("z")))
        .isEqualTo(fm("d: z # keep me\ne: 1\n"));
    assertThat(set(fm("d: >-  \n  x\ne: 1\n"), "d", text("z"))).isEqualTo(fm("d: z\ne: 1\n"));
  }

  @Test
  void blockScalarGivenSeveralLinesBecomesALiteralBlockAtItsIndentation() {
    String before = fm("description: >\n    Old text\n    more\nnext: 1\n");
    assertThat(set(before, "description", text("line one\nline two\n"))).isEqualTo(
        fm("description: |\n    line one\n    line two\nnext: 1\n"));
    assertThat(set(before, "description", text("no break at end\n\nafter blank"))).isEqualTo(
        fm("description: |-\n    no break at end\n\n    after blank\nnext: 1\n"));
    assertThat(set(before, "description", text("  indented first\nsecond\n"))).isEqualTo(
        fm("description: |4\n      indented first\n    second\nnext: 1\n"));
    assertThat(set(fm("d: | # c\n  a\n  b\ne: 1\n"), "d", text("x\ny\n")))
        .isEqualTo(fm("d: | # c\n  x\n  y\ne: 1\n"));
  }

  @Test
  void nestedBlockScalarsBecomeLiteralBlocksRelativeToTheirParent() {
    assertThat(set(fm("items:\n  - |\n    a\n  - b\n"), "items", list(" x\ny\n", "b")))
        .isEqualTo(fm("items:\n  - |2\n     x\n    y\n  - b\n"));
    assertThat(set(fm("p:\n  d: >-\n      a\n  e: 1\n"), "p", map("d", "x\n  y", "e",
        Value.Int.of(1))))
        .isEqualTo(fm("p:\n  d: |-\n      x\n        y\n  e: 1\n"));
    assertThat(set(fm("p:\n  d: >-\n      a\n  e: 1\n"), "p", map("d", "  x\ny", "e",
        Value.Int.of(1))))
        .isEqualTo(fm("p:\n  d: |4-\n        x\n      y\n  e: 1\n"));
  }

  @Test
  void literalBlockFallsBackToDoubleQuotedWhenItCannotHoldTheText() {
    String before = fm("d: |\n  a\nnext: 1\n");
    assertThat(set(before, "d", text("two breaks\n\n"))).isEqualTo(
        fm("d: \"two breaks\\n\\n\"\nnext: 1\n"));
    assertThat(set(before, "d", text("cr\r\nlf"))).isEqualTo(fm("d: \"cr\\r\\nlf\"\nnext: 1\n"));
    // an indented comment after the block would become part of its text
    assertThat(set(fm("d: |\n  a\n  # part of d\nnext: 1\n"), "d", text("x\ny")))
        .isEqualTo(fm("d: |-\n  x\n  y\nnext: 1\n"));
    // a less indented comment ends the block and stays
    assertThat(set(fm("d: >\n    a\n\n  # a comment\nnext: 1\n"), "d", text("x\ny")))
        .isEqualTo(fm("d: |-\n    x\n    y\n\n  # a comment\nnext: 1\n"));
  }

  @Test
  void literalBlockAfterAnIndentedCommentIsDoubleQuoted() {
    // "  # note" after the plain value is a comment; a block scalar would swallow it
    String before = fm("d: >\n  a\nx: 1\n");
    String withComment = fm("d: \"q\"\n  # note\nx: 1\n");
    assertThat(set(before, "d", text("x\ny"))).isEqualTo(fm("d: |-\n  x\n  y\nx: 1\n"));
    assertThat(set(withComment, "d", text("x\ny"))).isEqualTo(fm("d: \"x\\ny\"\n  # note\nx: 1\n"));
  }

  @Test
  void emptyFoldedBlockRightBeforeTheFence() {
    String before = "---\ntitle: \"第八期\"\ndescription: >\n---\n\nBody\n";
    assertThat(set(before, "description", text("本期周报"))).isEqualTo(
        "---\ntitle: \"第八期\"\ndescription: 本期周报\n---\n\nBody\n");
    assertThat(set(before, "description", text("第一行\n第二行\n"))).isEqualTo(
        "---\ntitle: \"第八期\"\ndescription: |\n  第一行\n  第二行\n---\n\nBody\n");
  }

  // ---- sequences ------------------------------------------------------------------------

  @Test
  void flowSequenceStaysFlowKeepingItsItemsAndQuotingNewOnesLikeTheFirst() {
    String before = fm("keywords: [\"CloudWeGo\", \"Hertz\", \"HTTP 框架\"] # kw\n");
    assertThat(set(before, "keywords", list("CloudWeGo", "HTTP 框架", "性能测试")))
        .isEqualTo(fm("keywords: [\"CloudWeGo\", \"HTTP 框架\", \"性能测试\"] # kw\n"));
    assertThat(set(fm("tags: [a, \"b\"]\n"), "tags", list("b", "a", "c d", "yes", "x,y")))
        .isEqualTo(fm("tags: [\"b\", a, c d, \"yes\", \"x,y\"]\n"));
    assertThat(set(fm("tags: [ a,b ]\n"), "tags", list("c", "a", "b")))
        .isEqualTo(fm("tags: [ c,a,b ]\n"));
    assertThat(set(fm("tags: ['a']\n"), "tags", list("it's")))
        .isEqualTo(fm("tags: ['it''s']\n"));
    assertThat(set(fm("mixed: [a]\n"), "mixed", list(Value.Int.of(1), date("2025-01-02"),
        list("m"), map("k", "v"))))
        .isEqualTo(fm("mixed: [1, 2025-01-02, [m], {k: v}]\n"));
  }

  @Test
  void multiLineFlowSequenceBecomesOneLine() {
    assertThat(set(fm("tags: [\n  a,\n  b\n]\nnext: 1\n"), "tags", list("a", "c")))
        .isEqualTo(fm("tags: [a, c]\nnext: 1\n"));
  }

  @Test
  void blockSequenceKeepsItsDashIndentationAndItemQuoting() {
    String before = fm("tags:\n  - \"qq\"\n  - \"wechat\"  # main one\nnext: 1\n");
    assertThat(set(before, "tags", list("qq", "wechat", "微博"))).isEqualTo(
        fm("tags:\n  - \"qq\"\n  - \"wechat\"  # main one\n  - \"微博\"\nnext: 1\n"));
    assertThat(set(before, "tags", list("wechat", "qq"))).isEqualTo(
        fm("tags:\n  - \"wechat\"  # main one\n  - \"qq\"\nnext: 1\n"));
    assertThat(set(before, "tags", list("qq"))).isEqualTo(fm("tags:\n  - \"qq\"\nnext: 1\n"));
    assertThat(set(fm("tags:\n- a\n- b\nnext: 1\n"), "tags", list("a", "yes")))
        .isEqualTo(fm("tags:\n- a\n- \"yes\"\nnext: 1\n"));
    assertThat(set(fm("tags:\n  -   a\n  -   b\n"), "tags", list("b", "c")))
        .isEqualTo(fm("tags:\n  -   b\n  -   c\n"));
  }

  @Test
  void blockSequenceToEmptyOrScalarGoesOnTheKeyLineKeepingItsComment() {
    String before = fm("tags: # the tags\n  - a\n  - b\nnext: 1\n");
    assertThat(set(before, "tags", list())).isEqualTo(fm("tags: [] # the tags\nnext: 1\n"));
    assertThat(set(before, "tags", text("one"))).isEqualTo(fm("tags: one # the tags\nnext: 1\n"));
    assertThat(set(fm("tags: [a, b]\n"), "tags", list())).isEqualTo(fm("tags: []\n"));
  }

  @Test
  void scalarOrNullToListGivesABlockListIndentedLikeTheFile() {
    assertThat(set(fm("a:\n- x\ncategories: news # one\n"), "categories", list("a", "b")))
        .isEqualTo(fm("a:\n- x\ncategories: # one\n- a\n- b\n"));
    assertThat(set(fm("categories:\nnext: 1\n"), "categories", list("a")))
        .isEqualTo(fm("categories:\n  - a\nnext: 1\n"));
    assertThat(set(fm("cats: ~\n"), "cats", map("k", "v")))
        .isEqualTo(fm("cats:\n  k: v\n"));
  }

  @Test
  void sequencesOfMappingsKeepTheirShape() {
    String before = fm("sidebar:\n  - title: \"快速开始\"\n    link: /a\n  - title: \"概念\"\n"
        + "    link: /b\n");
    assertThat(set(before, "sidebar", list(map("title", "快速开始", "link", "/a"),
        map("title", "概念", "link", "/c"), map("title", "新", "link", "/d"))))
        .isEqualTo(fm("sidebar:\n  - title: \"快速开始\"\n    link: /a\n  - title: \"概念\"\n"
            + "    link: /c\n  - title: \"新\"\n    link: /d\n"));
  }

  // ---- mappings -------------------------------------------------------------------------

  @Test
  void blockMappingKeepsItsIndentationAndUnchangedEntries() {
    String before = fm("menu:\n    main:\n        weight: 10 # order\n        name: \"Docs\"\n"
        + "title: x\n");
    assertThat(set(before, "menu", map("main", map("weight", Value.Int.of(20), "name", "Docs"))))
        .isEqualTo(fm("menu:\n    main:\n        weight: 20\n        name: \"Docs\"\ntitle: x\n"));
    assertThat(set(before, "menu", map("main", map("weight", Value.Int.of(10), "name", "Docs",
        "parent", "guides"))))
        .isEqualTo(fm("menu:\n    main:\n        weight: 10 # order\n        name: \"Docs\"\n"
            + "        parent: guides\ntitle: x\n"));
    assertThat(set(before, "menu", map())).isEqualTo(fm("menu: {}\ntitle: x\n"));
  }

  @Test
  void flowMappingStaysFlow() {
    String before = fm("thumbnail: { src: \"img/a.png\", visibility: [list, post] }\n");
    assertThat(set(before, "thumbnail", map("src", "img/a.png", "visibility", list("list"))))
        .isEqualTo(fm("thumbnail: { src: \"img/a.png\", visibility: [list] }\n"));
    assertThat(set(before, "thumbnail", map("src", "img/b.png", "alt", "a, b")))
        .isEqualTo(fm("thumbnail: { src: \"img/b.png\", alt: \"a, b\" }\n"));
    assertThat(set(fm("t: {a: 1}\n"), "t", map("a", Value.Int.of(2), "b c", "d")))
        .isEqualTo(fm("t: {a: 2, b c: d}\n"));
  }

  @Test
  void nestedParamsWithListsKeepTheirIndentation() {
    String before = fm("params:\n  author: me\n  tags:\n  - x\n  - y\nnext: 1\n");
    assertThat(set(before, "params", map("author", "me", "tags", list("y", "z"),
        "new", list("m"))))
        .isEqualTo(fm("params:\n  author: me\n  tags:\n  - y\n  - z\n  new:\n  - m\nnext: 1\n"));
  }

  // ---- null and empty values -------------------------------------------------------------

  @Test
  void nullOrEmptyValueGetsTheValueAfterTheColon() {
    assertThat(set(fm("key:\nnext: 1\n"), "key", text("v"))).isEqualTo(fm("key: v\nnext: 1\n"));
    assertThat(set(fm("key:   # c\n"), "key", text("v"))).isEqualTo(fm("key: v   # c\n"));
    assertThat(set(fm("key: ~\n"), "key", text("v"))).isEqualTo(fm("key: v\n"));
    assertThat(set(fm("key: null\n"), "key", list("a", "b"))).isEqualTo(
        fm("key:\n  - a\n  - b\n"));
    assertThat(set(fm("key:\n"), "key", list())).isEqualTo(fm("key: []\n"));
  }

  // ---- dates ----------------------------------------------------------------------------

  @Test
  void datesAreWrittenUnquotedAndDateLikeTextIsQuoted() {
    assertThat(set(fm("date: 2025-02-12\n"), "date", date("2025-03-01T10:00:00+08:00")))
        .isEqualTo(fm("date: 2025-03-01T10:00:00+08:00\n"));
    assertThat(set(fm("date: \"2025-07-21\"\n"), "date", date("2025-08-01")))
        .isEqualTo(fm("date: 2025-08-01\n"));
    assertThat(set(fm("date: '2025-07-21'\n"), "date", date("2013-09-06 14:00:00 -0500")))
        .isEqualTo(fm("date: 2013-09-06 14:00:00 -0500\n"));
    assertThat(set(fm("date: 2025-02-12\n"), "date", text("2025-03-01")))
        .isEqualTo(fm("date: \"2025-03-01\"\n"));
    // the same date spelled differently is an edit
    assertThat(set(fm("date: 2025-02-12 07:02\n"), "date", date("2025-02-12T07:02:00")))
        .isEqualTo(fm("date: 2025-02-12T07:02:00\n"));
  }

  // ---- unchanged values ----------------------------------------------------------------

  @Test
  void settingTheCurrentValueChangesNothing() {
    String before = fm("tags: [a,   \"b\", 'c']  # odd spacing\nd: >\n  folded\n  text\n");
    assertThat(ED.set(before, split(before), "tags", list("a", "b", "c"), "\n"))
        .isSameAs(before);
    assertThat(ED.set(before, split(before), "d", text("folded text\n"), "\n")).isSameAs(before);
  }

  // ---- line breaks, offsets, fences -----------------------------------------------------

  @Test
  void crlfFilesKeepCrlfInEveryEdit() {
    String before = "---\r\ntitle: a\r\ntags:\r\n  - x\r\n# about d\r\nd: 1\r\n---\r\nBody\r\n";
    assertThat(set(before, "tags", list("x", "z"))).isEqualTo(
        "---\r\ntitle: a\r\ntags:\r\n  - x\r\n  - z\r\n# about d\r\nd: 1\r\n---\r\nBody\r\n");
    assertThat(set(before, "new", list("m"))).isEqualTo(
        "---\r\ntitle: a\r\ntags:\r\n  - x\r\n# about d\r\nd: 1\r\nnew:\r\n  - m\r\n---\r\nBody\r\n");
    assertThat(remove(before, "d")).isEqualTo(
        "---\r\ntitle: a\r\ntags:\r\n  - x\r\n---\r\nBody\r\n");
    assertThat(remove(before, "tags")).isEqualTo(
        "---\r\ntitle: a\r\n# about d\r\nd: 1\r\n---\r\nBody\r\n");
  }

  @Test
  void offsetsCountUtf16UnitsAfterEmojiAndCjk() {
    String before = fm("title: \"😀😀 中文 🎉\"\nx: {a: \"😀\", b: old} # 😀\n"
        + "tags: [\"🎉\", b]\nsummary: s\n");
    assertThat(set(before, "summary", text("新的 😀"))).isEqualTo(
        fm("title: \"😀😀 中文 🎉\"\nx: {a: \"😀\", b: old} # 😀\ntags: [\"🎉\", b]\n"
            + "summary: 新的 😀\n"));
    assertThat(set(before, "x", map("a", "😀", "b", "new"))).isEqualTo(
        fm("title: \"😀😀 中文 🎉\"\nx: {a: \"😀\", b: new} # 😀\ntags: [\"🎉\", b]\n"
            + "summary: s\n"));
    assertThat(set(before, "tags", list("b", "🎉", "c"))).isEqualTo(
        fm("title: \"😀😀 中文 🎉\"\nx: {a: \"😀\", b: old} # 😀\ntags: [b, \"🎉\", \"c\"]\n"
            + "summary: s\n"));
    assertThat(remove(before, "x")).isEqualTo(
        fm("title: \"😀😀 中文 🎉\"\ntags: [\"🎉\", b]\nsummary: s\n"));
  }

  @Test
  void lastKeyBeforeTheFenceWithAndWithoutLinesInBetween() {
    assertThat(set("---\na: 1\nlast: x\n---", "last", text("z"))).isEqualTo(
        "---\na: 1\nlast: z\n---");
    assertThat(set("---\na: 1\nlast:\n  - x\n---", "last", list("z"))).isEqualTo(
        "---\na: 1\nlast:\n  - z\n---");
    assertThat(set("---\nlast: x # c\n\n# end\n---\n", "last", list("z"))).isEqualTo(
        "---\nlast: # c\n  - z\n\n# end\n---\n");
    assertThat(set("---\nlast: x\n...\nBody\n", "last", text("z"))).isEqualTo(
        "---\nlast: z\n...\nBody\n");
    assertThat(remove("---\na: 1\nlast: x\n---", "last")).isEqualTo("---\na: 1\n---");
    assertThat(remove("---\nlast: |\n  x\n\n---\n", "last")).isEqualTo("---\n\n---\n");
  }

  // ---- new keys -------------------------------------------------------------------------

  @Test
  void newKeyIsAppendedBeforeTheClosingFence() {
    assertThat(set(fm("title: a\n\n# trailing comment\n"), "draft", new Value.Bool(true)))
        .isEqualTo(fm("title: a\n\n# trailing comment\ndraft: true\n"));
    assertThat(set(fm("title: a\n"), "my key: x", text("yes")))
        .isEqualTo(fm("title: a\n\"my key: x\": \"yes\"\n"));
    assertThat(set(fm("title: a\n"), "widgets", list("search", "recent")))
        .isEqualTo(fm("title: a\nwidgets:\n  - search\n  - recent\n"));
    assertThat(set(fm("tags:\n- a\n"), "widgets", list("search")))
        .isEqualTo(fm("tags:\n- a\nwidgets:\n- search\n"));
    assertThat(set(fm("tags:\n    - a\n"), "menu", map("main", map("weight", Value.Int.of(1)))))
        .isEqualTo(fm("tags:\n    - a\nmenu:\n  main:\n    weight: 1\n"));
    assertThat(set(fm("p:\n    a: 1\n"), "nav", map("main", list("x"))))
        .isEqualTo(fm("p:\n    a: 1\nnav:\n    main:\n      - x\n"));
    assertThat(set(fm("title: a\n"), "empty", list())).isEqualTo(fm("title: a\nempty: []\n"));
  }

  @Test
  void newKeyIntoEmptyOrCommentOnlyFrontMatter() {
    assertThat(set("---\n---\nBody\n", "title", text("T"))).isEqualTo("---\ntitle: T\n---\nBody\n");
    assertThat(set("---\n---", "title", text("T"))).isEqualTo("---\ntitle: T\n---");
    assertThat(set("---\r\n---\r\n", "tags", list("a"))).isEqualTo(
        "---\r\ntags:\r\n  - a\r\n---\r\n");
    assertThat(set("---\n# only a comment\n---\n", "title", text("T")))
        .isEqualTo("---\n# only a comment\ntitle: T\n---\n");
  }

  // ---- removal --------------------------------------------------------------------------

  @Test
  void removeTakesTheKeyItsValueLinesAndTrailingComment() {
    String before = fm("a: 1\nb: [x,\n  y] # about b\nc:\n  - z\nd: 4\n");
    assertThat(remove(before, "b")).isEqualTo(fm("a: 1\nc:\n  - z\nd: 4\n"));
    assertThat(remove(before, "c")).isEqualTo(fm("a: 1\nb: [x,\n  y] # about b\nd: 4\n"));
    assertThat(remove(before, "a")).isEqualTo(fm("b: [x,\n  y] # about b\nc:\n  - z\nd: 4\n"));
    assertThat(remove(fm("a: 1\nb:\n  c: >\n    folded\n\n  d: 2\ne: 5\n"), "b"))
        .isEqualTo(fm("a: 1\ne: 5\n"));
  }

  @Test
  void removeTakesTheCommentsThatClearlyBelongToTheKey() {
    // after a blank line
    assertThat(remove(fm("a: 1\n\n# about b\n# more\nb: 2\nc: 3\n"), "b"))
        .isEqualTo(fm("a: 1\n\nc: 3\n"));
    // at the start of the front matter
    assertThat(remove(fm("# about a\na: 1\nb: 2\n"), "a")).isEqualTo(fm("b: 2\n"));
    // right after the previous value
    assertThat(remove(fm("a:\n  - x\n# about b\nb: 2\n"), "b")).isEqualTo(fm("a:\n  - x\n"));
  }

  @Test
  void removeLeavesCommentsThatDoNotClearlyBelongToTheKey() {
    // a blank line between the comment and the key
    assertThat(remove(fm("a: 1\n# section\n\nb: 2\n"), "b")).isEqualTo(fm("a: 1\n# section\n\n"));
    // an indented comment above: a commented-out item of the list, and what follows it
    assertThat(remove(fm("a:\n  - x\n  # - y\n# about b?\nb: 2\n"), "b"))
        .isEqualTo(fm("a:\n  - x\n  # - y\n# about b?\n"));
    // comments below the key belong to the next one
    assertThat(remove(fm("a: 1\n# about c\nc: 3\n"), "a")).isEqualTo(fm("# about c\nc: 3\n"));
  }

  @Test
  void removeOfAnAbsentKeyReturnsTheTextUnchanged() {
    String before = fm("a: 1\n");
    assertThat(ED.remove(before, split(before), "b", "\n")).isSameAs(before);
    String flow = fm("{a: 1}\n");
    assertThat(ED.remove(flow, split(flow), "b", "\n")).isSameAs(flow);
    String empty = "---\n---\n";
    assertThat(ED.remove(empty, split(empty), "b", "\n")).isSameAs(empty);
  }

  // ---- refusals -------------------------------------------------------------------------

  @Test
  void flowMappingFrontMatterIsEditedInPlace() {
    // gray-matter's fixtures write JSON between "---" lines: YAML reads it as a flow mapping
    String one = fm("{title: a, tags: [x]}\n");
    assertThat(set(one, "title", text("b"))).isEqualTo(fm("{title: b, tags: [x]}\n"));
    assertThat(set(one, "tags", list("x", "y, z"))).isEqualTo(fm("{title: a, tags: [x, \"y, z\"]}\n"));
    assertThat(set(one, "draft", new Value.Bool(true)))
        .isEqualTo(fm("{title: a, tags: [x], draft: true}\n"));
    assertThat(remove(one, "title")).isEqualTo(fm("{tags: [x]}\n"));
    assertThat(remove(one, "tags")).isEqualTo(fm("{title: a}\n"));
    assertThat(remove(remove(one, "tags"), "title")).isEqualTo(fm("{}\n"));
    assertThat(set(fm("{}\n"), "title", text("a"))).isEqualTo(fm("{title: a}\n"));
    // JSON-like: new keys and text double-quoted, the spacing around the colon kept
    String json = fm("{ \"title\":\"a\" , \"n\":1 }\n");
    assertThat(set(json, "lang", text("en"))).isEqualTo(fm("{ \"title\":\"a\" , \"n\":1 , \"lang\":\"en\" }\n"));
    assertThat(set(json, "tags", list("p", "q")))
        .isEqualTo(fm("{ \"title\":\"a\" , \"n\":1 , \"tags\":[\"p\", \"q\"] }\n"));
    assertThat(set(json, "title", text("b: c"))).isEqualTo(fm("{ \"title\":\"b: c\" , \"n\":1 }\n"));
    // a trailing comma stays last
    assertThat(set(fm("{a: 1, }\n"), "b", text("x"))).isEqualTo(fm("{a: 1, b: x, }\n"));
    assertThat(remove(fm("{a: 1, b: 2, }\n"), "b")).isEqualTo(fm("{a: 1, }\n"));
  }

  @Test
  void multiLineFlowMappingFrontMatterKeepsOneEntryPerLine() {
    String text = fm("{\n  \"title\": \"Hello\",\n  \"tags\": [\"a\", \"b\"] # two\n}\n");
    assertThat(set(text, "title", text("Bye"))).isEqualTo(
        fm("{\n  \"title\": \"Bye\",\n  \"tags\": [\"a\", \"b\"] # two\n}\n"));
    assertThat(set(text, "draft", new Value.Bool(false))).isEqualTo(fm(
        "{\n  \"title\": \"Hello\",\n  \"tags\": [\"a\", \"b\"], # two\n  \"draft\": false\n}\n"));
    assertThat(remove(text, "title"))
        .isEqualTo(fm("{\n  \"tags\": [\"a\", \"b\"] # two\n}\n"));
    assertThat(remove(text, "tags")).isEqualTo(fm("{\n  \"title\": \"Hello\"\n}\n"));
    String braceOnLast = fm("{\"a\": 1,\n \"b\": 2}\n");
    assertThat(set(braceOnLast, "c", text("x")))
        .isEqualTo(fm("{\"a\": 1,\n \"b\": 2,\n \"c\": \"x\"}\n"));
    assertThat(remove(braceOnLast, "b")).isEqualTo(fm("{\"a\": 1}\n"));
    String crlf = "---\r\n{\r\n  a: 1,\r\n  b: 2\r\n}\r\n---\r\nBody\r\n";
    assertThat(set(crlf, "c", text("x")))
        .isEqualTo("---\r\n{\r\n  a: 1,\r\n  b: 2,\r\n  c: x\r\n}\r\n---\r\nBody\r\n");
    assertThat(remove(crlf, "a")).isEqualTo("---\r\n{\r\n  b: 2\r\n}\r\n---\r\nBody\r\n");
  }

  @Test
  void everyEditOfFlowMappingsInManyLayoutsKeepsEveryOtherValue() {
    String[] layouts = {
      "{a: 1, b: [x, y], c: {d: e}}\n",
      "{ \"a\": \"1\" , \"b\":2 ,\"c\" : null }\n",
      "{a: 1, b: 2, c: 3, }\n",
      "{\n  a: 1,\n  b: 2,\n  c: 3,\n}\n",
      "{\n  # first\n  a: 1, # one\n\n  b: [1,\n      2], # two\n  c: x # three\n}\n",
      "{a: 1,\n b: 2,\n c: 3}\n",
      "{ a: 1\n, b: 2\n, c: 3\n}\n",
      "{a: , b: 1, c: 'q'}\n",
      "{a: \"multi\n  line\", b: 1, c: 2}\n",
      "  {a: 1, b: 2, c: 3}   # comment\n",
      "{a: 1, b: 2, c: 3}\r\n",
    };
    Value[] values = {text("new, v"), list("p", "q r"), map("k", "v"), new Value.Bool(true),
        text("l1\nl2"), list(), date("2025-02-12")};
    int edits = 0;
    for (String layout : layouts) {
      String text = layout.endsWith("\r\n") ? "---\r\n" + layout + "---\r\nBody\r\n"
          : fm(layout);
      for (String key : List.of("a", "b", "c", "z")) {
        for (Value v : values) {
          set(text, key, v);
          edits++;
        }
        String out = remove(text, key);
        if (!key.equals("z")) {
          set(out, key, text("back"));
          edits++;
        }
      }
      String all = remove(remove(remove(text, "a"), "b"), "c");
      assertThat(values(set(all, "n", text("x")))).containsOnlyKeys("n");
    }
    assertThat(edits).isGreaterThan(300);
  }

  @Test
  void everyEditOfIndentedMappingsKeepsEveryOtherValueAndTheIndentation() {
    String[] layouts = {
      " a: 1\n b:\n - x\n c:\n   d: e\n",
      "   a: |\n     text\n   # about b\n   b: [x]\n\n   c:\n     - d: e\n       f: g\n",
      "\t\n  a: 'q' # c\n  b: \"r\"\n  c:\n",
    };
    Value[] values = {text("new, v"), list("p", "q r"), map("k", "v", "m", list("x")),
        new Value.Int(java.math.BigInteger.TEN), text("l1\nl2\n"), map(), date("2025-02-12")};
    for (String layout : layouts) {
      String text = fm(layout);
      int at = layout.indexOf("a:");
      String indent = layout.substring(layout.lastIndexOf('\n', at) + 1, at);
      for (String key : List.of("a", "b", "c", "z")) {
        for (Value v : values) {
          String out = set(text, key, v);
          assertThat(out).as("keys stay at their column").contains("\n" + indent + "a:");
          if (key.equals("z")) {
            assertThat(out).contains("\n" + indent + "z:");
          }
        }
        set(remove(text, key), key, text("back"));
      }
    }
  }

  @Test
  void indentedTopLevelKeysAreEditedAtTheirIndentation() {
    // seen on a multilingual glossary: every top-level key indented by one space
    String text = fm(" title: a\n # about tags\n tags:\n - x\n params:\n   k: 1\n");
    assertThat(set(text, "title", text("b")))
        .isEqualTo(fm(" title: b\n # about tags\n tags:\n - x\n params:\n   k: 1\n"));
    assertThat(set(text, "tags", list("x", "z")))
        .isEqualTo(fm(" title: a\n # about tags\n tags:\n - x\n - z\n params:\n   k: 1\n"));
    assertThat(set(text, "lang", text("fr")))
        .isEqualTo(fm(" title: a\n # about tags\n tags:\n - x\n params:\n   k: 1\n lang: fr\n"));
    assertThat(set(text, "menu", map("main", map("weight", new Value.Int(java.math.BigInteger.ONE)))))
        .isEqualTo(fm(" title: a\n # about tags\n tags:\n - x\n params:\n   k: 1\n menu:\n"
            + "   main:\n     weight: 1\n"));
    assertThat(set(fm(" a: 1\n summary: |\n   old\n b: 2\n"), "summary", text("l1\nl2\n")))
        .isEqualTo(fm(" a: 1\n summary: |\n   l1\n   l2\n b: 2\n"));
    assertThat(set(fm(" a: 1\n summary: |\n  old\n"), "summary", text("l1\n l2")))
        .isEqualTo(fm(" a: 1\n summary: |-\n  l1\n   l2\n"));
    assertThat(remove(text, "tags")).isEqualTo(fm(" title: a\n params:\n   k: 1\n"));
    assertThat(remove(text, "title")).isEqualTo(fm(" # about tags\n tags:\n - x\n params:\n   k: 1\n"));
    assertThat(remove(text, "params")).isEqualTo(fm(" title: a\n # about tags\n tags:\n - x\n"));
  }

  @Test
  void refusalsAreEditRefusedExceptionsWithThePosition() {
    String anchored = fm("a: 1\nbase: &b shared\ncopy: *b\n");
    EditRefusedException e = catchThrowableOfType(EditRefusedException.class,
        () -> ED.set(anchored, split(anchored), "base", text("x"), "\n"));
    assertThat(e).isNotNull();
    assertThat(e.key()).isEqualTo("base");
    assertThat(e.reason()).startsWith("its value has the anchor &b");
    assertThat(e.location()).isEqualTo(new Location("", 3, 7));
    e = catchThrowableOfType(EditRefusedException.class,
        () -> ED.set(anchored, split(anchored), "copy", text("x"), "\n"));
    assertThat(e.location()).isEqualTo(new Location("", 4, 7));
    String twice = fm("a: 1\nb: 2\na: 3\n");
    e = catchThrowableOfType(EditRefusedException.class,
        () -> ED.remove(twice, split(twice), "a", "\n"));
    assertThat(e.location()).isEqualTo(new Location("", 4, 1));
    String flowTwice = fm("{a: 1, b: 2,\n  a: 3}\n");
    e = catchThrowableOfType(EditRefusedException.class,
        () -> ED.set(flowTwice, split(flowTwice), "a", text("x"), "\n"));
    assertThat(e.location()).isEqualTo(new Location("", 3, 3));
    String marker = fm("a: 1\n... # end\n");
    e = catchThrowableOfType(EditRefusedException.class,
        () -> ED.set(marker, split(marker), "b", text("x"), "\n"));
    assertThat(e.location()).isEqualTo(new Location("", 3, 1));
    String explicit = fm("{? a : 1}\n");
    e = catchThrowableOfType(EditRefusedException.class,
        () -> ED.remove(explicit, split(explicit), "a", "\n"));
    assertThat(e.reason()).contains("explicit key");
    String seq = fm("- a\n");
    e = catchThrowableOfType(EditRefusedException.class,
        () -> ED.set(seq, split(seq), "a", text("x"), "\n"));
    assertThat(e.reason()).contains("a sequence");
    assertThat(e.location()).isEqualTo(new Location("", 2, 1));
  }

  @Test
  void refusesAnchorsAliasesAndTags() {
    String anchored = fm("base: &b shared\ncopy: *b\ntagged: !!str 12\nlist: [a, *b]\n");
    assertThatThrownBy(() -> ED.set(anchored, split(anchored), "base", text("x"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anchor &b");
    assertThatThrownBy(() -> ED.remove(anchored, split(anchored), "base", "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anchor &b");
    assertThatThrownBy(() -> ED.set(anchored, split(anchored), "copy", text("x"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alias *b");
    assertThatThrownBy(() -> ED.set(anchored, split(anchored), "tagged", text("x"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag");
    assertThatThrownBy(() -> ED.set(anchored, split(anchored), "list", list("a"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alias *b");
    // removing a key that only uses an alias or a tag is safe
    assertThat(remove(anchored, "copy")).isEqualTo(fm("base: &b shared\ntagged: !!str 12\n"
        + "list: [a, *b]\n"));
    assertThat(remove(anchored, "tagged")).isEqualTo(fm("base: &b shared\ncopy: *b\n"
        + "list: [a, *b]\n"));
    String keyAnchor = fm("&k title: a\n");
    assertThatThrownBy(() -> ED.set(keyAnchor, split(keyAnchor), "title", text("b"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anchor");
  }

  @Test
  void refusesLoneCrLineBreaks() {
    // found by fuzzing: YAML reads "a: 1\rb: 2" as two keys, the LF-based editor saw one line
    // and removing "a" took "b" with it
    String mac = fm("a: 1\rb: 2\nc: 3\n");
    assertThatThrownBy(() -> ED.remove(mac, split(mac), "a", "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot edit the YAML front matter: expected lines that end with LF or CRLF"
            + " but found a lone CR line break on line 2 (convert the file's line endings"
            + " first)");
    String crlf = fm("a: 1\r\nb: 2\r\n");
    assertThat(ED.remove(crlf, split(crlf), "a", "\r\n")).isEqualTo(fm("b: 2\r\n"));
  }

  @Test
  void refusesAByteOrderMarkInsideTheFrontMatter() {
    // found by fuzzing: removing "a" brought the U+FEFF that is part of the next key to the
    // start of the YAML, where it reads as a byte order mark and the key lost it
    String inside = fm("a: 1\n\uFEFFb: 2\n");
    assertThatThrownBy(() -> ED.remove(inside, split(inside), "a", "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot edit the YAML front matter: expected no byte order mark (U+FEFF)"
            + " inside it but found one on line 3");
    String inBody = fm("a: 1\nb: 2\n") + "\uFEFF text\n"; // after the front matter: fine
    assertThat(ED.remove(inBody, split(inBody), "a", "\n"))
        .isEqualTo(fm("b: 2\n") + "\uFEFF text\n");
  }

  @Test
  void refusesADocumentMarkerInsideTheFrontMatter() {
    // found by fuzzing: "... # end" is no closing fence (text follows) but ends the YAML
    // document, so a key added after it started a second one
    String marked = fm("a: 1\n... # end\n");
    assertThatThrownBy(() -> ED.set(marked, split(marked), "b", text("x"), "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot edit the YAML front matter: expected one YAML document but found"
            + " the document marker \"...\" on line 3");
    String text = fm("a: |\n  ...\n  --- x\nb: ....\n"); // indented or longer: no marker
    assertThat(ED.set(text, split(text), "b", text("z"), "\n"))
        .isEqualTo(fm("a: |\n  ...\n  --- x\nb: z\n"));
  }

  @Test
  void aBlockScalarIndicatorOnALineOfItsOwnMovesUpToTheKey() {
    // found by fuzzing: "title:\n|" is valid YAML; the new text went where the "|" was, at
    // column 0, where it read as a key
    assertThat(set(fm("title:\n|\n  old\nx: 1\n"), "title", text("new")))
        .isEqualTo(fm("title: new\nx: 1\n"));
    assertThat(set(fm("title:  \n| # c\n  old\n"), "title", text("a\nb\n")))
        .isEqualTo(fm("title: | # c\n  a\n  b\n"));
    // found by fuzzing next: a line of blanks after the old block scalar, deeper than the new
    // one's indentation, became text of the new one; the value is then written quoted
    assertThat(set(fm("title: |\n      \nx: 1\n"), "title", text("\nt")))
        .isEqualTo(fm("title: \"\\nt\"\n      \nx: 1\n"));
    assertThat(set(fm("title: |\n  \nx: 1\n"), "title", text("\nt")))
        .isEqualTo(fm("title: |-\n\n  t\n  \nx: 1\n"));
    String commented = fm("title: # c\n|\n  old\n");
    assertThatThrownBy(() -> ED.set(commented, split(commented), "title", text("x"), "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after a comment on the key's line");
  }

  @Test
  void anEmptyValueAtTheEndStaysInsideTheFrontMatter() {
    // found by fuzzing: "? x" has an empty value marked after the last line break, so the
    // removed entry reached into the closing fence
    assertThat(remove(fm("a: 1\nb:\n- ? x\n"), "b")).isEqualTo(fm("a: 1\n"));
    assertThat(remove("---\r\nb:\r\n- ? x\r\n---\r\nBody\r\n", "b"))
        .isEqualTo("---\r\n---\r\nBody\r\n");
    assertThat(set(fm("a: 1\nb:\n- ? x\n"), "b", text("z"))).isEqualTo(fm("a: 1\nb: z\n"));
  }

  @Test
  void refusesExplicitOrRepeatedKeysAndInvalidYaml() {
    String explicit = fm("? title\n: a\n");
    assertThatThrownBy(() -> ED.set(explicit, split(explicit), "title", text("b"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("explicit key");
    String twice = fm("a: 1\na: 2\n");
    assertThatThrownBy(() -> ED.set(twice, split(twice), "a", text("b"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
    String scalar = fm("just text\n");
    assertThatThrownBy(() -> ED.set(scalar, split(scalar), "a", text("b"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a scalar");
    String broken = fm("a: [unclosed\n");
    assertThatThrownBy(() -> ED.set(broken, split(broken), "a", text("b"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid YAML");
    String toml = "+++\na = 1\n+++\n";
    assertThatThrownBy(() -> ED.set(toml, split(toml), "a", text("b"), "\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOML");
  }

  // ---- generated texts through every style ----------------------------------------------

  private static final String[] PIECES = {
    "a", "Z", "0", "1", "9", " ", "  ", "\t", "\n", "\r", ":", ": ", "#", " #", "-", "- ", "?",
    ",", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\", "~",
    "yes", "no", "true", "null", "NULL", ".inf", ".NaN", "0x1F", "0o17", "1e3", "-1", "+1",
    "2025-02-12", "2025-02-12T07:02:11Z", " 14:00:00 -0500", "中文", "案例", "😀", "🎉",
    "\u00A0", "\u0085", "\u2028", "\uFEFF", "\u0000", "\u0007", "\u001B", "\u007F", "\u0080",
    "\u009F", "\uFFFE", "---", "...", "\\n", "<<"
  };

  static String randomText(Random r) {
    int n = r.nextInt(6);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  @Test
  void generatedTextsReadBackInEveryStyle() {
    String[] styles = {
      "k: plain # c\n", "k: \"double\"\n", "k: 'single'\n", "k: >\n  folded\n",
      "k: |\n    literal\n", "k: [first, \"b\"]\n", "k: ['first']\n", "k:\n  - \"first\"\n",
      "k:\n- first\n", "k: {a: 1}\n", "k:\n  a: 1\n", "k:\n", "other: 1\n"
    };
    Random r = new Random(20250212);
    int checked = 0;
    Map<String, Integer> written = new LinkedHashMap<>();
    for (int i = 0; i < 4000; i++) {
      String style = styles[i % styles.length];
      String s = style.contains("k: |") || style.contains("k: >")
          ? randomText(r) + "\n" + randomText(r) + (r.nextBoolean() ? "\n" : "")
          : randomText(r);
      Value v = style.contains("[") || style.contains("- ") ? list(s, "x", s)
          : style.contains("a:") || style.contains("a: 1") ? map("a", s, s.isEmpty() ? "e" : s, s)
          : text(s);
      String before = fm(style + "z: end\n");
      String out = set(before, "k", v);
      assertThat(out).startsWith("---\n").contains("z: end\n").endsWith("\n---\nBody.\n");
      String how = out.contains("k: |") ? "literal" : out.contains("k: '") ? "single"
          : out.contains("k: \"") ? "double" : out.contains("k: [") ? "flow" : "other";
      written.merge(how, 1, Integer::sum);
      checked++;
    }
    assertThat(checked).isEqualTo(4000);
    // every style was really written, not only double quotes
    assertThat(written).as("styles written").containsKeys("literal", "single", "double", "flow",
        "other");
    assertThat(written.get("literal")).isGreaterThan(50);
  }

  @Test
  void generatedKeysReadBack() {
    Random r = new Random(7);
    for (int i = 0; i < 500; i++) {
      String key = randomText(r);
      if (key.isEmpty() || key.equals("z")) {
        continue;
      }
      String out = set(fm("z: end\n"), key, map(key, list(key)));
      assertThat(out).startsWith("---\nz: end\n");
    }
  }

  // ---- every YAML file of the corpus ----------------------------------------------------

  private static final String[] TITLES = {
    "New title", "案例：CloudWeGo 性能测试 😀", "yes", "123", "2025-02-12", "a: b",
    "# not a comment", "*star", "&amp", "!bang", "- dash", "? q", "it's \"quoted\"",
    "back\\slash", "two\nlines", "trailing space ", "", "[x]", "{y}", "a, b", "tab\there",
    "null", "~", "true", "Foo --- Bar", "emoji 🎉 only", ":colon", "@at", "%pct"
  };
  private static final String[] DATES = {
    "2025-03-01", "2025-03-01T10:20:30+08:00", "2019-01-17T10:20:00.000Z",
    "2013-09-06 14:00:00 -0500", "2025-12-31T23:59"
  };
  private static final List<String> DATE_KEYS =
      List.of("date", "lastmod", "publishdate", "expirydate");

  /** One edit: what it does, to which key, and the expected value (null: removed). */
  private record Edit(String what, String key, Value value) {
    String apply(String text, String nl) {
      Split sp = split(text);
      return value == null ? ED.remove(text, sp, key, nl) : ED.set(text, sp, key, value, nl);
    }
  }

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("articles.shared", "../shared")).toAbsolutePath()
        .normalize().resolve("corpus");
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("the shared corpus is missing on CI: " + dir);
      }
      assumeTrue(false, "no shared corpus at " + dir + "; corpus edits skipped");
    }
    return dir;
  }

  @Test
  void seededEditsOfEveryYamlFileOfTheCorpusTouchOnlyTheEditedKey() throws IOException {
    Path corpus = corpus();
    List<String> manifest = Files.readAllLines(corpus.resolve("MANIFEST.tsv"),
        StandardCharsets.UTF_8);
    int files = 0;
    int edits = 0;
    Map<String, String> refused = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (String row : manifest.subList(1, manifest.size())) {
      if (row.isBlank()) {
        continue;
      }
      String[] f = row.split("\t", 4);
      String name = f[0] + "/" + f[3];
      Article a;
      try {
        a = Articles.parse(Files.readAllBytes(corpus.resolve(name)), name);
      } catch (ArticleException e) {
        continue; // not an article; CorpusRoundTripTest pins these
      }
      if (a.format() != Format.YAML) {
        continue;
      }
      files++;
      String text = a.text();
      int firstBreak = text.indexOf('\n');
      String nl = firstBreak > 0 && text.charAt(firstBreak - 1) == '\r' ? "\r\n" : "\n";
      Map<String, Value> before = a.frontMatter().values();
      for (Edit edit : edits(before, new Random(name.hashCode()))) {
        String out;
        try {
          out = edit.apply(text, nl);
        } catch (IllegalArgumentException e) {
          refused.merge(name, edit.what + ": " + e.getMessage(), (x, y) -> x);
          continue;
        }
        edits++;
        String problem = check(name, text, out, before, edit, nl);
        if (problem != null) {
          failures.add(name + " [" + edit.what + "]: " + problem);
        }
      }
    }
    System.out.printf("YAML editor corpus: %d files, %d edits checked, %d files with refused"
        + " edits%n", files, edits, refused.size());
    refused.forEach((file, why) -> System.out.println("  refused " + file + " -- " + why));
    assertThat(failures).as("edits that broke a rule").isEmpty();
    assertThat(files).isGreaterThan(2000);
    assertThat(edits).isGreaterThanOrEqualTo(10_000);
    assertThat(refused.values()).allSatisfy(why -> assertThat(why)
        .contains("cannot edit the YAML front-matter key"));
  }

  /** The seeded edits of one file. */
  private static List<Edit> edits(Map<String, Value> before, Random r) {
    List<Edit> out = new ArrayList<>();
    out.add(new Edit("set title", "title", text(TITLES[r.nextInt(TITLES.length)])));
    out.add(new Edit("set date", "date", dateValue(r)));
    Value tags = before.get("tags");
    if (tags instanceof Value.Sequence s && !s.items().isEmpty()) {
      List<Value> add = new ArrayList<>(s.items());
      add.add(r.nextInt(add.size() + 1), text(TITLES[r.nextInt(TITLES.length)]));
      out.add(new Edit("add a tag", "tags", new Value.Sequence(add)));
      List<Value> drop = new ArrayList<>(s.items());
      drop.remove(r.nextInt(drop.size()));
      out.add(new Edit("remove a tag", "tags", new Value.Sequence(drop)));
      List<Value> shuffled = new ArrayList<>(s.items());
      Collections.shuffle(shuffled, r);
      out.add(new Edit("reorder tags", "tags", new Value.Sequence(shuffled)));
    } else {
      out.add(new Edit("set tags", "tags", list("编辑", "yes", "a, b")));
    }
    Value widgets = before.get("widgets");
    List<Value> w = widgets instanceof Value.Sequence s ? new ArrayList<>(s.items())
        : new ArrayList<>();
    w.add(text("social"));
    out.add(new Edit("add a widget", "widgets", new Value.Sequence(w)));
    out.add(new Edit("set an unknown key", "x-editor-test", map("nested", list("a b",
        Value.Int.of(r.nextInt(100)), date(DATES[r.nextInt(DATES.length)])), "flag",
        new Value.Bool(r.nextBoolean()), "text", TITLES[r.nextInt(TITLES.length)])));
    for (Map.Entry<String, Value> e : before.entrySet()) {
      String key = e.getKey();
      Value v = DATE_KEYS.contains(key.toLowerCase(Locale.ROOT)) ? dateValue(r)
          : mutate(e.getValue(), r);
      out.add(new Edit("set " + key, key, v));
      out.add(new Edit("remove " + key, key, null));
    }
    return out;
  }

  private static Value dateValue(Random r) {
    String d = DATES[r.nextInt(DATES.length)];
    return r.nextInt(4) == 0 ? text(d) : date(d);
  }

  /** A different value of the same kind and shape, so that typed fields stay readable. */
  private static Value mutate(Value v, Random r) {
    if (v instanceof Value.Text) {
      return text(TITLES[r.nextInt(TITLES.length)]);
    } else if (v instanceof Value.Int i) {
      return new Value.Int(i.value().add(java.math.BigInteger.valueOf(1 + r.nextInt(50))));
    } else if (v instanceof Value.Decimal d) {
      return new Value.Decimal(d.value() + 0.25);
    } else if (v instanceof Value.Bool b) {
      return new Value.Bool(!b.value());
    } else if (v instanceof Value.Date) {
      return date(DATES[r.nextInt(DATES.length)]);
    } else if (v instanceof Value.Null) {
      return text(TITLES[r.nextInt(TITLES.length)]);
    } else if (v instanceof Value.Sequence s) {
      List<Value> items = new ArrayList<>(s.items());
      switch (items.isEmpty() ? 0 : r.nextInt(4)) {
        case 0 -> items.add(text(TITLES[r.nextInt(TITLES.length)]));
        case 1 -> items.remove(r.nextInt(items.size()));
        case 2 -> Collections.reverse(items);
        default -> {
          int i = r.nextInt(items.size());
          items.set(i, mutate(items.get(i), r));
        }
      }
      if (items.stream().anyMatch(x -> !(x instanceof Value.Text))
          && items.stream().anyMatch(x -> x instanceof Value.Text)
          && s.items().stream().allMatch(x -> !(x instanceof Value.Text))) {
        items.removeIf(x -> x instanceof Value.Text); // keep lists of mappings homogeneous
      }
      return new Value.Sequence(items);
    }
    Map<String, Value> m = new LinkedHashMap<>(((Value.Mapping) v).entries());
    if (!m.isEmpty()) {
      List<String> keys = new ArrayList<>(m.keySet());
      String k = keys.get(r.nextInt(keys.size()));
      m.put(k, DATE_KEYS.contains(k.toLowerCase(Locale.ROOT)) ? dateValue(r)
          : mutate(m.get(k), r));
    }
    return new Value.Mapping(m);
  }

  /** What is wrong with {@code out} as the result of {@code edit} on {@code text}, or null. */
  private static String check(String name, String text, String out, Map<String, Value> before,
      Edit edit, String nl) {
    // (a) exactly the edited key changed, to exactly the new value, order kept
    Map<String, Value> expected = new LinkedHashMap<>(before);
    if (edit.value == null) {
      expected.remove(edit.key);
    } else {
      expected.put(edit.key, edit.value);
    }
    Map<String, Value> after;
    try {
      after = Articles.parse(out, name).frontMatter().values();
    } catch (ArticleException e) {
      return "unreadable: " + e.getMessage() + "\n" + excerpt(text, out);
    }
    if (!sameEntries(after, expected)) {
      return "values differ: expected " + expected.get(edit.key) + " but read "
          + after.get(edit.key) + "\n" + excerpt(text, out);
    }
    // (b) a line diff touches only the lines of the edited key
    Split sp = split(text);
    List<String> old = lines(text);
    List<String> now = lines(out);
    int prefix = 0;
    while (prefix < old.size() && prefix < now.size() && old.get(prefix).equals(now.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < old.size() - prefix && suffix < now.size() - prefix
        && old.get(old.size() - 1 - suffix).equals(now.get(now.size() - 1 - suffix))) {
      suffix++;
    }
    int changedFrom = prefix;
    int changedTo = old.size() - suffix; // exclusive
    if (out.equals(text)) {
      // a value equal to the old one: nothing to change, (a) checked it was equal
    } else if (text.substring(sp.blockStart(), sp.blockEnd()).strip().startsWith("{")) {
      // a flow mapping: lines say little; the changed characters lie inside the mapping and
      // hold no other key
      int p = 0;
      while (p < text.length() && p < out.length() && text.charAt(p) == out.charAt(p)) {
        p++;
      }
      int q = 0;
      while (q < text.length() - p && q < out.length() - p
          && text.charAt(text.length() - 1 - q) == out.charAt(out.length() - 1 - q)) {
        q++;
      }
      String changed = text.substring(p, text.length() - q);
      if (p <= text.indexOf('{', sp.blockStart()) || text.length() - q > sp.blockEnd()) {
        return "the change reaches outside the flow mapping\n" + excerpt(text, out);
      }
      for (String k : before.keySet()) {
        if (!k.equals(edit.key) && (changed.contains("\"" + k + "\"") || changed.contains(k + ":"))) {
          return "the change takes the key " + k + " too\n" + excerpt(text, out);
        }
      }
    } else if (!before.containsKey(edit.key)) {
      if (edit.value == null) {
        return out.equals(text) ? null : "removing an absent key changed the text";
      }
      String head = text.substring(0, sp.blockEnd());
      String tail = text.substring(sp.blockEnd());
      if (!out.startsWith(head) || !out.endsWith(tail) || out.length() <= text.length()
          || !out.substring(head.length(), out.length() - tail.length()).endsWith(nl)) {
        return "a new key was not only appended before the closing fence\n"
            + excerpt(text, out);
      }
    } else {
      int[] region = keyLines(text, sp, before, edit.key);
      if (region == null) {
        return "could not find the line of key " + edit.key;
      }
      int allowedFrom = region[0];
      if (edit.value == null) {
        while (allowedFrom > 0 && old.get(allowedFrom - 1).startsWith("#")) {
          allowedFrom--;
        }
        if (now.size() - suffix != prefix) {
          return "removal added or changed lines\n" + excerpt(text, out);
        }
      }
      if (changedFrom < allowedFrom || changedTo > region[1]) {
        return "lines " + (changedFrom + 1) + "-" + changedTo + " changed, outside the key's "
            + (allowedFrom + 1) + "-" + region[1] + "\n" + excerpt(text, out);
      }
    }
    // (c) the same edit again gives the same bytes
    String again = edit.apply(out, nl);
    if (!again.equals(out)) {
      return "the edit applied twice changed the text again\n" + excerpt(out, again);
    }
    return null;
  }

  /** Values equal, dates also spelled the same. */
  private static boolean sameEntries(Map<String, Value> a, Map<String, Value> b) {
    if (!List.copyOf(a.keySet()).equals(List.copyOf(b.keySet()))) {
      return false;
    }
    for (String k : a.keySet()) {
      if (!a.get(k).equals(b.get(k)) || !dateSpellings(a.get(k)).equals(dateSpellings(b.get(k)))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> dateSpellings(Value v) {
    List<String> out = new ArrayList<>();
    UnaryOperator<Value> walk = new UnaryOperator<>() {
      @Override
      public Value apply(Value x) {
        if (x instanceof Value.Date d) {
          out.add(d.value().text());
        } else if (x instanceof Value.Sequence s) {
          s.items().forEach(this::apply);
        } else if (x instanceof Value.Mapping m) {
          m.entries().values().forEach(this::apply);
        }
        return x;
      }
    };
    walk.apply(v);
    return out;
  }

  /** Lines with their line breaks. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /**
   * The lines of a top-level key, found without the editor: from the line that starts with
   * the key and a colon to the last line before the next key's line (or the closing fence)
   * that is neither blank nor a comment, as 0-based line indexes {from, to exclusive}.
   */
  private static int[] keyLines(String text, Split sp, Map<String, Value> values, String key) {
    List<String> lines = lines(text);
    int line = 0;
    int offset = 0;
    while (offset < sp.blockStart()) {
      offset += lines.get(line++).length();
    }
    int fence = line;
    for (int o = offset; o < sp.blockEnd(); o += lines.get(fence++).length()) {
      // count the lines of the block
    }
    int found = -1;
    int next = fence;
    int from = line;
    for (String k : values.keySet()) {
      int at = -1;
      for (int i = from; i < fence; i++) {
        if (startsWithKey(lines.get(i), k)) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        return null;
      }
      if (found >= 0) {
        next = at;
        break;
      }
      if (k.equals(key)) {
        found = at;
      }
      from = at + 1;
    }
    if (found < 0) {
      return null;
    }
    // blank and comment lines before the next key are not the key's
    while (next > found + 1 && (lines.get(next - 1).isBlank()
        || lines.get(next - 1).stripLeading().startsWith("#"))) {
      next--;
    }
    return new int[] {found, next};
  }

  private static boolean startsWithKey(String line, String key) {
    for (String spelling : List.of(key, "\"" + key + "\"", "'" + key + "'")) {
      if (line.startsWith(spelling)) {
        String rest = line.substring(spelling.length()).stripLeading();
        if (rest.startsWith(":")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first lines where two texts differ, for failure messages. */
  private static String excerpt(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, a.lastIndexOf('\n', Math.max(0, i - 1) - 1) - 200);
    return "--- before:\n" + a.substring(from, Math.min(a.length(), i + 300)) + "\n--- after:\n"
        + b.substring(from, Math.min(b.length(), i + 300));
  }
}
