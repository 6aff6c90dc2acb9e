package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.internal.edit.TomlEditor;
import io.github.frontmatter.articles.internal.read.Split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.EditRefusedException;
import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TomlEditorTest {
  private static final TomlEditor EDITOR = new TomlEditor();

  /** Sets, checks that the result reads back with the value and the body, and returns it. */
  static String set(String text, String key, Value value) {
    String out = EDITOR.set(text, split(text), key, value, nl(text));
    Article a = Articles.parse(out, "edited.md");
    assertThat(a.frontMatter().get(key)).as("value read back").contains(value);
    assertThat(a.bodyText()).isEqualTo(Articles.parse(text, "original.md").bodyText());
    assertThat(EDITOR.set(out, split(out), key, value, nl(out))).as("set again").isEqualTo(out);
    return out;
  }

  static String remove(String text, String key) {
    String out = EDITOR.remove(text, split(text), key, nl(text));
    Article a = Articles.parse(out, "edited.md");
    assertThat(a.frontMatter().get(key)).isEmpty();
    Map<String, Value> others = new LinkedHashMap<>(Articles.parse(text, "o.md").frontMatter()
        .values());
    others.remove(key);
    assertThat(a.frontMatter().values()).isEqualTo(others);
    return out;
  }

  static Split split(String text) {
    return Split.of(new SourceText("t.md", text));
  }

  static String nl(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  static Value text(String s) {
    return new Value.Text(s);
  }

  static Value list(String... items) {
    return new Value.Sequence(java.util.Arrays.stream(items).map(s -> (Value) new Value.Text(s))
        .toList());
  }

  static Value date(String s) {
    return new Value.Date(ArticleDate.parse(s));
  }

  static Value.Mapping map(Object... kv) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Value) kv[i + 1]);
    }
    return new Value.Mapping(m);
  }

  @Nested
  class Strings {
    @Test
    void basicStringKeepsSpacingCommentAndEscapes() {
      String in = "+++\ntitle   =   \"Old\"   # the title\ndraft = true\n+++\nBody\n";
      assertThat(set(in, "title", text("Say \"hi\" \\ \tnow\n")))
          .isEqualTo("+++\ntitle   =   \"Say \\\"hi\\\" \\\\ \\tnow\\n\"   # the title\n"
              + "draft = true\n+++\nBody\n");
    }

    @Test
    void literalStaysLiteralWhenItCan() {
      String in = "+++\ntitle = 'Post 1'\n+++\n";
      assertThat(set(in, "title", text("C:\\path \"x\"")))
          .isEqualTo("+++\ntitle = 'C:\\path \"x\"'\n+++\n");
      assertThat(set(in, "title", text("it's"))).isEqualTo("+++\ntitle = \"it's\"\n+++\n");
      assertThat(set(in, "title", text("two\nlines")))
          .isEqualTo("+++\ntitle = \"two\\nlines\"\n+++\n");
    }

    @Test
    void multiLineBasicStaysMultiLineOnlyWithALineBreak() {
      String in = "+++\ntext = \"\"\"\nold\ntext\"\"\" # c\nx = 1\n+++\n";
      assertThat(set(in, "text", text("a \"\"\" b\nc\\d\"")))
          .isEqualTo("+++\ntext = \"\"\"\na \\\"\\\"\" b\nc\\\\d\\\"\"\"\" # c\nx = 1\n+++\n");
      assertThat(set(in, "text", text("one line")))
          .isEqualTo("+++\ntext = \"one line\" # c\nx = 1\n+++\n");
    }

    @Test
    void multiLineWithoutLeadingNewlineKeepsThatButNeverLosesALeadingLineBreak() {
      String in = "+++\ntext = \"\"\"old\ntext\"\"\"\n+++\n";
      assertThat(set(in, "text", text("a\nb"))).isEqualTo("+++\ntext = \"\"\"a\nb\"\"\"\n+++\n");
      assertThat(set(in, "text", text("\nb")))
          .isEqualTo("+++\ntext = \"\"\"\n\nb\"\"\"\n+++\n");
    }

    @Test
    void aLineThatWouldCloseTheFrontMatterKeepsTheStringOnOneLine() {
      // found by fuzzing: '''…''' holding a "+++" line ended the front matter early
      String literal = "+++\ntext = '''\nold\n'''\n+++\n";
      assertThat(set(literal, "text", text("a\n+++ \t\nb")))
          .isEqualTo("+++\ntext = \"a\\n+++ \\t\\nb\"\n+++\n");
      String basic = "+++\ntext = \"\"\"\nold\n\"\"\"\n+++\n";
      assertThat(set(basic, "text", text("+++\nb")))
          .isEqualTo("+++\ntext = \"+++\\nb\"\n+++\n");
      assertThat(set(basic, "text", text("++++\nb")))
          .isEqualTo("+++\ntext = \"\"\"\n++++\nb\"\"\"\n+++\n");
    }

    @Test
    void multiLineLiteral() {
      String in = "+++\ntext = '''\nold\n'''\n+++\n";
      assertThat(set(in, "text", text("a\\b\nc")))
          .isEqualTo("+++\ntext = '''\na\\b\nc'''\n+++\n");
      // ''' inside: basic multi-line instead
      assertThat(set(in, "text", text("a'''b\nc")))
          .isEqualTo("+++\ntext = \"\"\"\na'''b\nc\"\"\"\n+++\n");
      assertThat(set(in, "text", text("plain"))).isEqualTo("+++\ntext = 'plain'\n+++\n");
    }

    @Test
    void wideCharactersBeforeTheValueDoNotShiftOffsets() {
      String in = "+++\ntitle = \"标题😀\" # 注释😀\ndescription = \"说明🎉\" # 🎉\n+++\n正文😀\n";
      assertThat(set(in, "description", text("新的说明🚀")))
          .isEqualTo("+++\ntitle = \"标题😀\" # 注释😀\ndescription = \"新的说明🚀\" # 🎉\n"
              + "+++\n正文😀\n");
    }

    @Test
    void controlCharactersAreEscaped() {
      String in = "+++\ntitle = \"x\"\n+++\n";
      assertThat(set(in, "title", text("a\u0001b\u007f"))).isEqualTo(
          "+++\ntitle = \"a\\u0001b\\u007F\"\n+++\n");
    }

    @Test
    void aNumberBecomesAStringAndBack() {
      String in = "+++\ntitle = 2024\nn = \"x\"\n+++\n";
      assertThat(set(in, "title", text("2024"))).isEqualTo("+++\ntitle = \"2024\"\nn = \"x\"\n"
          + "+++\n");
      assertThat(set(in, "n", Value.Int.of(-7))).isEqualTo("+++\ntitle = 2024\nn = -7\n+++\n");
    }
  }

  @Nested
  class Scalars {
    @Test
    void datesAreRfc3339AsTomlNeedsThem() {
      String in = "+++\ndate = 2023-01-15T09:00:00-07:00 # when\n+++\n";
      assertThat(set(in, "date", date("2024-02-03 04:05")))
          .isEqualTo("+++\ndate = 2024-02-03T04:05:00 # when\n+++\n");
      assertThat(set(in, "date", date("2024-02-03 04:05:06 +0800")))
          .isEqualTo("+++\ndate = 2024-02-03T04:05:06+08:00 # when\n+++\n");
      assertThat(set(in, "date", date("2019-01-17T10:20:00.120Z")))
          .isEqualTo("+++\ndate = 2019-01-17T10:20:00.12Z # when\n+++\n");
      assertThat(set(in, "date", date("2024-02-03"))).isEqualTo("+++\ndate = 2024-02-03 # when\n"
          + "+++\n");
    }

    @Test
    void aDateEqualToTheOldOneLeavesTheTextAlone() {
      String in = "+++\ndate = 2023-01-15 09:00:00Z\n+++\n";
      assertThat(set(in, "date", date("2023-01-15T09:00Z"))).isEqualTo(in);
    }

    @Test
    void numbersAndBooleans() {
      String in = "+++\nbig = 1_000\nratio = 0.5\ndraft = false\n+++\n";
      assertThat(set(in, "big", Value.Int.of(Long.MIN_VALUE)))
          .isEqualTo("+++\nbig = -9223372036854775808\nratio = 0.5\ndraft = false\n+++\n");
      assertThat(set(in, "ratio", new Value.Decimal(Double.NaN)))
          .isEqualTo("+++\nbig = 1_000\nratio = nan\ndraft = false\n+++\n");
      assertThat(set(in, "ratio", new Value.Decimal(Double.NEGATIVE_INFINITY)))
          .contains("ratio = -inf\n");
      assertThat(set(in, "ratio", new Value.Decimal(1e300))).contains("ratio = 1.0E300\n");
      assertThat(set(in, "draft", new Value.Bool(true))).contains("draft = true\n");
    }

    @Test
    void nullAndHugeIntegersAreRefused() {
      String in = "+++\ntitle = \"x\"\n+++\n";
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "title", Value.Null.INSTANCE, "\n"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("TOML has no null");
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "tags",
          new Value.Sequence(List.of(text("a"), Value.Null.INSTANCE)), "\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("TOML has no null: cannot write null at /tags/1 (remove the key instead)");
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "n",
          new Value.Int(java.math.BigInteger.TWO.pow(63)), "\n"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64-bit");
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "t", text("a\uD800"), "\n"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
    }

    @Test
    void otherFormatsAreRefused() {
      String in = "---\ntitle: x\n---\n";
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "title", text("y"), "\n"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YAML");
    }
  }

  @Nested
  class Arrays {
    @Test
    void singleLineKeepsItsSpacingAndItemQuoting() {
      assertThat(set("+++\ntags = ['red']\n+++\n", "tags", list("red", "blue")))
          .isEqualTo("+++\ntags = ['red', 'blue']\n+++\n");
      assertThat(set("+++\ntags = [ \"a\",\"b\" ] # t\n+++\n", "tags", list("b", "a", "c")))
          .isEqualTo("+++\ntags = [ \"b\",\"a\",\"c\" ] # t\n+++\n");
      assertThat(set("+++\ntags = [\"a\", \"b\",]\n+++\n", "tags", list("b")))
          .isEqualTo("+++\ntags = [\"b\",]\n+++\n");
      assertThat(set("+++\ntags = []\n+++\n", "tags", list("x", "y")))
          .isEqualTo("+++\ntags = [\"x\", \"y\"]\n+++\n");
      assertThat(set("+++\ntags = [\"a\"]\n+++\n", "tags", list()))
          .isEqualTo("+++\ntags = []\n+++\n");
    }

    @Test
    void unchangedItemsKeepTheirOriginalText() {
      String in = "+++\ntags = [\"a\", 'b', \"\"\"c\"\"\"]\n+++\n";
      assertThat(set(in, "tags", list("c", "new", "a", "b")))
          .isEqualTo("+++\ntags = [\"\"\"c\"\"\", \"new\", \"a\", 'b']\n+++\n");
    }

    @Test
    void multiLineKeepsIndentationTrailingCommaAndClosingBracket() {
      String in = "+++\naliases = [\n    \"a\",\n    \"b\",\n] # old\ntitle = \"t\"\n+++\n";
      assertThat(set(in, "aliases", list("b", "c")))
          .isEqualTo("+++\naliases = [\n    \"b\",\n    \"c\",\n] # old\ntitle = \"t\"\n+++\n");
      String noTrailing = "+++\naliases = [\n  \"a\",\n  \"b\"\n  ]\n+++\n";
      assertThat(set(noTrailing, "aliases", list("a", "x", "b")))
          .isEqualTo("+++\naliases = [\n  \"a\",\n  \"x\",\n  \"b\"\n  ]\n+++\n");
      String closeOnItemLine = "+++\naliases = [\"a\",\n           \"b\"]\n+++\n";
      assertThat(set(closeOnItemLine, "aliases", list("c", "d")))
          .isEqualTo("+++\naliases = [\n           \"c\",\n           \"d\"]\n+++\n");
    }

    @Test
    void commentsInsideAMultiLineArrayDoNotConfuseTheTrailingComma() {
      String in = "+++\na = [\n  1, # one\n  2 # two, no comma\n]\n+++\n";
      assertThat(set(in, "a", new Value.Sequence(List.of(Value.Int.of(2), Value.Int.of(3)))))
          .isEqualTo("+++\na = [\n  2,\n  3\n]\n+++\n");
    }

    @Test
    void crlfMultiLineArrayUsesCrlf() {
      String in = "+++\r\naliases = [\r\n  \"a\",\r\n]\r\n+++\r\nbody\r\n";
      assertThat(set(in, "aliases", list("a", "b")))
          .isEqualTo("+++\r\naliases = [\r\n  \"a\",\r\n  \"b\",\r\n]\r\n+++\r\nbody\r\n");
    }

    @Test
    void nestedValuesInAnArray() {
      String in = "+++\nx = [[1, 2], {a = 1}]\n+++\n";
      Value v = new Value.Sequence(List.of(
          new Value.Sequence(List.of(Value.Int.of(1), Value.Int.of(2))),
          map("a", Value.Int.of(2), "b", list("q"))));
      assertThat(set(in, "x", v)).isEqualTo("+++\nx = [[1, 2], { a = 2, b = [\"q\"] }]\n+++\n");
    }
  }

  @Nested
  class InlineTables {
    @Test
    void inlineStaysInlineAndKeepsUnchangedEntries() {
      String in = "+++\nauthor = {name = 'A', mail = \"a@x\", n = 0x10}\n+++\n";
      assertThat(set(in, "author", map("name", text("B"), "mail", text("a@x"),
          "n", Value.Int.of(16), "web", text("w"))))
          .isEqualTo("+++\nauthor = {name = 'B', mail = \"a@x\", n = 0x10, web = \"w\"}\n+++\n");
      String padded = "+++\nauthor = { name = \"A\" }\n+++\n";
      assertThat(set(padded, "author", map("name", text("A"), "k", Value.Int.of(1))))
          .isEqualTo("+++\nauthor = { name = \"A\", k = 1 }\n+++\n");
      assertThat(set(padded, "author", map())).isEqualTo("+++\nauthor = {}\n+++\n");
    }

    @Test
    void dottedKeysInAnInlineTableAreRewrittenPlainly() {
      String in = "+++\np = { a.b = 1, c = 2 }\n+++\n";
      assertThat(set(in, "p", map("a", map("b", Value.Int.of(1)), "c", Value.Int.of(3))))
          .isEqualTo("+++\np = { a = { b = 1 }, c = 3 }\n+++\n");
    }
  }

  @Nested
  class NewKeys {
    @Test
    void afterTheLastTopLevelKeyBeforeTheFirstTable() {
      String in = "+++\ntitle = \"t\" # c\n# about extra\n\n[extra]\nrelease = true\n+++\n";
      assertThat(set(in, "tags", list("a", "b")))
          .isEqualTo("+++\ntitle = \"t\" # c\ntags = [\"a\", \"b\"]\n# about extra\n\n[extra]\n"
              + "release = true\n+++\n");
    }

    @Test
    void afterAMultiLineValue() {
      String in = "+++\naliases = [\n  \"a\",\n]\n\n[extra]\n+++\n";
      assertThat(set(in, "n", Value.Int.of(1)))
          .isEqualTo("+++\naliases = [\n  \"a\",\n]\nn = 1\n\n[extra]\n+++\n");
    }

    @Test
    void withTheFilesSpacingAroundEquals() {
      String in = "+++\r\ndraft= false\r\ntitle= \"活动\"\r\n+++\r\n\r\n## Body\r\n";
      assertThat(set(in, "description", text("说明")))
          .isEqualTo("+++\r\ndraft= false\r\ntitle= \"活动\"\r\ndescription= \"说明\"\r\n+++\r\n"
              + "\r\n## Body\r\n");
    }

    @Test
    void rightAfterTheFenceWhenThereAreOnlyTables() {
      String in = "+++\n# comment\n[extra]\na = 1\n+++\n";
      assertThat(set(in, "title", text("T")))
          .isEqualTo("+++\ntitle = \"T\"\n# comment\n[extra]\na = 1\n+++\n");
    }

    @Test
    void atTheEndOfTheBlockWhenThereAreNoKeysOrTables() {
      assertThat(set("+++\n+++\nbody", "title", text("T")))
          .isEqualTo("+++\ntitle = \"T\"\n+++\nbody");
      assertThat(set("+++\n# only a comment\n+++\n", "title", text("T")))
          .isEqualTo("+++\n# only a comment\ntitle = \"T\"\n+++\n");
    }

    @Test
    void aMappingIsAnInlineTableAndOddKeysAreQuoted() {
      String in = "+++\ntitle = \"t\"\n+++\n";
      assertThat(set(in, "a.b c", map("x", Value.Int.of(1), "y z", map())))
          .isEqualTo("+++\ntitle = \"t\"\n\"a.b c\" = { x = 1, \"y z\" = {} }\n+++\n");
    }
  }

  @Nested
  class Tables {
    static final String ZOLA = "+++\n"
        + "title = \"t\"\n"
        + "\n"
        + "[extra]\n"
        + "release = true # r\n"
        + "team = \"Compiler\"\n"
        + "\n"
        + "[[extra.see_also]]\n"
        + "text = \"a\"\n"
        + "+++\n"
        + "body\n";

    @Test
    void aMappingEditsTheSectionInPlace() {
      Value seeAlso = new Value.Sequence(List.of(map("text", text("a"))));
      assertThat(set(ZOLA, "extra", map("release", new Value.Bool(false), "team",
          text("Compiler"), "see_also", seeAlso, "team_url", text("u"))))
          .isEqualTo("+++\ntitle = \"t\"\n\n[extra]\nrelease = false # r\nteam = \"Compiler\"\n"
              + "team_url = \"u\"\n\n[[extra.see_also]]\ntext = \"a\"\n+++\nbody\n");
    }

    @Test
    void entriesMissingFromTheMappingAreRemovedWithTheirSections() {
      assertThat(set(ZOLA, "extra", map("team", text("Lang"))))
          .isEqualTo("+++\ntitle = \"t\"\n\n[extra]\nteam = \"Lang\"\n+++\nbody\n");
    }

    @Test
    void anArrayOfTablesCannotBeRewrittenInPlace() {
      Value seeAlso = new Value.Sequence(List.of(map("text", text("b"))));
      assertThatThrownBy(() -> EDITOR.set(ZOLA, split(ZOLA), "extra", map("release",
          new Value.Bool(true), "team", text("Compiler"), "see_also", seeAlso), "\n"))
          .isInstanceOfSatisfying(EditRefusedException.class, e -> {
            assertThat(e.key()).isEqualTo("extra");
            assertThat(e.location()).isEqualTo(new Location("", 8, 1)); // the [[...]] header
          })
          .hasMessageContaining("[[extra.see_also]]");
    }

    @Test
    void aTableSetToAPlainValueBecomesATopLevelKey() {
      assertThat(set(ZOLA, "extra", text("none")))
          .isEqualTo("+++\ntitle = \"t\"\nextra = \"none\"\n+++\nbody\n");
    }

    @Test
    void dottedKeysAreEditedAsDottedKeys() {
      String in = "+++\ntitle = \"t\"\nextra.a = 1 # one\nextra.b = 2\nlast = 0\n+++\n";
      assertThat(set(in, "extra", map("a", Value.Int.of(5), "c", text("x"))))
          .isEqualTo("+++\ntitle = \"t\"\nextra.a = 5 # one\nextra.c = \"x\"\nlast = 0\n+++\n");
    }

    @Test
    void nestedTablesAreEditedInTheirOwnSections() {
      String in = "+++\n[params]\n  a = 1\n\n[params.sub]\n  b = 2\n+++\n";
      assertThat(set(in, "params", map("a", Value.Int.of(1), "sub",
          map("b", Value.Int.of(3), "c", Value.Int.of(4)))))
          .isEqualTo("+++\n[params]\n  a = 1\n\n[params.sub]\n  b = 3\n  c = 4\n+++\n");
      assertThat(set(in, "params", map("a", Value.Int.of(2), "z", Value.Int.of(9), "sub",
          map("b", Value.Int.of(2)))))
          .isEqualTo("+++\n[params]\n  a = 2\n  z = 9\n\n[params.sub]\n  b = 2\n+++\n");
    }

    @Test
    void aTableWithoutASectionOfItsOwnTakesNoNewKeys() {
      String in = "+++\n[a.b]\nc = 1\n+++\n";
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "a",
          map("b", map("c", Value.Int.of(1)), "d", Value.Int.of(2)), "\n"))
          .isInstanceOfSatisfying(EditRefusedException.class, e -> {
            assertThat(e.key()).isEqualTo("a");
            assertThat(e.location()).isEqualTo(new Location("", 2, 1)); // the [a.b] header
          })
          .hasMessageContaining("no section of its own");
      assertThat(set(in, "a", map("b", map("c", Value.Int.of(5)))))
          .isEqualTo("+++\n[a.b]\nc = 5\n+++\n");
    }

    @Test
    void aMappingForAnEmptyHeaderTableGoesRightUnderIt() {
      String in = "+++\n[extra] # e\n\n[other]\n+++\n";
      assertThat(set(in, "extra", map("k", Value.Int.of(1))))
          .isEqualTo("+++\n[extra] # e\nk = 1\n\n[other]\n+++\n");
    }
  }

  @Nested
  class Removal {
    @Test
    void removesTheLineWithTheCommentsThatBelongToIt() {
      String in = "+++\ntitle = \"t\"\n# about the date\n# more\ndate = 2024-01-01 # c\n"
          + "draft = true\n+++\n";
      assertThat(remove(in, "date")).isEqualTo("+++\ntitle = \"t\"\ndraft = true\n+++\n");
      assertThat(remove(in, "title"))
          .isEqualTo("+++\n# about the date\n# more\ndate = 2024-01-01 # c\ndraft = true\n+++\n");
    }

    @Test
    void commentsRightAfterAHeaderStay() {
      String in = "+++\n[extra]\n# about the section\nrelease = true\nx = 1\n+++\n";
      assertThat(EDITOR.remove(in, split(in), "extra", "\n")).isEqualTo("+++\n+++\n");
      // a key inside a table is removed through set with a smaller mapping
      assertThat(set(in, "extra", map("x", Value.Int.of(1))))
          .isEqualTo("+++\n[extra]\n# about the section\nx = 1\n+++\n");
    }

    @Test
    void aMultiLineValueGoesWholeAndCommentLikeLinesInsideItDoNotCount() {
      String in = "+++\na = \"\"\"\n# not a comment\n\"\"\"\n# about b\nb = [\n  1,\n]\nc = 3\n"
          + "+++\n";
      assertThat(remove(in, "b")).isEqualTo("+++\na = \"\"\"\n# not a comment\n\"\"\"\nc = 3\n"
          + "+++\n");
      assertThat(remove(in, "a")).isEqualTo("+++\n# about b\nb = [\n  1,\n]\nc = 3\n+++\n");
    }

    @Test
    void oneRunOfBlankLinesIsKept() {
      assertThat(remove("+++\na = 1\n\nb = 2\n\nc = 3\n+++\n", "b"))
          .isEqualTo("+++\na = 1\n\nc = 3\n+++\n");
      assertThat(remove("+++\na = 1\n\nb = 2\n+++\n", "b")).isEqualTo("+++\na = 1\n+++\n");
      assertThat(remove("+++\na = 1\nb = 2\n\n[t]\n+++\n", "b"))
          .isEqualTo("+++\na = 1\n\n[t]\n+++\n");
      assertThat(remove("+++\na = 1\n\nb = 2\n+++\n", "a")).isEqualTo("+++\nb = 2\n+++\n");
    }

    @Test
    void aTableGoesWithAllItsSections() {
      String in = "+++\ntitle = \"t\"\n\n# the extra table\n[extra]\nrelease = true\n\n"
          + "[[extra.see_also]]\ntext = \"a\"\n\n# about other\n[other]\nx = 1\n+++\n";
      assertThat(remove(in, "extra"))
          .isEqualTo("+++\ntitle = \"t\"\n\n# about other\n[other]\nx = 1\n+++\n");
      assertThat(remove(in, "other")).isEqualTo("+++\ntitle = \"t\"\n\n# the extra table\n"
          + "[extra]\nrelease = true\n\n[[extra.see_also]]\ntext = \"a\"\n+++\n");
    }

    @Test
    void dottedKeysAllGo() {
      String in = "+++\nextra.a = 1\ntitle = \"t\"\nextra.b = 2\n+++\n";
      assertThat(remove(in, "extra")).isEqualTo("+++\ntitle = \"t\"\n+++\n");
    }

    @Test
    void crlfAndWideCharacters() {
      String in = "+++\r\ntitle = \"标题😀\"\r\n# 说明😀\r\ndescription = \"说明\"\r\nx = 1\r\n+++\r\n";
      assertThat(remove(in, "description")).isEqualTo("+++\r\ntitle = \"标题😀\"\r\nx = 1\r\n"
          + "+++\r\n");
    }

    @Test
    void anAbsentKeyLeavesTheTextAlone() {
      String in = "+++\ntitle = \"t\"\n+++\n";
      assertThat(EDITOR.remove(in, split(in), "nope", "\n")).isSameAs(in);
    }
  }
}
