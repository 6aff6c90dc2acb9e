package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Conversion;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.WriteMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code articles convert --to yaml|toml|json [--dry-run] [--write-mode MODE] PATH...}:
 * rewrites each article's front matter in the target format, saved as {@code set} saves
 * (atomically by default), and reports one line per file
 * ({@code converted}, {@code unchanged} or the refusal) plus the notes of each conversion.
 */
final class Convert {
  private final Format target;
  private final boolean dryRun;
  private final WriteMode mode;
  private final PrintStream out;
  private final boolean quiet;
  private final ArticleParser parser;
  private int converted;
  private int unchanged;
  private int refused;
  private int notWritten;

  private Convert(Format target, boolean dryRun, WriteMode mode, PrintStream out,
      Common common) {
    this.target = target;
    this.dryRun = dryRun;
    this.mode = mode;
    this.out = out;
    this.quiet = common.quiet();
    this.parser = ArticleParser.builder().profile(common.profile()).build();
  }

  static int run(String[] args, Common common, PrintStream out, PrintStream err) {
    Format target = null;
    boolean dryRun = false;
    WriteMode mode = WriteMode.AUTO;
    Args in = new Args(args, 0);
    for (String a = in.nextOption(); a != null; a = in.nextOption()) {
      if (a.equals("--dry-run")) {
        dryRun = true;
      } else if (a.equals("--write-mode") || a.startsWith("--write-mode=")) {
        String name = a.equals("--write-mode") ? in.value() : a.substring(13);
        mode = SetCommand.writeMode(name);
        if (mode == null) {
          return Main.usageError(err, Command.CONVERT, "--write-mode expects auto, replace or in-place but"
              + " found \"" + name + "\"");
        }
      } else if (a.equals("--to") || a.startsWith("--to=")) {
        String name = a.equals("--to") ? in.value() : a.substring(5);
        target = Main.named(name, Format.YAML, Format.TOML, Format.JSON);
        if (target == null) {
          return Main.usageError(err, Command.CONVERT, "--to expects yaml, toml or json but found \"" + name
              + "\"");
        }
      } else {
        return Main.usageError(err, Command.CONVERT, "unknown option \"" + a + "\"");
      }
    }
    List<String> paths = in.paths();
    if (target == null) {
      return Main.usageError(err, Command.CONVERT, "convert needs --to yaml|toml|json");
    }
    Convert c = new Convert(target, dryRun, mode, out, common);
    return Inputs.run(common, paths, out, err, c::convert, c::summary);
  }

  /** The last line: how many files were converted, were unchanged, were refused. */
  private String summary() {
    return converted + (dryRun ? " to convert, " : " converted, ") + unchanged + " unchanged, "
        + refused + " refused" + (notWritten > 0 ? ", " + notWritten + " not written" : "");
  }

  /** Converts one file (read within the default limits); 1 when it is refused. */
  private int convert(Path file, String source) throws IOException {
    try {
      Article a = parser.parse(file);
      if (a.format() == target) {
        unchanged++;
        if (!quiet) {
          out.println(source + ": unchanged (already " + name(target) + ")");
        }
        return 0;
      }
      Conversion c = a.convertTo(target);
      if (!dryRun) {
        try {
          SetCommand.write(c.article(), file, mode);
        } catch (IOException e) {
          notWritten++; // the caller reports why
          throw e;
        }
      }
      converted++;
      if (!quiet) {
        out.println(source + ": " + (dryRun ? "would convert " : "converted ")
            + name(a.format()) + " -> " + name(target));
        for (String note : c.notes()) {
          out.println("  note: " + note);
        }
      }
      return 0;
    } catch (ArticleException e) {
      refused++;
      for (Problem p : e.problems()) {
        out.println(p.summary());
      }
      return 1;
    }
  }

  private static String name(Format f) {
    return f.name().toLowerCase(Locale.ROOT);
  }
}
