package io.github.frontmatter.articles.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The work a first run does after the user's command when {@code bin/articles} is saving a
 * class-data sharing archive ({@code -Darticles.cds.train=true}, see src/dist/bin/articles):
 * each command once on three small articles (YAML, TOML, JSON front matter), text, JSON and
 * SARIF output and a JSON Schema check, so that the archive holds the classes of every
 * command and not only of the one that happened to run first. Nothing is printed; failures
 * are ignored, as the archive is only an optimisation.
 */
final class CdsTraining {
  static final String PROPERTY = "articles.cds.train";

  private CdsTraining() {}

  static void run() {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("articles-cds");
      Files.writeString(dir.resolve("a.md"), "---\ntitle: \"A\"\ndate: 2025-02-12T07:02:11Z\n"
          + "tags: [a, b]\ncategories: x\nthumbnail: img/a.png\n---\n\n# A\n\nText *em* [l](u)."
          + "\n\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("b.md"), "+++\ntitle = \"B\"\ndate = 2024-01-02\n"
          + "tags = [\"b\"]\n+++\nBody.\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("c.md"), "{\n  \"title\": \"C\",\n  \"draft\": true\n}\n"
          + "Body.\n", StandardCharsets.UTF_8);
      Path schema = dir.resolve("schema.json");
      try (InputStream in = CdsTraining.class.getResourceAsStream(
          "/io/github/frontmatter/articles/article.schema.json")) {
        if (in != null) {
          Files.write(schema, in.readAllBytes());
        }
      }
      PrintStream none = new PrintStream(OutputStream.nullOutputStream(), false,
          StandardCharsets.UTF_8);
      String d = dir.toString();
      Main.run(new String[] {"show", d}, none, none);
      Main.run(new String[] {"check", "--verbose", d}, none, none);
      Main.run(new String[] {"check", "--format", "json", d}, none, none);
      Main.run(new String[] {"check", "--format", "sarif", d}, none, none);
      if (Files.exists(schema)) {
        Main.run(new String[] {"check", "--schema", schema.toString(), d}, none, none);
      }
      Main.run(new String[] {"set", "--dry-run", "--add-tag", "t", "--set", "draft=true", d},
          none, none);
      Main.run(new String[] {"convert", "--dry-run", "--to", "toml", d}, none, none);
      Main.run(new String[] {"convert", "--dry-run", "--to", "yaml", d}, none, none);
      Main.run(new String[] {"--help"}, none, none);
      Main.run(new String[] {"nonsense"}, none, none);
    } catch (IOException | RuntimeException e) {
      // the archive is only an optimisation: a failure here must not change the run
    } finally {
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
          // a temporary folder left behind is harmless
        }
      }
    }
  }
}
