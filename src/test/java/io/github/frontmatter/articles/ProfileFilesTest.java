package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files each profile's {@code parseAll} reads (docs/profiles.md, "Files"): {@code .mdx}
 * under Astro and Docusaurus, Jekyll's and Astro's other Markdown extensions, no {@code
 * _}-prefixed partials under Docusaurus (files and folders) and Astro (files); and the
 * {@code .mdx} pages of the shared Starlight site: front matter read, the body (JSX kept as
 * Markdown text and HTML blocks) parsed and rendered without a failure, every file written
 * back byte for byte.
 */
class ProfileFilesTest {

  @Test
  void eachProfileWalksTheFilesItsGeneratorReads(@TempDir Path dir) throws IOException {
    for (String name : List.of("a.md", "b.markdown", "c.mdx", "d.mkd", "e.mdown", "f.txt",
        "_partial.md", "_dir/g.md", "h.test.md", "sub/i.mkdn", "sub/_j.mdx")) {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "---\ntitle: " + name + "\n---\nBody\n");
    }
    Map<Profile, List<String>> expected = Map.of(
        Profile.HUGO, List.of("_dir/g.md", "_partial.md", "a.md", "b.markdown", "h.test.md"),
        Profile.JEKYLL, List.of("_dir/g.md", "_partial.md", "a.md", "b.markdown", "d.mkd",
            "h.test.md", "sub/i.mkdn"),
        Profile.ZOLA, List.of("_dir/g.md", "_partial.md", "a.md", "h.test.md"),
        Profile.ELEVENTY, List.of("_dir/g.md", "_partial.md", "a.md", "h.test.md"),
        Profile.ASTRO, List.of("_dir/g.md", "a.md", "b.markdown", "c.mdx", "d.mkd", "e.mdown",
            "h.test.md", "sub/i.mkdn"),
        Profile.DOCUSAURUS, List.of("a.md", "c.mdx"));
    for (Profile profile : Profile.values()) {
      ArticleParser parser = ArticleParser.builder().profile(profile).build();
      List<String> read = new ArrayList<>();
      try (Stream<FileResult> files = parser.parseAll(dir, 1)) {
        files.forEach(f -> {
          assertThat(f.problems()).as(f.path().toString())
              .noneMatch(p -> p.severity() == Problem.Severity.ERROR);
          read.add(dir.relativize(f.path()).toString().replace('\\', '/'));
        });
      }
      assertThat(read).as(profile.toString()).containsExactlyElementsOf(expected.get(profile));
    }
  }

  @Test
  void theStarlightMdxPagesReadRenderAndWriteBack() throws IOException {
    Path docs = Shared.dir().resolve("sites/starlight-docs/docs/src/content/docs");
    ArticleParser parser = ArticleParser.builder().profile(Profile.ASTRO).build();
    int mdx = 0;
    try (Stream<FileResult> files = parser.parseAll(docs, 2)) {
      for (FileResult f : (Iterable<FileResult>) files::iterator) {
        if (!f.path().toString().endsWith(".mdx")) {
          continue;
        }
        assertThat(f.article()).as(f.path().toString()).isPresent();
        Article a = f.article().get();
        assertThat(a.format()).as(f.path().toString()).isEqualTo(Format.YAML);
        assertThat(Articles.toBytes(a)).isEqualTo(Files.readAllBytes(f.path()));
        assertThat(a.html()).isNotNull();
        mdx++;
      }
    }
    assertThat(mdx).isGreaterThan(100);
  }
}
