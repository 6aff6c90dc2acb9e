package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * TOML front matter ({@code +++}): every value type, tables and arrays of tables, positions,
 * and every error with its rule, message and place. The TOML text of each case starts on
 * line 2 of the file (line 1 is the opening {@code +++}).
 */
class TomlReaderTest {

  private static Article article(String toml) {
    return Articles.parse("+++\n" + toml + "+++\nBody.\n", "t.md");
  }

  private static Map<String, Value> read(String toml) {
    Article a = article(toml);
    assertThat(a.format()).isEqualTo(Format.TOML);
    return a.frontMatter().values();
  }

  private static Value get(String toml, String key) {
    return read(toml).get(key);
  }

  private static List<Problem> problems(String toml) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> article(toml));
    assertThat(e).as("an ArticleException for:\n" + toml).isNotNull();
    return e.problems();
  }

  /** The only problem of {@code toml}, as {@code rule line:column message}. */
  private static String problem(String toml) {
    List<Problem> ps = problems(toml);
    assertThat(ps).hasSize(1);
    return render(ps.get(0));
  }

  private static String render(Problem p) {
    return p.rule() + " " + p.location().line() + ":" + p.location().column() + " "
        + p.message();
  }

  private static Value text(String s) {
    return new Value.Text(s);
  }

  private static Value integer(long n) {
    return Value.Int.of(n);
  }

  private static Value mapping(Object... kv) {
    LinkedHashMap<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Value) kv[i + 1]);
    }
    return new Value.Mapping(m);
  }

  private static Value seq(Value... items) {
    return new Value.Sequence(List.of(items));
  }

  @Nested
  class Keys {
    @Test
    void bareQuotedLiteralEmptyAndNumericKeysKeepFileOrder() {
      Map<String, Value> v = read("b = 1\n\"a c\" = 2\n'd.e' = 3\n\"\" = 4\n1234 = 5\n-_- = 6\n");
      assertThat(v.keySet()).containsExactly("b", "a c", "d.e", "", "1234", "-_-");
      assertThat(v.get("d.e")).isEqualTo(integer(3));
    }

    @Test
    void dottedKeysMakeNestedMappingsWithBlanksAroundDots() {
      Map<String, Value> v = read("site.name = 'x'\nsite . \"owner\" .id = 7\nother = 1\n");
      assertThat(v.keySet()).containsExactly("site", "other");
      assertThat(v.get("site")).isEqualTo(mapping("name", text("x"), "owner",
          mapping("id", integer(7))));
    }

    @Test
    void quotedKeyWithEscapes() {
      assertThat(read("\"tab\\there\\u00e9\" = 1\n").keySet()).containsExactly("tab\there\u00e9");
    }
  }

  @Nested
  class Strings {
    @Test
    void basicStringEscapes() {
      assertThat(get("s = \"a\\tb\\n\\\"q\\\" \\\\ \\u00E9 \\U0001F600 \\b\\f\\r/\"\n", "s"))
          .isEqualTo(text("a\tb\n\"q\" \\ \u00e9 \uD83D\uDE00 \b\f\r/"));
    }

    @Test
    void literalStringsHaveNoEscapes() {
      assertThat(get("s = 'C:\\Users\\n \"x\"'\n", "s")).isEqualTo(text("C:\\Users\\n \"x\""));
    }

    @Test
    void multiLineBasicTrimsFirstNewlineAndLineEndingBackslash() {
      String toml = "s = \"\"\"\nline 1\nline 2 \\   \n\n    continued\\\n here\"\"\"\n";
      assertThat(get(toml, "s")).isEqualTo(text("line 1\nline 2 continuedhere"));
    }

    @Test
    void multiLineStringsEndingWithQuotes() {
      Map<String, Value> v =
          read("a = \"\"\"x\"\"y\"\"\"\"\"\nb = '''it''s'''''\nc = \"\"\"\"\"\"\n");
      assertThat(v.get("a")).isEqualTo(text("x\"\"y\"\""));
      assertThat(v.get("b")).isEqualTo(text("it''s''"));
      assertThat(v.get("c")).isEqualTo(text(""));
    }

    @Test
    void multiLineLiteralKeepsBackslashesAndTabs() {
      assertThat(get("s = '''\n\\n\tx\n  y'''\n", "s")).isEqualTo(text("\\n\tx\n  y"));
    }

    @Test
    void crlfInsideMultiLineStringsReadsAsLineFeed() {
      Article a = Articles.parse("+++\r\ns = \"\"\"\r\na\r\nb\"\"\"\r\nt = '''x\r\ny'''\r\n+++\r\n",
          "crlf.md");
      assertThat(a.frontMatter().values()).isEqualTo(Map.of("s", text("a\nb"), "t",
          text("x\ny")));
    }

    @Test
    void cjkAndEmojiText() {
      assertThat(get("title = \"活动 😀\"\n", "title")).isEqualTo(text("活动 😀"));
    }
  }

  @Nested
  class Numbers {
    @Test
    void integersInEveryBase() {
      Map<String, Value> v = read("a = +99\nb = -17\nc = 1_000\nd = 0xDEAD_beef\ne = 0o755\n"
          + "f = 0b1101\ng = 0\nh = 9223372036854775807\ni = -9223372036854775808\nj = -0\n");
      assertThat(v.values()).containsExactly(integer(99), integer(-17), integer(1000),
          integer(0xDEADBEEFL), integer(493), integer(13), integer(0),
          new Value.Int(BigInteger.valueOf(Long.MAX_VALUE)),
          new Value.Int(BigInteger.valueOf(Long.MIN_VALUE)), integer(0));
    }

    @Test
    void floats() {
      Map<String, Value> v = read("a = 3.1415\nb = -0.01\nc = 5e+22\nd = 1e06\ne = -2E-2\n"
          + "f = 224_617.445_991\ng = 0e0\nh = 6.626e-34\n");
      assertThat(v.values()).containsExactly(new Value.Decimal(3.1415),
          new Value.Decimal(-0.01), new Value.Decimal(5e22), new Value.Decimal(1e6),
          new Value.Decimal(-0.02), new Value.Decimal(224617.445991), new Value.Decimal(0),
          new Value.Decimal(6.626e-34));
    }

    @Test
    void specialFloats() {
      Map<String, Value> v = read("a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan\n");
      assertThat(v.values()).containsExactly(
          new Value.Decimal(Double.POSITIVE_INFINITY), new Value.Decimal(Double.POSITIVE_INFINITY),
          new Value.Decimal(Double.NEGATIVE_INFINITY), new Value.Decimal(Double.NaN),
          new Value.Decimal(Double.NaN), new Value.Decimal(Double.NaN));
    }

    @Test
    void numbersAsTextKeepTheirSpelling() {
      Article a = article("title = 1.50\nslug = 0x1F\n");
      assertThat(a.title()).contains("1.50");
      assertThat(a.slug()).contains("0x1F");
    }
  }

  @Nested
  class BooleansAndDates {
    @Test
    void booleans() {
      assertThat(read("a = true\nb = false\n").values())
          .containsExactly(new Value.Bool(true), new Value.Bool(false));
    }

    @Test
    void offsetDateTimes() {
      Map<String, Value> v = read("a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00.999999-07:00\n"
          + "c = 1979-05-27 07:32:00+05:30\nd = 1979-05-27t07:32:00z\n");
      ArticleDate a = ((Value.Date) v.get("a")).value();
      assertThat(a.offset()).contains(ZoneOffset.UTC);
      assertThat(a.text()).isEqualTo("1979-05-27T07:32:00Z");
      ArticleDate b = ((Value.Date) v.get("b")).value();
      assertThat(b.localDateTime()).isEqualTo(LocalDateTime.of(1979, 5, 27, 0, 32, 0, 999_999_000));
      assertThat(b.offset()).contains(ZoneOffset.ofHours(-7));
      ArticleDate c = ((Value.Date) v.get("c")).value();
      assertThat(c.offset()).contains(ZoneOffset.ofHoursMinutes(5, 30));
      assertThat(c.text()).isEqualTo("1979-05-27 07:32:00+05:30");
      assertThat(v.get("d")).isEqualTo(v.get("a"));
    }

    @Test
    void localDateTimesAndDates() {
      Map<String, Value> v = read("a = 1979-05-27T07:32:00\nb = 1979-05-27 07:32:00.5\n"
          + "c = 1979-05-27\n");
      ArticleDate a = ((Value.Date) v.get("a")).value();
      assertThat(a.offset()).isEmpty();
      assertThat(a.localDateTime()).isEqualTo(LocalDateTime.of(1979, 5, 27, 7, 32));
      ArticleDate b = ((Value.Date) v.get("b")).value();
      assertThat(b.localDateTime().getNano()).isEqualTo(500_000_000);
      ArticleDate c = ((Value.Date) v.get("c")).value();
      assertThat(c.hasTime()).isFalse();
      assertThat(c.localDate()).isEqualTo(LocalDate.of(1979, 5, 27));
    }

    @Test
    void fractionsBeyondNanosecondsAreTruncated() {
      ArticleDate d = ((Value.Date) get("d = 2024-01-01T00:00:00.1234567899999Z\n", "d")).value();
      assertThat(d.localDateTime().getNano()).isEqualTo(123_456_789);
      assertThat(d.text()).isEqualTo("2024-01-01T00:00:00.1234567899999Z");
    }

    @Test
    void localTimeIsTextAsWritten() {
      assertThat(read("t = 07:32:00\nu = 00:32:00.999999\n").values())
          .containsExactly(text("07:32:00"), text("00:32:00.999999"));
    }

    @Test
    void typedFieldsReadTomlValues() {
      Article a = article("title = 'Post 1'\ndate = 2024-01-01T00:00:00Z\nlastmod = 2024-02-03\n"
          + "draft = true\nweight = 5\ntags = ['red', 'blue']\ncategories = 'one'\n"
          + "[menu.main]\nweight = 2\n");
      assertThat(a.title()).contains("Post 1");
      assertThat(a.date().orElseThrow().toOffsetDateTime().orElseThrow().toString())
          .isEqualTo("2024-01-01T00:00Z");
      assertThat(a.lastmod().orElseThrow().localDate()).isEqualTo(LocalDate.of(2024, 2, 3));
      assertThat(a.draft()).contains(true);
      assertThat(a.weight()).hasValue(5);
      assertThat(a.tags()).containsExactly("red", "blue");
      assertThat(a.categories()).containsExactly("one");
      assertThat(a.menu().orElseThrow().entries()).containsKey("main");
      assertThat(a.problems()).isEmpty();
    }

    @Test
    void aDateWhereTextIsExpectedReadsAsWritten() {
      assertThat(article("title = 2024-01-01\n").title()).contains("2024-01-01");
    }

    @Test
    void aLocalTimeInADateFieldIsAnInvalidDate() {
      assertThat(problem("date = 07:32:00\n")).isEqualTo("date-invalid 2:8 date: expected a date"
          + " (yyyy-MM-dd, optionally followed by a time HH:mm[:ss[.fraction]] and an offset Z,"
          + " +hh:mm or +hhmm) but found \"07:32:00\"");
    }
  }

  @Nested
  class ArraysAndInlineTables {
    @Test
    void multiLineArrayWithCommentsAndTrailingComma() {
      assertThat(get("a = [ # first\n  1,\n  # between\n  2 , # x\n]\n", "a"))
          .isEqualTo(seq(integer(1), integer(2)));
    }

    @Test
    void nestedMixedAndEmptyArrays() {
      assertThat(get("a = [[1, 2], ['x', \"y\"], [], 1.5, true, {k = 1}, 2024-01-01]\n", "a"))
          .isEqualTo(seq(seq(integer(1), integer(2)), seq(text("x"), text("y")), seq(),
              new Value.Decimal(1.5), new Value.Bool(true), mapping("k", integer(1)),
              new Value.Date(ArticleDate.parse("2024-01-01"))));
    }

    @Test
    void inlineTablesWithDottedKeys() {
      Map<String, Value> v = read("p = { x = 1, y.z = 2, y.w = 'a' }\ne = {}\nn = {a={b={}}}\n");
      assertThat(v.get("p")).isEqualTo(mapping("x", integer(1), "y",
          mapping("z", integer(2), "w", text("a"))));
      assertThat(v.get("e")).isEqualTo(mapping());
      assertThat(v.get("n")).isEqualTo(mapping("a", mapping("b", mapping())));
    }
  }

  @Nested
  class Tables {
    @Test
    void tablesInOrderOfFirstMention() {
      Map<String, Value> v = read("title = 't'\n[x.y]\nz = 1\n[extra]\nteam = 'T'\n[x]\nw = 2\n");
      assertThat(v.keySet()).containsExactly("title", "x", "extra");
      assertThat(v.get("x")).isEqualTo(mapping("y", mapping("z", integer(1)), "w", integer(2)));
      assertThat(v.get("extra")).isEqualTo(mapping("team", text("T")));
    }

    @Test
    void headersWithBlanksAndQuotedKeys() {
      assertThat(read("[ a . \"b c\" . 'd' ]\ne = 1\n"))
          .isEqualTo(Map.of("a", mapping("b c", mapping("d", mapping("e", integer(1))))));
    }

    @Test
    void arraysOfTablesWithSubTables() {
      Map<String, Value> v = read("[[p]]\nname = 'a'\n[p.dims]\nw = 1\n[[p]]\n[[p]]\nname = 'c'\n"
          + "[[p.v]]\nn = 1\n[[p.v]]\nn = 2\n");
      assertThat(v.get("p")).isEqualTo(seq(
          mapping("name", text("a"), "dims", mapping("w", integer(1))),
          mapping(),
          mapping("name", text("c"), "v", seq(mapping("n", integer(1)),
              mapping("n", integer(2))))));
    }

    @Test
    void headerMayAddSubTablesToDottedKeyTables() {
      Map<String, Value> v = read("[fruit]\napple.color = 'red'\napple.taste.sweet = true\n"
          + "[fruit.apple.texture]\nsmooth = true\n");
      assertThat(v.get("fruit")).isEqualTo(mapping("apple", mapping("color", text("red"),
          "taste", mapping("sweet", new Value.Bool(true)),
          "texture", mapping("smooth", new Value.Bool(true)))));
    }

    @Test
    void implicitTableMayBeDefinedLater() {
      assertThat(read("[a.b.c]\nd = 1\n[a]\ne = 2\n").get("a")).isEqualTo(mapping(
          "b", mapping("c", mapping("d", integer(1))), "e", integer(2)));
    }

    @Test
    void commentsBlankLinesAndTabsEverywhere() {
      assertThat(read("# c\n\n\ta\t=\t1\t# c\n[t]\t# c\n  # c\n").keySet())
          .containsExactly("a", "t");
    }

    @Test
    void emptyAndCommentOnlyBlocks() {
      assertThat(read("")).isEmpty();
      assertThat(read("# only a comment\n\n")).isEmpty();
      assertThat(Articles.parse("+++\n+++\n", "e.md").format()).isEqualTo(Format.TOML);
    }
  }

  @Nested
  class Positions {
    @Test
    void everyValueHasItsStart() {
      Article a = article("title = 'x'\ntags = ['a',\n  'b']\n[extra]\nteam.name = 1\n[[p]]\n"
          + "[[p]]\nq = 2024-01-01\n");
      FrontMatter fm = a.frontMatter();
      assertThat(fm.locationOf("/title").orElseThrow()).hasToString("t.md:2:9");
      assertThat(fm.locationOf("/tags").orElseThrow()).hasToString("t.md:3:8");
      assertThat(fm.locationOf("/tags/1").orElseThrow()).hasToString("t.md:4:3");
      assertThat(fm.locationOf("/extra").orElseThrow()).hasToString("t.md:5:1");
      assertThat(fm.locationOf("/extra/team").orElseThrow()).hasToString("t.md:6:1");
      assertThat(fm.locationOf("/extra/team/name").orElseThrow()).hasToString("t.md:6:13");
      assertThat(fm.locationOf("/p").orElseThrow()).hasToString("t.md:7:1");
      assertThat(fm.locationOf("/p/1").orElseThrow()).hasToString("t.md:8:1");
      assertThat(fm.locationOf("/p/1/q").orElseThrow()).hasToString("t.md:9:5");
      assertThat(fm.locationOf("/nope")).isEmpty();
    }

    @Test
    void implicitTableIsPlacedAtItsDefinition() {
      FrontMatter fm = article("[a.b]\n[a]\n").frontMatter();
      assertThat(fm.locationOf("/a").orElseThrow()).hasToString("t.md:3:1");
      assertThat(fm.locationOf("/a/b").orElseThrow()).hasToString("t.md:2:1");
    }

    @Test
    void crlfFileWithCjkValuesWritesBackIdentical() {
      String file = "+++\r\ndraft= false\r\ntitle = \"活动\"\r\n"
          + "description = \"SOFAStack 社区活动\"\r\n"
          + "+++\r\n\r\n## Body\r\n";
      byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
      Article a = Articles.parse(bytes, "crlf.md");
      assertThat(a.title()).contains("活动");
      assertThat(a.frontMatter().locationOf("/description").orElseThrow())
          .hasToString("crlf.md:4:15");
      assertThat(a.bodyText()).isEqualTo("\r\n## Body\r\n");
      assertThat(Articles.toBytes(a)).isEqualTo(bytes);
    }
  }

  @Nested
  class Fences {
    @Test
    void trailingBlanksAfterFences() {
      Article a = Articles.parse("+++ \t\na = 1\n+++\t \nBody\n", "f.md");
      assertThat(a.frontMatter().values()).isEqualTo(Map.of("a", integer(1)));
      assertThat(a.bodyText()).isEqualTo("Body\n");
    }

    @Test
    void unclosedFence() {
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> Articles.parse("+++\na = 1\n", "u.md"));
      assertThat(render(e.problems().get(0))).isEqualTo("fence-unclosed 1:1 expected a closing"
          + " \"+++\" line for the front matter opened here but found the end of the file");
    }

    @Test
    void fourPlusesOrTextAfterThemAreNotAFence() {
      assertThat(Articles.parse("++++\na = 1\n", "n.md").format()).isEqualTo(Format.NONE);
      // text after the pluses: Hugo reads it as TOML and fails (HugoLeadTest), so HUGO refuses
      // the line since 0.2.0; Jekyll reads no front matter
      assertThat(catchThrowableOfType(ArticleException.class,
          () -> Articles.parse("+++ x\n", "n.md")).problems().get(0).rule())
          .isEqualTo("fence-text");
      assertThat(ArticleParser.builder().profile(Profile.JEKYLL).build()
          .parse("+++ x\n", "n.md").format()).isEqualTo(Format.NONE);
    }

    @Test
    void aLineWithFourPlusesDoesNotCloseTheBlock() {
      assertThat(problem("a = 1\n++++\n")).startsWith("toml-syntax 3:1 expected a key");
    }
  }

  @Nested
  class Redefinitions {
    @Test
    void duplicateKey() {
      assertThat(problem("a = 1\na = 2\n")).isEqualTo("duplicate-key 3:1 a: expected each key"
          + " once but found \"a\" again (first at line 2)");
    }

    @Test
    void duplicateKeyThroughQuotingAndDots() {
      assertThat(problem("x.y = 1\n\"x\".'y' = 2\n")).isEqualTo("duplicate-key 3:5 x.y:"
          + " expected each key once but found \"y\" again (first at line 2)");
    }

    @Test
    void tableDefinedTwice() {
      assertThat(problem("[a]\nx = 1\n[a]\n")).isEqualTo("duplicate-key 4:2 a: expected each"
          + " table once but found [a] again (first at line 2)");
    }

    @Test
    void implicitTableDefinedTwiceNamesTheDefiningLine() {
      assertThat(problem("[a.b]\n[a]\n[a]\n")).isEqualTo("duplicate-key 4:2 a: expected each"
          + " table once but found [a] again (first at line 3)");
    }

    @Test
    void headerOverTableMadeByDottedKeys() {
      assertThat(problem("[fruit]\napple.color = 'red'\n[fruit.apple]\n"))
          .isEqualTo("duplicate-key 4:8 fruit.apple: expected a new table but found"
              + " [fruit.apple], which dotted keys already defined (first at line 3)");
    }

    @Test
    void dottedKeysIntoATableDefinedByAHeader() {
      assertThat(problem("[a.b]\nc = 1\n[a]\nb.d = 2\n")).isEqualTo("duplicate-key 5:1 a.b:"
          + " expected dotted keys to add only to tables they created in the same table section"
          + " but found \"b\", a table defined at line 2 (write the key under its header"
          + " instead)");
    }

    @Test
    void headerOverATableMadeByDottedKeysOfAnEarlierSection() {
      assertThat(problem("a.b = 1\n[x]\n[a]\n")).isEqualTo("duplicate-key 4:2 a: expected a new"
          + " table but found [a], which dotted keys already defined (first at line 2)");
    }

    @Test
    void headerOverAValueOrAnInlineTable() {
      assertThat(problem("a = {x = 1}\n[a]\n")).isEqualTo("duplicate-key 3:2 a: expected a new"
          + " table but found [a], which is already a value (first at line 2)");
      assertThat(problem("a = 1\n[a.b]\n")).isEqualTo("duplicate-key 3:2 a: expected [a.b] to"
          + " name a table inside \"a\" but found that \"a\" is already a value (line 2)");
    }

    @Test
    void dottedKeyIntoAnInlineTable() {
      assertThat(problem("a = {x = 1}\na.y = 2\n")).isEqualTo("duplicate-key 3:1 a: expected"
          + " each key once but found \"a\" again (first at line 2)");
    }

    @Test
    void arrayOfTablesOverAStaticArrayAndTableOverArrayOfTables() {
      assertThat(problem("a = [1]\n[[a]]\n")).isEqualTo("duplicate-key 3:3 a: expected an"
          + " array of tables but found [[a]], which is already a value (first at line 2)");
      assertThat(problem("[[a]]\n[a]\n")).isEqualTo("duplicate-key 3:2 a: expected a new table"
          + " but found [a], which is already an array of tables (first at line 2)");
      assertThat(problem("[a]\n[[a]]\n")).isEqualTo("duplicate-key 3:3 a: expected an array of"
          + " tables but found [[a]], which is already a table (first at line 2)");
    }

    @Test
    void duplicateInsideAnInlineTable() {
      assertThat(problem("p = {x = 1, x = 2}\n")).isEqualTo("duplicate-key 2:13 p.x: expected"
          + " each key once but found \"x\" again (first at line 2)");
    }
  }

  @Nested
  class SyntaxErrors {
    @Test
    void invalidEscapes() {
      assertThat(problem("s = \"a\\qb\"\n")).isEqualTo("toml-syntax 2:7 s: expected an escape"
          + " sequence (\\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX or \\UXXXXXXXX) but found"
          + " \"\\q\"");
      assertThat(problem("s = \"\\e\"\n")).startsWith("toml-syntax 2:6 s: expected an escape");
      assertThat(problem("s = \"\"\"\\ x\"\"\"\n")).endsWith("but found \"\\ \"");
    }

    @Test
    void badUnicodeEscapes() {
      assertThat(problem("s = \"\\u12G4\"\n")).isEqualTo("toml-syntax 2:6 s: expected 4 hex"
          + " digits after \\u but found \"\\u12G\"");
      assertThat(problem("s = \"\\u12\"\n")).isEqualTo("toml-syntax 2:6 s: expected 4 hex"
          + " digits after \\u but found \"\\u12\"");
      assertThat(problem("s = \"\\uD800\"\n")).isEqualTo("toml-syntax 2:6 s: expected a Unicode"
          + " scalar value (U+0000 to U+D7FF or U+E000 to U+10FFFF) but found \"\\uD800\"");
      assertThat(problem("s = \"\\U00110000\"\n")).endsWith("but found \"\\U00110000\"");
    }

    @Test
    void unterminatedStrings() {
      assertThat(problem("title = \"abc\nx = 1\n")).isEqualTo("toml-syntax 2:13 expected a"
          + " closing \" for the string opened at column 9 but found the end of the line (use"
          + " \"\"\" for a multi-line string)");
      assertThat(problem("t = 'abc\n")).startsWith("toml-syntax 2:9 expected a closing '");
      assertThat(problem("a = 1\ns = \"\"\"abc\nmore\n")).isEqualTo("toml-syntax 5:1 expected"
          + " a closing \"\"\" for the string opened at line 3, column 5 but found the end of the"
          + " front matter");
      assertThat(problem("s = '''abc\n")).startsWith("toml-syntax 3:1 expected a closing '''");
    }

    @Test
    void controlCharactersInStringsAndComments() {
      assertThat(problem("s = \"a\u0001b\"\n")).isEqualTo("toml-syntax 2:7 s: expected text"
          + " without control characters in a string but found the character U+0001 (write it"
          + " as \\u0001)");
      assertThat(problem("s = 'a\u007Fb'\n")).isEqualTo("toml-syntax 2:7 s: expected text"
          + " without control characters in a string but found the character U+007F (use a"
          + " \"basic\" string with \\u007F)");
      assertThat(problem("a = 1 # x\u0007\n")).isEqualTo("toml-syntax 2:10 expected a comment"
          + " without control characters but found the character U+0007");
    }

    @Test
    void loneCarriageReturn() {
      assertThat(problem("a = 1\rb = 2\n")).isEqualTo("toml-syntax 2:6 expected the end of the"
          + " line (or a # comment) but found a carriage return (U+000D) without a line feed");
    }

    @Test
    void leadingZerosAndUnderscores() {
      assertThat(problem("n = 007\n")).isEqualTo("toml-syntax 2:5 n: expected a number without"
          + " leading zeros but found \"007\"");
      assertThat(problem("n = -01.5\n")).isEqualTo("toml-syntax 2:6 n: expected a number"
          + " without leading zeros but found \"-01.5\"");
      assertThat(problem("n = 1__000\n")).isEqualTo("toml-syntax 2:7 n: expected a decimal"
          + " digit after \"_\" in \"1__000\" but found \"_\"");
      assertThat(problem("n = 1_\n")).isEqualTo("toml-syntax 2:7 n: expected a decimal digit"
          + " after \"_\" in \"1_\" but found the end of \"1_\"");
      assertThat(problem("n = 0x_1\n")).isEqualTo("toml-syntax 2:7 n: expected a hexadecimal"
          + " digit in \"0x_1\" but found \"_\"");
    }

    @Test
    void badNumbers() {
      assertThat(problem("n = 1.\n")).isEqualTo("toml-syntax 2:7 n: expected a digit after the"
          + " decimal point in \"1.\" but found the end of \"1.\"");
      assertThat(problem("n = 1.e5\n")).isEqualTo("toml-syntax 2:7 n: expected a digit after"
          + " the decimal point in \"1.e5\" but found \"e\"");
      assertThat(problem("n = 1e\n")).isEqualTo("toml-syntax 2:7 n: expected a digit in the"
          + " exponent of \"1e\" but found the end of \"1e\"");
      assertThat(problem("n = 1.2.3\n")).isEqualTo("toml-syntax 2:8 n: expected a number but"
          + " found \"1.2.3\" (unexpected \".\")");
      assertThat(problem("n = -0x1F\n")).isEqualTo("toml-syntax 2:5 n: expected an unsigned"
          + " number after \"-\" (hexadecimal, octal and binary integers take no sign) but found"
          + " \"-0x1F\"");
      assertThat(problem("n = 0b102\n")).isEqualTo("toml-syntax 2:9 n: expected a binary digit"
          + " or \"_\" in \"0b102\" but found \"2\"");
      assertThat(problem("n = 0X1F\n")).isEqualTo("toml-syntax 2:6 n: expected a number but"
          + " found \"0X1F\" (unexpected \"X\")");
      assertThat(problem("n = .5\n")).startsWith("toml-syntax 2:5 expected a value");
      assertThat(problem("n = 1e400\n")).isEqualTo("toml-syntax 2:5 n: expected a float within"
          + " the range of a 64-bit float but found \"1e400\"");
    }

    @Test
    void integersOutOfRange() {
      assertThat(problem("n = 9223372036854775808\n")).isEqualTo("toml-syntax 2:5 n: expected"
          + " an integer from -9223372036854775808 to 9223372036854775807 but found"
          + " \"9223372036854775808\"");
      assertThat(problem("n = 0xFFFFFFFFFFFFFFFF\n")).startsWith("toml-syntax 2:5 n: expected"
          + " an integer from");
    }

    @Test
    void badDatesAndTimes() {
      assertThat(problem("d = 2024-02-30\n")).isEqualTo("toml-syntax 2:5 d: expected a day that"
          + " exists but found \"2024-02-30\" (February 2024 has no day 30)");
      assertThat(problem("d = 2024-01-01T10:00\n")).isEqualTo("toml-syntax 2:21 d: expected a"
          + " date-time yyyy-mm-ddThh:mm:ss[.fraction][Z|+hh:mm] (TOML 1.0 requires the seconds)"
          + " but found \"2024-01-01T10:00\"");
      assertThat(problem("d = 2024-01-01T10:00:00+0100\n")).isEqualTo("toml-syntax 2:27 d:"
          + " expected a date-time yyyy-mm-ddThh:mm:ss[.fraction][Z|+hh:mm] (TOML 1.0 requires"
          + " the seconds) but found \"2024-01-01T10:00:00+0100\" (unexpected \"0\")");
      assertThat(problem("d = 2024-1-01\n")).isEqualTo("toml-syntax 2:11 d: expected a date"
          + " yyyy-mm-dd, a date-time yyyy-mm-ddThh:mm:ss[.fraction][Z|+hh:mm] or a time"
          + " hh:mm:ss[.fraction] but found \"2024-1-01\" (unexpected \"-\")");
      assertThat(problem("t = 24:00:00\n")).isEqualTo("toml-syntax 2:5 t: expected a time from"
          + " 00:00:00 to 23:59:59 but found \"24:00:00\"");
      assertThat(problem("d = 1990-12-31T23:59:60Z\n")).isEqualTo("toml-syntax 2:5 d: expected"
          + " a time from 00:00:00 to 23:59:59 but found \"1990-12-31T23:59:60Z\"");
    }

    @Test
    void missingPieces() {
      assertThat(problem("title = hello world\n")).isEqualTo("toml-syntax 2:9 expected a value"
          + " (a \"string\", a number, true or false, a date, an [array] or an {inline table})"
          + " but found \"hello\" (text must be quoted)");
      assertThat(problem("a =\n")).isEqualTo("toml-syntax 2:4 expected a value (a \"string\", a"
          + " number, true or false, a date, an [array] or an {inline table}) but found the end"
          + " of the line");
      assertThat(problem("title \"x\"\n")).isEqualTo("toml-syntax 2:7 expected \"=\" after the"
          + " key \"title\" but found '\"'");
      assertThat(problem("a$ = 1\n")).isEqualTo("toml-syntax 2:2 expected \"=\" after the key"
          + " \"a\" but found \"$\"");
      assertThat(problem("= 1\n")).isEqualTo("toml-syntax 2:1 expected a key (letters, digits,"
          + " \"_\" and \"-\", or a quoted key) but found \"=\"");
      assertThat(problem("a. = 1\n")).isEqualTo("toml-syntax 2:4 expected a key (letters,"
          + " digits, \"_\" and \"-\", or a quoted key) but found \"=\"");
      assertThat(problem("\"\"\"k\"\"\" = 1\n")).isEqualTo("toml-syntax 2:1 expected a key"
          + " (bare, \"quoted\" or 'literal') but found a multi-line string, which cannot be a"
          + " key");
    }

    @Test
    void junkAfterAValueOrHeader() {
      assertThat(problem("a = 1 2\n")).isEqualTo("toml-syntax 2:7 expected the end of the line"
          + " (or a # comment) but found \"2\"");
      assertThat(problem("a = \"x\"\"\n")).isEqualTo("toml-syntax 2:8 expected the end of the"
          + " line (or a # comment) but found '\"'");
      assertThat(problem("[a] b = 1\n")).isEqualTo("toml-syntax 2:5 expected the end of the"
          + " line (or a # comment) but found \"b\"");
      assertThat(problem("s = \"\"\"x\"\"\"\"\"\"\n")).startsWith("toml-syntax 2:14 expected the"
          + " end of the line");
    }

    @Test
    void badHeaders() {
      assertThat(problem("[a\n")).isEqualTo("toml-syntax 2:3 expected \"]\" to close the header"
          + " [a but found the end of the line");
      assertThat(problem("[[a]\n")).isEqualTo("toml-syntax 2:4 expected \"]]\" to close the"
          + " array-of-tables header [[a but found \"]\"");
      assertThat(problem("[]\n")).startsWith("toml-syntax 2:2 expected a key");
      assertThat(problem("[ [a] ]\n")).startsWith("toml-syntax 2:3 expected a key");
    }

    @Test
    void badArrays() {
      assertThat(problem("a = [1 2]\n")).isEqualTo("toml-syntax 2:8 expected \",\" or \"]\""
          + " after an item of the array opened at line 2 but found \"2\"");
      assertThat(problem("a = [,]\n")).isEqualTo("toml-syntax 2:6 expected a value or \"]\" but"
          + " found \",\"");
      assertThat(problem("a = [1,,2]\n")).isEqualTo("toml-syntax 2:8 expected a value or \"]\""
          + " but found \",\"");
      assertThat(problem("a = [1,\n2\n")).isEqualTo("toml-syntax 4:1 expected \",\" or \"]\""
          + " after an item of the array opened at line 2 but found the end of the front matter");
    }

    @Test
    void badInlineTables() {
      assertThat(problem("a = {x = 1,}\n")).isEqualTo("toml-syntax 2:12 expected a key after"
          + " \",\" but found \"}\" (TOML 1.0 allows no trailing comma in an inline table)");
      assertThat(problem("a = {x = 1\n}\n")).isEqualTo("toml-syntax 2:11 expected \",\" or \"}\""
          + " in the inline table opened at line 2 but found the end of the line (an inline"
          + " table must stay on one line)");
      assertThat(problem("a = {x = 1 y = 2}\n")).isEqualTo("toml-syntax 2:12 expected \",\" or"
          + " \"}\" in the inline table opened at line 2 but found \"y\"");
    }

    @Test
    void nestingDepthIsLimited() {
      assertThat(problem("a = " + "[".repeat(300) + "\n"))
          .isEqualTo("limit-depth 2:204 expected front matter nested at most 200 levels deep"
              + " but found a value nested 201 levels deep (raise Limits.maxFrontMatterDepth)");
    }
  }

  @Nested
  class Reporting {
    @Test
    void recoverableErrorsAreAllReportedInOrder() {
      List<Problem> ps = problems("a = 01\nb = \"\\q\"\na = 3\nc = 2024-13-01\n");
      assertThat(ps).extracting(TomlReaderTest::render).containsExactly(
          "toml-syntax 2:5 a: expected a number without leading zeros but found \"01\"",
          "toml-syntax 3:6 b: expected an escape sequence (\\b, \\t, \\n, \\f, \\r, \\\", \\\\,"
              + " \\uXXXX or \\UXXXXXXXX) but found \"\\q\"",
          "duplicate-key 4:1 a: expected each key once but found \"a\" again (first at line 2)",
          "toml-syntax 5:5 c: expected a month from 01 to 12 but found \"2024-13-01\"");
    }

    @Test
    void readingStopsAtAStructuralError() {
      List<Problem> ps = problems("a = 01\nb = [1 2]\nc = 007\n");
      assertThat(ps).extracting(TomlReaderTest::render).containsExactly(
          "toml-syntax 2:5 a: expected a number without leading zeros but found \"01\"",
          "toml-syntax 3:8 expected \",\" or \"]\" after an item of the array opened at line 3"
              + " but found \"2\"");
    }

    @Test
    void cjkBeforeTheErrorCountsOneColumnEach() {
      Problem p = problems("title = \"标题\" x\n").get(0);
      assertThat(render(p)).isEqualTo("toml-syntax 2:14 expected the end of the line (or a #"
          + " comment) but found \"x\"");
      // the caret lands under the x on a terminal: each CJK character takes two cells
      assertThat(p.excerpt()).isEqualTo("  title = \"标题\" x\n  " + " ".repeat(15) + "^");
    }

    @Test
    void emojiBeforeTheErrorCountsTwoColumns() {
      assertThat(problem("s = \"😀\\q\"\n")).startsWith("toml-syntax 2:8 s: expected an escape");
      assertThat(problem("s = \"😀\" x\n")).startsWith("toml-syntax 2:10 expected the end");
    }

    @Test
    void crlfFileErrorPositions() {
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> Articles.parse("+++\r\na = 1\r\na = 2\r\n标 = \"\\q\"\r\n+++\r\n", "w.md"));
      assertThat(e.problems()).extracting(TomlReaderTest::render).containsExactly(
          "duplicate-key 3:1 a: expected each key once but found \"a\" again (first at line 2)",
          "toml-syntax 4:1 expected a key (letters, digits, \"_\" and \"-\", or a quoted key)"
              + " but found \"标\"");
    }

    @Test
    void cjkKeyMustBeQuoted() {
      assertThat(get("\"标题\" = 1\n", "标题")).isEqualTo(integer(1));
      assertThat(problem("x = 1\n标题 = 1\n")).isEqualTo("toml-syntax 3:1 expected a key"
          + " (letters, digits, \"_\" and \"-\", or a quoted key) but found \"标\"");
    }

    @Test
    void problemToStringHasFileLineAndColumn() {
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> Articles.parse("+++\nn = 007\n+++\n", "post.md"));
      assertThat(e.getMessage()).isEqualTo("post.md:2:5: error: n: expected a number without"
          + " leading zeros but found \"007\" [toml-syntax]\n  n = 007\n      ^");
    }
  }
}
