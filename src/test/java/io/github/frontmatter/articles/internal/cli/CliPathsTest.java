package io.github.frontmatter.articles.internal.cli;

import static io.github.frontmatter.articles.internal.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.frontmatter.articles.internal.cli.CliTest.Run;
import io.github.frontmatter.articles.internal.files.Walk;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line says about PATH arguments and what the walk meets: loops of links,
 * broken links, folders that may not be read (as another user), and names that are not
 * UTF-8, given as arguments to a real {@code java} process as the shell gives them.
 */
class CliPathsTest {
  private static final String MAIN = Main.class.getName();

  private static void link(Path link, String target) throws IOException {
    try {
      Files.createSymbolicLink(link, Path.of(target));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here: " + e);
    }
  }

  @Test
  void aLoopOfLinksIsALoopAsAnArgumentAndInAFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), "# A\n");
    link(dir.resolve("b.md"), "c.md");
    link(dir.resolve("c.md"), "b.md");
    Run r = run("show", dir.resolve("b.md").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("articles: " + dir.resolve("b.md")
        + ": a loop of symbolic links (b.md -> c.md -> b.md)\n");

    r = run("show", dir.toString());
    assertThat(r.status()).as("links not followed are not errors").isZero();
    assertThat(r.err()).isEqualTo(
        "articles: " + dir.resolve("b.md") + ": skipped, a loop of symbolic links (b.md -> c.md"
            + " -> b.md)\n"
        + "articles: " + dir.resolve("c.md") + ": skipped, a loop of symbolic links (c.md -> b.md"
            + " -> c.md)\n");
  }

  @Test
  void aBrokenLinkIsNamedWithItsTarget(@TempDir Path dir) throws IOException {
    link(dir.resolve("a.md"), "missing.md");
    Run r = run("check", dir.resolve("a.md").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("articles: " + dir.resolve("a.md")
        + ": a broken symbolic link (a.md -> missing.md, which does not exist)\n");
    r = run("check", dir.toString());
    assertThat(r.err()).isEqualTo("articles: " + dir.resolve("a.md")
        + ": skipped, a broken symbolic link (a.md -> missing.md, which does not exist)\n");
  }

  /** Creates files whose names are {@code caf} and one Latin-1 byte, as a shell would. */
  private static void latin1Names(Path dir, String... octals) throws Exception {
    StringBuilder script = new StringBuilder();
    for (String o : octals) {
      script.append("printf -- '---\\ntitle: byte ").append(o).append("\\n---\\n' > \"$(printf ")
          .append("'caf\\").append(o).append(".md')\"\n");
    }
    Process p = new ProcessBuilder("sh", "-c", script.toString()).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assumeTrue(p.exitValue() == 0, () -> skip("this file system refuses names that are not"
        + " UTF-8: " + out));
  }

  /**
   * In this JVM the argument is the string Java made of the bytes (U+FFFD for the invalid
   * one): one file that reads so is found as the walker finds it; two are refused as
   * ambiguous, since this JVM's own command line does not hold the argument's bytes.
   */
  @Test
  void aNameThatIsNotUtf8IsFoundAsTheWalkerFindsIt(@TempDir Path dir) throws Exception {
    Path one = Files.createDirectory(dir.resolve("one"));
    latin1Names(one, "351");
    List<Path> walked = Walk.of(one).files();
    assertThat(walked).hasSize(1);
    String arg = one + "/caf\uFFFD.md";
    assertThat(walked.get(0).toString()).isEqualTo(arg);
    Run r = run("show", arg);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.json().get(0).get("source").asString()).isEqualTo(arg);
    assertThat(r.json().get(0).get("frontMatter").get("title").asString())
        .isEqualTo("byte 351");

    Path two = Files.createDirectory(dir.resolve("two"));
    latin1Names(two, "351", "350");
    r = run("show", two + "/caf\uFFFD.md");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("articles: " + two + "/caf\uFFFD.md: 2 files in " + two
        + " have names that read as \"caf\uFFFD.md\" (their bytes are not valid "
        + System.getProperty("sun.jnu.encoding") + "); name the folder to read them all\n");
    assertThat(run("show", two + "/cafe.md").err()).endsWith(": no such file or directory\n");
  }

  /**
   * A real {@code java} run, its arguments the bytes {@code caf\351.md} and {@code
   * caf\350.md}, in a UTF-8 locale (both read as {@code caf\uFFFD.md}: the argument's own
   * bytes, from /proc/self/cmdline, tell them apart) and in the C locale (where Java cannot
   * even make a path of a non-ASCII name; {@code café.md} too is found).
   */
  @Test
  void aNameThatIsNotUtf8WorksAsAnArgumentOfTheCommand(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isReadable(Path.of("/proc/self/cmdline")),
        () -> skip("no /proc/self/cmdline (not Linux): two names that read the same cannot"
            + " be told apart; the test of real arguments is skipped"));
    latin1Names(dir, "351", "350");
    Files.writeString(dir.resolve("café.md"), "---\ntitle: utf-8\n---\n");
    for (String locale : new String[] {"C.UTF-8", "C"}) {
      String script = "exec \"$0\" -XX:TieredStopAtLevel=1 -XX:-UsePerfData -cp \"$1\" " + MAIN
          + " show \"$(printf 'caf\\350.md')\" \"$(printf 'caf\\351.md')\" \"$2\"";
      ProcessBuilder pb = new ProcessBuilder("sh", "-c", script, java(),
          System.getProperty("java.class.path"), "café.md").directory(dir.toFile());
      Map<String, String> env = pb.environment();
      env.remove("LANG");
      env.remove("LC_CTYPE");
      env.put("LC_ALL", locale);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(locale + ": " + err).isZero();
      assertThat(titles(out)).as(locale).containsExactly("byte 350", "byte 351", "utf-8");
    }
  }

  private static List<String> titles(String json) {
    List<String> titles = new ArrayList<>();
    CliTest.Run r = new CliTest.Run(0, json.getBytes(StandardCharsets.UTF_8), "");
    r.json().forEach(a -> titles.add(a.get("frontMatter").get("title").asString()));
    return titles;
  }

  /**
   * As {@code nobody} (root reads everything): a folder and a file without read permission,
   * inside a folder given as an argument and given themselves, are reported with the
   * reason, and the exit status is 2.
   */
  @Test
  void asAnotherUserWhatCannotBeReadSaysWhy(@TempDir Path dir) throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")),
        () -> skip("running a JVM as nobody needs root; run as root (CI does) for this test"));
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
        () -> skip("setpriv (util-linux) is not installed; the other-user test is skipped"));
    Files.setAttribute(dir, "unix:mode", 0755); // nobody must reach the folders below
    Path site = Files.createDirectory(dir.resolve("site"));
    Files.writeString(site.resolve("a.md"), "---\ntitle: A\n---\n");
    Path secret = Files.createDirectory(site.resolve("secret"));
    Files.writeString(secret.resolve("b.md"), "---\ntitle: B\n---\n");
    Files.setAttribute(secret, "unix:mode", 0700);
    Path hidden = Files.writeString(site.resolve("c.md"), "---\ntitle: C\n---\n");
    Files.setAttribute(hidden, "unix:mode", 0600);
    String cp = readableClassPath(Files.createDirectory(dir.resolve("lib")));

    String walked = asNobody(cp, site, "check", "site");
    assertThat(walked).isEqualTo("articles: site/secret: cannot be read: permission denied\n"
        + "articles: site/c.md: cannot be read: permission denied\n"
        + "1 file, 0 errors, 0 warnings, 1 not read\n"
        + "exit 2\n");
    String named = asNobody(cp, site, "show", "site/secret", "site/secret/b.md",
        "site/c.md");
    assertThat(named).isEqualTo("articles: site/secret: cannot be read: permission denied\n"
        + "articles: site/secret/b.md: cannot be read: permission denied\n"
        + "articles: site/c.md: cannot be read: permission denied\n"
        + "exit 2\n");
  }

  /**
   * As {@code nobody}, in a sticky folder (like {@code /tmp}), a writable file of another
   * user: {@code set --write-mode replace} is refused (the folder does not allow the rename)
   * with the option that saves it; {@code in-place} saves it, and so does the default,
   * falling back to it; the owner stays.
   */
  @Test
  void asAnotherUserInAStickyFolderInPlaceSavesWhatReplaceCannot(@TempDir Path dir)
      throws Exception {
    assumeTrue("root".equals(System.getProperty("user.name")),
        () -> skip("running a JVM as nobody needs root; run as root (CI does) for this test"));
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
        () -> skip("setpriv (util-linux) is not installed; the other-user test is skipped"));
    Files.setAttribute(dir, "unix:mode", 0755);
    Path sticky = Files.createDirectory(dir.resolve("sticky"));
    Files.setAttribute(sticky, "unix:mode", 01777);
    List<Path> files = new ArrayList<>();
    for (String name : new String[] {"replace.md", "in-place.md", "auto.md"}) {
      Path f = Files.writeString(sticky.resolve(name), "---\ntitle: T\n---\n");
      Files.setAttribute(f, "unix:uid", 1234);
      Files.setAttribute(f, "unix:gid", 1234);
      Files.setAttribute(f, "unix:mode", 0666);
      files.add(f);
    }
    String cp = readableClassPath(Files.createDirectory(dir.resolve("lib")));

    String replace = asNobody(cp, sticky, "set", "--write-mode", "replace", "--set",
        "draft=true", "sticky/replace.md");
    assertThat(replace).startsWith("articles: sticky/replace.md: "
        + sticky.toRealPath().resolve(".replace.md.articles-tmp") + ": the folder does not"
        + " allow replacing the file (").endsWith("); --write-mode in-place writes into it"
        + " instead, without atomicity\n"
        + "0 changed, 0 unchanged, 1 not changed because of errors\nexit 2\n");
    assertThat(Files.readString(files.get(0))).isEqualTo("---\ntitle: T\n---\n");

    assertThat(asNobody(cp, sticky, "set", "--write-mode", "in-place", "--set", "draft=true",
        "sticky/in-place.md")).isEqualTo("sticky/in-place.md: set draft\n"
        + "1 changed, 0 unchanged\nexit 0\n");
    assertThat(asNobody(cp, sticky, "set", "--set", "draft=true", "sticky/auto.md"))
        .isEqualTo("sticky/auto.md: set draft\n1 changed, 0 unchanged\nexit 0\n");
    for (Path f : files.subList(1, 3)) {
      assertThat(Files.readString(f)).isEqualTo("---\ntitle: T\ndraft: true\n---\n");
      assertThat(Files.getAttribute(f, "unix:uid")).isEqualTo(1234);
    }
  }

  /** Runs the command as nobody in {@code site}'s folder: its output, then "exit N". */
  private static String asNobody(String cp, Path site, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/usr/bin/setpriv", "--reuid=65534",
        "--regid=65534", "--clear-groups", java(), "-XX:-UsePerfData", "-Duser.name=nobody",
        "-cp", cp, MAIN));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(site.getParent().toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out + "exit " + p.exitValue() + "\n";
  }

  /**
   * This project's classes and copies of the jars the command needs, in {@code lib}: nobody
   * cannot read the Maven repository under /root.
   */
  private static String readableClassPath(Path lib) throws Exception {
    Files.setAttribute(lib, "unix:mode", 0755);
    List<String> cp = new ArrayList<>();
    cp.add(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.endsWith(".jar") && (name.startsWith("flexmark") || name.startsWith("jackson")
          || name.startsWith("snakeyaml"))) {
        Path copy = Files.copy(Path.of(entry), lib.resolve(name));
        Files.setAttribute(copy, "unix:mode", 0644);
        cp.add(copy.toString());
      }
    }
    return String.join(File.pathSeparator, cp);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Prints the reason too: the build output shows it, not only the test report. */
  private static String skip(String why) {
    System.out.println("CliPathsTest skipped a test: " + why);
    return why;
  }
}
