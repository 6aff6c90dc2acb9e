package io.github.frontmatter.articles.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The field table: lookup by key in any case, one declaration per key, another table. */
class FieldTableTest {
  @Test
  void hugoFieldsAreFoundInAnyCaseAndByTheirExactName() {
    FieldTable t = HugoFields.TABLE;
    assertThat(t.field("PUBLISHDATE")).isSameAs(HugoFields.PUBLISH_DATE);
    assertThat(t.named("publishDate")).isSameAs(HugoFields.PUBLISH_DATE);
    assertThat(t.named("publishdate")).isNull();
    assertThat(t.isTyped("Params")).isTrue();
    assertThat(t.isTyped("author")).isFalse();
    assertThat(t.knownKeys()).contains("author", "linktitle", "params");
    for (int i = 0; i < t.fields().size(); i++) {
      assertThat(t.fields().get(i).index()).isEqualTo(i);
    }
  }

  @Test
  void anotherTableIsReadTheSameWayAndAKeyIsDeclaredOnce() {
    Field.Owner site = new Field.Owner("site", "site-field-shape", Problem.Severity.WARNING);
    FieldTable.Builder b = new FieldTable.Builder(Profile.HUGO, true, FieldTable.TitleRule.WARN);
    Field<Boolean> featured = b.add("featured", FieldKind.BOOLEAN, site, "Featured.");
    FieldTable table = b.build("the site's", Set.of());
    List<Problem> problems = new ArrayList<>();
    SourceText src = new SourceText("a.md", "---\nfeatured: maybe\n---\n");
    TypedFields fields = FieldReader.read(table, src, new BlockResult(
        Map.of("Featured", new Value.Text("maybe")), Map.of("/Featured", 14), Map.of()),
        problems);
    assertThat(fields.get(featured)).isNull();
    assertThat(fields.get(HugoFields.TITLE)).as("a field of another table").isNull();
    assertThat(problems).extracting(Problem::rule).containsExactly("site-field-shape");
    assertThat(problems.get(0).message())
        .isEqualTo("Featured: expected a boolean but found the scalar \"maybe\"");

    FieldTable.Builder twice = new FieldTable.Builder(Profile.HUGO, true, FieldTable.TitleRule.WARN);
    twice.add("draft", FieldKind.BOOLEAN, site, "One.");
    twice.add("Draft", FieldKind.TEXT, site, "Two.");
    assertThatThrownBy(() -> twice.build("twice", Set.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Draft");
  }

  @Test
  void everyProfilesTableIsWellFormed() {
    for (Profile profile : Profile.values()) {
      FieldTable t = Dialect.of(profile).table();
      assertThat(t.profile()).isEqualTo(profile);
      assertThat(t.ignoresCase()).as(profile + ": keys in any case").isEqualTo(
          profile == Profile.HUGO);
      for (int i = 0; i < t.fields().size(); i++) {
        Field<?> f = t.fields().get(i);
        assertThat(f.index()).isEqualTo(i);
        assertThat(f.description()).as(f.path()).isNotBlank();
        assertThat(t.named(f.path())).isSameAs(f);
        if (f.parent() != null) {
          assertThat(t.fields()).as(f.path() + "'s parent").contains(f.parent());
          assertThat(t.children(f.parent())).contains(f);
          assertThat(t.field(f.name())).as("a nested field is not a top-level one")
              .isNotSameAs(f);
        }
      }
      for (Role<?> role : t.roles()) {
        assertThat(t.bindings(role)).allSatisfy(b -> assertThat(t.fields()).contains(b.field()));
      }
      assertThat(t.binding(Role.TITLE)).as(profile + " has a title").isNotNull();
    }
    assertThat(ZolaFields.TABLE.children(ZolaFields.TAXONOMIES))
        .containsExactly(ZolaFields.TAGS, ZolaFields.CATEGORIES);
    assertThat(ZolaFields.TAGS.pointer()).isEqualTo("/taxonomies/tags");
    assertThat(AstroFields.SIDEBAR_ORDER.path()).isEqualTo("sidebar.order");
    assertThat(AstroFields.TEMPLATE.kind().choices()).containsExactly("doc", "splash");
    assertThat(EleventyFields.PERMALINK.kind().shapes()).containsExactly(
        FieldKind.Shape.TEXT, FieldKind.Shape.BOOLEAN, FieldKind.Shape.MAPPING);
    assertThat(EleventyFields.PERMALINK.kind().expected())
        .isEqualTo("text, a boolean or a mapping");
    assertThat(HugoFields.TITLE.kind().choices()).isEmpty();
  }
}
