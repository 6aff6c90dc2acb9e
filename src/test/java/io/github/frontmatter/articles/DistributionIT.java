package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distribution as a user gets it: articles-VERSION-dist.tar.gz (built by package) unpacked
 * in a temporary folder, and bin/articles run with nothing on the PATH but the JDK's bin
 * folder, on examples/articles and on the shared corpus (skipped, with the reason printed,
 * when ../shared is absent). The JSON and SARIF it prints must parse; set and convert run
 * with --dry-run and must leave every file as it was. A second pass with the usual tools on
 * the PATH exercises the class-data sharing archive bin/articles keeps.
 */
class DistributionIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String EXAMPLES = Path.of("examples/articles").toAbsolutePath()
      .toString();

  @TempDir
  static Path tmp;

  private static Path home;
  private static String version;

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    JsonNode json() {
      return JSON.readTree(out);
    }
  }

  @BeforeAll
  static void unpack() throws Exception {
    Path dist = Path.of(System.getProperty("articles.dist",
        "target/articles-0.1.0-SNAPSHOT-dist.tar.gz"));
    assertThat(dist).as("the distribution is built by mvn package").exists();
    version = dist.getFileName().toString().replaceFirst("^articles-", "")
        .replaceFirst("-dist\\.tar\\.gz$", "");
    Process tar = new ProcessBuilder("tar", "xzf", dist.toAbsolutePath().toString())
        .directory(tmp.toFile()).redirectErrorStream(true).start();
    String said = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(tar.waitFor()).as(said).isZero();
    home = tmp.resolve("articles-" + version);
    // the zip holds the same files
    Path zip = dist.resolveSibling(dist.getFileName().toString().replace(".tar.gz", ".zip"));
    TreeSet<String> inZip = new TreeSet<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          inZip.add(e.getName());
        }
      }
    }
    TreeSet<String> inTar = new TreeSet<>();
    try (Stream<Path> files = Files.walk(home)) {
      files.filter(Files::isRegularFile)
          .forEach(f -> inTar.add(tmp.relativize(f).toString().replace('\\', '/')));
    }
    String base = "articles-" + version + "/";
    assertThat(inTar).isEqualTo(inZip).containsExactly(base + "LICENSE", base + "README.txt",
        base + "bin/articles", base + "bin/articles.bat",
        base + "lib/articles-" + version + "-cli.jar");
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/articles")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
  }

  /** Runs bin/articles with only the JDK on the PATH (or also the system's tools). */
  private static Run articles(boolean systemTools, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/articles").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> env = pb.environment();
    Map<String, String> keep = new HashMap<>();
    Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
    keep.put("PATH", jdkBin + (systemTools ? ":/usr/bin:/bin" : ""));
    keep.put("HOME", tmp.resolve("home").toString());
    keep.put("LANG", "C.UTF-8");
    env.clear();
    env.putAll(keep);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    // nothing but the output asked for: no terminal colours, no logging notices
    assertThat(r.out()).doesNotContain("\u001b[");
    assertThat(r.err()).doesNotContain("SLF4J", "Exception", "\tat ");
    return r;
  }

  @Test
  void versionAndHelpWithOnlyAJdkOnThePath() throws Exception {
    Run v = articles(false, "--version");
    assertThat(v.status()).as(v.err()).isZero();
    assertThat(v.out()).isEqualTo("articles " + version + "\n");
    Run h = articles(false, "check", "--help");
    assertThat(h.status()).isZero();
    assertThat(h.out()).startsWith("Usage: articles check ");
    // a JSON Schema check: the validator logs through SLF4J, which has no provider in the jar
    // and would print its notice (articles() fails on "SLF4J" in standard error)
    String schema = Path.of("src/main/resources/io/github/frontmatter/articles/"
        + "article.schema.json").toAbsolutePath().toString();
    Run s = articles(false, "check", "--schema", schema, EXAMPLES);
    assertThat(s.status()).as(s.err()).isZero();
    assertThat(s.err()).isEmpty();
    assertThat(s.out()).isEqualTo("5 files, 0 errors, 0 warnings\n");
    Run bad = articles(false, "check", "--fix", EXAMPLES);
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("articles check: unknown option \"--fix\"; see articles check"
        + " --help\n");
  }

  @Test
  void everyCommandOnTheExamples() throws Exception {
    Map<Path, byte[]> before = contents(Path.of(EXAMPLES));
    commands(Path.of(EXAMPLES), false);
    assertThat(contents(Path.of(EXAMPLES))).as("dry runs write nothing")
        .allSatisfy((f, bytes) -> assertThat(bytes).isEqualTo(before.get(f)));
  }

  @Test
  void everyCommandOnTheSharedCorpus() throws Exception {
    Path corpus;
    try {
      corpus = Shared.corpus();
    } catch (org.opentest4j.TestAbortedException e) {
      System.out.println("DistributionIT: the corpus part is skipped: " + e.getMessage());
      throw e;
    }
    commands(corpus, false);
  }

  @Test
  void aClassDataSharingArchiveIsMadeOnceAndThenUsed() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/mkdir")) || Files.isExecutable(
        Path.of("/usr/bin/mkdir")), "no mkdir: bin/articles keeps no archive without it");
    Path cds = tmp.resolve("home/.cache/articles/cds");
    Run first = articles(true, "check", "--format", "sarif", EXAMPLES);
    assertThat(first.status()).as(first.err()).isZero();
    List<Path> archives;
    try (Stream<Path> s = Files.list(cds)) {
      archives = s.toList();
    }
    assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString())
        .startsWith("articles-" + version + "-cli-java-").endsWith(".jsa"));
    long made = Files.getLastModifiedTime(archives.get(0)).toMillis();
    Run second = articles(true, "check", "--format", "sarif", EXAMPLES);
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(Files.getLastModifiedTime(archives.get(0)).toMillis()).isEqualTo(made);
    Run third = articles(true, "show", EXAMPLES);
    assertThat(third.status()).isZero();
    assertThat(third.json().size()).isEqualTo(5);
  }

  /** check (text, JSON, SARIF), show, set --dry-run and convert --dry-run on {@code dir}. */
  private static void commands(Path dir, boolean systemTools) throws Exception {
    String d = dir.toString();
    Run json = articles(systemTools, "check", "--format", "json", d);
    assertThat(json.status()).as(json.err()).isIn(0, 1);
    JsonNode summary = json.json().get("summary");
    int files = summary.get("files").asInt();
    assertThat(files).isPositive().isEqualTo(json.json().get("files").size());
    assertThat(json.status()).isEqualTo(summary.get("errors").asInt() > 0 ? 1 : 0);

    Run sarif = articles(systemTools, "check", "--format", "sarif", d);
    assertThat(sarif.status()).isEqualTo(json.status());
    JsonNode log = sarif.json();
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("runs").get(0).get("tool").get("driver").get("version").asString())
        .isEqualTo(version);
    int problems = summary.get("errors").asInt() + summary.get("warnings").asInt();
    assertThat(log.get("runs").get(0).get("results").size()).isEqualTo(problems);

    Run text = articles(systemTools, "check", d);
    assertThat(text.status()).isEqualTo(json.status());
    assertThat(text.out()).endsWith(files + " file" + (files == 1 ? "" : "s") + ", "
        + summary.get("errors").asInt() + " error" + (summary.get("errors").asInt() == 1 ? ""
        : "s") + ", " + summary.get("warnings").asInt() + " warning"
        + (summary.get("warnings").asInt() == 1 ? "" : "s") + "\n");

    Run show = articles(systemTools, "show", d);
    assertThat(show.status()).as(show.err()).isIn(0, 1);
    assertThat(show.json().isArray()).isTrue();
    assertThat(show.json().size()).isEqualTo(files);

    Run set = articles(systemTools, "set", "--dry-run", "--add-tag", "distribution-test", d);
    assertThat(set.status()).as(set.err()).isIn(0, 1);
    assertThat(set.out()).contains("+++ b/").containsPattern("\\d+ to change, \\d+ unchanged");

    Run convert = articles(systemTools, "convert", "--dry-run", "--to", "toml", d);
    assertThat(convert.status()).as(convert.err()).isIn(0, 1);
    assertThat(convert.out()).contains("would convert yaml -> toml")
        .containsPattern("\\d+ to convert, \\d+ unchanged, \\d+ refused");
  }

  private static Map<Path, byte[]> contents(Path dir) throws IOException {
    Map<Path, byte[]> m = new HashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        m.put(f, Files.readAllBytes(f));
      }
    }
    return m;
  }
}
