package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.frontmatter.articles.internal.files.Saving;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
      Saving.beforeReplace = () -> {
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

    // the next save takes the leftover over: the new bytes, and nothing left beside them
    Articles.write(Articles.parse(ORIGINAL, "x.md"), target);
    assertThat(Files.readString(target)).isEqualTo(ORIGINAL);
    assertThat(tempFiles(dir)).as("the leftover, after the next save").isEmpty();
  }

  /**
   * Run in a child JVM: saves two contents alternately, as fast as it can, until killed.
   * Prints a line once it has started, so that the parent's random delay lands in saves
   * rather than in the JVM's start.
   */
  public static final class SaveLoop {
    public static void main(String[] args) throws Exception {
      Path target = Path.of(args[0]);
      byte[] a = Files.readAllBytes(Path.of(args[1]));
      byte[] b = Files.readAllBytes(Path.of(args[2]));
      Saving.save(a, target, WriteMode.AUTO); // loads every class a save needs
      System.out.println("saving");
      System.out.flush();
      for (long i = 0; ; i++) {
        Saving.save((i & 1) == 0 ? b : a, target, WriteMode.AUTO);
      }
    }
  }

  /**
   * Kills saving processes at random moments, two at a time saving the same file (so the
   * lock between processes is exercised too): the file is always exactly the old or the new
   * bytes, a kill leaves at most the one temporary file, and the next save removes it.
   */
  @Test
  void savesKilledAtRandomMomentsLeaveOldOrNewBytesAndNoDebris(@TempDir Path dir)
      throws Exception {
    byte[] a = (ORIGINAL + "x".repeat(3000) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] b = (EDITED + "y".repeat(9000) + "\n").getBytes(StandardCharsets.UTF_8);
    Path fileA = dir.resolve("a.bytes");
    Path fileB = dir.resolve("b.bytes");
    Files.write(fileA, a);
    Files.write(fileB, b);
    Path work = Files.createDirectory(dir.resolve("work"));
    Path target = work.resolve("post.md");
    Files.write(target, a);
    Random random = new Random(11);
    int rounds = 60;
    int processes = 2;
    int kills = 0;
    int sawA = 0;
    int sawB = 0;
    int leftovers = 0;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      List<Process> children = new ArrayList<>();
      for (int k = 0; k < processes; k++) {
        children.add(new ProcessBuilder(javaCommand(SaveLoop.class, target.toString(),
            fileA.toString(), fileB.toString()))
            .redirectErrorStream(true).start());
      }
      for (Process child : children) {
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(
            child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the child started saving").isEqualTo("saving");
      }
      for (Process child : children) {
        Thread.sleep(random.nextInt(30));
        assertThat(child.isAlive()).as("a saving child still runs when it is killed").isTrue();
        child.destroyForcibly(); // SIGKILL: no finally blocks, no shutdown hooks
        kills++;
      }
      for (Process child : children) {
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      byte[] now = Files.readAllBytes(target);
      if (Arrays.equals(now, a)) {
        sawA++;
      } else if (Arrays.equals(now, b)) {
        sawB++;
      } else {
        throw new AssertionError("round " + round + ": the file is neither the old nor the new"
            + " bytes (" + now.length + " bytes)");
      }
      List<Path> left = tempFiles(work);
      assertThat(left.size()).as("one temporary name per file").isLessThanOrEqualTo(1);
      leftovers += left.size();
      // the next save removes what the killed ones left
      Saving.save(now, target, WriteMode.AUTO);
      assertThat(tempFiles(work)).as("after the next save, round " + round).isEmpty();
      try (Stream<Path> s = Files.list(work)) {
        assertThat(s.toList()).containsExactly(target);
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    System.out.printf("kill test: %d rounds, %d processes killed in %d ms; the file was the"
        + " old bytes %d times, the new %d times; %d kills left a temporary file, each removed"
        + " by the next save%n", rounds, kills, millis, sawA, sawB, leftovers);
    assertThat(kills).isGreaterThanOrEqualTo(100);
    assertThat(sawA + sawB).isEqualTo(rounds);
  }

  /** A command line starting {@code main} of {@code type} in a new JVM on this class path. */
  static List<String> javaCommand(Class<?> type, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // a quick start matters more than speed here: each child lives for milliseconds
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData",
        "-cp", System.getProperty("java.class.path"), type.getName()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void aFailedWriteLeavesTheOriginalAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    // as root (CI), SavingTest runs this case as nobody: "read-only" folder, REPLACE
    assumeTrue(!"root".equals(System.getProperty("user.name")), () -> {
      String why = "root may write into a read-only directory; this permission test is skipped"
          + " (SavingTest runs the same case as nobody)";
      System.out.println("AtomicWriteTest skipped a test: " + why);
      return why;
    });
    Path target = dir.resolve("post.md");
    Files.writeString(target, ORIGINAL);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> Articles.write(Articles.parse(EDITED, "x.md"), target,
          WriteMode.REPLACE)).isInstanceOf(AccessDeniedException.class);
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
    Saving.beforeReplace = () -> {
      throw new IllegalStateException("disk gone");
    };
    try {
      assertThatThrownBy(() -> Articles.write(Articles.parse(EDITED, "x.md"), target))
          .hasMessage("disk gone");
    } finally {
      Saving.beforeReplace = null;
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
