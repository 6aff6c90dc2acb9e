package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Article.Editing} speaks {@link Article}'s vocabulary, covers every wither, and reads
 * the result of a whole chain once.
 */
class EditingChainTest {
  private static final String YAML = "---\ntitle: T # keep\ntags: [x]\ndate: 2024-01-02\n---\nold\n";

  /** A parser of its own, so that no other test's edits count. */
  private static Article fresh(String text) {
    return ArticleParser.builder().build().parse(text, "chain.md");
  }

  @Test
  void aChainOfEditsIsReadOnceWhenBuilt() {
    Article a = fresh(YAML);
    long before = a.context().rereads();
    Article.Editing editing = a.toBuilder().withTitle("U").withTags(List.of("y"))
        .withDraft(true).withWeight(3).with("n", Value.Int.of(2)).without("date")
        .withBody("new\n");
    assertThat(a.context().rereads()).isEqualTo(before); // nothing read until build()
    Article b = editing.build();
    assertThat(a.context().rereads()).isEqualTo(before + 1);
    assertThat(b.text()).isEqualTo("---\ntitle: U # keep\ntags: [\"y\"]\ndraft: true\n"
        + "weight: 3\n\"n\": 2\n---\nnew\n");
  }

  @Test
  void aSingleWitherIsReadOnceAndAnEmptyChainNotAtAll() {
    Article a = fresh(YAML);
    long before = a.context().rereads();
    a.withTitle("U");
    assertThat(a.context().rereads()).isEqualTo(before + 1);
    assertThat(a.toBuilder().without("absent").build()).isSameAs(a);
    assertThat(a.without("absent")).isSameAs(a);
    assertThat(a.context().rereads()).isEqualTo(before + 1);
  }

  @Test
  void aChainGivesWhatTheSameWithersGiveOneByOne() {
    Article a = fresh("+++\ntitle = \"T\"\n[extra]\nx = 1\n+++\nbody\n");
    Article one = a.withTitle("U").withDate(ArticleDate.parse("2025-02-12"))
        .withTags(List.of("a", "b")).without("extra").withBody("new\n");
    Article chain = a.toBuilder().withTitle("U").withDate(ArticleDate.parse("2025-02-12"))
        .withTags(List.of("a", "b")).without("extra").withBody("new\n").build();
    assertThat(chain.text()).isEqualTo(one.text());
    assertThat(chain).isEqualTo(one);
  }

  @Test
  void aChainOnAnArticleWithoutFrontMatterAddsYamlOnce() {
    Article a = fresh("Just a body.\n");
    Article b = a.toBuilder().withTitle("T").withTags(List.of("t")).build();
    assertThat(b.text()).isEqualTo("---\ntitle: T\ntags:\n  - t\n---\nJust a body.\n");
    assertThat(b.text()).isEqualTo(a.withTitle("T").withTags(List.of("t")).text());
  }

  @Test
  void whatReadingRefusesIsRefusedByBuildWithTheSingleEditsMessage() {
    Article a = fresh("---\ntitle: T\n---\n");
    Article.Editing editing = a.toBuilder().withTitle("U").with("date", new Value.Text("yesterday"));
    assertThatThrownBy(editing::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the edit would make the article invalid: ")
        .hasMessageContaining("date-invalid");
    assertThatThrownBy(() -> a.with("date", new Value.Text("yesterday")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the edit would make the article invalid: ")
        .hasMessageContaining("date-invalid");
  }

  @Test
  void aLaterEditDecidesOnTheKeysTheEarlierOnesLeft() {
    // the key spelling and the date's style are decided on the chain's own state, not on the
    // article it started from: the second withTitle finds the "Title" the first one kept
    Article a = fresh("---\nTitle: T\ndate: \"2024-01-02\"\n---\n");
    Article b = a.toBuilder().withTitle("U").withTitle("V")
        .withDate(ArticleDate.parse("2025-03-04")).without("date").build();
    assertThat(b.text()).isEqualTo("---\nTitle: V\n---\n");
  }

  @Test
  void editingHasEveryWitherOfArticleUnderTheSameName() throws Exception {
    Map<String, Method> withers = withers(Article.class);
    assertThat(withers).hasSize(33); // with, without, withBody and the 30 typed fields
    for (Method m : withers.values()) {
      Method e = Article.Editing.class.getMethod(m.getName(), m.getParameterTypes());
      assertThat(e.getDeclaringClass()).isNotEqualTo(Object.class);
      assertThat(withers(Article.Editing.class)).containsKey(key(m));
    }
    assertThat(withers(Article.Editing.class).keySet()).isEqualTo(withers.keySet());
  }

  @Test
  void eachWitherOfEditingWritesWhatArticlesWitherWrites() throws Exception {
    Article a = fresh(YAML);
    for (Method m : withers(Article.class).values()) {
      Object[] args = sample(m.getParameterTypes());
      Article direct = (Article) m.invoke(a, args);
      Article.Editing editing = a.toBuilder();
      Method e = Article.Editing.class.getMethod(m.getName(), m.getParameterTypes());
      assertThat(e.invoke(editing, args)).as(m.getName()).isSameAs(editing);
      assertThat(editing.build().text()).as(m.getName()).isEqualTo(direct.text());
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void theOldNamesOfEditingStillWork() {
    Article a = fresh(YAML);
    Article old = a.toBuilder().title("U").date(ArticleDate.parse("2025-01-01"))
        .tags(List.of("t")).categories(List.of("c")).widgets(List.of("search")).draft(false)
        .set("n", Value.Int.of(1)).remove("n").body("b\n").build();
    Article now = a.toBuilder().withTitle("U").withDate(ArticleDate.parse("2025-01-01"))
        .withTags(List.of("t")).withCategories(List.of("c")).withWidgets(List.of("search"))
        .withDraft(false).with("n", Value.Int.of(1)).without("n").withBody("b\n").build();
    assertThat(old.text()).isEqualTo(now.text());
  }

  /** The public edit methods of a class ({@code with}, {@code without}, {@code withX}). */
  private static Map<String, Method> withers(Class<?> type) {
    Map<String, Method> out = new TreeMap<>();
    for (Method m : type.getMethods()) {
      // the shared withers reach Article and Editing as javac's public bridges of Withers
      if (m.getName().startsWith("with") && Modifier.isPublic(m.getModifiers())) {
        out.put(key(m), m);
      }
    }
    return out;
  }

  private static String key(Method m) {
    return m.getName() + List.of(m.getParameterTypes());
  }

  private static Object[] sample(Class<?>[] types) {
    List<Object> args = new ArrayList<>();
    for (Class<?> t : types) {
      if (t == String.class) {
        args.add(args.isEmpty() ? "left" : "x");
      } else if (t == Value.class) {
        args.add(new Value.Text("v"));
      } else if (t == List.class) {
        args.add(List.of("search"));
      } else if (t == boolean.class) {
        args.add(true);
      } else if (t == int.class) {
        args.add(7);
      } else if (t == ArticleDate.class) {
        args.add(ArticleDate.parse("2025-02-12"));
      } else if (t == Thumbnail.class) {
        args.add(new Thumbnail("img/a.jpg", List.of("list")));
      } else if (t == Menu.class) {
        args.add(new Menu(Map.of("main", Map.of())));
      } else if (t == Map.class) {
        args.add(Map.of("author", new Value.Text("Ann")));
      } else {
        throw new AssertionError("no sample for " + t);
      }
    }
    return args.toArray();
  }
}
