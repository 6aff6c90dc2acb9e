package io.github.frontmatter.articles.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.FileResult;
import io.github.frontmatter.articles.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
    assertThat(relative(ContentFiles.find(List.of(root), Profile.HUGO, null, null))).containsExactly(
        "README.md", "notes/todo.md", "post/a.markdown", "post/b.md", "post/deep/d.md");
  }

  @Test
  void excludesLeaveFilesOutAtAnyDepthOrUnderAFolder() {
    assertThat(relative(ContentFiles.find(List.of(root), Profile.HUGO, List.of(),
        List.of("**/README.md", "notes/**", "**/deep/**"))))
        .containsExactly("post/a.markdown", "post/b.md");
  }

  @Test
  void includesReplaceTheDefaults() {
    assertThat(relative(ContentFiles.find(List.of(root), Profile.HUGO, List.of("post/*.md"), null)))
        .containsExactly("post/b.md");
  }

  @Test
  void overlappingDirectoriesGiveEachFileOnce() {
    assertThat(relative(ContentFiles.find(List.of(root.resolve("post"), root), Profile.HUGO, null,
        List.of("README.md"))))
        .containsExactly("notes/todo.md", "post/a.markdown", "post/b.md", "post/deep/d.md");
  }

  /**
   * For each profile, the default patterns pick what the library's own walk picks for it
   * (extensions, partials, test files), on names chosen to tell the profiles apart.
   */
  @ParameterizedTest
  @EnumSource(Profile.class)
  void byDefaultTheFilesTheLibraryWalksForTheProfile(Profile profile, @TempDir Path site)
      throws IOException {
    for (String f : List.of("a.md", "b.markdown", "c.mdx", "d.mkd", "e.mkdn", "f.mkdown",
        "g.mdown", "h.mdwn", "i.txt", "_partial.md", "docs/_partial.mdx", "_folder/j.md",
        "docs/k.test.md", "docs/deep/l.md", "docs/README.MD")) {
      Path p = site.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "---\ntitle: T\n---\n");
    }
    List<Path> library;
    try (Stream<FileResult> all = ArticleParser.builder().profile(profile).build()
        .parseAll(site, 1)) {
      library = all.map(r -> r.path().toAbsolutePath().normalize()).sorted().toList();
    }
    assertThat(ContentFiles.find(List.of(site), profile, null, null))
        .as(profile.toString()).containsExactlyElementsOf(library).isNotEmpty();
  }
}
