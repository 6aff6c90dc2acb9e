package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Conversion;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code articles convert --to yaml|toml|json [--dry-run] PATH...}: rewrites each article's
 * front matter in the target format, in place and atomically, and reports one line per file
 * ({@code converted}, {@code unchanged} or the refusal) plus the notes of each conversion.
 */
final class Convert {
  private Convert() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    Format target = null;
    boolean dryRun = false;
    List<String> paths = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (options && a.equals("--")) {
        options = false;
      } else if (options && a.equals("--dry-run")) {
        dryRun = true;
      } else if (options && (a.equals("--to") || a.startsWith("--to="))) {
        String name = a.equals("--to") ? (i + 1 < args.length ? args[++i] : "") : a.substring(5);
        target = format(name);
        if (target == null) {
          return Main.usageError(err, "--to expects yaml, toml or json but found \"" + name
              + "\"");
        }
      } else if (options && a.startsWith("-") && a.length() > 1) {
        return Main.usageError(err, "unknown option \"" + a + "\"");
      } else {
        paths.add(a);
      }
    }
    if (target == null) {
      return Main.usageError(err, "convert needs --to yaml|toml|json");
    }
    if (paths.isEmpty()) {
      return Main.usageError(err, "convert needs at least one PATH");
    }
    Inputs inputs = Inputs.of(paths, err);
    if (inputs == null) {
      return 2;
    }
    int status = inputs.walkFailed() ? 2 : 0;
    int converted = 0;
    int unchanged = 0;
    int refused = 0;
    for (Path file : inputs.files()) {
      String source = file.toString();
      try {
        Article a = Articles.parse(Files.readAllBytes(file), source);
        if (a.format() == target) {
          unchanged++;
          out.println(source + ": unchanged (already " + name(target) + ")");
          continue;
        }
        Conversion c = a.convertTo(target);
        if (!dryRun) {
          Articles.write(c.article(), file);
        }
        converted++;
        out.println(source + ": " + (dryRun ? "would convert " : "converted ")
            + name(a.format()) + " -> " + name(target));
        for (String note : c.notes()) {
          out.println("  note: " + note);
        }
      } catch (ArticleException e) {
        refused++;
        for (Problem p : e.problems()) {
          out.println(p.summary());
        }
        status = Math.max(status, 1);
      } catch (IOException e) {
        err.println("articles: " + source + ": " + e.getMessage());
        status = 2;
      }
    }
    out.println(converted + (dryRun ? " to convert, " : " converted, ") + unchanged
        + " unchanged, " + refused + " refused");
    out.flush();
    err.flush();
    return status;
  }

  private static Format format(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "yaml" -> Format.YAML;
      case "toml" -> Format.TOML;
      case "json" -> Format.JSON;
      default -> null;
    };
  }

  private static String name(Format f) {
    return f.name().toLowerCase(Locale.ROOT);
  }
}
