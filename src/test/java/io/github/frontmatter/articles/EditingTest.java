package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public edit API: withers, without, withBody, toBuilder, newArticle. */
class EditingTest {

  private static Article yaml(String text) {
    return Articles.parse(text, "e.md");
  }

  @Test
  void theBriefsExampleChangesOnlyTheTagsLine() {
    Article a = yaml("---\ntitle: \"巴黎AI峰会\"  # keep me\ntags:\n  - \"qq\"\nwidgets: [search]\n"
        + "---\n\nBody.\n");
    Article b = a.withTags(List.of("ai", "deepseek"));
    assertThat(b.text()).isEqualTo("---\ntitle: \"巴黎AI峰会\"  # keep me\ntags:\n  - \"ai\"\n"
        + "  - \"deepseek\"\nwidgets: [search]\n---\n\nBody.\n");
    assertThat(b.tags()).containsExactly("ai", "deepseek");
    assertThat(a.tags()).containsExactly("qq"); // the original is unchanged
  }

  @Test
  void paramsIsEditedThroughTheFieldTableAndOnlyItsLinesChange() {
    Article a = yaml("---\ntitle: T # keep\nParams:\n  old: 1\ndraft: true\n---\nBody.\n");
    java.util.LinkedHashMap<String, Value> params = new java.util.LinkedHashMap<>();
    params.put("author", new Value.Text("Ann"));
    params.put("rank", Value.Int.of(2));

    Article b = a.withParams(params);

    // the key keeps its spelling (Hugo matches keys in any case), the other lines stay
    assertThat(b.text()).startsWith("---\ntitle: T # keep\nParams:\n")
        .endsWith("draft: true\n---\nBody.\n");
    assertThat(b.params()).contains(params);
    assertThat(b.frontMatter().values()).containsOnlyKeys("title", "Params", "draft");
    assertThat(a.params()).contains(java.util.Map.of("old", Value.Int.of(1)));
  }

  @Test
  void aDoubleQuotedTitleStaysDoubleQuotedAndTheCommentAfterItStays() {
    Article b = yaml("---\ntitle: \"Old\" # the headline\n---\n").withTitle("New: \"quoted\"");
    assertThat(b.text()).isEqualTo("---\ntitle: \"New: \\\"quoted\\\"\" # the headline\n---\n");
    assertThat(b.title()).contains("New: \"quoted\"");
  }

  @Test
  void textThatWouldReadAsAnotherTypeIsQuoted() {
    Article a = yaml("---\ntitle: plain\n---\n");
    assertThat(a.withTitle("yes").text()).isEqualTo("---\ntitle: \"yes\"\n---\n");
    assertThat(a.withTitle("2024").text()).isEqualTo("---\ntitle: \"2024\"\n---\n");
    assertThat(a.withTitle("a: b").text()).isEqualTo("---\ntitle: \"a: b\"\n---\n");
    assertThat(a.withTitle("#x").text()).isEqualTo("---\ntitle: \"#x\"\n---\n");
    assertThat(a.withTitle("*x").text()).isEqualTo("---\ntitle: \"*x\"\n---\n");
    assertThat(a.withTitle("中文 😀").title()).contains("中文 😀");
    assertThat(a.withTitle("two\nlines").title()).contains("two\nlines");
  }

  @Test
  void aDateKeepsItsQuotingAndReadsBack() {
    ArticleDate d = ArticleDate.parse("2025-03-01T08:00:00+08:00");
    Article quoted = yaml("---\ndate: \"2025-02-12 07:02:11\"\n---\n").withDate(d);
    assertThat(quoted.text()).isEqualTo("---\ndate: \"2025-03-01T08:00:00+08:00\"\n---\n");
    Article plain = yaml("---\ndate: 2025-02-12\n---\n").withDate(d);
    assertThat(plain.text()).isEqualTo("---\ndate: 2025-03-01T08:00:00+08:00\n---\n");
    assertThat(plain.date()).contains(d);
    assertThat(plain.frontMatter().get("date")).containsInstanceOf(Value.Date.class);
  }

  @Test
  void newKeysAreAppendedAndRemovedKeysTakeTheirCommentLines() {
    Article a = yaml("---\ntitle: T\n\n# the weight of the page\nweight: 3\ndraft: true\n---\n");
    Article added = a.with("author", new Value.Text("Ann")).withWidgets(List.of("search"));
    assertThat(added.text()).isEqualTo("---\ntitle: T\n\n# the weight of the page\nweight: 3\n"
        + "draft: true\nauthor: Ann\nwidgets:\n  - search\n---\n");
    Article removed = a.without("weight");
    assertThat(removed.text()).isEqualTo("---\ntitle: T\n\ndraft: true\n---\n");
    assertThat(a.without("absent")).isSameAs(a);
  }

  @Test
  void crlfAndTheByteOrderMarkStay() {
    Article a = Articles.parse("\uFEFF---\r\ntitle: T\r\ntags: [a]\r\n---\r\nBody\r\n", "c.md");
    Article b = a.withTags(List.of("a", "b")).with("new", Value.Int.of(1));
    assertThat(b.hasByteOrderMark()).isTrue();
    assertThat(b.text()).isEqualTo("---\r\ntitle: T\r\ntags: [a, b]\r\nnew: 1\r\n---\r\nBody\r\n");
    assertThat(Articles.toBytes(b)).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void tomlAndJsonAreEditedInTheirOwnSyntax() {
    Article toml = Articles.parse("+++\ntitle = 'Old'\ntags = [\"a\"]\n\n[extra]\nx = 1\n+++\nB\n",
        "t.md");
    Article t2 = toml.withTitle("New").withTags(List.of("a", "b")).with("draft",
        new Value.Bool(true));
    assertThat(t2.text()).isEqualTo("+++\ntitle = 'New'\ntags = [\"a\", \"b\"]\ndraft = true\n\n"
        + "[extra]\nx = 1\n+++\nB\n");
    assertThatThrownBy(() -> toml.with("summary", Value.Null.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOML has no null");

    Article json = Articles.parse("{\n  \"title\": \"Old\",\n  \"tags\": [\"a\"]\n}\nB\n", "j.md");
    Article j2 = json.withTitle("New").withDraft(false);
    assertThat(j2.text()).isEqualTo("{\n  \"title\": \"New\",\n  \"tags\": [\"a\"],\n"
        + "  \"draft\": false\n}\nB\n");
  }

  @Test
  void anArticleWithoutFrontMatterGetsYamlFrontMatter() {
    Article a = yaml("Just a body.\n").withTitle("Now titled");
    assertThat(a.format()).isEqualTo(Format.YAML);
    assertThat(a.text()).isEqualTo("---\ntitle: Now titled\n---\nJust a body.\n");
  }

  @Test
  void aNewArticleWritesCleanConventionalYamlThatReadsBackEqual() {
    Article a = Article.newArticle("content/post/new.md")
        .withTitle("Hello: world")
        .withDate(ArticleDate.parse("2025-02-12 07:02:11"))
        .withTags(List.of("ai", "2025"))
        .withThumbnail(new Thumbnail("img/a.jpg", List.of("list")))
        .withDraft(false)
        .withBody("\nFirst paragraph.\n");
    assertThat(a.text()).isEqualTo("---\ntitle: \"Hello: world\"\ndate: 2025-02-12 07:02:11\n"
        + "tags:\n  - ai\n  - \"2025\"\nthumbnail:\n  src: img/a.jpg\n  visibility:\n    - list\n"
        + "draft: false\n---\n\nFirst paragraph.\n");
    assertThat(Articles.parse(Articles.toBytes(a), "again.md")).isEqualTo(a);
  }

  @Test
  void theBuilderAppliesEditsInOrderAndEditsAreDeterministic() {
    Article a = yaml("---\ntitle: T\ntags: [x]\n---\nold\n");
    Article b = a.toBuilder().withTitle("U").withTags(List.of("y", "x")).withDraft(true)
        .withBody("new\n").without("nothing").with("n", Value.Int.of(2)).build();
    Article c = a.toBuilder().withTitle("U").withTags(List.of("y", "x")).withDraft(true)
        .withBody("new\n").without("nothing").with("n", Value.Int.of(2)).build();
    // "y" and "n" are quoted: YAML 1.1 readers (Jekyll's) take them for booleans
    assertThat(b.text()).isEqualTo("---\ntitle: U\ntags: [\"y\", x]\ndraft: true\n\"n\": 2\n"
        + "---\nnew\n");
    assertThat(c.text()).isEqualTo(b.text());
  }

  @Test
  void anEditThatWouldMakeTheArticleInvalidIsRefused() {
    Article a = yaml("---\ntitle: T\n---\n");
    assertThatThrownBy(() -> a.with("date", new Value.Text("yesterday")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date-invalid");
    assertThatThrownBy(() -> a.with("tags", new Value.Mapping(Map.of("a", Value.Int.of(1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hugo-field-shape");
  }

  @Test
  void aFlowMappingFrontMatterIsEditedInPlace() {
    Article a = yaml("---\n{title: T, tags: [a]}\n---\n");
    assertThat(a.withTitle("U").text()).isEqualTo("---\n{title: U, tags: [a]}\n---\n");
    assertThat(a.withDraft(true).without("tags").text())
        .isEqualTo("---\n{title: T, draft: true}\n---\n");
  }

  @Test
  void indentedTopLevelKeysAreEditedInPlace() {
    Article a = yaml("---\n title: T\n tags:\n - a\n---\n");
    assertThat(a.withTitle("U").withTags(List.of("a", "b")).withDraft(true).text())
        .isEqualTo("---\n title: U\n tags:\n - a\n - b\n draft: true\n---\n");
  }

  @Test
  void anEditThatCannotBeSplicedIsAnEditRefusedExceptionWithTheReasonAndThePosition() {
    Article a = yaml("---\ntitle: T\nbase: &b [x]\ntags: *b\n---\n");
    assertThatThrownBy(() -> a.withTags(List.of("y")))
        .isInstanceOfSatisfying(EditRefusedException.class, e -> {
          assertThat(e.key()).isEqualTo("tags");
          assertThat(e.reason()).isEqualTo("its value is the alias *b, which refers to a value"
              + " elsewhere; edit it by hand");
          assertThat(e.location()).isEqualTo(new Location("e.md", 4, 7));
          assertThat(e).hasMessage("tags: cannot edit the YAML front-matter key \"tags\" in"
              + " place: " + e.reason());
        });
    assertThatThrownBy(() -> a.without("base"))
        .isInstanceOfSatisfying(EditRefusedException.class,
            e -> assertThat(e.location()).isEqualTo(new Location("e.md", 3, 7)));
    // a value the format cannot hold is another kind of refusal
    Article toml = Articles.parse("+++\ntitle = 'T'\n+++\n", "t.md");
    assertThatThrownBy(() -> toml.with("x", Value.Null.INSTANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(EditRefusedException.class);
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    Article a = yaml("---\ntitle: T\n---\n");
    assertThatThrownBy(() -> a.withTitle(null)).hasMessage("title must not be null");
    assertThatThrownBy(() -> a.with(null, Value.Null.INSTANCE)).hasMessage("key must not be null");
    assertThatThrownBy(() -> a.withTags(java.util.Arrays.asList("a", null)))
        .hasMessage("list items must not be null");
  }
}
