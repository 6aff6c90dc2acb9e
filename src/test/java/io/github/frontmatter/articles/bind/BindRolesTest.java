package io.github.frontmatter.articles.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.BindResult;
import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.UnknownKeys;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A property named after a common field reads what the accessor of that name reads under the
 * article's profile (docs/own-types.md, "Common fields under each profile").
 */
class BindRolesTest {
  /** The common fields a site's own type typically declares. */
  record Page(Optional<String> title, List<String> tags, Optional<Boolean> draft,
      Optional<Integer> weight) {}

  /** A property that names the raw key explicitly. */
  record Raw(@JsonProperty("taxonomies") Optional<Object> terms, List<String> tags) {}

  /** A type whose tags are numbers: the role's text does not fit. */
  record Numbers(List<Integer> tags) {}

  private static Article parse(Profile profile, String text) {
    return ArticleParser.builder().profile(profile).build().parse(text, "page.md");
  }

  private static final String ZOLA = """
      +++
      title = "Z"
      weight = 2

      [taxonomies]
      tags = ["rust", "web"]
      +++
      Body.
      """;

  @Test
  void zolaTagsAreTheTagsTaxonomy() {
    Article a = parse(Profile.ZOLA, ZOLA);
    Page p = FrontMatterType.of(Page.class).read(a.frontMatter());
    assertThat(p.tags()).containsExactly("rust", "web").isEqualTo(a.frontMatter().tags());
    assertThat(p.title()).contains("Z");
    assertThat(p.weight()).contains(2);
  }

  @Test
  void theKeyTheRoleIsReadFromIsNotUnknown() {
    Article a = parse(Profile.ZOLA, ZOLA);
    BindResult<Page> r = FrontMatterType.builder(Page.class).unknownKeys(UnknownKeys.REJECT)
        .build().bind(a.frontMatter());
    assertThat(r.problems()).isEmpty();
    assertThat(r.value()).isPresent();
  }

  @Test
  void anExplicitNameOfAnotherKeyBindsThatKey() {
    Article a = parse(Profile.ZOLA, ZOLA);
    Raw r = FrontMatterType.of(Raw.class).read(a.frontMatter());
    assertThat(r.terms()).get().isInstanceOf(java.util.Map.class);
    assertThat(r.tags()).containsExactly("rust", "web");
  }

  @Test
  void jekyllDraftIsPublishedFalse() {
    Article a = parse(Profile.JEKYLL, "---\ntitle: J\npublished: false\ntag: one\n---\n");
    Page p = FrontMatterType.of(Page.class).read(a.frontMatter());
    assertThat(p.draft()).contains(true);
    assertThat(p.tags()).containsExactly("one");
  }

  @Test
  void docusaurusTagsAreTheLabels() {
    Article a = parse(Profile.DOCUSAURUS, """
        ---
        tags: [a, {label: B, permalink: /b}]
        sidebar_position: 4
        ---
        """);
    Page p = FrontMatterType.of(Page.class).read(a.frontMatter());
    assertThat(p.tags()).containsExactly("a", "B");
    assertThat(p.weight()).contains(4);
  }

  @Test
  void starlightWeightIsTheSidebarOrder() {
    Article a = parse(Profile.ASTRO, "---\ntitle: S\nsidebar:\n  order: 7\n---\n");
    assertThat(FrontMatterType.of(Page.class).read(a.frontMatter()).weight()).contains(7);
  }

  @Test
  void hugoReadsTheKeysAsBefore() {
    Article a = parse(Profile.HUGO, ZOLA);
    assertThat(FrontMatterType.of(Page.class).read(a.frontMatter()).tags()).isEmpty();
  }

  @Test
  void aProblemIsAtTheRoleFieldsValue() {
    Article a = parse(Profile.ZOLA, ZOLA);
    BindResult<Numbers> r = FrontMatterType.of(Numbers.class).bind(a.frontMatter());
    assertThat(r.value()).isEmpty();
    Problem first = r.problems().get(0);
    assertThat(first.path()).isEqualTo("/taxonomies/tags/0");
    assertThat(first.location().line()).isEqualTo(6);
    assertThat(first.message()).contains("expected an integer").contains("but found the text \"rust\"");
  }

  @Test
  void aTypedEditWritesThroughTheRoleAsTheWitherDoes() {
    Article a = parse(Profile.ZOLA, ZOLA);
    FrontMatterType<Page> pages = FrontMatterType.of(Page.class);
    Article edited = pages.edit(a, p -> new Page(p.title(), List.of("go"), p.draft(),
        p.weight()));
    assertThat(edited.text()).isEqualTo(a.withTags(List.of("go")).text());
    assertThat(edited.frontMatter().tags()).containsExactly("go");
    assertThat(edited.frontMatter().values()).doesNotContainKey("tags");

    Article jekyll = parse(Profile.JEKYLL, "---\ntitle: J\npublished: false\n---\n");
    Article published = pages.edit(jekyll, p -> new Page(p.title(), p.tags(),
        Optional.of(false), p.weight()));
    assertThat(published.text()).isEqualTo(jekyll.withDraft(false).text());
    assertThat(published.frontMatter().draft()).contains(false);
  }

  @Test
  void removingARoleKeptInsideAnotherMappingIsRefused() {
    Article a = parse(Profile.ASTRO, "---\ntitle: S\nsidebar:\n  order: 7\n---\n");
    FrontMatterType<Page> pages = FrontMatterType.of(Page.class);
    assertThatThrownBy(() -> pages.edit(a, p -> new Page(p.title(), p.tags(), p.draft(),
        Optional.empty())))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("/sidebar/order");
  }

  @Test
  void anEmptyListIsWrittenAsTheWitherWritesIt() {
    Article a = parse(Profile.ZOLA, ZOLA);
    Article edited = FrontMatterType.of(Page.class).edit(a, p -> new Page(p.title(), List.of(),
        p.draft(), p.weight()));
    assertThat(edited.text()).isEqualTo(a.withTags(List.of()).text());
  }
}
