package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A key written twice under JEKYLL, where the last one is read with a {@code key-repeated}
 * warning: the typed accessor gives the value read, and an edit of that key is refused
 * cleanly ({@link EditRefusedException}, a key spelled twice) rather than changing a line that
 * is not read; other keys are edited as usual.
 */
class RepeatedKeyEditTest {
  private static final String TEXT = "---\ntitle: In English\nlayout: post\ntitle: En fran\u00e7ais\n"
      + "---\nBody\n";

  @Test
  void theLastValueIsReadAndItsKeyIsNotEditedBlindly() {
    Article a = ArticleParser.builder().profile(Profile.JEKYLL).build().parse(TEXT, "t.md");
    assertThat(a.frontMatter().title()).contains("En fran\u00e7ais");
    assertThatThrownBy(() -> a.withTitle("New")).isInstanceOf(EditRefusedException.class);
    Article edited = a.withDescription("About");
    assertThat(edited.text()).isEqualTo("---\ntitle: In English\nlayout: post\n"
        + "title: En fran\u00e7ais\ndescription: About\n---\nBody\n");
    assertThat(edited.frontMatter().title()).contains("En fran\u00e7ais");
  }
}
