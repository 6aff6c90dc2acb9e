package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hostile or odd input of docs/security.md, each with its decided outcome asserted
 * exactly: an article (written back byte for byte), or an {@link ArticleException} with the
 * exact problems. Never a crash, a {@link StackOverflowError}, an {@link OutOfMemoryError}, a
 * hang or a silently altered article; each test has a timeout far above what it takes (all
 * of them take milliseconds; the timeouts leave room for a busy machine).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private static final String N = "in.md";

  // ------------------------------------------------------------------ helpers

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The summaries of every error the strict parse throws for {@code bytes}. */
  private static List<String> refused(ArticleParser parser, byte[] bytes) {
    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> parser.parse(bytes, N));
    assertThat(e).as("refused").isNotNull();
    // the lenient read reports the same errors (and the warnings) and never throws
    assertThat(parser.read(bytes, N).problems().stream()
        .filter(p -> p.severity() == Problem.Severity.ERROR).toList()).isEqualTo(e.problems());
    return e.problems().stream().map(Problem::summary).toList();
  }

  private static List<String> refused(byte[] bytes) {
    return refused(ArticleParser.defaults(), bytes);
  }

  private static List<String> refused(String text) {
    return refused(utf8(text));
  }

  /** Parses, checks the bytes come back unchanged, and returns the article. */
  private static Article article(ArticleParser parser, byte[] bytes) {
    Article a = parser.parse(bytes, N);
    assertThat(Articles.toBytes(a)).as("written back byte for byte").isEqualTo(bytes);
    return a;
  }

  private static Article article(String text) {
    return article(ArticleParser.defaults(), utf8(text));
  }

  private static ArticleParser with(Limits limits) {
    return ArticleParser.builder().limits(limits).build();
  }

  private static String depthError(String at) {
    return N + ":" + at + ": error: expected front matter nested at most 200 levels deep but"
        + " found a value nested 201 levels deep (raise Limits.maxFrontMatterDepth) [limit-depth]";
  }

  private static String frontMatterTooLarge(String at, String found) {
    return N + ":" + at + ": error: expected front matter of at most 262,144 bytes but found "
        + found + " (raise Limits.maxFrontMatterBytes) [limit-front-matter-bytes]";
  }

  // ------------------------------------------------------------------ bad bytes

  @Nested
  class Encoding {
    @Test
    void invalidUtf8IsRefusedWithItsByteOffset() {
      byte[] bytes = {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, '(', '\n', '-', '-', '-',
          '\n'};
      assertThat(refused(bytes)).containsExactly(N + ":2:4: error: expected UTF-8 text but"
          + " found the byte 0xC3 at byte offset 7, which is not valid UTF-8 there [encoding]");
    }

    @Test
    void overlongEncodedSurrogatesAndTruncatedSequencesAreRefused() {
      // an overlong NUL, an encoded surrogate half, a code point above U+10FFFF, a cut-off end
      assertThat(refused(new byte[] {'a', (byte) 0xC0, (byte) 0x80})).containsExactly(N
          + ":1:2: error: expected UTF-8 text but found the byte 0xC0 at byte offset 1, which"
          + " is not valid UTF-8 there [encoding]");
      assertThat(refused(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).containsExactly(
          N + ":1:1: error: expected UTF-8 text but found the byte 0xED at byte offset 0, which"
              + " is not valid UTF-8 there [encoding]");
      assertThat(refused(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
          .containsExactly(N + ":1:1: error: expected UTF-8 text but found the byte 0xF4 at"
              + " byte offset 0, which is not valid UTF-8 there [encoding]");
      assertThat(refused(new byte[] {'a', 'b', (byte) 0xE2, (byte) 0x82})).containsExactly(N
          + ":1:3: error: expected UTF-8 text but found the byte 0xE2 at byte offset 2, which"
          + " is not valid UTF-8 there [encoding]");
    }

    @Test
    void utf16WithAByteOrderMarkIsRefusedInBothByteOrders() {
      String expected = N + ":1:1: error: expected UTF-8 text but found a UTF-16 byte order"
          + " mark (convert the file to UTF-8) [encoding]";
      assertThat(refused(utf16("\uFEFF---\ntitle: a\n---\n", StandardCharsets.UTF_16LE)))
          .containsExactly(expected);
      assertThat(refused(utf16("\uFEFF---\ntitle: a\n---\n", StandardCharsets.UTF_16BE)))
          .containsExactly(expected);
    }

    private static byte[] utf16(String s, java.nio.charset.Charset cs) {
      return s.getBytes(cs);
    }

    @Test
    void aByteOrderMarkInTheMiddleIsAnOrdinaryCharacter() {
      Article body = article("---\ntitle: a\n---\nhello \uFEFF world\n");
      assertThat(body.bodyText()).isEqualTo("hello \uFEFF world\n");
      Article value = article("---\ntitle: a\uFEFFb\n---\n");
      assertThat(value.title()).contains("a\uFEFFb");
      // at the start of the YAML stream it is YAML's own byte order mark, which YAML ignores
      Article stream = article("---\n\uFEFFtitle: ab\n---\n");
      assertThat(stream.frontMatter().values()).containsOnlyKeys("title");
      assertThat(stream.title()).contains("ab");
    }

    @Test
    void aSecondByteOrderMarkAtTheStartIsRefused() {
      // Hugo reads past both; here the fence would not be seen and the front matter would
      // silently become body text
      assertThat(refused(utf8("\uFEFF\uFEFF---\ntitle: a\n---\n"))).containsExactly(N
          + ":1:1: error: expected at most one byte order mark at the start of the file but"
          + " found a second one (remove it) [encoding]");
    }

    /**
     * Regression: a byte order mark on a fence line hid the fence, and the front matter
     * silently became body text (with one title-missing warning). Hugo 0.111.3 reads
     * {@code ---<BOM>} as YAML (its lexer takes the rest of the line into the front matter,
     * and YAML skips a mark at the start) and fails on {@code +++<BOM>} (TOML); here both are
     * refused, and a closing fence likewise, at the mark.
     */
    @Test
    void aByteOrderMarkOnAFenceLineIsRefused(@TempDir Path dir) throws IOException {
      String message = ": error: expected a fence line of only \"%s\" (and spaces or tabs) but"
          + " found a byte order mark (U+FEFF) on it (remove it) [encoding]";
      String yaml = N + ":1:4" + String.format(message, "---");
      String toml = N + ":1:4" + String.format(message, "+++");
      assertThat(refused("---\uFEFF\ntitle: a\n---\nbody\n")).containsExactly(yaml);
      assertThat(refused("+++\uFEFF\ntitle = 'a'\n+++\nbody\n")).containsExactly(toml);
      assertThat(refused("---\uFEFF\r\ntitle: a\r\n---\r\n")).containsExactly(yaml);
      assertThat(refused("---\uFEFFyaml\ntitle: a\n---\n")).containsExactly(yaml);
      assertThat(refused("--- \uFEFF \ntitle: a\n---\n")).containsExactly(N + ":1:5"
          + String.format(message, "---"));
      // a closing fence: without the check the block would run on to a later fence line
      assertThat(refused("---\ntitle: a\n---\uFEFF\nbody\n---\n")).containsExactly(N
          + ":3:4" + String.format(message, "---"));
      assertThat(refused("---\ntitle: a\n...\uFEFF\n")).containsExactly(N
          + ":3:4" + String.format(message, "..."));
      assertThat(refused("+++\ntitle = 'a'\n+++ \uFEFF\n")).containsExactly(N
          + ":3:5" + String.format(message, "+++"));
      // reading only the front matter finds it too
      Path file = dir.resolve(N);
      Files.write(file, utf8("---\uFEFF\ntitle: a\n---\n" + "body\n".repeat(10_000)));
      assertThat(catchThrowableOfType(ArticleException.class,
          () -> Articles.parseFrontMatter(file)).problems()).extracting(Problem::summary)
          .containsExactly(file + ":1:4" + String.format(message, "---"));
      // a mark on a line that is not a fence without it is ordinary text
      // (Hugo reads text after the fence as front matter, so HUGO refuses the line; Jekyll
      // reads no front matter)
      assertThat(ArticleParser.builder().profile(Profile.JEKYLL).build()
          .parse("--- a b \uFEFF\n", N).bodyText()).isEqualTo("--- a b \uFEFF\n");
    }

    /** The errors parsing {@code text} throws, read leniently too, and parseFrontMatter's. */
    private List<String> refusedText(String text) {
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> Articles.parse(text, N));
      assertThat(e).as("refused").isNotNull();
      assertThat(ArticleParser.defaults().read(text, N).problems()).isEqualTo(e.problems());
      return e.problems().stream().map(Problem::summary).toList();
    }

    private static final String LONE = "a lone surrogate (U+%04X: half of a UTF-16 pair"
        + " without its other half)";

    /**
     * Regression: a String holding half a surrogate pair was read, and writing it turned the
     * half into "?" (the bytes differed from the text the article held; convertTo(JSON)
     * wrote "?", convertTo(TOML) failed with toml-syntax).
     */
    @Test
    void aLoneSurrogateInTextIsRefusedWhereItIs() {
      String found = ": error: expected text that UTF-8 can encode but found " + LONE
          + " [encoding]";
      assertThat(refusedText("---\ntitle: a\n---\nab\uDC00c\n")).containsExactly(N + ":4:3"
          + String.format(found, 0xDC00));
      assertThat(refusedText("---\ntitle: a\uD800\n---\n")).containsExactly(N + ":2:9"
          + String.format(found, 0xD800));
      // a high half at the very end, and a low half before a high one (a pair the wrong way)
      assertThat(refusedText("\uFEFF---\ntitle: a\n---\n\uD83D")).containsExactly(N + ":4:1"
          + String.format(found, 0xD83D));
      assertThat(refusedText("x\uDE00\uD83D")).containsExactly(N + ":1:2"
          + String.format(found, 0xDE00));
      assertThat(catchThrowableOfType(ArticleException.class, () -> Articles.parseFrontMatter(
          "---\ntitle: \uDC00\n---\n", N)).problems()).extracting(Problem::summary)
          .containsExactly(N + ":2:8" + String.format(found, 0xDC00));
      // a pair is one character: written as four bytes and read back as itself
      Article pair = Articles.parse("---\ntitle: \uD83D\uDE00\n---\n\uD83D\uDE00\n", N);
      assertThat(Articles.parse(Articles.toBytes(pair), N)).isEqualTo(pair);
    }

    @Test
    void anEditThatWouldHoldALoneSurrogateIsRefusedAsAnIllegalArgument() {
      Article a = article("---\ntitle: a\n---\nbody\n");
      String invalid = "the edit would make the article invalid: expected text that UTF-8 can"
          + " encode but found " + LONE + " at line %d, column %d [encoding]";
      assertThatThrownBy(() -> a.withBody("ab\uDC00\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(String.format(invalid, 0xDC00, 4, 3));
      assertThatThrownBy(() -> a.toBuilder().withTags(List.of("x")).withBody("\uD800").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(String.format(invalid, 0xD800, 6, 1));
      assertThatThrownBy(() -> a.withTitle("t\uDC00"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the edit would make the article invalid: ")
          .hasMessageEndingWith("[encoding]");
      assertThat(a.withBody("\uD83D\uDE00\n").bodyText()).isEqualTo("\uD83D\uDE00\n");
    }

    @Test
    void anEscapedLoneSurrogateIsRefusedInEveryFormat() {
      String escape = "expected %s of Unicode characters but found an escape of " + LONE
          + " [encoding]";
      assertThat(refused("---\ntitle: \"a\\ud800\"\n---\n")).containsExactly(N
          + ":2:8: error: title: " + String.format(escape, "a scalar", 0xD800));
      assertThat(refused("---\n\"k\\uDC00\": 1\ntitle: t\n---\n")).containsExactly(N
          + ":2:1: error: " + String.format(escape, "a key", 0xDC00));
      assertThat(refused("---\ntags: [\"\\U0000DC00\"]\n---\n")).containsExactly(N
          + ":2:8: error: tags[0]: " + String.format(escape, "a scalar", 0xDC00));
      assertThat(refused("{\"title\": \"a\\ud800\"}\n")).containsExactly(N
          + ":1:11: error: title: " + String.format(escape, "a string", 0xD800));
      // in a key, Jackson refuses it first
      assertThat(refused("{\"k\\udc00\": 1}\n")).containsExactly(N + ":1:10: error: expected"
          + " valid JSON but found: Unexpected low surrogate in property name: 0xdc00"
          + " [json-syntax]");
      // TOML allows only escapes of Unicode scalar values: its own syntax error
      assertThat(refused("+++\ntitle = \"a\\uD800\"\n+++\n")).extracting(
          s -> s.replaceAll(".* \\[", "[")).containsExactly("[toml-syntax]");
      // a pair of escapes is one character, in YAML as in JSON
      assertThat(article("---\ntitle: \"\\uD83D\\uDE00\"\n---\n").title())
          .contains("\uD83D\uDE00");
      assertThat(article("{\"title\": \"\\uD83D\\uDE00\"}\n").title())
          .contains("\uD83D\uDE00");
    }

    @Test
    void nulBytesInTheFrontMatterAreSyntaxErrorsInEveryFormat() {
      assertThat(refused("---\ntitle: a\0b\n---\n")).containsExactly(N + ":2:9: error:"
          + " invalid YAML: special characters are not allowed (found U+0000) [yaml-syntax]");
      assertThat(refused("+++\ntitle = \"a\0b\"\n+++\n")).containsExactly(N + ":2:11: error:"
          + " title: expected text without control characters in a string but found the"
          + " character U+0000 (write it as \\u0000) [toml-syntax]");
      assertThat(refused("{\"title\": \"a\0b\"}\n")).containsExactly(N + ":1:13: error:"
          + " expected control characters in a string to be escaped (as \\t or \\u0000) but"
          + " found the character U+0000 [json-syntax]");
    }

    @Test
    void nulBytesInTheBodyAreKept() {
      Article a = article("---\ntitle: a\n---\nx\0y\n");
      assertThat(a.bodyText()).isEqualTo("x\0y\n");
    }
  }

  // ------------------------------------------------------------------ line endings, whitespace

  @Nested
  class Lines {
    @Test
    void aFenceLineEndingInALoneCarriageReturnIsRefused() {
      String expected = N + ":1:4: error: expected the fence line to end with LF or CRLF but"
          + " found a lone CR (classic Mac OS line endings; convert the file to LF)"
          + " [fence-line-ending]";
      assertThat(refused("---\rtitle: a\r---\rbody\r")).containsExactly(expected);
      assertThat(refused("+++\rtitle = 'a'\r+++\r")).containsExactly(expected);
      // text that is no fence, in a file with CR line endings, is body as before
      assertThat(ArticleParser.builder().profile(Profile.JEKYLL).build()
          .parse("--- not a fence\rtext\r", N).format()).isEqualTo(Format.NONE);
    }

    @Test
    void aLoneCarriageReturnInsideTheFrontMatterIsALineBreakInYamlAndAnErrorInToml() {
      Article a = article("---\ntitle: a\rdate: 2025-01-01\n---\n");
      assertThat(a.title()).contains("a");
      assertThat(a.date()).isPresent();
      assertThat(refused("+++\ntitle = 'a'\rdate = 1\n+++\n")).containsExactly(N + ":2:12:"
          + " error: expected the end of the line (or a # comment) but found a carriage return"
          + " (U+000D) without a line feed [toml-syntax]");
    }

    @Test
    void mixedCrlfAndLfAreReadAndKept() {
      Article a = article("---\r\ntitle: a\ntags: [x]\r\n---\nbody\r\n");
      assertThat(a.title()).contains("a");
      assertThat(a.tags()).containsExactly("x");
      assertThat(a.bodyText()).isEqualTo("body\r\n");
    }

    @Test
    void tabsAsYamlIndentationAreASyntaxError() {
      assertThat(refused("---\nmenu:\n\tmain: 1\n---\n")).containsExactly(N + ":3:1: error:"
          + " invalid YAML: while scanning for the next token: found character '\\t(TAB)' that"
          + " cannot start any token. (Do not use \\t(TAB) for indentation) [yaml-syntax]");
      // a tab after the colon is separation, not indentation
      assertThat(article("---\ntitle:\ta\n---\n").title()).contains("a");
    }

    @Test
    void aTenMegabyteLineIsRefusedByTheSizeLimitsAndReadWhenTheyAreRaised() {
      String line = "a".repeat(10_000_000);
      assertThat(refused("---\ntitle: a\n---\n" + line + "\n")).containsExactly(N + ":4:1:"
          + " error: expected a body of at most 8,388,608 bytes but found 10,000,001 (raise"
          + " Limits.maxBodyBytes) [limit-body-bytes]");
      assertThat(refused("---\ntitle: " + line + "\n---\n")).containsExactly(
          frontMatterTooLarge("2:1", "10,000,008"));
      Article a = article(with(Limits.defaults().withMaxBodyBytes(16 << 20)),
          utf8("---\ntitle: a\n---\n" + line + "\n"));
      assertThat(a.bodyText()).hasSize(10_000_001);
    }
  }

  // ------------------------------------------------------------------ fences and structure

  @Nested
  class Structure {
    @Test
    void anEmptyFileIsAnArticleWithoutFrontMatter() {
      Article a = article(ArticleParser.defaults(), new byte[0]);
      assertThat(a.format()).isEqualTo(Format.NONE);
      assertThat(a.bodyText()).isEmpty();
      assertThat(a.problems()).extracting(Problem::rule).containsExactly("title-missing");
    }

    @Test
    void aFileThatIsOnlyAnOpeningFenceIsUnclosed() {
      String expected = N + ":1:1: error: expected a closing \"---\" line for the front matter"
          + " opened here but found the end of the file [fence-unclosed]";
      assertThat(refused("---")).containsExactly(expected);
      assertThat(refused("---\n")).containsExactly(expected);
      assertThat(refused("---\ntitle: a\nbody\n")).containsExactly(expected);
    }

    @Test
    void aClosingFenceWithTrailingSpacesCloses() {
      Article a = article("---\ntitle: a\n---   \nbody\n");
      assertThat(a.format()).isEqualTo(Format.YAML);
      assertThat(a.bodyText()).isEqualTo("body\n");
    }

    @Test
    void fourDashesAndTextBeforeTheFenceMeanNoFrontMatter() {
      Article dashes = article("----\ntitle: a\n----\n");
      assertThat(dashes.format()).isEqualTo(Format.NONE);
      assertThat(dashes.bodyText()).isEqualTo("----\ntitle: a\n----\n");
      Article before = article("hello\n---\ntitle: a\n---\n");
      assertThat(before.format()).isEqualTo(Format.NONE);
      assertThat(before.title()).isEmpty();
    }

    @Test
    void frontMatterThatIsAListAScalarOrNullIsRefused() {
      String prefix = N + ":2:1: error: expected the front matter to be a mapping of keys to"
          + " values but found ";
      assertThat(refused("---\n- a\n- b\n---\n")).containsExactly(prefix
          + "a sequence [front-matter-not-mapping]");
      assertThat(refused("---\nhello\n---\n")).containsExactly(prefix
          + "the scalar \"hello\" [front-matter-not-mapping]");
      assertThat(refused("---\nnull\n---\n")).containsExactly(prefix
          + "null [front-matter-not-mapping]");
      assertThat(refused("---json\n[\"a\"]\n---\n")).containsExactly(N + ":2:1: error:"
          + " expected the front matter to be a JSON object of keys to values but found an"
          + " array [front-matter-not-mapping]");
    }

    @Test
    void duplicateKeysAreRefusedInEveryFormat() {
      assertThat(refused("---\ntitle: a\ntitle: b\n---\n")).containsExactly(N + ":3:1: error:"
          + " title: expected each key once but found \"title\" again (first at line 2)"
          + " [duplicate-key]");
      assertThat(refused("+++\ntitle = 'a'\ntitle = 'b'\n+++\n")).containsExactly(N + ":3:1:"
          + " error: title: expected each key once but found \"title\" again (first at line 2)"
          + " [duplicate-key]");
      assertThat(refused("{\"title\": \"a\", \"title\": \"b\"}\n")).containsExactly(N
          + ":1:16: error: title: expected each key once but found \"title\" again (first at"
          + " line 1) [duplicate-key]");
    }

    @Test
    void scalarKeysAreTextAndCollectionKeysAreRefused() {
      Article a = article("---\n1: a\ntrue: b\n~: c\n0x10: d\ntitle: x\n---\n");
      assertThat(a.frontMatter().values()).containsOnlyKeys("1", "true", "~", "0x10", "title");
      assertThat(refused("---\n? [a, b]\n: c\n---\n")).containsExactly(N + ":2:3: error:"
          + " expected a key that is text but found a sequence as a key [key-not-text]");
      assertThat(refused("---\n? {a: b}\n: c\n---\n")).containsExactly(N + ":2:3: error:"
          + " expected a key that is text but found a mapping as a key [key-not-text]");
    }

    @Test
    void anchorsAndMergeKeysAreExpanded() {
      Article a = article("---\nbase: &b {x: 1}\nother: *b\nder:\n  <<: *b\n  y: 2\n"
          + "'<<': literal\ntitle: t\n---\n");
      Value x = new Value.Mapping(Map.of("x", Value.Int.of(1)));
      assertThat(a.frontMatter().values().get("other")).isEqualTo(x);
      // a merge key adds the keys the mapping does not have, after its own (as Hugo does)
      assertThat(a.frontMatter().values().get("der")).isEqualTo(new Value.Mapping(
          new java.util.LinkedHashMap<>(Map.of("y", Value.Int.of(2), "x", Value.Int.of(1)))));
      // quoted, "<<" is an ordinary key
      assertThat(a.frontMatter().values().get("<<")).isEqualTo(new Value.Text("literal"));
    }

    /**
     * Regression (found by fuzzing, ArticleFuzzTestInputs/validate/timeout-13bc9e27...): a
     * mapping merged into itself made snakeyaml-engine loop forever, and merging an ancestor
     * merged it half built (silently empty). Both are refused, as other aliases inside their
     * own anchor are.
     */
    @Test
    void aMappingMergedIntoItselfIsRefusedNotAHang() {
      String expected = N + ":2:7: error: expected a merge key (<<) to merge another mapping but"
          + " found an alias of a mapping that contains it [alias-recursive]";
      assertThat(refused("---\nbase: &b\n <<: *b\n---\n")).containsExactly(expected);
      assertThat(refused("---\nbase: &b {<<: [*b]}\n---\n")).containsExactly(expected);
      assertThat(refused("---\nbase: &b {x: {<<: *b}}\n---\n")).containsExactly(expected);
      assertThat(refused("---\nbase: &b [{<<: *b}]\n---\n")).containsExactly(expected);
      assertThat(refused("---\nloop: &l [*l]\n---\n")).containsExactly(N + ":2:7: error:"
          + " loop[0]: expected a value but found an alias that contains itself"
          + " [alias-recursive]");
      // merging mappings that merge others is fine
      Article a = article("---\na: &a {x: 1}\nb: &b {<<: *a, y: 2}\nc: {<<: [*a, *b]}\n---\n");
      assertThat(a.frontMatter().values().get("c")).isEqualTo(new Value.Mapping(
          new java.util.LinkedHashMap<>(Map.of("x", Value.Int.of(1), "y", Value.Int.of(2)))));
    }

    @Test
    void tagsNeverConstructAnythingAndUnknownOnesAreRefused() {
      String known = "expected a value without a tag, or with one of !!str, !!int, !!float,"
          + " !!bool, !!null, !!seq, !!map, but found the tag ";
      assertThat(refused("---\na: !!java/object:java.io.File /tmp\n---\n")).containsExactly(N
          + ":2:4: error: a: " + known + "!!java/object:java.io.File [tag-unknown]");
      assertThat(refused("---\na: !ruby/hash {x: 1}\n---\n")).containsExactly(N
          + ":2:4: error: a: " + known + "!ruby/hash [tag-unknown]");
      assertThat(refused("---\na: !%1 x\n---\n")).containsExactly(N + ":2:6: error: invalid"
          + " YAML: while scanning a tag: expected URI escape sequence of 2 hexadecimal numbers,"
          + " but found 1(49) and  (32) [yaml-syntax]");
      // snakeyaml-engine throws IllegalArgumentException for this one: still a syntax error
      assertThat(refused("---\na: !%11 x\n---\n")).containsExactly(N + ":2:4: error: expected"
          + " valid YAML but found: Tag must not contain leading or trailing spaces."
          + " [yaml-syntax]");
      assertThat(article("---\ntitle: !!str 12\n---\n").title()).contains("12");
    }

    @Test
    void unterminatedQuotesAreSyntaxErrorsInEveryFormat() {
      String yaml = N + ":3:1: error: invalid YAML: while scanning a quoted scalar: found"
          + " unexpected end of stream [yaml-syntax]";
      assertThat(refused("---\ntitle: \"abc\n---\n")).containsExactly(yaml);
      assertThat(refused("---\ntitle: 'abc\n---\n")).containsExactly(yaml);
      assertThat(refused("+++\ntitle = \"abc\n+++\n")).containsExactly(N + ":2:13: error:"
          + " expected a closing \" for the string opened at column 9 but found the end of the"
          + " line (use \"\"\" for a multi-line string) [toml-syntax]");
      assertThat(refused("{\"title\": \"abc\n")).containsExactly(N + ":1:15: error: expected"
          + " '\"' to close the string before the end of the line but found a line break"
          + " [json-syntax]");
    }

    @Test
    void aDayThatDoesNotExistIsAnErrorInADateFieldAndTextElsewhere() {
      assertThat(refused("---\ndate: 2025-02-30\n---\n")).containsExactly(N + ":2:7: error:"
          + " date: expected a day that exists but found \"2025-02-30\" (February 2025 has no"
          + " day 30) [date-invalid]");
      Article a = article("---\ntitle: t\nwhen: 2025-02-30\n---\n");
      assertThat(a.frontMatter().values().get("when")).isEqualTo(new Value.Text("2025-02-30"));
      assertThat(refused("+++\ndate = 2025-02-30\n+++\n")).containsExactly(N + ":2:8: error:"
          + " date: expected a day that exists but found \"2025-02-30\" (February 2025 has no"
          + " day 30) [toml-syntax]");
    }
  }

  // ------------------------------------------------------------------ resource attacks

  @Nested
  class Bombs {
    /** Nine levels of nine aliases: 9^9 (387 million) strings once expanded. */
    private String billionLaughs() {
      StringBuilder b = new StringBuilder("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol,"
          + " lol]\n");
      for (char c = 'b'; c <= 'i'; c++) {
        b.append(c).append(": &").append(c).append(" [");
        for (int i = 0; i < 9; i++) {
          b.append(i > 0 ? ", " : "").append('*').append((char) (c - 1));
        }
        b.append("]\n");
      }
      return b.append("---\n").toString();
    }

    @Test
    void billionLaughsIsRefusedByTheAliasLimit() {
      // the 51st alias: the sixth of line 8
      assertThat(refused(billionLaughs())).containsExactly(N + ":8:28: error: expected at most"
          + " 50 aliases in the front matter but found at least 51 (raise Limits.maxAliases)"
          + " [limit-aliases]");
    }

    @Test
    void billionLaughsWithTheAliasLimitRaisedIsRefusedByTheValueLimit() {
      ArticleParser raised = with(Limits.defaults().withMaxAliases(1_000));
      // counted as the aliases of "e" expand the list anchored at line 5 ("d")
      assertThat(refused(raised, utf8(billionLaughs()))).containsExactly(N + ":5:4: error:"
          + " expected at most 10,000 values in the front matter (aliases expanded) but found"
          + " at least 15,684 (raise Limits.maxValues) [limit-values]");
    }

    @Test
    void anAliasBombWithinTheAliasLimitIsRefusedByTheValueLimit() {
      StringBuilder b = new StringBuilder("---\na: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n");
      for (char c = 'b'; c <= 'e'; c++) { // 40 aliases, 100,000 values expanded
        b.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ")
            .repeat(9)).append('*').append((char) (c - 1)).append("]\n");
      }
      // passed while the aliases of "d" expand the list anchored at line 4 ("c")
      assertThat(refused(b.append("---\n").toString())).containsExactly(N + ":4:4: error:"
          + " expected at most 10,000 values in the front matter (aliases expanded) but found"
          + " at least 10,122 (raise Limits.maxValues) [limit-values]");
    }

    @Test
    void nestingTenThousandDeepIsRefusedInEveryFormat() {
      int n = 10_000;
      assertThat(refused("---\na: " + "[".repeat(n) + "]".repeat(n) + "\n---\n"))
          .containsExactly(depthError("2:203"));
      assertThat(refused("---\na: " + "{a: ".repeat(n) + "x" + "}".repeat(n) + "\n---\n"))
          .containsExactly(depthError("2:800"));
      assertThat(refused("---\na:\n" + "- ".repeat(n) + "x\n---\n"))
          .containsExactly(depthError("3:399"));
      assertThat(refused("+++\na = " + "[".repeat(n) + "]".repeat(n) + "\n+++\n"))
          .containsExactly(depthError("2:204"));
      assertThat(refused("+++\na = " + "{a = ".repeat(n) + "1" + "}".repeat(n) + "\n+++\n"))
          .containsExactly(depthError("2:1000"));
      assertThat(refused("+++\n" + "a.".repeat(n) + "b = 1\n+++\n"))
          .containsExactly(depthError("2:399"));
      assertThat(refused("+++\n[" + "a.".repeat(n) + "b]\n+++\n"))
          .containsExactly(depthError("2:400"));
      assertThat(refused("{\"a\": " + "[".repeat(n) + "]".repeat(n) + "}\n"))
          .containsExactly(depthError("1:206"));
      assertThat(refused("{\"a\": " + "{\"a\": ".repeat(n) + "1" + "}".repeat(n) + "}\n"))
          .containsExactly(depthError("1:1201"));
    }

    @Test
    void nestingAHundredThousandDeepIsRefusedInEveryFormat() {
      int n = 100_000;
      // short forms stay under the front-matter limit and reach the depth limit
      assertThat(refused("---\na: " + "[".repeat(n) + "]".repeat(n) + "\n---\n"))
          .containsExactly(depthError("2:203"));
      assertThat(refused("---\na:\n" + "- ".repeat(n) + "x\n---\n"))
          .containsExactly(depthError("3:399"));
      assertThat(refused("+++\na = " + "[".repeat(n) + "]".repeat(n) + "\n+++\n"))
          .containsExactly(depthError("2:204"));
      assertThat(refused("+++\n" + "a.".repeat(n) + "b = 1\n+++\n"))
          .containsExactly(depthError("2:399"));
      assertThat(refused("+++\n[" + "a.".repeat(n) + "b]\n+++\n"))
          .containsExactly(depthError("2:400"));
      assertThat(refused("{\"a\": " + "[".repeat(n) + "]".repeat(n) + "}\n"))
          .containsExactly(depthError("1:206"));
      // longer forms are over the front-matter limit before they are parsed
      assertThat(refused("---\na: " + "{a: ".repeat(n) + "x" + "}".repeat(n) + "\n---\n"))
          .containsExactly(frontMatterTooLarge("2:1", "500,005"));
      assertThat(refused("+++\na = " + "{a = ".repeat(n) + "1" + "}".repeat(n) + "\n+++\n"))
          .containsExactly(frontMatterTooLarge("2:1", "600,006"));
      assertThat(refused("{\"a\": " + "{\"a\": ".repeat(n) + "1" + "}".repeat(n) + "}\n"))
          .containsExactly(frontMatterTooLarge("1:1", "700,008"));
      // and with that limit raised, the depth limit refuses them
      ArticleParser raised = with(Limits.defaults().withMaxFrontMatterBytes(1 << 20));
      assertThat(refused(raised, utf8("---\na: " + "{a: ".repeat(n) + "x" + "}".repeat(n)
          + "\n---\n"))).containsExactly(depthError("2:800"));
      assertThat(refused(raised, utf8("{\"a\": " + "{\"a\": ".repeat(n) + "1" + "}".repeat(n)
          + "}\n"))).containsExactly(depthError("1:1201"));
    }

    /**
     * A chain of {@code links} anchored mappings, each nested {@code deep} levels below its key
     * and holding, innermost, an alias of the one before: as plain values ({@code b: *a1}) or
     * merged ({@code <<: *a1}). Each link is within the depth limit as written; expanded, the
     * chain is as deep as all its links together.
     */
    static String aliasChain(int links, int deep, boolean merge) {
      StringBuilder b = new StringBuilder("---\ntitle: t\n");
      for (int k = 1; k <= links; k++) {
        b.append('a').append(k).append(": &a").append(k).append(' ')
            .append("{b: ".repeat(deep - 1)).append('{')
            .append(k == 1 ? "x: 1" : (merge ? "<<: *a" : "c: *a") + (k - 1))
            .append("}".repeat(deep)).append('\n');
      }
      return b.append("---\n").toString();
    }

    /**
     * Regression: aliases were not counted in the depth limit. Nine links of 199 levels made
     * a StackOverflowError (recording the aliased values' positions); four were read, as deep
     * as 797 levels, and then overflowed the stack in equals and hashCode, and Jackson refused
     * to write them (its own limit is 500 levels).
     */
    @Test
    void aChainOfAliasesIsRefusedByTheDepthLimit() {
      // link 2's innermost mapping is at level 200; the alias puts a1's 199 levels below it
      String expected = N + ":4:%d: error: expected front matter nested at most 200 levels"
          + " deep but found an alias that nests values %d levels deep once expanded (raise"
          + " Limits.maxFrontMatterDepth) [limit-depth]";
      for (int links : new int[] {2, 4, 9}) {
        assertThat(refused(aliasChain(links, 199, false)))
            .containsExactly(String.format(expected, 805, 399));
        // merged, a1's entries join the mapping that merges it: one level less
        assertThat(refused(aliasChain(links, 199, true)))
            .containsExactly(String.format(expected, 806, 398));
      }
      // at the ceiling the chain goes one link further: 200 + 199 levels are within 400
      ArticleParser ceiling = with(Limits.defaults().withMaxFrontMatterDepth(400));
      assertThat(refused(ceiling, utf8(aliasChain(9, 199, false)))).containsExactly(N + ":5:805:"
          + " error: expected front matter nested at most 400 levels deep but found an alias"
          + " that nests values 598 levels deep once expanded (raise"
          + " Limits.maxFrontMatterDepth) [limit-depth]");
      assertThat(ceiling.parse(aliasChain(2, 199, false), N).frontMatter().values())
          .containsKeys("a1", "a2");
    }

    @Test
    void anAliasExpandedToExactlyTheDepthLimitIsRead() {
      // a1 is 99 levels high (levels 2 to 100); a2's innermost mapping is at level 100, and
      // c: *a1 in it puts a1's levels at 101 to 199; merged, a1's levels join a2's innermost
      assertThat(depthOf(article(aliasChain(2, 99, false)))).isEqualTo(199);
      assertThat(depthOf(article(aliasChain(2, 100, true)))).isEqualTo(200);
      String over = N + ":4:%d: error: expected front matter nested at most 200 levels deep but"
          + " found an alias that nests values %d levels deep once expanded (raise"
          + " Limits.maxFrontMatterDepth) [limit-depth]";
      assertThat(refused(aliasChain(2, 100, false)))
          .containsExactly(String.format(over, 409, 201));
      assertThat(refused(aliasChain(2, 101, true)))
          .containsExactly(String.format(over, 414, 202));
    }

    /** The levels of a2, following the first entry of each mapping down. */
    private int depthOf(Article a) {
      Value v = a.frontMatter().values().get("a2");
      int depth = 1;
      while (v instanceof Value.Mapping m) {
        v = m.entries().values().iterator().next();
        depth++;
      }
      return depth;
    }

    @Test
    void deepIndentedYamlIsRefusedBeforeItIsParsed() {
      StringBuilder b = new StringBuilder("---\n");
      for (int i = 0; i < 1_000; i++) {
        b.append(" ".repeat(i)).append("a:\n");
      }
      assertThat(refused(b.append("---\n").toString())).containsExactly(
          frontMatterTooLarge("2:1", "502,500"));
    }

    @Test
    void hugeKeyCountsAreRefusedInEveryFormat() {
      StringBuilder yaml = new StringBuilder("---\n");
      StringBuilder toml = new StringBuilder("+++\n");
      StringBuilder json = new StringBuilder("{");
      for (int i = 0; i < 20_000; i++) {
        yaml.append('k').append(i).append(": 1\n");
        toml.append('k').append(i).append(" = 1\n");
        json.append(i > 0 ? "," : "").append("\"k").append(i).append("\": 1");
      }
      String values = " values in the front matter";
      String raise = " but found at least 10,001 (raise Limits.maxValues) [limit-values]";
      assertThat(refused(yaml.append("---\n").toString())).containsExactly(N + ":10002:9:"
          + " error: expected at most 10,000" + values + " (aliases expanded)" + raise);
      assertThat(refused(toml.append("+++\n").toString())).containsExactly(N + ":10002:10:"
          + " error: expected at most 10,000" + values + raise);
      assertThat(refused(json.append("}\n").toString())).containsExactly(N + ":1:108902:"
          + " error: expected at most 10,000" + values + raise);
    }

    @Test
    void hugeScalarsAndKeysAreRefusedInEveryFormat() {
      String big = "a".repeat(100_000);
      String scalar = "expected a scalar of at most 65,536 bytes but found one of 100,000 bytes"
          + " (raise Limits.maxScalarBytes) [limit-scalar-bytes]";
      String key = "expected a key of at most 65,536 bytes but found one of 100,000 bytes"
          + " (raise Limits.maxScalarBytes) [limit-scalar-bytes]";
      assertThat(refused("---\ntitle: " + big + "\n---\n")).containsExactly(N
          + ":2:8: error: title: " + scalar);
      assertThat(refused("+++\ntitle = '" + big + "'\n+++\n")).containsExactly(N
          + ":2:9: error: title: " + scalar);
      assertThat(refused("{\"title\": \"" + big + "\"}\n")).containsExactly(N
          + ":1:11: error: title: " + scalar);
      // a YAML implicit key is at most 1,024 characters: YAML itself refuses a longer one
      assertThat(refused("---\n" + big + ": 1\n---\n")).containsExactly(N + ":2:100001:"
          + " error: invalid YAML: mapping values are not allowed here [yaml-syntax]");
      assertThat(refused("---\n? " + big + "\n: 1\n---\n")).containsExactly(N + ":2:3: error: "
          + key);
      assertThat(refused("+++\n" + big + " = 1\n+++\n")).containsExactly(N + ":2:1: error: "
          + key);
      assertThat(refused("{\"" + big + "\": 1}\n")).containsExactly(N + ":1:2: error: " + key);
    }

    @Test
    void longNumbersAreRefusedBeforeTheyAreRead() {
      String digits = "9".repeat(2_000);
      String message = "big: expected a number of at most 1,000 characters but found one of"
          + " 2,000 characters (raise Limits.maxNumberLength) [limit-number-length]";
      assertThat(refused("---\nbig: " + digits + "\n---\n")).containsExactly(N + ":2:6: error: "
          + message);
      assertThat(refused("+++\nbig = " + digits + "\n+++\n")).containsExactly(N
          + ":2:7: error: " + message);
      assertThat(refused("{\"big\": " + digits + "}\n")).containsExactly(N + ":1:9: error: "
          + message);
      // a 1,000-digit integer is read, exactly
      Article a = article("---\nbig: " + "9".repeat(1_000) + "\n---\n");
      assertThat(a.frontMatter().values().get("big"))
          .isEqualTo(new Value.Int(new java.math.BigInteger("9".repeat(1_000))));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsDecoded() {
      String text = "---\ntitle: a\n---\n" + "a\n".repeat(10_000_000);
      assertThat(refused(text)).containsExactly(N + ":1:1: error: expected a file of at most"
          + " 16,777,216 bytes but found 20,000,017 (raise Limits.maxFileBytes)"
          + " [limit-file-bytes]");
      // the text form is measured in UTF-8 too
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> Articles.parse(text, N));
      assertThat(e.problems()).extracting(Problem::rule).containsExactly("limit-file-bytes");
    }

    @Test
    void aTenGigabyteFileIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
      Path huge = dir.resolve("huge.md");
      try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
        f.setLength(10L << 30); // sparse: no disk and no time
      }
      String expected = huge + ":1:1: error: expected a file of at most 16,777,216 bytes but"
          + " found 10,737,418,240 (raise Limits.maxFileBytes) [limit-file-bytes]";
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> Articles.parse(huge));
      assertThat(e.problems()).extracting(Problem::summary).containsExactly(expected);
      ParseResult r = Articles.read(huge);
      assertThat(r.article()).isEmpty();
      assertThat(r.problems()).extracting(Problem::summary).containsExactly(expected);
    }

    @Test
    void anEndlessStreamIsReadOnlyUpToTheLimit() {
      long[] read = {0};
      InputStream endless = new InputStream() {
        @Override
        public int read() {
          read[0]++;
          return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
          java.util.Arrays.fill(b, off, off + len, (byte) 'a');
          read[0] += len;
          return len;
        }
      };
      ArticleParser small = with(Limits.defaults().withMaxFileBytes(1 << 20));
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> small.parse(endless, N));
      assertThat(e.problems()).extracting(Problem::summary).containsExactly(N + ":1:1: error:"
          + " expected a file of at most 1,048,576 bytes but found more than 1,048,576 (raise"
          + " Limits.maxFileBytes) [limit-file-bytes]");
      assertThat(read[0]).isEqualTo((1 << 20) + 1);
    }

    @Test
    void anEditOverALimitIsRefusedAsAnIllegalArgument() {
      ArticleParser small = with(Limits.defaults().withMaxScalarBytes(16));
      Article a = small.parse("---\ntitle: short\n---\n", N);
      assertThatThrownBy(() -> a.withTitle("a title longer than sixteen bytes"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the edit would make the article exceed a limit: title: expected a"
              + " scalar of at most 16 bytes but found one of 33 bytes (raise"
              + " Limits.maxScalarBytes) [limit-scalar-bytes]");
      assertThat(a.withTitle("sixteen bytes ok").title()).contains("sixteen bytes ok");
    }
  }

  // ------------------------------------------------------------------ stacks

  /**
   * Values as deep as the limits allow are read, compared, hashed, printed, validated against
   * the JSON Schema, converted and edited without overflowing the stack: the default limit
   * (200) on a 512 KiB thread stack, the ceiling (400) on the JVM's default 1 MiB.
   *
   * <p>What these assert is the stack, not the time: each runs nine deep files through a dozen
   * steps (both together 1.8 s on a quiet machine), which took over the class's 10 s under a load
   * average of 17 once. So they have a longer guard against a hang than the other cases.
   */
  @Nested
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  class Stacks {
    @Test
    void theDefaultDepthFitsInAHalfMegabyteStack() throws InterruptedException {
      assertThat(runDeep(200, Limits.defaults(), 512 * 1024)).isEmpty();
    }

    @Test
    void theDepthCeilingFitsInTheDefaultStack() throws InterruptedException {
      Limits ceiling = Limits.defaults().withMaxDepth(Limits.MAX_DEPTH_CEILING);
      assertThat(runDeep(Limits.MAX_DEPTH_CEILING, ceiling, 1024 * 1024)).isEmpty();
    }

    /** Runs every deep case on a thread with {@code stack} bytes; returns what failed. */
    private List<String> runDeep(int depth, Limits limits, long stack)
        throws InterruptedException {
      ArticleParser parser = with(limits);
      ArticleParser schema = ArticleParser.builder().limits(limits)
          .schema(FrontMatterSchema.builtIn()).build();
      int n = depth - 1; // the top-level mapping is level 1
      List<String> files = List.of(
          "---\ntitle: t\na: " + "[".repeat(n) + "]".repeat(n) + "\n---\n",
          "---\ntitle: t\na:\n" + "- ".repeat(n) + "x\n---\n",
          "---\ntitle: t\na: " + "{a: ".repeat(n) + "x" + "}".repeat(n) + "\n---\n",
          "+++\ntitle = 't'\na = " + "[".repeat(n) + "]".repeat(n) + "\n+++\n",
          "+++\ntitle = 't'\na = " + "{a = ".repeat(n) + "1" + "}".repeat(n) + "\n+++\n",
          "+++\ntitle = 't'\n" + "a.".repeat(n) + "b = 1\n+++\n",
          "{\"title\": \"t\", \"a\": " + "[".repeat(n) + "]".repeat(n) + "}\n",
          // an alias expanded to the limit, as a value (one level short: 2h + 1 levels) and
          // merged (2h levels)
          Bombs.aliasChain(2, (depth - 1) / 2, false),
          Bombs.aliasChain(2, depth / 2, true));
      tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper
          .builder().addModule(new io.github.frontmatter.articles.jackson.ArticlesModule(
              // reading writes the front matter fresh, indented: 400 levels take more room
              with(limits.withMaxFrontMatterBytes(1 << 22)))).build();
      List<String> failures = new ArrayList<>();
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread t = new Thread(null, () -> {
        for (String file : files) {
          String step = "parse";
          try {
            Article a = parser.parse(file, N);
            step = "equals";
            assertThat(parser.parse(file, N)).isEqualTo(a);
            step = "hashCode";
            a.hashCode();
            step = "toString";
            a.frontMatter().values().toString();
            a.frontMatter().toString();
            a.toString();
            step = "front matter hashCode";
            a.frontMatter().hashCode();
            step = "schema";
            assertThat(schema.read(file, N).article()).isPresent();
            for (Format f : List.of(Format.YAML, Format.TOML, Format.JSON)) {
              step = "convert to " + f;
              try {
                a.convertTo(f);
              } catch (ArticleException e) {
                // block-style YAML indents each level: 400 levels make a front matter over
                // the size limit, which refuses the conversion
                assertThat(e.problems()).extracting(Problem::rule)
                    .containsExactly("limit-front-matter-bytes");
              }
            }
            step = "edit";
            a.withTitle("new").withTags(List.of("x"));
            // Jackson's own limit (500 levels, read and write) is above ours and the few
            // levels the article's JSON adds
            step = "to JSON";
            String written = json.writeValueAsString(a);
            step = "from JSON";
            assertThat(json.readValue(written, Article.class)).isEqualTo(a);
          } catch (StackOverflowError e) {
            failures.add(file.substring(0, 12) + ": StackOverflowError in " + step);
          } catch (RuntimeException | AssertionError e) {
            failures.add(file.substring(0, 12) + ": " + e + " in " + step);
          }
        }
      }, "deep", stack);
      t.setUncaughtExceptionHandler((th, e) -> thrown.set(e));
      t.start();
      t.join();
      assertThat(thrown.get()).isNull();
      return failures;
    }
  }
}
