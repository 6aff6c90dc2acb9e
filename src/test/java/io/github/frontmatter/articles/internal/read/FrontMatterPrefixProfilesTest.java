package io.github.frontmatter.articles.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.internal.SourceText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link FrontMatterPrefix} agrees with {@link Split} under every profile: for random files
 * built from the pieces the profiles' rules tell apart (white space before the fence,
 * indentation, text and languages after it, the other closers, CRLF, unclosed blocks), the
 * prefix is the same however the bytes arrive, and Split finds in it what it finds in the
 * whole text (the same split, or an error of the same rule).
 */
class FrontMatterPrefixProfilesTest {
  private static final String[] LEADS = {"", "", "\n", "\n\n", "  ", " \t\n", "\r\n", "\n  "};
  private static final String[] OPENERS = {"---", "+++", "---yaml", "---yml", "---json",
      "--- true", "--- 42", "---js", "----", "---  ", "+++ x", "++++", "{\"a\": 1}", "{{< x >}}",
      "--- #", "---\uFEFF"};
  private static final String[] LINES = {"title: a", "a = 1", "# comment", "", "  - x",
      "\"k\": \"v\"", "---x", "...", "+++", "---", "text ---", "---  ", "title: ...",
      "\u00e9t\u00e9: \u00e0"};

  @Test
  void thePrefixHoldsWhatSplitReadsUnderEveryProfile() throws IOException {
    Random random = new Random(20261206);
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (int n = 0; n < 4000; n++) {
      String nl = random.nextInt(4) == 0 ? "\r\n" : "\n";
      StringBuilder text = new StringBuilder(LEADS[random.nextInt(LEADS.length)]);
      text.append(OPENERS[random.nextInt(OPENERS.length)]).append(nl);
      int lines = random.nextInt(6);
      for (int i = 0; i < lines; i++) {
        text.append(LINES[random.nextInt(LINES.length)]).append(nl);
      }
      if (random.nextBoolean()) {
        text.append("Body").append(nl);
      }
      String s = text.toString();
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      for (Profile profile : Profile.values()) {
        Dialect dialect = Dialect.of(profile);
        int end = new FrontMatterPrefix(dialect).end(bytes, bytes.length, true);
        byte[] pieces = FrontMatterPrefix.read(new FrontMatterPrefixTest.Pieces(
            new ByteArrayInputStream(bytes), n, 5), dialect);
        if (!Arrays.equals(pieces, Arrays.copyOf(bytes, end))) {
          bad.add(profile + " " + escape(s) + ": pieces gave " + pieces.length + ", whole "
              + end);
          continue;
        }
        Object whole = split(s, dialect);
        Object prefix = split(new String(bytes, 0, end, StandardCharsets.UTF_8), dialect);
        if (!whole.equals(prefix)) {
          bad.add(profile + " " + escape(s) + ": " + whole + " but from the prefix " + prefix);
        }
        checked++;
      }
    }
    assertThat(bad).isEmpty();
    assertThat(checked).isEqualTo(4000 * Profile.values().length);
  }

  private static Object split(String text, Dialect dialect) {
    try {
      Split s = Split.of(new SourceText("x", text), dialect);
      return s.format() == Format.NONE ? "NONE" : s;
    } catch (ArticleException e) {
      return e.problems().get(0).rule() + "@" + e.problems().get(0).location();
    }
  }

  private static String escape(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
