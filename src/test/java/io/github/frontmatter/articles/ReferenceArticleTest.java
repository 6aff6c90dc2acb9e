package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden test of the reference article ({@code shared/reference/paris-ai-summit.md}), the
 * shape the library models first: a Hugo/Mainroad news article with every typed field set.
 * The expected values were read from the file by hand. The article is third-party text and
 * is read from the shared folder, never copied here.
 */
class ReferenceArticleTest {
  private static final String IMAGE =
      "https://inews.gtimg.com/om_bt/O2Ese4GeG--559dMmuKdclZUj_E7VRx21uKsMkdvWVYiUAA/1000";
  private static final String THUMBNAIL = "https://inews.gtimg.com/om_ls/"
      + "O3qoz9RYcrIGkX8pRr1UVhVod5evWaPHQtfD3W6FwXNZ4AA_640360/0";

  private static Path file;
  private static byte[] bytes;
  private static Article article;

  @BeforeAll
  static void read() throws IOException {
    file = Shared.reference();
    bytes = Files.readAllBytes(file);
    article = Articles.parse(file);
  }

  @Test
  void frontMatterIsYamlWithTheMainroadKeysInFileOrder() {
    assertThat(article.format()).isEqualTo(Format.YAML);
    assertThat(article.frontMatter().values()).containsOnlyKeys(
        "title", "date", "summary", "categories", "lang", "translations", "tags", "menu",
        "thumbnail", "lead", "comments", "authorbox", "pager", "toc", "mathjax", "sidebar",
        "widgets");
    assertThat(List.copyOf(article.frontMatter().values().keySet())).containsExactly(
        "title", "date", "summary", "categories", "lang", "translations", "tags", "menu",
        "thumbnail", "lead", "comments", "authorbox", "pager", "toc", "mathjax", "sidebar",
        "widgets");
    assertThat(article.extras()).isEmpty();
    assertThat(article.frontMatter().extras()).isEmpty();
    assertThat(article.problems()).isEmpty();
    assertThat(article.hasByteOrderMark()).isFalse();
  }

  @Test
  void textFields() {
    assertThat(article.title()).contains(
        "中方派出高级别代表团，DeepSeek让同行看到新希望，巴黎AI峰会热议“中国成功”");
    assertThat(article.summary()).hasValueSatisfying(s -> {
      assertThat(s).startsWith("【环球时报综合报道】当地时间10日");
      assertThat(s).endsWith("在巴黎...");
    });
    assertThat(article.lead()).contains(""); // present and empty, not absent
    assertThat(article.sidebar()).contains("right");
    assertThat(article.frontMatter().description()).isEmpty();
    assertThat(article.frontMatter().slug()).isEmpty();
  }

  @Test
  void dateIsLocalWithSecondsAndNoOffset() {
    ArticleDate date = article.date().orElseThrow();
    assertThat(date.text()).isEqualTo("2025-02-12 07:02:11");
    assertThat(date.localDate()).isEqualTo(LocalDate.of(2025, 2, 12));
    assertThat(date.localTime()).contains(LocalTime.of(7, 2, 11));
    assertThat(date.localDateTime()).isEqualTo(LocalDateTime.of(2025, 2, 12, 7, 2, 11));
    assertThat(date.hasTime()).isTrue();
    assertThat(date.offset()).isEmpty();
    assertThat(date.toOffsetDateTime()).isEmpty();
    // the quoted date stays text in the values; only the typed accessor reads it as a date
    assertThat(article.frontMatter().get("date"))
        .contains(new Value.Text("2025-02-12 07:02:11"));
  }

  @Test
  void listFields() {
    assertThat(article.categories()).containsExactly("qq");
    assertThat(article.lang()).containsExactly("zh-CN");
    assertThat(article.translations()).containsExactly("zh-CN");
    assertThat(article.tags()).containsExactly("qq");
    assertThat(article.widgets()).containsExactly("search", "recent", "taglist");
    assertThat(article.frontMatter().get("widgets")).contains(new Value.Sequence(List.of(
        new Value.Text("search"), new Value.Text("recent"), new Value.Text("taglist"))));
  }

  /**
   * The file says {@code menu: ""}. Read as Hugo's "menu name" shape, that is one menu whose
   * name is empty, with no entry properties; the raw value stays the empty text.
   */
  @Test
  void emptyMenuIsOneEntryWithAnEmptyName() {
    Menu menu = article.menu().orElseThrow();
    assertThat(menu.names()).containsExactly("");
    assertThat(menu.entries()).containsExactly(Map.entry("", Map.of()));
    assertThat(article.frontMatter().get("menu")).contains(new Value.Text(""));
  }

  @Test
  void thumbnailIsThePlainUrlShape() {
    Thumbnail thumbnail = article.thumbnail().orElseThrow();
    assertThat(thumbnail.src()).isEqualTo(THUMBNAIL);
    assertThat(thumbnail.visibility()).isEmpty();
  }

  @Test
  void booleanFields() {
    assertThat(article.comments()).contains(false);
    assertThat(article.authorbox()).contains(false);
    assertThat(article.pager()).contains(true);
    assertThat(article.toc()).contains(false);
    assertThat(article.mathjax()).contains(false);
    assertThat(article.frontMatter().draft()).isEmpty();
  }

  @Test
  void locationsAreLinesOfTheWholeFile() {
    assertThat(article.frontMatter().locationOf("/title"))
        .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(2));
    assertThat(article.frontMatter().locationOf("/widgets/2"))
        .hasValueSatisfying(l -> assertThat(l).extracting(Location::line, Location::column)
            .containsExactly(25, 5));
    // front matter on lines 1 to 26 (fences included); the body starts on the next line
    assertThat(article.bodyLine()).isEqualTo(27);
    assertThat(article.bodyText()).startsWith("\n【环球时报综合报道】");
    assertThat(article.frontMatter().text()).startsWith("title: ").endsWith("  - \"taglist\"\n");
  }

  @Test
  void bodyAstHasTheImageTheBoldPseudoHeadingsAndTheLink() {
    List<Image> images = descendants(article.body(), Image.class);
    assertThat(images).hasSize(1);
    assertThat(images.get(0).getUrl().toString()).isEqualTo(IMAGE);
    assertThat(images.get(0).getText().toString()).isEqualTo("图片");
    assertThat(images.get(0).getLineNumber()).isEqualTo(29); // 0-based: line 30 of the file

    List<StrongEmphasis> bold = descendants(article.body(), StrongEmphasis.class);
    assertThat(bold).extracting(b -> b.getText().toString()).containsExactly(
        "“全球AI领导地位仍有待争夺”", "法国初创企业希望从中企发展获得启迪", "美国和英国拒签共同声明");
    // pseudo-headings: each bold run is a paragraph of its own
    assertThat(bold).allSatisfy(b -> {
      assertThat(b.getParent()).isInstanceOf(Paragraph.class);
      assertThat(b.getParent().getFirstChild()).isSameAs(b);
      assertThat(b.getNext()).isNull();
    });

    List<Link> links = descendants(article.body(), Link.class);
    assertThat(links).hasSize(1);
    assertThat(links.get(0).getUrl().toString())
        .isEqualTo("https://new.qq.com/rain/a/20250212A0199J00");
    assertThat(links.get(0).getText().toString()).isEqualTo("qq");
  }

  @Test
  void writesBackTheSameBytes() {
    assertThat(Articles.toBytes(article)).isEqualTo(bytes);
    // read as text, it writes the same bytes too
    Article fromText = Articles.parse(new String(bytes, StandardCharsets.UTF_8), "reference");
    assertThat(Articles.toBytes(fromText)).isEqualTo(bytes);
    assertThat(fromText).isEqualTo(article);
  }

  @Test
  void writeGivesIdenticalBytesInANewFileAndOverAnExistingOne(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("paris-ai-summit.md");
    Articles.write(article, out);
    assertThat(Files.readAllBytes(out)).isEqualTo(bytes);

    Files.writeString(out, "something else\n");
    Articles.write(article, out);
    assertThat(Files.readAllBytes(out)).isEqualTo(bytes);
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(out); // no temporary file left behind
    }
    assertThat(Articles.parse(out)).isEqualTo(article);
  }

  private static <T extends Node> List<T> descendants(Node root, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Node n : root.getDescendants()) {
      if (type.isInstance(n)) {
        out.add(type.cast(n));
      }
    }
    return out;
  }
}
