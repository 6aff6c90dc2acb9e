package io.github.frontmatter.articles.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --type CLASS --class-path PATHS} and {@code schema --type}: the type is
 * compiled here into a folder of its own, so that it is found only through --class-path.
 */
class TypeCommandTest {
  private static final String DIR = "src/test/resources/cli/type";
  @TempDir static Path classes;

  @BeforeAll
  static void compileTheType() throws IOException {
    Path src = classes.resolve("src/com/example/Post.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, """
        package com.example;
        public record Post(String title, java.time.LocalDate date, String author, Status status,
            java.util.List<String> tags) {
          public enum Status { draft, published }
        }
        """);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "-d", classes.resolve("out").toString(),
        src.toString());
    assertThat(status).isZero();
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void checkBindsEachArticleToTheTypeFromTheClassPath() {
    Run r = run("check", "--type", "com.example.Post", "--class-path",
        classes.resolve("out").toString(), DIR + "/post.md", DIR + "/good.md");
    assertThat(r.out()).isEqualTo(DIR + "/post.md:5:9: error: status: expected one of"
        + " \"draft\", \"published\" but found \"live\" [enum-unknown]\n"
        + "2 files, 1 error, 0 warnings\n");
    assertThat(r.status()).isEqualTo(1);

    Run strict = run("check", "--unknown-keys", "reject", "--type", "com.example.Post",
        "--class-path", classes.resolve("out").toString(), DIR + "/good.md");
    assertThat(strict.out()).startsWith(DIR + "/good.md:6:1: error: layout: expected a key of"
        + " Post but found the unknown key \"layout\" [key-unknown]");
  }

  @Test
  void aTypeThatIsNotThereIsAUsageProblem() {
    Run r = run("check", "--type", "com.example.Missing", "--class-path",
        classes.resolve("out").toString(), DIR + "/post.md");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("articles: --type com.example.Missing: expected a class on"
        + " the class path but found none in ");
    assertUsageError(run("check", "--class-path", "x", DIR), "articles check",
        "--class-path needs --type CLASS");
    assertUsageError(run("check", DIR, "--type"), "articles check", "--type needs a value");
    assertUsageError(run("check", "--type=", DIR), "articles check", "--type needs a CLASS");
  }

  @Test
  void schemaPrintsTheTypesSchema() {
    Run r = run("schema", "--type", "com.example.Post", "--class-path",
        classes.resolve("out").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\",\n"
        + "  \"title\" : \"Post\",").contains("\"enum\" : [ \"draft\", \"published\" ]");
    // the "=" form, and the value of --type is never taken for a shared option or a PATH
    Run eq = run("schema", "--type=com.example.Post",
        "--class-path=" + classes.resolve("out"), "--unknown-keys=reject");
    assertThat(eq.status()).as(eq.err()).isZero();
    assertThat(eq.out()).contains("\"additionalProperties\" : false");
  }

  @Test
  void schemaTakesUnknownKeysFromTheConfigurationFileUnlessGiven() throws IOException {
    Path config = classes.resolve("articles.yml");
    Files.writeString(config, "unknown-keys: reject\n");
    String out = classes.resolve("out").toString();
    Run fromFile = run("schema", "--config", config.toString(), "--type", "com.example.Post",
        "--class-path", out);
    assertThat(fromFile.status()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).contains("\"additionalProperties\" : false");
    Run given = run("schema", "--config", config.toString(), "--unknown-keys", "allow",
        "--type", "com.example.Post", "--class-path", out);
    assertThat(given.out()).doesNotContain("\"additionalProperties\" : false");
  }

  /**
   * {@code type} and {@code class-path} in the configuration file do what the options do, the
   * class path relative to the file's folder; {@code --type} replaces the file's type and keeps
   * its class path.
   */
  @Test
  void theConfigurationFileNamesTheTypeAndWhereItIs() throws IOException {
    Path site = Files.createDirectories(classes.resolve("site"));
    Path config = Files.writeString(site.resolve(Config.NAME),
        "type: com.example.Post\nclass-path: ../out\n", StandardCharsets.UTF_8);
    Run r = run("check", "--config", config.toString(), DIR + "/post.md", DIR + "/good.md");
    Run options = run("check", "--no-config", "--type", "com.example.Post", "--class-path",
        classes.resolve("out").toString(), DIR + "/post.md", DIR + "/good.md");
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(options.out()).contains("[enum-unknown]");
    Run schema = run("schema", "--config", config.toString());
    assertThat(schema.status()).as(schema.err()).isZero();
    assertThat(schema.out()).contains("\"title\" : \"Post\",");

    Path missing = Files.writeString(site.resolve("missing.yml"),
        "type: com.example.Missing\nclass-path: [../out]\n", StandardCharsets.UTF_8);
    Run notThere = run("check", "--config", missing.toString(), DIR + "/post.md");
    assertThat(notThere.status()).isEqualTo(2);
    assertThat(notThere.err()).isEqualTo("articles: " + missing + ": type com.example.Missing:"
        + " expected a class on the class path but found none in "
        + classes.resolve("out").toAbsolutePath().normalize() + "\n");
    Run replaced = run("check", "--config", missing.toString(), "--type", "com.example.Post",
        DIR + "/post.md");
    assertThat(replaced.status()).as(replaced.err()).isEqualTo(1);
    assertThat(replaced.out()).contains("[enum-unknown]");
  }

  @Test
  void aTypeOrClassPathInTheConfigurationFileThatCannotBeUsedStopsWithItsPlace()
      throws IOException {
    Path site = Files.createDirectories(classes.resolve("bad"));
    assertConfigError(site, "class-path: ../out\n", ":1:1: expected type (the class to bind the"
        + " front matter to) with class-path but found no type");
    assertConfigError(site, "type: com.example.Post\nclass-path:\n  - ../out\n  - lib/x.jar\n",
        ":4:5: expected a jar or a class folder but found nothing at " + site.toAbsolutePath()
            .resolve("lib/x.jar"));
    assertConfigError(site, "type: Post title\n", ":1:7: expected a class name such as"
        + " com.example.Post but found \"Post title\"");
    assertConfigError(site, "type: [a.B]\n", ":1:7: expected a class name but found a list");
  }

  private static void assertConfigError(Path dir, String yaml, String message)
      throws IOException {
    Path config = Files.writeString(dir.resolve(Config.NAME), yaml, StandardCharsets.UTF_8);
    Run r = run("check", "--config", config.toString(), DIR);
    assertThat(r.status()).as(yaml).isEqualTo(2);
    assertThat(r.err()).as(yaml).isEqualTo("articles: " + config + message + "\n");
  }

  @Test
  void schemaUsageErrorsAreOneLinePointingAtItsHelp() {
    assertUsageError(run("schema"), "articles schema", "schema needs --type CLASS");
    assertUsageError(run("schema", "--type"), "articles schema", "--type needs a value");
    assertUsageError(run("schema", "--type", "a.B", "--fix"), "articles schema",
        "unknown option \"--fix\"");
    assertUsageError(run("schema", "--type", "a.B", "--strict"), "articles schema",
        "unknown option \"--strict\"");
    assertUsageError(run("schema", "--type", "a.B", "--unknown-keys", "deny"), "articles schema",
        "--unknown-keys expects allow, warn or reject but found \"deny\"");
    assertUsageError(run("schema", "--type", "a.B", DIR), "articles schema",
        "schema takes no PATH but found \"" + DIR + "\"");
    assertUsageError(run("schema", "--type", "a.B", "--profile", "gatsby"), "articles schema",
        "--profile expects auto, hugo, jekyll, zola, eleventy, astro, docusaurus but found"
            + " \"gatsby\"");
  }

  @Test
  void eachHelpListsTheTypeOptions() {
    Run check = run("check", "--help");
    assertThat(check.status()).isZero();
    assertThat(check.out()).isEqualTo(Command.CHECK.help())
        .contains("  --type CLASS ", "  --class-path PATHS ");
    Run schema = run("schema", "--help");
    assertThat(schema.status()).isZero();
    assertThat(schema.out()).isEqualTo(Command.SCHEMA.help())
        .startsWith("Usage: articles schema --type CLASS [--class-path PATHS]")
        .contains("  --unknown-keys MODE ", "--exclude GLOB", "Exit status:");
    assertThat(run("--help").out()).contains("  schema    Print the JSON Schema of your own");
  }

  /** One line that names the bad argument and points at the command's help; status 2. */
  private static void assertUsageError(Run r, String who, String message) {
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(who + ": " + message + "; see " + who + " --help\n");
  }
}
