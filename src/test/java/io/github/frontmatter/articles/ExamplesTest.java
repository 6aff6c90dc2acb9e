package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example articles in {@code examples/articles/}, written for this project in the
 * Hugo/Mainroad shape: each reads without warnings and writes back byte for byte, and each
 * shows what it is there to show.
 */
class ExamplesTest {
  private static final Path DIR =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("examples/articles");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(DIR)) {
      List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
      assertThat(list).as("example articles in " + DIR).hasSizeGreaterThanOrEqualTo(5);
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsWithoutWarningsAndWritesBackTheSameBytes(Path file, @TempDir Path tmp)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Article a = Articles.parse(file);
    assertThat(a.format()).isEqualTo(Format.YAML);
    assertThat(a.problems()).isEmpty();
    assertThat(a.title()).isPresent();
    assertThat(a.date()).isPresent();
    assertThat(Articles.toBytes(a)).isEqualTo(bytes);
    a.body(); // the AST builds

    Path out = tmp.resolve(file.getFileName());
    Articles.write(a, out);
    assertThat(Files.readAllBytes(out)).isEqualTo(bytes);
  }

  private static Article example(String name) throws IOException {
    return Articles.parse(DIR.resolve(name));
  }

  @Test
  void chineseNewsArticleHasTheFullMainroadFrontMatter() throws IOException {
    Article a = example("binjiang-library-opening.md");
    assertThat(a.title()).hasValueSatisfying(t -> assertThat(t).startsWith("滨江市新图书馆"));
    assertThat(a.date().orElseThrow().localDateTime())
        .isEqualTo(LocalDateTime.of(2025, 3, 8, 9, 30));
    assertThat(a.date().orElseThrow().offset()).isEmpty();
    assertThat(a.summary()).hasValueSatisfying(s -> assertThat(s).endsWith("..."));
    assertThat(a.categories()).containsExactly("city");
    assertThat(a.lang()).containsExactly("zh-CN");
    assertThat(a.translations()).containsExactly("zh-CN");
    assertThat(a.tags()).containsExactly("city", "图书馆");
    assertThat(a.menu().orElseThrow().names()).containsExactly("");
    assertThat(a.thumbnail().orElseThrow().src()).endsWith("/cover-640x360.jpg");
    assertThat(a.lead()).contains("");
    assertThat(List.of(a.comments(), a.authorbox(), a.pager(), a.toc(), a.mathjax()))
        .extracting(o -> o.orElseThrow())
        .containsExactly(false, false, true, false, false);
    assertThat(a.sidebar()).contains("right");
    assertThat(a.widgets()).containsExactly("search", "recent", "taglist");
    assertThat(a.extras()).isEmpty();

    assertThat(nodes(a, Image.class)).singleElement()
        .satisfies(i -> assertThat(i.getUrl().toString()).endsWith("/exterior-1000.jpg"));
    assertThat(nodes(a, StrongEmphasis.class)).extracting(b -> b.getText().toString())
        .containsExactly("“深夜书房”座无虚席", "借阅流程全面简化", "下一步：社区分馆联网");
    assertThat(nodes(a, Link.class)).extracting(l -> l.getText().toString())
        .containsExactly("图书馆官网", "阅读原文");
  }

  @Test
  void englishArticleHasAnOffsetDateAndASingleLanguage() throws IOException {
    Article a = example("river-cleanup-volunteers.md");
    assertThat(a.date().orElseThrow().toOffsetDateTime().orElseThrow().toInstant())
        .isEqualTo(LocalDateTime.of(2025, 4, 19, 15, 45).toInstant(ZoneOffset.UTC));
    assertThat(a.lang()).containsExactly("en"); // a single scalar reads as a one-item list
    assertThat(a.lead()).hasValueSatisfying(l -> assertThat(l).startsWith("A morning"));
    assertThat(a.comments()).contains(true);
    assertThat(a.sidebar()).contains("left");
    assertThat(a.widgets()).hasSize(4);
    assertThat(nodes(a, Image.class)).singleElement()
        .satisfies(i -> assertThat(i.getTitle().toString()).isEqualTo("The sorting point by the weir"));
    assertThat(nodes(a, StrongEmphasis.class)).hasSize(3);
    assertThat(nodes(a, Link.class)).hasSize(2);
  }

  @Test
  void crlfArticleKeepsCarriageReturnsEverywhere() throws IOException {
    Path file = DIR.resolve("crlf-line-endings.md");
    String raw = Files.readString(file, StandardCharsets.UTF_8);
    // guards against git converting the file: every line ends with CRLF
    assertThat(raw).startsWith("---\r\n").contains("\r\n---\r\n");
    assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

    Article a = Articles.parse(file);
    assertThat(a.text()).isEqualTo(raw);
    assertThat(a.frontMatter().text()).contains("\r\n").endsWith("  - \"recent\"\r\n");
    assertThat(a.bodyText()).startsWith("\r\nEvery line");
    assertThat(a.title()).contains("Notes Written on Windows"); // no stray \r in values
    assertThat(a.tags()).containsExactly("line endings");
    assertThat(a.date().orElseThrow().localDate()).isEqualTo(LocalDate.of(2024, 11, 2));
    assertThat(a.bodyLine()).isEqualTo(16);
    assertThat(nodes(a, Link.class)).hasSize(1);
  }

  @Test
  void commentsAndBlankLinesStayInTheFrontMatterText() throws IOException {
    Article a = example("commented-front-matter.md");
    String text = a.frontMatter().text();
    assertThat(text).startsWith("# Front matter kept as its author wrote it");
    assertThat(text).contains("\n\n# --- taxonomy ---\n");
    assertThat(text).contains("title: \"Keeping Comments in Front Matter\" # shown in the page header\n");
    assertThat(text).contains("  - \"howto\"   # one category is enough\n");
    assertThat(text).endsWith("# widgets are left to the site's defaults\n");
    // the comments are not values
    assertThat(a.title()).contains("Keeping Comments in Front Matter");
    assertThat(a.categories()).containsExactly("howto");
    assertThat(a.tags()).containsExactly("yaml", "comments");
    assertThat(a.toc()).contains(true);
    assertThat(a.sidebar()).contains("false");
    assertThat(a.frontMatter().get("sidebar")).contains(new Value.Text("false"));
    assertThat(a.widgets()).isEmpty();
    assertThat(a.frontMatter().values()).containsOnlyKeys(
        "title", "date", "categories", "tags", "comments", "toc", "mathjax", "sidebar");
    assertThat(a.frontMatter().locationOf("/toc"))
        .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(13));
    assertThat(nodes(a, Heading.class)).hasSize(1);
  }

  @Test
  void thumbnailAndMenuMappings() throws IOException {
    Article a = example("thumbnail-and-menu-mappings.md");
    Thumbnail thumbnail = a.thumbnail().orElseThrow();
    assertThat(thumbnail.src()).isEqualTo("img/about/thumb.png");
    assertThat(thumbnail.visibility()).containsExactly("list", "post");

    Menu menu = a.menu().orElseThrow();
    assertThat(menu.names()).containsExactly("main", "footer");
    assertThat(menu.entries().get("main")).containsExactly(
        Map.entry("name", new Value.Text("About")), Map.entry("weight", Value.Int.of(30)));
    assertThat(menu.entries().get("footer")).containsExactly(
        Map.entry("weight", Value.Int.of(10)));
    assertThat(a.frontMatter().description()).contains("Who writes here and how the site is built.");
    assertThat(a.date().orElseThrow().hasTime()).isFalse();
    assertThat(a.pager()).contains(false);
    assertThat(a.extras()).isEmpty();
  }

  private static <T extends Node> List<T> nodes(Article a, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Node n : a.body().getDescendants()) {
      if (type.isInstance(n)) {
        out.add(type.cast(n));
      }
    }
    return out;
  }
}
