package io.github.frontmatter.articles.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTextTest {

  @Test
  void linesEndAtLineFeedCarriageReturnLineFeedOrALoneCarriageReturn() {
    SourceText s = new SourceText("a.md", "one\ntwo\r\nthree\rfour");

    assertThat(s.location(0)).isEqualTo(new Location("a.md", 1, 1));
    assertThat(s.location(4)).isEqualTo(new Location("a.md", 2, 1));
    assertThat(s.location(7)).isEqualTo(new Location("a.md", 2, 4)); // the \r of \r\n
    assertThat(s.location(9)).isEqualTo(new Location("a.md", 3, 1));
    assertThat(s.location(15)).isEqualTo(new Location("a.md", 4, 1));
    assertThat(s.location(19)).isEqualTo(new Location("a.md", 4, 5)); // the end of the text
    assertThat(s.excerpt(9)).isEqualTo("  three\n  ^");
  }

  @Test
  void longLineIsCutAroundTheCaretWithDotsWhereTextWasLeftOut() {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      line.append((char) ('a' + i % 26));
    }
    SourceText s = new SourceText("a.md", line + "\n");

    // near the start: no leading dots, the first 120 chars
    assertThat(s.excerpt(5)).isEqualTo(
        "  " + line.substring(0, 120) + "...\n  " + " ".repeat(5) + "^");
    // in the middle: 60 chars before the caret, 120 shown, dots on both sides
    assertThat(s.excerpt(150)).isEqualTo(
        "  ..." + line.substring(90, 210) + "...\n  " + " ".repeat(3 + 60) + "^");
    // near the end: the last 120 chars
    assertThat(s.excerpt(299)).isEqualTo(
        "  ..." + line.substring(180) + "\n  " + " ".repeat(3 + 119) + "^");
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";
    SourceText s = new SourceText("a.md", emoji.repeat(150) + "\n");

    String[] lines = s.excerpt(100).split("\n");

    // the cut falls on pair boundaries: 60 chars = 30 emoji before the caret, 2 cells each
    assertThat(lines[0]).isEqualTo("  ..." + emoji.repeat(60) + "...");
    assertThat(lines[1]).isEqualTo("  " + " ".repeat(3 + 30 * 2) + "^");
  }

  @Test
  void controlCharactersAreShownAsQuestionMarksAndTabsStayTabs() {
    SourceText s = new SourceText("a.md", "a\u0007b\tc\n");

    // "a", "?" and "b" take one cell each, then the tab is copied: the caret is under "c"
    assertThat(s.excerpt(4)).isEqualTo("  a?b\tc\n" + "  " + "   " + "\t^");
  }

  @ParameterizedTest(name = "U+{0} wide: {1}")
  @CsvSource({
      "0041, false", // A
      "00E9, false", // é
      "0301, false", // a combining accent: not wide (drawn over the previous char)
      "4E2D, true", // 中
      "3000, true", // ideographic space
      "AC00, true", // 가
      "FF21, true", // fullwidth A
      "FF71, false", // halfwidth katakana
      "2705, true", // check mark button
      "2B50, true", // star
      "2615, true", // hot beverage
      "263A, false", // smiling face, text style by default
      "1F321, false", // thermometer, text style by default
      "1F600, true", // grinning face
      "1F680, true", // rocket
      "1FAE0, true", // melting face
      "20000, true", // CJK extension B
      "E0001, false"}) // a tag character
  void wideCharactersAreThoseOfEastAsianWidthWideOrFullwidth(String hex, boolean wide) {
    assertThat(SourceText.isWide(Integer.parseInt(hex, 16))).isEqualTo(wide);
  }

  /**
   * The line index grows only as far as it is asked; asked in any order, it must give what a
   * scan of the whole text gives.
   */
  @Test
  void positionsAskedInAnyOrderAreThoseOfAWholeScan() {
    java.util.Random random = new java.util.Random(7);
    String[] pieces = {"a", "bc", "\n", "\r\n", "\r", "\u4e2d", "\uD83D\uDE00", " "};
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      java.util.List<Integer> starts = new java.util.ArrayList<>(java.util.List.of(0));
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
          starts.add(i + 1);
        }
      }
      SourceText s = new SourceText("a.md", text);
      for (int k = 0; k < 30; k++) {
        int offset = random.nextInt(text.length() + 1);
        int line = 0;
        while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
          line++;
        }
        assertThat(s.lineIndex(offset)).as("%s at %d", text, offset).isEqualTo(line);
        int other = random.nextInt(starts.size());
        assertThat(s.lineStart(other)).isEqualTo(starts.get(other));
        int end = other + 1 < starts.size() ? starts.get(other + 1) : text.length();
        while (end > starts.get(other) && (text.charAt(end - 1) == '\n'
            || text.charAt(end - 1) == '\r')) {
          end--;
        }
        assertThat(s.lineEnd(other)).isEqualTo(end);
      }
    }
  }
}
