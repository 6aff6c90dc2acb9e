package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code parseFrontMatter} (formerly {@code readFrontMatter}) gives what {@code
 * parse(...).frontMatter()} gives, and the same
 * errors, from a path, bytes or text, while reading only up to the end of the front matter.
 */
class ReadFrontMatterTest {

  /** Every corpus file, from disk, from bytes and from text, against the full parse. */
  @Test
  void everyCorpusFileReadsAsTheFullParseReadsIt() throws IOException {
    List<String> differ = new ArrayList<>();
    int same = 0;
    int sameError = 0;
    int bodyEncoding = 0;
    for (Shared.Entry e : Shared.manifest()) {
      Path path = Shared.corpus().resolve(e.relative());
      byte[] bytes = Files.readAllBytes(path);
      String text = new String(bytes, StandardCharsets.UTF_8);
      Object full = outcome(() -> Articles.parse(bytes, path.toString()).frontMatter());
      Object fromPath = outcome(() -> Articles.parseFrontMatter(path));
      Object fromBytes = outcome(() -> Articles.parseFrontMatter(bytes, path.toString()));
      Object fullText = outcome(() -> Articles.parse(text, path.toString()).frontMatter());
      Object fromText = outcome(() -> Articles.parseFrontMatter(text, path.toString()));
      if (full instanceof Described d && d.error() && d.what().contains("[encoding]")
          && !((Described) fromPath).error() && fromPath.equals(fromBytes)
          && fullText.equals(fromText) && encodingErrorLine(bytes) >= bodyLine(text)) {
        bodyEncoding++; // documented: a body that is not UTF-8 is not read, so not seen
      } else if (!full.equals(fromPath) || !full.equals(fromBytes)
          || !fullText.equals(fromText)) {
        differ.add(e.relative() + ": " + full + " / " + fromPath);
      } else if (full instanceof Described d && d.error()) {
        sameError++;
      } else {
        same++;
      }
    }
    System.out.printf("readFrontMatter on the corpus: %d same front matter, %d same errors,"
        + " %d with bad UTF-8 in the body only%n", same, sameError, bodyEncoding);
    assertThat(differ).isEmpty();
    assertThat(bodyEncoding).isLessThan(3);
    assertThat(same).isGreaterThan(2900);
    assertThat(sameError).isPositive();
  }

  /** The 1-based line of the file on which the body starts. */
  static int bodyLine(String text) {
    return Articles.parse(text, "x").bodyLine();
  }

  static int encodingErrorLine(byte[] bytes) {
    return catchThrowableOfType(ArticleException.class, () -> Articles.parse(bytes, "x")).line();
  }

  /** Front matter and errors as compared: values, text, format, every location; or problems. */
  record Described(boolean error, String what) {}

  interface Read {
    FrontMatter get() throws IOException;
  }

  static Described outcome(Read read) {
    try {
      FrontMatter fm = read.get();
      StringBuilder s = new StringBuilder();
      s.append(fm.format()).append(' ').append(fm.values()).append("\ntext=").append(fm.text())
          .append("\ntitle=").append(fm.title()).append(" date=").append(fm.date())
          .append(" tags=").append(fm.tags()).append(" menu=").append(fm.menu());
      pointers("", fm.values(), fm, s);
      return new Described(false, s.toString());
    } catch (ArticleException e) {
      return new Described(true, e.getMessage());
    } catch (IOException e) {
      return new Described(true, "I/O: " + e);
    }
  }

  /** Appends the location of every value, nested ones included. */
  static void pointers(String base, Object value, FrontMatter fm, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        String p = base + "/" + k.toString().replace("~", "~0").replace("/", "~1");
        out.append('\n').append(p).append(" @ ").append(fm.locationOf(p));
        pointers(p, v instanceof Value.Mapping m ? m.entries()
            : v instanceof Value.Sequence s ? s.items() : null, fm, out);
      });
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        String p = base + "/" + i;
        Object v = list.get(i);
        out.append('\n').append(p).append(" @ ").append(fm.locationOf(p));
        pointers(p, v instanceof Value.Mapping m ? m.entries()
            : v instanceof Value.Sequence s ? s.items() : null, fm, out);
      }
    }
  }

  /** Fences, forms and errors at the edges, each compared with the full parse. */
  static Stream<String> edges() {
    String body = "\nBody text.\n\n---\n\nMore {braces} and \"quotes\".\n";
    return Stream.of(
        "---\ntitle: A\n---" + body,
        "---\r\ntitle: A\r\n---\r\n\r\nCRLF body\r\n",
        "\uFEFF---\ntitle: BOM\n---" + body,
        "---  \t\ntitle: blanks\n---\t \n" + body,
        "---\ntitle: dots\n...\n" + body,
        "---yaml\ntitle: tagged\n---" + body,
        "---\ntitle: no final newline\n---",
        "---\ntitle: no body\n---\n",
        "---\n---\n",
        "---\n",
        "",
        "-",
        "--",
        "----\ntitle: not front matter\n----\n",
        "--- text\ntitle: x\n---\n",
        "--- text more\ntitle: x\n---\n",
        "---coffee\ntitle: x\n---\n",
        "--- 1\ntitle: x\n---\n",
        "---\u00e9t\u00e9\ntitle: x\n---\n",
        "---\ntitle: unclosed\n" + body.replace("---", "- - -"),
        "---\ntitle: 'closing fence with text' \n--- x\n---\n" + body,
        "---\ntitle: A\n---\r\n" + body,
        "---\ntitle: a\ntitle: b\n---\n" + body,
        "---\ndate: 2025-02-30\n---\n" + body,
        "---\ntags: [a, {b: 1}]\n---\n" + body,
        "---\n[not a mapping]\n---\n" + body,
        "---\ntitle: \"bad: \t\u0001\"\n---\n" + body,
        "+++\ntitle = \"T\"\n+++\n" + body,
        "+++\ntitle = \"---\"\n---\n...\n+++\n" + body,
        "+++  \ntitle = \"T\"\n+++ \t\n" + body,
        "+++ toml\ntitle = \"T\"\n+++\n" + body,
        "+++\ntitle = \"unclosed\"\n" + body,
        "+++\ntitle = \"T\"\ntitle = \"U\"\n+++\n" + body,
        "---json\n{\"title\": \"J\"}\n---\n" + body,
        "---json\n{\"title\": \"J\"}\n...\n---\n" + body,
        "{\"title\": \"hugo {json}\", \"x\": \"\\\"}\"}\n" + body,
        "{\n  \"title\": \"on\",\n  \"tags\": [\"a\"]\n}   trailing text\n" + body,
        "{\"title\": \"A\"}",
        "{\"title\": \"A\"}\r\n\r\nbody",
        "{ }",
        "{\"title\": \"unbalanced\"\n" + body,
        "{{< figure src=\"x.png\" >}}\n" + body,
        "{ not json }\n" + body,
        "{\u3000\"title\": \"ideographic space\"}\n" + body,
        "No front matter at all.\n" + body,
        "x".repeat(10_000) + "\n" + body,
        "\u4e2d".repeat(5_000) + body);
  }

  @ParameterizedTest
  @MethodSource("edges")
  void edgeCasesReadAsTheFullParseReadsThem(String text, @TempDir Path tmp) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path path = tmp.resolve("a.md");
    Files.write(path, bytes);
    for (ArticleParser parser : List.of(ArticleParser.defaults(),
        ArticleParser.builder().warningsAsErrors(true).build())) {
      Described full = outcome(() -> parser.parse(bytes, path.toString()).frontMatter());
      assertThat(outcome(() -> parser.parseFrontMatter(path))).isEqualTo(full);
      assertThat(outcome(() -> parser.parseFrontMatter(bytes, path.toString()))).isEqualTo(full);
      assertThat(outcome(() -> parser.parseFrontMatter(text, path.toString())))
          .isEqualTo(outcome(() -> parser.parse(text, path.toString()).frontMatter()));
    }
  }

  @Test
  void badUtf8InTheFrontMatterIsTheSameErrorAsParse() {
    byte[] bytes = "---\ntitle: caf\u00e9\n---\nbody\n".getBytes(StandardCharsets.UTF_8);
    bytes[14] = (byte) 0xFF; // inside the title
    ArticleException full = catchThrowableOfType(ArticleException.class,
        () -> Articles.parse(bytes, "a.md"));
    ArticleException fm = catchThrowableOfType(ArticleException.class,
        () -> Articles.parseFrontMatter(bytes, "a.md"));
    assertThat(full.problems().get(0).rule()).isEqualTo("encoding");
    assertThat(fm.problems()).isEqualTo(full.problems());
  }

  @Test
  void utf16FileIsTheSameErrorAsParse() {
    byte[] bytes = "\uFEFF---\ntitle: x\n---\n".getBytes(StandardCharsets.UTF_16BE);
    ArticleException full = catchThrowableOfType(ArticleException.class,
        () -> Articles.parse(bytes, "a.md"));
    assertThat(catchThrowableOfType(ArticleException.class,
        () -> Articles.parseFrontMatter(bytes, "a.md")).problems()).isEqualTo(full.problems());
  }

  /** Documented: the body is not read, so its encoding is not checked either. */
  @Test
  void badUtf8InTheBodyIsNotSeen() {
    byte[] bytes = "---\ntitle: T\n---\nbody \u00e9\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xFF;
    assertThatThrownBy(() -> Articles.parse(bytes, "a.md")).isInstanceOf(ArticleException.class)
        .hasMessageContaining("[encoding]");
    assertThat(Articles.parseFrontMatter(bytes, "a.md").title()).contains("T");
  }

  @Test
  void locationsAreThoseOfTheFile() {
    FrontMatter fm = Articles.parseFrontMatter("\uFEFF---\r\ntitle: A\r\ntags:\r\n  - x\r\n"
        + "---\r\nbody\r\n", "a.md");
    assertThat(fm.locationOf("/tags/0")).contains(new Location("a.md", 4, 5));
    assertThat(fm.text()).isEqualTo("title: A\r\ntags:\r\n  - x\r\n");
  }

  @Test
  void missingFileIsAnIoException(@TempDir Path tmp) {
    assertThatThrownBy(() -> Articles.parseFrontMatter(tmp.resolve("none.md")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> Articles.parseFrontMatter((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("path must not be null");
    assertThatThrownBy(() -> Articles.parseFrontMatter((byte[]) null, "a"))
        .isInstanceOf(NullPointerException.class).hasMessage("bytes must not be null");
    assertThatThrownBy(() -> Articles.parseFrontMatter("", null))
        .isInstanceOf(NullPointerException.class).hasMessage("sourceName must not be null");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedReadFrontMatterIsParseFrontMatter(@TempDir Path tmp) throws IOException {
    String text = "---\ntitle: T\ntags: [a]\n---\nbody\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(tmp.resolve("a.md"), bytes);
    FrontMatter fm = Articles.parseFrontMatter(text, "a.md");
    assertThat(Articles.readFrontMatter(text, "a.md")).isEqualTo(fm);
    assertThat(Articles.readFrontMatter(bytes, "a.md")).isEqualTo(fm);
    assertThat(Articles.readFrontMatter(file)).isEqualTo(fm);
    ArticleParser parser = ArticleParser.defaults();
    assertThat(parser.readFrontMatter(text, "a.md")).isEqualTo(fm);
    assertThat(parser.readFrontMatter(bytes, "a.md")).isEqualTo(fm);
    assertThat(parser.readFrontMatter(file)).isEqualTo(fm);
    assertThatThrownBy(() -> Articles.readFrontMatter("---\ntitle: [\n---\n", "b.md"))
        .isInstanceOf(ArticleException.class);
  }
}
