package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per library bug found, named for the bug; each failed before its fix unless its
 * comment says it guards the fix itself.
 */
class RegressionTest {

  @Test
  void valueReachedThroughAnAliasWasReportedAtLineOneInsteadOfWhereTheAnchorIs() {
    String text = "---\ntitle: x\nbase: &d 2025-02-30\ndate: *d\n---\n";

    ArticleException e =
        catchThrowableOfType(ArticleException.class, () -> Articles.parse(text, "a.md"));

    assertThat(e.getMessage()).isEqualTo(
        "a.md:3:7: error: date: expected a day that exists but found \"2025-02-30\""
            + " (February 2025 has no day 30) [date-invalid]\n"
            + "  base: &d 2025-02-30\n"
            + "        ^");
  }

  @Test
  void warningsInsideAnAliasedListWereReportedAtLineOne() {
    // Mainroad's list fields, whose wrong shapes are warnings (Hugo's own are errors now)
    String text = "---\ntitle: x\nlang: &t [en, {not: text}]\ntranslations: *t\n---\n";

    Article a = Articles.parse(text, "a.md");

    assertThat(a.problems()).extracting(Problem::summary).containsExactly(
        "a.md:3:15: warning: lang[1]: expected text but found a mapping [theme-field-shape]",
        "a.md:3:15: warning: translations[1]: expected text but found a mapping"
            + " [theme-field-shape]");
    assertThat(a.frontMatter().locationOf("/translations"))
        .contains(new Location("a.md", 3, 7));
  }

  @Test
  void aliasedScalarLostItsWrittenFormInTextFields() {
    String text = "---\nversion: &n 1.50\ntitle: *n\ncode: &c 007\nslug: *c\n"
        + "nums: &l [1.50, 0x1F]\nkeywords: *l\n---\n";

    Article a = Articles.parse(text, "a.md");

    assertThat(a.title()).contains("1.50");
    assertThat(a.slug()).contains("007");
    assertThat(a.keywords()).containsExactly("1.50", "0x1F");
  }

  /** Guards the fix above: its walk of an aliased value must stop at a value inside itself. */
  @Test
  void anchorInsideItselfUsedAgainIsStillReportedOnce() {
    String text = "---\na: &a [*a]\nb: *a\n---\n";

    ArticleException e =
        catchThrowableOfType(ArticleException.class, () -> Articles.parse(text, "a.md"));

    assertThat(e.problems()).extracting(Problem::rule).isEqualTo(List.of("alias-recursive"));
  }

  @Test
  void tagRejectedInsideSnakeyamlWithoutAMarkWasReportedAtTheFirstLineOfTheBlock() {
    // "%11" decodes to U+0011, and snakeyaml-engine's Tag constructor throws an
    // IllegalArgumentException, which has no position of its own
    String text = "---\ntitle: Fine\nbad: !%11 x\n---\n";

    ArticleException e =
        catchThrowableOfType(ArticleException.class, () -> Articles.parse(text, "a.md"));

    assertThat(e.getMessage()).isEqualTo(
        "a.md:3:6: error: expected valid YAML but found: Tag must not contain leading or"
            + " trailing spaces. [yaml-syntax]\n"
            + "  bad: !%11 x\n"
            + "       ^");
  }

  @Test
  void caretStoodShortAfterWideEmojiMissingFromTheHandPickedRanges() {
    // U+1F680 ROCKET and U+2705 CHECK MARK are East Asian Wide: two cells each on a terminal
    String text = "---\nreactions: [\uD83D\uDE80, \u2705, !!java/object:x y]\n---\n";

    ArticleException e =
        catchThrowableOfType(ArticleException.class, () -> Articles.parse(text, "a.md"));

    assertThat(e.location()).isEqualTo(new Location("a.md", 2, 20));
    assertThat(e.problems().get(0).excerpt()).isEqualTo(
        "  reactions: [\uD83D\uDE80, \u2705, !!java/object:x y]\n"
            + "  " + " ".repeat("reactions: [".length() + 2 + ", ".length() + 2 + ", ".length())
            + "^");
  }

  @Test
  void utf16FileWasReportedWithAnExcerptOfAnEmptyLineAndACaret() {
    byte[] bytes = {(byte) 0xFF, (byte) 0xFE, '-', 0, '-', 0, '-', 0, '\n', 0};

    ArticleException e =
        catchThrowableOfType(ArticleException.class, () -> Articles.parse(bytes, "a.md"));

    assertThat(e.problems().get(0).excerpt()).isEmpty();
    assertThat(e.getMessage()).isEqualTo(
        "a.md:1:1: error: expected UTF-8 text but found a UTF-16 byte order mark"
            + " (convert the file to UTF-8) [encoding]");
  }

  @Test
  void controlCharacterInTheFrontMatterWasReportedAtTheFirstLineOfTheBlock() {
    String text = "---\ntitle: Fine\nsummary: \uD83D\uDE00 ring \u0007 bell\n---\n";

    ArticleException e =
        catchThrowableOfType(ArticleException.class, () -> Articles.parse(text, "a.md"));

    assertThat(e.getMessage()).isEqualTo(
        "a.md:3:18: error: invalid YAML: special characters are not allowed (found U+0007)"
            + " [yaml-syntax]\n"
            + "  summary: \uD83D\uDE00 ring ? bell\n"
            + "  " + " ".repeat("summary: ".length() + 2 + " ring ".length()) + "^");
  }

  @Test
  void offsetJustOverEighteenHoursEscapedAsDateTimeException() {
    String text = "---\ndate: 2025-02-12T07:02:11+18:30\n---\n";

    ArticleException e =
        catchThrowableOfType(ArticleException.class, () -> Articles.parse(text, "a.md"));

    assertThat(e.getMessage()).isEqualTo(
        "a.md:2:7: error: date: expected an offset of at most 18:00 but found"
            + " \"2025-02-12T07:02:11+18:30\" [date-invalid]\n"
            + "  date: 2025-02-12T07:02:11+18:30\n"
            + "        ^");
  }

  @Test
  void offsetMinutesSixtyWereReportedAsAnOffsetOverEighteenHours() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> ArticleDate.parse("2025-02-12T07:02:11+05:60")))
        .hasMessage("expected offset minutes from 00 to 59 but found"
            + " \"2025-02-12T07:02:11+05:60\"");
  }

  @Test
  void publicRecordsRejectedNullWithTheJdksMessageAndMenuAcceptedANullName() {
    assertThatNullPointerException().isThrownBy(() -> new Menu(null))
        .withMessage("entries must not be null");
    Map<String, Map<String, Value>> nullName = new HashMap<>();
    nullName.put(null, Map.of());
    assertThatNullPointerException().isThrownBy(() -> new Menu(nullName))
        .withMessage("menu names must not be null");
    Map<String, Map<String, Value>> nullProps = new HashMap<>();
    nullProps.put("main", null);
    assertThatNullPointerException().isThrownBy(() -> new Menu(nullProps))
        .withMessage("entry properties must not be null");
    assertThatNullPointerException().isThrownBy(() -> new Value.Sequence(null))
        .withMessage("items must not be null");
    assertThatNullPointerException().isThrownBy(() -> new Value.Mapping(null))
        .withMessage("entries must not be null");
    assertThatNullPointerException().isThrownBy(() -> new Thumbnail("a.jpg", null))
        .withMessage("visibility must not be null");
  }

  @Test
  void bodyLineNumbersWereTooSmallWhereTheFileOffsetPassedTheBodysLength() {
    // flexmark counted lines only up to the document's length, which was the body's: every
    // node past that length in file offsets (here all of them) got too small a line number
    String text = "---\ntitle: A title long enough\ntags: [a, b, c, d]\n---\n"
        + "First.\n\nSecond.\n\n- item\n";

    Document body = Articles.parse(text, "a.md").body();
    Node first = body.getFirstChild();
    Node second = first.getNext();
    Node list = second.getNext();

    assertThat(first.getLineNumber()).isEqualTo(4);
    assertThat(second.getLineNumber()).isEqualTo(6);
    assertThat(list.getLineNumber()).isEqualTo(8);
    assertThat(list.getFirstChild().getLineNumber()).isEqualTo(8);
  }

  @Test
  void nullTitleGaveNoTitleMissingWarningThoughABlankOneDid() {
    // "title:" in YAML and "title": null in JSON leave the article without a title, as
    // "title: \"\"" does, which was warned about
    Article empty = Articles.parse("---\ntitle:\n---\n", "a.md");
    Article json = Articles.parse("{\"title\": null}\n", "b.md");

    assertThat(empty.problems()).extracting(Problem::summary).containsExactly(
        "a.md:2:7: warning: title: expected a title that is not blank but found null"
            + " [title-missing]");
    assertThat(json.problems()).extracting(Problem::summary).containsExactly(
        "b.md:1:11: warning: title: expected a title that is not blank but found null"
            + " [title-missing]");
  }
}
