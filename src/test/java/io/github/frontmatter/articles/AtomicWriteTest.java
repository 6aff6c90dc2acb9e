package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles.write replaces the file atomically: a crash or a failure leaves the original. */
class AtomicWriteTest {
  private static final String ORIGINAL = "---\ntitle: Original\n---\nOld body.\n";
  private static final String EDITED = "---\ntitle: Edited\n---\nNew body, longer than the old.\n";

  /** Run in a child JVM: writes, but stops for good between writing and replacing. */
  public static final class WriteAndHang {
    public static void main(String[] args) throws Exception {
      Path target = Path.of(args[0]);
      Path marker = Path.of(args[1]);
      Articles.beforeReplace = () -> {
        try {
          Files.createFile(marker);
          Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };
      Articles.write(Articles.parse(EDITED, target.toString()), target);
    }
  }

  @Test
  void aProcessKilledBetweenWritingAndReplacingLeavesTheOriginal(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("post.md");
    Files.writeString(target, ORIGINAL);
    Path marker = dir.resolve("written.marker");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        WriteAndHang.class.getName(), target.toString(), marker.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(marker) && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(marker).as("the child reached the point between write and replace (log: %s)",
          dir.resolve("child.log")).exists();
    } finally {
      child.destroyForcibly(); // SIGKILL: no finally blocks, no shutdown hooks
      child.waitFor(30, TimeUnit.SECONDS);
    }

    assertThat(Files.readString(target)).isEqualTo(ORIGINAL);
    List<Path> leftovers = tempFiles(dir);
    assertThat(leftovers).as("the temporary file the crash left").hasSize(1);
    Path tmp = leftovers.get(0);
    assertThat(Files.readString(tmp)).as("the temporary file holds the complete new text")
        .isEqualTo(EDITED);
    // recognisable, and never taken for an article
    assertThat(tmp.getFileName().toString()).startsWith(".post.md.").endsWith(".articles-tmp");
    assertThat(tmp.getFileName().toString()).doesNotEndWith(".md");
  }

  @Test
  void aFailedWriteLeavesTheOriginalAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    assumeTrue(!"root".equals(System.getProperty("user.name")),
        "root may write into a read-only directory; permission test skipped");
    Path target = dir.resolve("post.md");
    Files.writeString(target, ORIGINAL);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> Articles.write(Articles.parse(EDITED, "x.md"), target))
          .isInstanceOf(AccessDeniedException.class);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    assertThat(Files.readString(target)).isEqualTo(ORIGINAL);
    assertThat(tempFiles(dir)).isEmpty();
  }

  @Test
  void aFailureAfterWritingRemovesTheTemporaryFileAndKeepsTheOriginal(@TempDir Path dir)
      throws Exception {
    Path target = dir.resolve("post.md");
    Files.writeString(target, ORIGINAL);
    Articles.beforeReplace = () -> {
      throw new IllegalStateException("disk gone");
    };
    try {
      assertThatThrownBy(() -> Articles.write(Articles.parse(EDITED, "x.md"), target))
          .hasMessage("disk gone");
    } finally {
      Articles.beforeReplace = null;
    }
    assertThat(Files.readString(target)).isEqualTo(ORIGINAL);
    assertThat(tempFiles(dir)).isEmpty();
  }

  @Test
  void permissionsAreKeptAndALinkIsFollowed(@TempDir Path dir) throws Exception {
    Path real = dir.resolve("real.md");
    Files.writeString(real, ORIGINAL);
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.md"), real.getFileName());

    Articles.write(Articles.parse(EDITED, "x.md"), link);

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo(EDITED);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-rw----");
    assertThat(tempFiles(dir)).isEmpty();
  }

  private static List<Path> tempFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".articles-tmp")).toList();
    }
  }

}
