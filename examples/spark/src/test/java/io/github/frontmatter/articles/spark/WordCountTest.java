package io.github.frontmatter.articles.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCountTest {

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ""                                    | 0
      "   "                                 | 0
      Hello, world!                         | 2
      "one  two\tthree\nfour"               | 4
      don't stop-me now                     | 3
      it’s state-of-the-art                 | 2
      pi is 3.14 in Node.js                 | 5
      snake_case and kebab-case             | 3
      "trailing- hyphen and 'quotes'"       | 4
      "-- --- ... !!! 🎉"                   | 0
      naïve café                            | 2
      你好世界                               | 4
      Hertz框架性能                          | 5
      "CloudWeGo 是一个 RPC 框架。"           | 7
      カタカナとひらがな                       | 9
      한국어 문장입니다                         | 2
      Привет мир                            | 2
      x1 2x 42                              | 3
      """)
  void countsWordsOfText(String text, int words) {
    assertThat(WordCount.count(text)).isEqualTo(words);
  }

  @Test
  void countsProseOfTheBodyOnly() {
    String file = """
        ---
        title: Not counted at all
        tags: [a, b, c]
        ---
        # Hello world

        Some *emph*asis, a [link text](https://example.com/not/counted) and `inline code`.

        ```java
        int notCounted = 1;
        ```

            indented code not counted

        <div>raw html not counted</div>

        - item one
        - item <span>two</span>

        | head | cell |
        |------|------|
        | a b  | c    |

        Visit https://example.org/never/counted or mail me@example.org now[^1].

        [ref]: https://example.com/ref "not counted"

        [^1]: Footnote text.

        中文内容
        """;
    int words = WordCount.count(Articles.parse(file, "t.md").body());
    // Hello world (2) + Some emphasis a link text and inline code (8) + item one item two (4)
    // + head cell a b c (5) + Visit or mail now (4) + Footnote text (2) + 中文内容 (4)
    assertThat(words).isEqualTo(2 + 8 + 4 + 5 + 4 + 2 + 4);
  }

  @Test
  void blocksSeparateWords() {
    assertThat(WordCount.count(Articles.parse("alpha\n\nbeta\n# gamma\n> delta\n", "t.md")
        .body())).isEqualTo(4);
    assertThat(WordCount.count(Articles.parse("alpha\nbeta  \ngamma\n", "t.md").body()))
        .isEqualTo(3);
  }

  @Test
  void anEmptyBodyHasNoWords() {
    assertThat(WordCount.count(Articles.parse("---\ntitle: x\n---\n", "t.md").body()))
        .isZero();
    assertThat(WordCount.count(Articles.parse("", "t.md").body())).isZero();
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    String deep = "> ".repeat(60) + "word\n";
    assertThat(WordCount.count(Articles.parse(deep, "t.md").body())).isEqualTo(1);
  }
}
