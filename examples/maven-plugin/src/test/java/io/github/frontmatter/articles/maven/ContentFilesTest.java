package io.github.frontmatter.articles.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFilesTest {
  @TempDir Path root;

  @BeforeEach
  void files() throws IOException {
    for (String f : List.of("README.md", "post/b.md", "post/a.markdown", "post/c.txt",
        "notes/todo.md", "post/deep/d.md", ".git/x.md")) {
      Path p = root.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
    }
  }

  private List<String> relative(List<Path> found) {
    return found.stream().map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
  }

  @Test
  void byDefaultEveryMarkdownFileInPathOrderButVersionControl() {
    assertThat(relative(ContentFiles.find(List.of(root), null, null))).containsExactly(
        "README.md", "notes/todo.md", "post/a.markdown", "post/b.md", "post/deep/d.md");
  }

  @Test
  void excludesLeaveFilesOutAtAnyDepthOrUnderAFolder() {
    assertThat(relative(ContentFiles.find(List.of(root), List.of(),
        List.of("**/README.md", "notes/**", "**/deep/**"))))
        .containsExactly("post/a.markdown", "post/b.md");
  }

  @Test
  void includesReplaceTheDefaults() {
    assertThat(relative(ContentFiles.find(List.of(root), List.of("post/*.md"), null)))
        .containsExactly("post/b.md");
  }

  @Test
  void overlappingDirectoriesGiveEachFileOnce() {
    assertThat(relative(ContentFiles.find(List.of(root.resolve("post"), root), null,
        List.of("README.md"))))
        .containsExactly("notes/todo.md", "post/a.markdown", "post/b.md", "post/deep/d.md");
  }
}
