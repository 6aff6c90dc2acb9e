package io.github.frontmatter.articles.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the walker says about the names it does not take: links that cannot be followed. */
class WalkTest {

  private static void link(Path link, String target) throws IOException {
    try {
      Files.createSymbolicLink(link, Path.of(target));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here: " + e);
    }
  }

  private static List<String> reasons(Walk walk) {
    return walk.skipped().stream().map(s -> s.path().getFileName() + ": " + s.reason())
        .toList();
  }

  @Test
  void aLoopOfSymbolicLinksIsReportedAsALoopNamingItsLinks(@TempDir Path root)
      throws IOException {
    Files.writeString(root.resolve("a.md"), "# A\n");
    link(root.resolve("b-loop.md"), "c-loop.md");
    link(root.resolve("c-loop.md"), "b-loop.md");
    link(root.resolve("d-self.md"), "d-self.md");
    Walk walk = Walk.of(root);
    assertThat(walk.files()).containsExactly(root.resolve("a.md"));
    assertThat(reasons(walk)).containsExactly(
        "b-loop.md: skipped, a loop of symbolic links (b-loop.md -> c-loop.md -> b-loop.md)",
        "c-loop.md: skipped, a loop of symbolic links (c-loop.md -> b-loop.md -> c-loop.md)",
        "d-self.md: skipped, a loop of symbolic links (d-self.md -> d-self.md)");
    assertThat(walk.skipped()).allSatisfy(s -> {
      assertThat(s.failure()).as("not followed on purpose, not a read error").isFalse();
      assertThat(s.error()).isInstanceOf(FileSystemException.class)
          .isNotInstanceOf(NoSuchFileException.class);
    });
  }

  @Test
  void aBrokenLinkNamesItsTargetAndStaysANoSuchFileException(@TempDir Path root)
      throws IOException {
    link(root.resolve("a.md"), "b.md");
    link(root.resolve("b.md"), "gone/c.md");
    Walk walk = Walk.of(root);
    assertThat(walk.files()).isEmpty();
    assertThat(reasons(walk)).containsExactly(
        "a.md: skipped, a broken symbolic link (a.md -> b.md -> gone/c.md, which does not"
            + " exist)",
        "b.md: skipped, a broken symbolic link (b.md -> gone/c.md, which does not exist)");
    assertThat(walk.skipped().get(0).error()).isInstanceOf(NoSuchFileException.class);
  }

  /** Linux gives up after 40 links (ELOOP) even without a loop; the message says which. */
  @Test
  void aChainLongerThanTheKernelFollowsIsNotCalledALoop(@TempDir Path root)
      throws IOException {
    Files.writeString(root.resolve("end.txt"), "# End\n");
    link(root.resolve("l0.md"), "l1");
    for (int i = 1; i < 45; i++) {
      link(root.resolve("l" + i), i == 44 ? "end.txt" : "l" + (i + 1));
    }
    Walk walk = Walk.of(root);
    assertThat(walk.files()).isEmpty();
    assertThat(reasons(walk)).containsExactly(
        "l0.md: skipped, a chain of more than 40 symbolic links");
  }

  /** The reasons the JDK leaves out of its messages, which only name the path. */
  @Test
  void reasonsSayWhatHappenedAndNameOnlyOtherFiles() {
    assertThat(FileErrors.reason(new AccessDeniedException("site/./x"), "site/x"))
        .isEqualTo("permission denied");
    assertThat(FileErrors.reason(new NoSuchFileException("x"), "x"))
        .isEqualTo("no such file or directory");
    assertThat(FileErrors.reason(new FileSystemException("x", null, "Too many open files"),
        "x")).isEqualTo("too many open files");
    assertThat(FileErrors.reason(new FileSystemException("/t/x", "/t/.x.tmp", "No space"),
        "/t/x")).isEqualTo("/t/.x.tmp: no space");
    assertThat(FileErrors.reason(new IOException("Input/output error"), "x"))
        .isEqualTo("Input/output error");
  }
}
