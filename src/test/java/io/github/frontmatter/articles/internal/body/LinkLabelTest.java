package io.github.frontmatter.articles.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The link label is found without flexmark's pattern, whose two readings of a backslash pair
 * made a run of backslashes with no closing bracket exponential: the same end as the pattern
 * on random texts of brackets, backslashes and letters, and linear on the fuzzer's input.
 */
class LinkLabelTest {
  private static final Pattern LABEL = new Parsing(new MutableDataSet()).LINK_LABEL;

  /** What the pattern says, as the inline parser asks it: anchored at {@code at}. */
  private static int patternEnd(String s, int at) {
    Matcher m = LABEL.matcher(s);
    m.region(at, s.length());
    return m.find() ? m.end() : -1;
  }

  @Test
  void theSameEndAsFlexmarksPatternOnRandomTexts() {
    Random random = new Random(20261206L);
    String alphabet = "[]\\\\\\a!*";
    int decided = 0;
    for (int t = 0; t < 200_000; t++) {
      StringBuilder b = new StringBuilder("[");
      int len = random.nextInt(18);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int ours = NonCopyingInlineParser.linkLabelEnd(s, 0);
      assertThat(ours).as(s).isEqualTo(patternEnd(s, 0));
      decided++;
    }
    assertThat(decided).isEqualTo(200_000);
  }

  @Test
  void labelsLongerThanTheLimitAreLeftToThePattern() {
    String s = "[" + "a".repeat(1000) + "]";
    assertThat(NonCopyingInlineParser.linkLabelEnd(s, 0)).isEqualTo(-2);
    assertThat(NonCopyingInlineParser.linkLabelEnd("[" + "a".repeat(999) + "]", 0))
        .isEqualTo(1001).isEqualTo(patternEnd("[" + "a".repeat(999) + "]", 0));
  }

  @Test
  @Timeout(10)
  void aLongRunOfBackslashesWithNoClosingBracketIsQuick() {
    // 37 backslashes took flexmark's pattern 9 s, each one more about 1.6 times as long
    String s = "[" + "\\".repeat(5000) + "g\\";
    assertThat(NonCopyingInlineParser.linkLabelEnd(s, 0)).isEqualTo(-1);
    assertThat(NonCopyingInlineParser.linkLabelEnd("[" + "\\".repeat(40) + "g\\]", 0))
        .isEqualTo(44);
  }
}
