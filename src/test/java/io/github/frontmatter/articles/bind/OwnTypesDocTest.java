package io.github.frontmatter.articles.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/own-types.md shows the problems of a broken file and the schema of its example record
 * as this library prints them: both blocks are compared with what the code prints now, so
 * that the page cannot fall behind.
 */
class OwnTypesDocTest {
  private static final Path DOC =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("docs/own-types.md");

  static String printedProblems() throws IOException {
    byte[] bytes = OwnTypesDocTest.class.getResourceAsStream("/bind-docs/broken.md").readAllBytes();
    return FrontMatterType.of(BindTypes.Post.class)
        .bind(ArticleParser.defaults().read(bytes, "content/post/broken.md")).problems()
        .stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  private static String block(String doc, String marker) {
    Matcher m = Pattern.compile("<!-- " + marker + " -->\\s*```[a-z]*\\n(.*?)\\n```",
        Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("docs/own-types.md has a block marked " + marker).isTrue();
    return m.group(1);
  }

  @Test
  void theProblemsAndTheSchemaInTheDocsAreWhatTheCodePrints() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    assertThat(block(doc, "problems")).isEqualTo(printedProblems());
    assertThat(block(doc, "schema")).isEqualTo(FrontMatterType.of(BindTypes.Post.class)
        .jsonSchema());
    assertThat(block(doc, "broken")).isEqualTo(new String(OwnTypesDocTest.class
        .getResourceAsStream("/bind-docs/broken.md").readAllBytes(), StandardCharsets.UTF_8)
        .stripTrailing());
  }
}
