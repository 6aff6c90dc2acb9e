package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.read.Validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shared patterns of {@link Validator} (also used by the JSON Schema) and the key matching
 * the rules use.
 */
class ValidatorRulesTest {
  /** The patterns as they were before they were made portable; matched whole by Java. */
  private static final Pattern OLD_LANG = Pattern.compile(
      "^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?"
          + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
          + "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$"
          + "|^[Xx](?:-[A-Za-z0-9]{1,8})+$");
  private static final Pattern OLD_THUMBNAIL = Pattern.compile(
      "^$|^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\s\\\\]+|(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\s\\\\]+)$");

  private static List<String> samples(String alphabet, List<String> fixed) {
    List<String> out = new ArrayList<>(fixed);
    Random random = new Random(20250212);
    for (int n = 0; n < 40_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(14);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      out.add(s.toString());
      // and the same with a line break at the end, which Java's $ also matched before
      out.add(s + "\n");
    }
    return out;
  }

  @Test
  void portablePatternsMatchWhatTheOldOnesMatchedAndSearchingGivesTheSame() {
    Pattern lang = Pattern.compile(Validator.LANG_TAG);
    Pattern thumbnail = Pattern.compile(Validator.THUMBNAIL);
    int langYes = 0;
    for (String s : samples("aZxX-09q\n", List.of("en", "zh-Hans-CN", "x-a", "en\n",
        "de-CH-1996", "sl-rozaj-biske", "en-a-bbb-x-a-ccc", "i-klingon", "EN-us", ""))) {
      boolean old = OLD_LANG.matcher(s).matches();
      assertThat(lang.matcher(s).matches()).as("lang %s", s).isEqualTo(old);
      assertThat(lang.matcher(s).find()).as("lang found in %s", s).isEqualTo(old);
      langYes += old ? 1 : 0;
    }
    int thumbYes = 0;
    for (String s : samples("hHtps:/.a1 \t\u000B\\\u00A0\n?#-",
        List.of("", "https://x.org/a.jpg", "HTTP://x", "img/a b.jpg", "c:\\x", "mailto:x",
            "a.jpg\n", "//cdn/x.png", "\u00A0a.jpg", "http://"))) {
      boolean old = OLD_THUMBNAIL.matcher(s).matches();
      assertThat(thumbnail.matcher(s).matches()).as("thumbnail %s", s).isEqualTo(old);
      assertThat(thumbnail.matcher(s).find()).as("thumbnail found in %s", s).isEqualTo(old);
      thumbYes += old ? 1 : 0;
    }
    // the samples exercise both outcomes
    assertThat(langYes).isGreaterThan(100);
    assertThat(thumbYes).isGreaterThan(100);
  }

  @Test
  void fieldsAreFoundByLowerCasingTheKeyAsFieldReaderDoes() {
    // "tıtle" (dotless i) equals "title" ignoring case, but it is not the title field: no
    // title is read, so the title is missing, and the rule must say so
    List<Problem> dotless = ArticleParser.defaults().read("---\ntıtle: x\n---\n", "a.md")
        .problems();
    assertThat(dotless).extracting(Problem::rule).containsExactly("title-missing");
    // the Kelvin sign lower-cases to k: "\u212Aeywords" is the keywords field for both
    List<Problem> kelvin = ArticleParser.defaults()
        .read("---\ntitle: t\n\u212Aeywords: {a: 1}\n---\n", "a.md").problems();
    assertThat(kelvin).extracting(Problem::rule).containsExactly("hugo-field-shape");
    List<Problem> sidebar = ArticleParser.defaults()
        .read("---\ntitle: t\nSIDEBAR: top\n---\n", "a.md").problems();
    assertThat(sidebar).extracting(Problem::path).containsExactly("/SIDEBAR");
  }

  @Test
  void everyBadMenuEntryIsReported() {
    List<Problem> problems = ArticleParser.defaults()
        .read("---\ntitle: t\nmenu:\n  main: 1\n  docs: {weight: 2}\n  side: [a]\n---\n", "a.md")
        .problems();
    assertThat(problems).extracting(Problem::path).containsExactly("/menu/main", "/menu/side");
    assertThat(problems).extracting(Problem::rule).containsOnly("hugo-field-shape");
  }
}
