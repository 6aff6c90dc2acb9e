package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.jackson.ArticlesModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The common accessors and withers under each profile read and write the profile's own
 * fields (a Zola page's tags are {@code taxonomies.tags}, a Starlight page's weight is {@code
 * sidebar.order}), the profile's other fields are typed through {@link
 * FrontMatter#field(String, Class)}, and an edit of a nested field changes only its line.
 */
class ProfileFieldsTest {
  private static final Path FIXTURES = Path.of(System.getProperty("basedir", ""))
      .toAbsolutePath().resolve("src/test/resources/profiles/fields");

  private static Article read(Profile profile, String text) {
    return ArticleParser.builder().profile(profile).build().parse(text, "a.md");
  }

  private static Article fixture(Profile profile, String name) throws IOException {
    return read(profile, Files.readString(FIXTURES.resolve(name).resolve("in.md")));
  }

  @Test
  void zolaTagsAreTaxonomiesTagsAndUpdatedIsLastmod() throws IOException {
    Article a = fixture(Profile.ZOLA, "zola/taxonomies");
    FrontMatter fm = a.frontMatter();
    assertThat(fm.profile()).isEqualTo(Profile.ZOLA);
    assertThat(a.tags()).containsExactly("rust", "ops");
    assertThat(a.categories()).containsExactly("engineering");
    assertThat(a.lastmod().orElseThrow().text()).isEqualTo("2024-01-02T10:00:00Z");
    assertThat(fm.field("updated", ArticleDate.class)).isEqualTo(a.lastmod());
    assertThat(a.weight()).hasValue(3);
    assertThat(a.slug()).contains("rust-prod");
    assertThat(a.aliases()).containsExactly("/old/rust/");
    assertThat(a.menu()).as("Hugo's menu: no Zola field").isEmpty();
    assertThat(a.summary()).as("Zola has no front-matter summary").isEmpty();
    assertThat(fm.field("taxonomies", Map.class).orElseThrow())
        .isEqualTo(Map.of("tags", List.of("rust", "ops"), "categories", List.of("engineering")));
    assertThat(fm.field("extra", Map.class).orElseThrow()).containsEntry("toc",
        new Value.Bool(true));
    assertThat(fm.field("taxonomies.tags", List.class).orElseThrow()).hasSize(2);
    assertThat(fm.field("menu", Object.class)).isEmpty();
    assertThat(fm.extras()).doesNotContainKeys("taxonomies", "extra", "updated");
    assertThatThrownBy(() -> fm.field("weight", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight: expected the type String but found Integer (see docs/profiles.md)");
  }

  @Test
  void withTagsOnAZolaPageEditsOnlyTheTaxonomiesTagsLine() throws IOException {
    Article a = fixture(Profile.ZOLA, "zola/taxonomies");
    Article b = a.withTags(List.of("rust", "ops", "cli"));
    assertThat(b.text()).isEqualTo(a.text().replace("tags = [\"rust\", \"ops\"]",
        "tags = [\"rust\", \"ops\", \"cli\"]"));
    assertThat(b.tags()).containsExactly("rust", "ops", "cli");
    assertThat(b.categories()).containsExactly("engineering");
    Article c = a.withTitle("New").withWeight(7);
    assertThat(c.text()).isEqualTo(a.text().replace("\"Rust in production\"", "\"New\"")
        .replace("weight = 3", "weight = 7"));
  }

  @Test
  void withTagsAddsTaxonomiesInTheFormatsOwnWayWhenAbsent() {
    Article toml = read(Profile.ZOLA, "+++\ntitle = \"T\"\n+++\nBody.\n");
    assertThat(toml.withTags(List.of("a", "b")).text())
        .isEqualTo("+++\ntitle = \"T\"\ntaxonomies = { tags = [\"a\", \"b\"] }\n+++\nBody.\n");
    Article yaml = read(Profile.ZOLA, "---\ntitle: T\n---\nBody.\n");
    Article tagged = yaml.withTags(List.of("a"));
    assertThat(tagged.text()).isEqualTo("---\ntitle: T\ntaxonomies:\n  tags:\n    - a\n---\nBody.\n");
    assertThat(tagged.tags()).containsExactly("a");
    Article zolaYaml = read(Profile.ZOLA, "---\ntitle: T\ntaxonomies:\n  tags:\n    - one\n"
        + "    - two\n---\n");
    assertThat(zolaYaml.withTags(List.of("one", "three")).text()).isEqualTo(
        "---\ntitle: T\ntaxonomies:\n  tags:\n    - one\n    - three\n---\n");
  }

  @Test
  void aParentThatIsNotAMappingRefusesTheNestedEdit() {
    // read leniently: the value is already a zola-field-shape error
    Article a = ArticleParser.builder().profile(Profile.ZOLA).build()
        .read("+++\ntitle = \"T\"\ntaxonomies = \"none\"\n+++\n", "a.md").article()
        .orElseThrow();
    assertThatThrownBy(() -> a.withTags(List.of("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a mapping to set \"taxonomies.tags\" in but found text");
  }

  @Test
  void anAccessorTheProfileLacksCannotBeWritten() {
    Article a = read(Profile.ZOLA, "+++\ntitle = \"T\"\n+++\n");
    assertThatThrownBy(() -> a.withMenu(new Menu(Map.of("main", Map.of()))))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("expected a Zola field for menu but found none; with(key, value) writes"
            + " any key");
    assertThat(a.with("menu", new Value.Text("main")).frontMatter().get("menu")).isPresent();
  }

  @Test
  void docusaurusTagsAreLabelsAndTagObjectsKeepTheirPermalink() throws IOException {
    Article a = fixture(Profile.DOCUSAURUS, "docusaurus/tag-objects");
    FrontMatter fm = a.frontMatter();
    assertThat(a.tags()).containsExactly("getting-started", "Release notes");
    assertThat(fm.field("tags", List.class).orElseThrow()).containsExactly(
        Tag.of("getting-started"), Tag.of("Release notes", "/release"));
    assertThat(a.weight()).as("sidebar_position 1.5 is not a whole weight").isEmpty();
    assertThat(fm.field("sidebar_position", BigDecimal.class)).contains(new BigDecimal("1.5"));
    assertThat(fm.field("sidebar_label", String.class)).contains("Intro");
    assertThat(fm.field("hide_table_of_contents", Boolean.class)).contains(true);
    Article b = a.withTags(List.of("Release notes", "new"));
    assertThat(b.text()).contains("tags:\n  - label: Release notes\n    permalink: /release\n"
        + "  - new\n---");
    assertThat(b.tags()).containsExactly("Release notes", "new");
    Article c = a.withWeight(2);
    assertThat(c.text()).isEqualTo(a.text().replace("sidebar_position: 1.5",
        "sidebar_position: 2"));
    assertThat(c.weight()).hasValue(2);
  }

  @Test
  void starlightWeightIsSidebarOrderAndItsSidebarIsNotMainroads() throws IOException {
    Article a = fixture(Profile.ASTRO, "astro/sidebar");
    FrontMatter fm = a.frontMatter();
    assertThat(a.problems()).isEmpty();
    assertThat(a.weight()).hasValue(2);
    assertThat(a.sidebar()).as("Mainroad's sidebar accessor").isEmpty();
    assertThat(a.layout()).contains("doc");
    assertThat(a.lastmod().orElseThrow().text()).isEqualTo("2024-03-01");
    assertThat(fm.field("sidebar.label", String.class)).contains("Start here");
    assertThat(fm.field("sidebar.badge", Value.class).orElseThrow())
        .isInstanceOf(Value.Mapping.class);
    assertThat(fm.field("hero", Map.class).orElseThrow()).containsKey("tagline");
    Article b = a.withWeight(5);
    assertThat(b.text()).isEqualTo(a.text().replace("  order: 2", "  order: 5"));
    Article none = read(Profile.ASTRO, "---\ntitle: T\n---\n");
    assertThat(none.withWeight(1).text()).isEqualTo("---\ntitle: T\nsidebar:\n  order: 1\n---\n");
  }

  @Test
  void jekyllDraftIsPublishedFalseAndTheSingularCategoryWins() throws IOException {
    Article a = fixture(Profile.JEKYLL, "jekyll/fields");
    assertThat(a.draft()).contains(true);
    assertThat(a.tags()).containsExactly("ruby", "jekyll");
    assertThat(a.categories()).containsExactly("news");
    assertThat(a.url()).contains("/hello/");
    assertThat(a.weight()).as("nav_order 4.5").isEmpty();
    assertThat(a.frontMatter().field("excerpt_separator", String.class)).contains("<!--more-->");
    assertThat(a.frontMatter().field("published", Boolean.class)).contains(false);
    assertThat(a.withDraft(false).text()).isEqualTo(a.text().replace("published: false",
        "published: true"));
    assertThat(a.withCategories(List.of("a")).text()).isEqualTo(a.text().replace(
        "category: news", "category:\n  - a"));
  }

  @Test
  void keysMatchInAnyCaseUnderHugoOnly() {
    String text = "---\nTitle: T\n---\n";
    assertThat(read(Profile.HUGO, text).title()).contains("T");
    assertThat(read(Profile.JEKYLL, text).title()).isEmpty();
    assertThat(read(Profile.ZOLA, text).problems()).extracting(Problem::rule)
        .containsExactly("title-missing");
  }

  @Test
  void eleventysFileDatesPermalinkFalseAndNavigationOrder() throws IOException {
    Article a = fixture(Profile.ELEVENTY, "eleventy/fields");
    assertThat(a.date()).as("git Last Modified: a date of the file").isEmpty();
    assertThat(a.url()).as("permalink: false").isEmpty();
    assertThat(a.frontMatter().field("permalink", Value.class)).contains(new Value.Bool(false));
    assertThat(a.tags()).containsExactly("post", "news");
    assertThat(a.weight()).hasValue(2);
    assertThat(a.frontMatter().field("eleventyNavigation.parent", String.class))
        .contains("Home");
    assertThat(a.withWeight(4).text()).isEqualTo(a.text().replace("  order: 2", "  order: 4"));
  }

  @Test
  void theJsonFormRoundTripsUnderEveryProfile() throws IOException {
    for (String[] c : new String[][] {{"ZOLA", "zola/taxonomies"},
        {"DOCUSAURUS", "docusaurus/tag-objects"}, {"ASTRO", "astro/sidebar"},
        {"JEKYLL", "jekyll/fields"}, {"ELEVENTY", "eleventy/fields"}}) {
      Profile profile = Profile.valueOf(c[0]);
      ArticleParser parser = ArticleParser.builder().profile(profile).build();
      JsonMapper mapper = JsonMapper.builder().addModule(new ArticlesModule(parser)).build();
      Article a = fixture(profile, c[1]);
      String json = mapper.writeValueAsString(a);
      Article back = mapper.readValue(json, Article.class);
      assertThat(back).as(c[1] + ": " + json).isEqualTo(a);
      assertThat(back.tags()).isEqualTo(a.tags());
      assertThat(json).doesNotContain("\"sidebar.order\"").doesNotContain("\"taxonomies.tags\"");
    }
  }
}
