package io.github.frontmatter.articles;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API's contracts: nulls, immutability, equality, bytes, files, positions. */
class ArticleApiTest {

  private static final String ARTICLE = """
      ---
      title: "Spring book fair"
      date: 2025-02-12
      tags: [books, "reading", 2025]
      categories: news
      menu:
        main: {weight: 10}
      thumbnail: {src: img/a.jpg, visibility: [list]}
      sidebar: [a, b]
      author: {name: Ada, links: [x, y]}
      ---
      # Heading

      Body text.
      """;

  private static Article article() {
    return Articles.parse(ARTICLE, "post.md");
  }

  // ---- null arguments -----------------------------------------------------------------

  @Test
  void typedFieldsListsWhatTheAccessorsReturnByTheGeneratorsSpellingInDeclaredOrder() {
    FrontMatter fm = ArticleParser.defaults().read("---\ndraft: yes\nTAGS: a\npublishdate: 2024-01-02\n"
        + "weight: 3\ntitle: 1.50\nwidgets: {x: 1}\nother: 1\n---\n", "a.md").article().orElseThrow()
        .frontMatter();

    // draft "yes" is text to a YAML 1.2 reader and no boolean to Hugo (an error, read
    // leniently here): not a typed value; widgets in the wrong shape is left out too (a
    // warning); other keys are not fields
    assertThat(fm.typedFields()).containsExactly(
        Map.entry("title", "1.50"),
        Map.entry("tags", List.of("a")),
        Map.entry("publishDate", ArticleDate.parse("2024-01-02")),
        Map.entry("weight", 3));
    assertThat(fm.typedFields().get("title")).isEqualTo(fm.title().orElseThrow());
    assertThatThrownBy(() -> fm.typedFields().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullArgumentsAreRejectedWithTheirName() {
    Article a = article();
    byte[] bytes = ARTICLE.getBytes(UTF_8);
    assertNullRejected(() -> Articles.parse((Path) null), "path");
    assertNullRejected(() -> Articles.parse((String) null, "a.md"), "text");
    assertNullRejected(() -> Articles.parse(ARTICLE, null), "sourceName");
    assertNullRejected(() -> Articles.parse((byte[]) null, "a.md"), "bytes");
    assertNullRejected(() -> Articles.parse(bytes, null), "sourceName");
    assertNullRejected(() -> Articles.parse((InputStream) null, "a.md"), "in");
    assertNullRejected(() -> Articles.parse(new ByteArrayInputStream(bytes), null),
        "sourceName");
    assertNullRejected(() -> Articles.toBytes(null), "article");
    assertNullRejected(() -> Articles.write(null, Path.of("x.md")), "article");
    assertNullRejected(() -> Articles.write(a, null), "path");
    assertNullRejected(() -> ArticleParser.builder().markdownExtensions(null), "extensions");
    assertNullRejected(() -> a.frontMatter().get(null), "key");
    assertNullRejected(() -> a.frontMatter().locationOf(null), "pointer");
    assertNullRejected(() -> new Value.Text(null), "value");
    assertNullRejected(() -> new Value.Int(null), "value");
    assertNullRejected(() -> new Value.Date(null), "value");
    assertNullRejected(() -> new Thumbnail(null, List.of()), "src");
    assertNullRejected(() -> new Location(null, 1, 1), "source");
    assertNullRejected(() -> new ArticleException(null), "problems");
    Location at = new Location("a.md", 1, 1);
    assertNullRejected(
        () -> new Problem(null, Problem.Severity.ERROR, "", at, "m", ""), "rule");
    assertNullRejected(() -> new Problem("r", null, "", at, "m", ""), "severity");
    assertNullRejected(() -> new Problem("r", Problem.Severity.ERROR, null, at, "m", ""),
        "path");
    assertNullRejected(() -> new Problem("r", Problem.Severity.ERROR, "", null, "m", ""),
        "location");
    assertNullRejected(() -> new Problem("r", Problem.Severity.ERROR, "", at, null, ""),
        "message");
    assertNullRejected(() -> new Problem("r", Problem.Severity.ERROR, "", at, "m", null),
        "excerpt");
  }

  private static void assertNullRejected(ThrowingCallable call, String name) {
    assertThatNullPointerException().isThrownBy(call).withMessage(name + " must not be null");
  }

  @Test
  void impossibleLocationsAndEmptyProblemListsAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Location("a.md", 0, 1))
        .withMessage("line must be at least 1 but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new Location("a.md", 1, 0))
        .withMessage("column must be at least 1 but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> new ArticleException(List.of()))
        .withMessage("problems must not be empty");
  }

  // ---- immutability -------------------------------------------------------------------

  @Test
  void returnedListsAndMapsAreUnmodifiable() {
    Article a = article();
    FrontMatter fm = a.frontMatter();
    Menu menu = a.menu().orElseThrow();
    Thumbnail thumbnail = a.thumbnail().orElseThrow();
    Value.Mapping author = (Value.Mapping) a.extras().get("author");

    assertUnmodifiable(a.tags());
    assertUnmodifiable(a.categories());
    assertUnmodifiable(a.aliases()); // absent: an empty list, still unmodifiable
    assertUnmodifiable(a.problems());
    assertUnmodifiable(fm.values());
    assertUnmodifiable(a.extras());
    assertUnmodifiable(menu.entries());
    assertUnmodifiable(menu.entries().get("main"));
    assertUnmodifiable(menu.names());
    assertUnmodifiable(thumbnail.visibility());
    assertUnmodifiable(author.entries());
    assertUnmodifiable(((Value.Sequence) author.entries().get("links")).items());
    assertUnmodifiable(ArticleParser.defaults().markdownExtensions());
    ArticleException e = new ArticleException(a.problems());
    assertUnmodifiable(e.problems());
  }

  private static void assertUnmodifiable(Collection<?> c) {
    assertThatThrownBy(c::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  private static void assertUnmodifiable(Map<?, ?> m) {
    assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void valuesCopyTheCollectionsTheyAreGiven() {
    List<Value> items = new ArrayList<>(List.of(new Value.Text("a")));
    Value.Sequence seq = new Value.Sequence(items);
    List<String> visibility = new ArrayList<>(List.of("list"));
    Thumbnail thumbnail = new Thumbnail("a.jpg", visibility);

    items.add(new Value.Text("b"));
    visibility.add("post");

    assertThat(seq.items()).containsExactly(new Value.Text("a"));
    assertThat(thumbnail.visibility()).containsExactly("list");
  }

  @Test
  void mappingsKeepTheirKeysInFileOrder() {
    Article a = Articles.parse("---\nz: 1\nb: 2\ny: 3\na: 4\ntitle: t\nc: 5\n---\n", "a.md");

    assertThat(a.frontMatter().values().keySet()).containsExactly("z", "b", "y", "a", "title",
        "c");
    assertThat(a.extras().keySet()).containsExactly("z", "b", "y", "a", "c");
  }

  // ---- equality -----------------------------------------------------------------------

  @Test
  void sameContentFromTextAndFromBytesIsEqual() {
    Article fromText = Articles.parse(ARTICLE, "one.md");
    Article fromBytes = Articles.parse(ARTICLE.getBytes(UTF_8), "two.md");

    assertThat(fromText).isEqualTo(fromBytes);
    assertThat(fromText.hashCode()).isEqualTo(fromBytes.hashCode());
  }

  @Test
  void spellingOfTheFrontMatterDoesNotMatterToEquality() {
    Article plain = Articles.parse("---\ntitle: Hello\ntags: [a, b]\nn: 1\n---\nBody\n", "a.md");
    Article quoted = Articles.parse(
        "---\n# a comment\nn: 0x1\ntags:\n  - 'a'\n  - \"b\"\ntitle: \"Hello\"\n---\nBody\n",
        "b.md");

    assertThat(plain).isEqualTo(quoted);
    assertThat(plain.hashCode()).isEqualTo(quoted.hashCode());
  }

  @Test
  void differentBodyOrValueOrFormatIsNotEqual() {
    Article a = Articles.parse("---\ntitle: Hello\n---\nBody\n", "a.md");

    assertThat(a).isNotEqualTo(Articles.parse("---\ntitle: Hello\n---\nBody!\n", "a.md"));
    assertThat(a).isNotEqualTo(Articles.parse("---\ntitle: Hello\n---\nBody\n\n", "a.md"));
    assertThat(a).isNotEqualTo(Articles.parse("---\ntitle: Hello!\n---\nBody\n", "a.md"));
    assertThat(a).isNotEqualTo(Articles.parse("---\ntitle: 'Hello'\nx: 1\n---\nBody\n", "a.md"));
    // a number is not the same value as the text of that number
    assertThat(Articles.parse("---\nn: 1\n---\n", "a.md"))
        .isNotEqualTo(Articles.parse("---\nn: '1'\n---\n", "a.md"));
    // empty YAML front matter is not the same as none
    assertThat(Articles.parse("---\n---\nBody\n", "a.md"))
        .isNotEqualTo(Articles.parse("Body\n", "a.md"));
  }

  // ---- bytes and files ----------------------------------------------------------------

  @Test
  void textWithALeadingByteOrderMarkIsWrittenBackWithIt() {
    String text = "---\ntitle: x\n---\nBody\n";

    Article a = Articles.parse("\uFEFF" + text, "a.md");

    assertThat(a.hasByteOrderMark()).isTrue();
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.title()).contains("x");
    byte[] expected = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(UTF_8));
    assertThat(Articles.toBytes(a)).isEqualTo(expected);
    assertThat(Articles.parse(expected, "a.md").hasByteOrderMark()).isTrue();
    assertThat(Articles.toBytes(Articles.parse(text, "a.md"))).isEqualTo(text.getBytes(UTF_8));
  }

  @Test
  void toBytesReturnsACopyEachTime() {
    byte[] bytes = ARTICLE.getBytes(UTF_8);
    Article a = Articles.parse(bytes, "a.md");

    Articles.toBytes(a)[0] = 'X';

    assertThat(Articles.toBytes(a)).isEqualTo(bytes);
  }

  @Test
  void streamIsReadToItsEndAndNotClosed() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(ARTICLE.getBytes(UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };

    Article a = Articles.parse(in, "a.md");

    assertThat(a).isEqualTo(article());
    assertThat(in.read()).isEqualTo(-1);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void writeWritesExactlyToBytesAndReplacesAnExistingFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("post.md");
    Article first = Articles.parse("---\r\ntitle: First\r\n---\r\nOne\r\n", "x");
    Article second = Articles.parse("\uFEFF---\ntitle: Second\n---\nTwo", "y");

    Articles.write(first, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(Articles.toBytes(first));

    Articles.write(second, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(Articles.toBytes(second));
    assertThat(Articles.parse(file)).isEqualTo(second);
    assertThat(Articles.parse(file).sourceName()).isEqualTo(file.toString());
    try (var files = Files.list(dir)) {
      assertThat(files).as("no temporary file is left behind").containsExactly(file);
    }
  }

  @Test
  void writeKeepsTheFilePermissionsAndFollowsSymbolicLinks(@TempDir Path dir)
      throws IOException {
    assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
        "needs a POSIX file system");
    Path target = dir.resolve("real.md");
    Path link = dir.resolve("link.md");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    Files.createSymbolicLink(link, target);
    Article a = article();

    Articles.write(a, link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllBytes(target)).isEqualTo(Articles.toBytes(a));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-------");
  }

  // ---- positions ----------------------------------------------------------------------

  @Test
  void bodyNodesHaveOffsetsAndLineNumbersOfTheWholeFile() {
    Article a = article();
    Document body = a.body();
    Node heading = body.getFirstChild();
    Node paragraph = heading.getNext();

    assertThat(heading).isInstanceOf(Heading.class);
    assertThat(heading.getStartOffset()).isEqualTo(ARTICLE.indexOf("# Heading"));
    assertThat(heading.getStartOffset()).isEqualTo(ARTICLE.length() - a.bodyText().length());
    assertThat(heading.getLineNumber()).isEqualTo(11); // 0-based: the 12th line of the file
    assertThat(a.bodyLine()).isEqualTo(12);
    assertThat(paragraph).isInstanceOf(Paragraph.class);
    assertThat(paragraph.getStartOffset()).isEqualTo(ARTICLE.indexOf("Body text."));
    assertThat(paragraph.getLineNumber()).isEqualTo(13);
    assertThat(paragraph.getChars().toString()).isEqualTo("Body text.\n");
  }

  @Test
  void bodyOffsetsDoNotCountTheByteOrderMarkAndCountCrlfAsTwoChars() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "---\r\ntitle: x\r\n---\r\n\r\nFirst \uD83D\uDE00\r\n\r\nSecond\r\n".getBytes(UTF_8));

    Article a = Articles.parse(bytes, "a.md");
    Node first = a.body().getFirstChild();
    Node second = first.getNext();

    assertThat(first.getStartOffset()).isEqualTo(a.text().indexOf("First"));
    assertThat(first.getLineNumber()).isEqualTo(4);
    assertThat(second.getStartOffset()).isEqualTo(a.text().indexOf("Second"));
    assertThat(second.getLineNumber()).isEqualTo(6);
  }

  @Test
  void locationOfPointsAtTheValueInTheFile() {
    String text = "---\ntitle: x\ntags:\n  - one\n  - two\n"
        + "emoji: [a, \uD83D\uDE00, c]\nmenu:\n  main:\n    weight: 10\n"
        + "\"a/b\": {\"c~d\": 1}\n---\n";
    FrontMatter fm = Articles.parse(text, "a.md").frontMatter();

    assertThat(fm.locationOf("/title")).contains(new Location("a.md", 2, 8));
    assertThat(fm.locationOf("/tags/1")).contains(new Location("a.md", 5, 5));
    // the emoji is two UTF-16 units (columns 12 and 13): "c" is at column 16, not 15
    assertThat(fm.locationOf("/emoji/2")).contains(new Location("a.md", 6, 16));
    assertThat(fm.locationOf("/menu/main/weight")).contains(new Location("a.md", 9, 13));
    // JSON Pointer escapes: "/" is ~1 and "~" is ~0
    assertThat(fm.locationOf("/a~1b/c~0d")).contains(new Location("a.md", 10, 16));
    assertThat(fm.locationOf("/tags/2")).isEmpty();
    assertThat(fm.locationOf("/nope")).isEmpty();
  }

  // ---- options ------------------------------------------------------------------------

  @Test
  void parserWithoutExtensionsReadsATableAsAParagraph() {
    String text = "---\ntitle: t\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    ArticleParser plain = ArticleParser.builder().markdownExtensions(Set.of()).build();

    Article withDefaults = ArticleParser.defaults().parse(text, "a.md");
    Article withNone = plain.parse(text, "a.md");

    assertThat(plain.markdownExtensions()).isEmpty();
    assertThat(ArticleParser.defaults().markdownExtensions())
        .containsExactlyInAnyOrder(MarkdownExtension.values());
    assertThat(nodes(withDefaults.body())).anyMatch(TableBlock.class::isInstance);
    assertThat(nodes(withNone.body())).noneMatch(TableBlock.class::isInstance);
    assertThat(withNone.body().getFirstChild()).isInstanceOf(Paragraph.class);
    assertThat(withNone).isEqualTo(withDefaults); // same text and values
  }

  @Test
  void builderStartsFromTheDefaultsAndIsNotChangedByItsArgumentLater() {
    Set<MarkdownExtension> chosen = new java.util.HashSet<>(Set.of(MarkdownExtension.TABLES));
    ArticleParser.Builder builder = ArticleParser.builder().markdownExtensions(chosen);

    chosen.add(MarkdownExtension.FOOTNOTES);

    assertThat(ArticleParser.builder().build().markdownExtensions())
        .isEqualTo(ArticleParser.defaults().markdownExtensions());
    assertThat(builder.build().markdownExtensions()).containsExactly(MarkdownExtension.TABLES);
  }

  private static List<Node> nodes(Document d) {
    return StreamSupport.stream(d.getDescendants().spliterator(), false).toList();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
