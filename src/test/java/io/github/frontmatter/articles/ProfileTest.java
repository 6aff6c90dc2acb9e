package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProfileTest {
  @Test
  void hugoIsTheDefault() {
    assertThat(ArticleParser.defaults().profile()).isEqualTo(Profile.HUGO);
    assertThat(ArticleParser.builder().build().profile()).isEqualTo(Profile.HUGO);
  }

  @Test
  void theBuilderKeepsTheProfileAndRefusesNull() {
    for (Profile p : Profile.values()) {
      assertThat(ArticleParser.builder().profile(p).build().profile()).isEqualTo(p);
    }
    assertThatThrownBy(() -> ArticleParser.builder().profile(null))
        .isInstanceOf(NullPointerException.class).hasMessage("profile must not be null");
  }

  @Test
  void sixProfilesWithTheirGeneratorsNames() {
    assertThat(Profile.values()).extracting(Profile::displayName).containsExactly(
        "Hugo", "Jekyll", "Zola", "Eleventy", "Astro", "Docusaurus");
  }
}
