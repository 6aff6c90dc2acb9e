package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the exported packages says since when it exists ({@code @since}); the
 * Javadoc build (doclint, failOnWarnings) checks that every public member is documented.
 */
class ApiDocumentationTest {
  private static final Path MAIN =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/main/java");
  /** A type declaration: top-level public, or nested public (or implicitly public in an interface). */
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(\\s*)(public\\s+)?(static\\s+)?(final\\s+)?(sealed\\s+)?(class|record|enum|interface)"
          + "\\s+(\\w+)");

  @Test
  void everyPublicTypeOfTheApiHasSince() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String pkg : List.of("io/github/frontmatter/articles",
        "io/github/frontmatter/articles/jackson")) {
      try (Stream<Path> s = Files.list(MAIN.resolve(pkg))) {
        s.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
      }
    }
    assertThat(files).hasSizeGreaterThan(15);
    List<String> missing = new ArrayList<>();
    int types = 0;
    for (Path f : files) {
      String src = Files.readString(f);
      Matcher m = TYPE.matcher(src);
      while (m.find()) {
        boolean topLevel = m.group(1).isEmpty();
        boolean inInterface = src.substring(0, m.start()).contains("interface Value");
        if (m.group(2) == null && !(inInterface && !topLevel)) {
          continue; // package-private
        }
        types++;
        String before = src.substring(0, m.start()).stripTrailing();
        int docEnd = before.lastIndexOf("*/");
        int docStart = before.lastIndexOf("/**");
        String between = docEnd < 0 ? "x" : before.substring(docEnd + 2).replaceAll(
            "(?m)^\\s*@\\w+(\\([^)]*\\))?\\s*$", "").replaceAll("(?s)permits.*", "").strip();
        if (docStart < 0 || docEnd < docStart || !between.isEmpty()
            || !before.substring(docStart, docEnd).matches("(?s).*@since 0\\.\\d+\\.\\d+\\b.*")) {
          missing.add(f.getFileName() + ": " + m.group(7));
        }
      }
    }
    assertThat(types).isGreaterThan(25);
    assertThat(missing).isEmpty();
  }
}
