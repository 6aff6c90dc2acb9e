package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.frontmatter.articles.internal.files.Saving;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save keeps (owner, group, mode, hard links, symbolic links), names of any length,
 * and the folders where only a write in place works, as another user. docs/editing.md,
 * "Saving files", describes each case.
 */
class SavingTest {
  private static final String OLD = "---\ntitle: Old\n---\nOld body.\n";
  private static final String NEW = "---\ntitle: New\n---\nNew body, longer than the old.\n";

  private static Article edited() {
    return Articles.parse(NEW, "new.md");
  }

  @Test
  void ownerGroupAndEveryModeBitAreKeptByAReplace(@TempDir Path dir) throws Exception {
    assumeRoot("giving a file to uid 1234 needs root");
    for (int mode : new int[] {04754, 02750, 06755, 01644, 0600}) {
      Path file = dir.resolve("post-" + Integer.toOctalString(mode) + ".md");
      Files.writeString(file, OLD);
      Files.setAttribute(file, "unix:uid", 1234);
      Files.setAttribute(file, "unix:gid", 4321);
      Files.setAttribute(file, "unix:mode", mode);
      Object inode = Files.getAttribute(file, "unix:ino");

      Articles.write(edited(), file);

      assertThat(Files.readString(file)).isEqualTo(NEW);
      Map<String, Object> a = Files.readAttributes(file, "unix:uid,gid,mode,ino");
      assertThat(a.get("uid")).as("owner of %o", mode).isEqualTo(1234);
      assertThat(a.get("gid")).as("group of %o", mode).isEqualTo(4321);
      assertThat(Integer.toOctalString((Integer) a.get("mode") & 07777)).as("mode")
          .isEqualTo(Integer.toOctalString(mode));
      assertThat(a.get("ino")).as("root keeps everything, so the replace is atomic")
          .isNotEqualTo(inode);
    }
    assertThat(tempFiles(dir)).isEmpty();
  }

  @Test
  void aNewFileIsReadableByAll(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("new.md");
    Articles.write(edited(), file);
    assertThat(Files.readString(file)).isEqualTo(NEW);
    assertThat(Integer.toOctalString((Integer) Files.getAttribute(file, "unix:mode") & 07777))
        .isEqualTo("644");
  }

  @Test
  void aFileWithTwoNamesIsWrittenThroughBothOrRefused(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("post.md");
    Path second = Files.createDirectory(dir.resolve("sub")).resolve("same-post.md");
    Files.writeString(first, OLD);
    Files.createLink(second, first);
    Object inode = Files.getAttribute(first, "unix:ino");

    assertThatThrownBy(() -> Articles.write(edited(), first, WriteMode.REPLACE))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining(first.toRealPath().toString())
        .hasMessageContaining("2 names (hard links)")
        .hasMessageContaining("WriteMode.IN_PLACE");
    assertThat(Files.readString(second)).isEqualTo(OLD);
    assertThat(tempFiles(dir)).isEmpty();

    Articles.write(edited(), first); // AUTO: in place, so both names see it
    assertThat(Files.readString(first)).isEqualTo(NEW);
    assertThat(Files.readString(second)).isEqualTo(NEW);
    assertThat(Files.getAttribute(first, "unix:ino")).isEqualTo(inode);
    assertThat(Files.getAttribute(first, "unix:nlink")).isEqualTo(2);

    Articles.write(Articles.parse(OLD, "old.md"), second, WriteMode.IN_PLACE); // shorter
    assertThat(Files.readString(first)).isEqualTo(OLD);
    assertThat(tempFiles(dir)).isEmpty();
  }

  @Test
  void namesUpTo255BytesSave(@TempDir Path dir) throws Exception {
    List<String> names = List.of(
        "a".repeat(247) + ".md",                      // 250 bytes
        "é".repeat(123) + ".md",                      // 249 bytes, two-byte characters
        "😀".repeat(62) + ".md",                       // 251 bytes, four-byte characters
        "b".repeat(252) + ".md",                      // 255 bytes: the limit
        "c".repeat(97) + ".md");                      // 100 bytes: the longest kept whole
    for (String name : names) {
      Path file = dir.resolve(name);
      Articles.write(Articles.parse(OLD, "old.md"), file); // created
      Articles.write(edited(), file);                      // replaced
      assertThat(Files.readString(file)).as(name).isEqualTo(NEW);
      String tmp = Saving.temporaryName(name);
      assertThat(tmp.getBytes(StandardCharsets.UTF_8).length).as(tmp).isLessThanOrEqualTo(124);
      assertThat(tmp).startsWith(".").endsWith(".articles-tmp");
    }
    assertThat(Saving.temporaryName("post.md")).isEqualTo(".post.md.articles-tmp");
    // long names that differ only at the end get different temporary names
    assertThat(Saving.temporaryName("a".repeat(200) + "1.md"))
        .isNotEqualTo(Saving.temporaryName("a".repeat(200) + "2.md"));
    assertThat(tempFiles(dir)).isEmpty();
  }

  @Test
  void symbolicLinksAreFollowedAndABrokenOneCreatesItsTargetOrSaysWhy(@TempDir Path dir)
      throws Exception {
    Path real = dir.resolve("real.md");
    Files.writeString(real, OLD);
    Path chain = Files.createSymbolicLink(dir.resolve("chain.md"),
        Files.createSymbolicLink(dir.resolve("link.md"), Path.of("real.md")).getFileName());
    Articles.write(edited(), chain);
    assertThat(Files.isSymbolicLink(chain)).isTrue();
    assertThat(Files.readString(real)).isEqualTo(NEW);

    // broken, its folder exists: the target is created, the link stays a link
    Path broken = Files.createSymbolicLink(dir.resolve("broken.md"), Path.of("missing.md"));
    Articles.write(edited(), broken);
    assertThat(Files.isSymbolicLink(broken)).isTrue();
    assertThat(Files.readString(dir.resolve("missing.md"))).isEqualTo(NEW);

    // broken, its folder does not exist: refused, naming the link and the target
    Path nowhere = Files.createSymbolicLink(dir.resolve("nowhere.md"),
        Path.of("no-such-folder/post.md"));
    assertThatThrownBy(() -> Articles.write(edited(), nowhere))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(nowhere.toString())
        .hasMessageContaining(dir.toRealPath().resolve("no-such-folder/post.md").toString())
        .hasMessageContaining("folder that does not exist");
    assertThat(dir.resolve("no-such-folder")).doesNotExist();

    // a loop: refused, saying so
    Files.createSymbolicLink(dir.resolve("loop-a.md"), Path.of("loop-b.md"));
    Path loop = Files.createSymbolicLink(dir.resolve("loop-b.md"), Path.of("loop-a.md"));
    assertThatThrownBy(() -> Articles.write(edited(), loop))
        .isInstanceOf(FileSystemException.class)
        .hasMessageContaining(loop.toString())
        .hasMessageContaining("a loop?");
    assertThat(tempFiles(dir)).isEmpty();
  }

  @Test
  void aLinkPlantedAtTheTemporaryNameIsRemovedNotFollowed(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("post.md");
    Files.writeString(file, OLD);
    Path victim = dir.resolve("victim.txt");
    Files.writeString(victim, "precious");
    Files.createSymbolicLink(dir.resolve(Saving.temporaryName("post.md")), victim);
    Articles.write(edited(), file);
    assertThat(Files.readString(file)).isEqualTo(NEW);
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(file)).isFalse();
    assertThat(tempFiles(dir)).isEmpty();
  }

  @Test
  void threadsSavingOneFileWaitForEachOther(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("post.md");
    byte[] a = (OLD + "a".repeat(5000)).getBytes(StandardCharsets.UTF_8);
    byte[] b = (NEW + "b".repeat(20000)).getBytes(StandardCharsets.UTF_8);
    Files.write(file, a);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicBoolean done = new AtomicBoolean();
    List<String> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      Future<?> reader = pool.submit(() -> {
        while (!done.get()) {
          byte[] now = Files.readAllBytes(file);
          if (!java.util.Arrays.equals(now, a) && !java.util.Arrays.equals(now, b)) {
            seen.add("a mix of " + now.length + " bytes");
          }
        }
        return null;
      });
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < 5; t++) {
        byte[] mine = t % 2 == 0 ? a : b;
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 100; i++) {
            Saving.save(mine, file, WriteMode.AUTO);
          }
          return null;
        }));
      }
      for (Future<?> w : writers) {
        w.get(2, TimeUnit.MINUTES);
      }
      done.set(true);
      reader.get(1, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).as("what a reader saw during 500 saves from 5 threads").isEmpty();
    assertThat(tempFiles(dir)).isEmpty();
  }

  /**
   * Run in a child JVM as another user: saves through the library once per argument
   * {@code MODE=path}, and prints one line per save, {@code ok} or the exception.
   */
  public static final class SaveAs {
    public static void main(String[] args) {
      for (String arg : args) {
        int eq = arg.indexOf('=');
        WriteMode mode = WriteMode.valueOf(arg.substring(0, eq));
        Path file = Path.of(arg.substring(eq + 1));
        try {
          Saving.save(("saved by " + System.getProperty("user.name") + " with " + mode + "\n")
              .getBytes(StandardCharsets.UTF_8), file, mode);
          System.out.println("ok");
        } catch (IOException | RuntimeException e) {
          System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
      }
    }
  }

  /**
   * As {@code nobody}: a writable file of uid 1234 in a sticky folder (like {@code /tmp}),
   * in a folder anyone may write (no sticky bit) and in a read-only folder. A new file would
   * belong to nobody, and the sticky folder refuses the rename over uid 1234's file, so AUTO
   * writes in place: the owner stays. REPLACE refuses where the folder does not allow it,
   * leaving everything as it was, and in the open folder replaces the file: atomic, but the
   * file is then nobody's.
   */
  @Test
  void asAnotherUserAutoWritesInPlaceWhereAReplaceCannotKeepTheFile(@TempDir Path dir)
      throws Exception {
    assumeRoot("running a JVM as nobody needs root");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
        () -> skip("setpriv (util-linux) is not installed; the other-user saving test is"
            + " skipped"));
    Files.setAttribute(dir, "unix:mode", 0755); // nobody must reach the folders below
    Path sticky = folder(dir.resolve("sticky"), 01777);
    Path open = folder(dir.resolve("open"), 0777);
    Path readOnly = folder(dir.resolve("read-only"), 0755);
    List<String> saves = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path folder : List.of(sticky, open, readOnly)) {
      for (WriteMode mode : WriteMode.values()) {
        Path file = folder.resolve(mode.name().toLowerCase() + ".md");
        Files.writeString(file, OLD);
        Files.setAttribute(file, "unix:uid", 1234);
        Files.setAttribute(file, "unix:gid", 1234);
        Files.setAttribute(file, "unix:mode", 0666);
        saves.add(mode + "=" + file);
        files.add(file);
      }
    }
    Map<Path, Object> inodes = new java.util.HashMap<>();
    for (Path f : files) {
      inodes.put(f, Files.getAttribute(f, "unix:ino"));
    }

    List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534",
        "--regid=65534", "--clear-groups",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:-UsePerfData", "-Duser.name=nobody",
        // only this project's classes: nobody cannot read the Maven repository under /root
        "-cp", codeOf(Saving.class) + java.io.File.pathSeparator + codeOf(SaveAs.class),
        SaveAs.class.getName()));
    command.addAll(saves);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> results = out.lines().toList();
    assertThat(results).as(out).hasSize(saves.size());

    for (int i = 0; i < files.size(); i++) {
      Path f = files.get(i);
      String result = results.get(i);
      boolean replace = f.getFileName().toString().equals("replace.md");
      String where = f.getParent().getFileName() + "/" + f.getFileName() + ": " + result;
      if (replace && f.getParent().equals(open)) {
        // REPLACE keeps what it may: atomic, but the new file is nobody's
        assertThat(result).as(where).isEqualTo("ok");
        assertThat(Files.readString(f)).as(where).startsWith("saved by nobody with");
        assertThat(Files.getAttribute(f, "unix:uid")).as(where).isEqualTo(65534);
        assertThat(Files.getAttribute(f, "unix:mode")).as(where).isEqualTo(0100666);
        assertThat(Files.getAttribute(f, "unix:ino")).as(where).isNotEqualTo(inodes.get(f));
        continue;
      }
      if (replace) {
        assertThat(result).as(where).startsWith(f.getParent().equals(readOnly)
            ? "AccessDeniedException" : "FileSystemException");
        assertThat(Files.readString(f)).as(where).isEqualTo(OLD);
      } else {
        assertThat(result).as(where).isEqualTo("ok");
        assertThat(Files.readString(f)).as(where).startsWith("saved by nobody with");
      }
      assertThat(Files.getAttribute(f, "unix:uid")).as(where).isEqualTo(1234);
      assertThat(Files.getAttribute(f, "unix:gid")).as(where).isEqualTo(1234);
      assertThat(Files.getAttribute(f, "unix:mode")).as(where).isEqualTo(0100666);
      assertThat(Files.getAttribute(f, "unix:ino")).as(where).isEqualTo(inodes.get(f));
    }
    assertThat(results.get(1)).as("REPLACE in the sticky folder")
        .contains("does not allow replacing the file").contains("WriteMode.IN_PLACE");
    for (Path folder : List.of(sticky, open, readOnly)) {
      assertThat(tempFiles(folder)).as(folder.toString()).isEmpty();
    }
  }

  private static Path folder(Path p, int mode) throws IOException {
    Files.createDirectory(p);
    Files.setAttribute(p, "unix:mode", mode);
    return p;
  }

  private static String codeOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  private static void assumeRoot(String why) {
    assumeTrue("root".equals(System.getProperty("user.name")),
        () -> skip(why + "; run as root (CI does) for this test"));
  }

  /** Prints the reason too: the build output shows it, not only the test report. */
  private static String skip(String why) {
    System.out.println("SavingTest skipped a test: " + why);
    return why;
  }

  static List<Path> tempFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".articles-tmp")).toList();
    }
  }
}
