package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.WriteMode;
import io.github.frontmatter.articles.internal.json.ValueJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code articles set [edits] [--dry-run] [--write-mode auto|replace|in-place] PATH...}: the
 * same edits on every article, each file saved with {@code Articles.write} in the mode given
 * (by default atomically, in place only where a replace would lose something or is not
 * allowed), changing only the text of the edited values. Files the edits do not change are
 * not written at all.
 */
final class SetCommand {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final List<Edit> edits;
  private final boolean dryRun;
  private final WriteMode mode;
  private final PrintStream out;
  private final boolean quiet;
  private final ArticleParser parser;
  private int changed;
  private int unchanged;
  private int failed;

  private SetCommand(List<Edit> edits, boolean dryRun, WriteMode mode, PrintStream out,
      Common common) {
    this.edits = edits;
    this.dryRun = dryRun;
    this.mode = mode;
    this.out = out;
    this.quiet = common.quiet();
    this.parser = ArticleParser.builder().profile(common.profile()).build();
  }

  /** One edit, with how it reads in reports. */
  private record Edit(String label, UnaryOperator<Article> apply) {}

  static int run(String[] args, Common common, PrintStream out, PrintStream err) {
    List<Edit> edits = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    boolean dryRun = false;
    WriteMode mode = WriteMode.AUTO;
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (options && a.equals("--")) {
        options = false;
        continue;
      }
      if (!options || !a.startsWith("--")) {
        paths.add(a);
        continue;
      }
      if (a.equals("--dry-run")) {
        dryRun = true;
        continue;
      }
      boolean inline = a.startsWith("--write-mode=");
      if (!inline && i + 1 >= args.length) {
        return Main.usageError(err, Command.SET, a + " needs a value");
      }
      String v = inline ? a.substring("--write-mode=".length()) : args[++i];
      switch (inline ? "--write-mode" : a) {
        case "--write-mode" -> {
          mode = writeMode(v);
          if (mode == null) {
            return Main.usageError(err, Command.SET, "--write-mode expects auto, replace or in-place but"
                + " found \"" + v + "\"");
          }
        }
        case "--add-tag" -> edits.add(listEdit("tags", v, true));
        case "--remove-tag" -> edits.add(listEdit("tags", v, false));
        case "--add-category" -> edits.add(listEdit("categories", v, true));
        case "--remove-category" -> edits.add(listEdit("categories", v, false));
        case "--add-widget" -> edits.add(listEdit("widgets", v, true));
        case "--remove-widget" -> edits.add(listEdit("widgets", v, false));
        case "--unset" -> edits.add(new Edit("unset " + v, art -> art.without(v)));
        case "--set" -> {
          int eq = v.indexOf('=');
          if (eq <= 0) {
            return Main.usageError(err, Command.SET, "--set expects KEY=VALUE but found \"" + v + "\"");
          }
          String key = v.substring(0, eq);
          Value value = parseValue(v.substring(eq + 1));
          edits.add(new Edit("set " + key, art -> art.with(key, value)));
        }
        default -> {
          return Main.usageError(err, Command.SET, "unknown option \"" + a + "\"");
        }
      }
    }
    if (edits.isEmpty()) {
      return Main.usageError(err, Command.SET, "set needs at least one edit (--add-tag, --set KEY=VALUE, ...)");
    }
    SetCommand set = new SetCommand(edits, dryRun, mode, out, common);
    return Inputs.run(common, paths, out, err, set::edit, set::summary);
  }

  /** The last line: how many files were changed, were unchanged, could not be changed. */
  private String summary() {
    return changed + (dryRun ? " to change, " : " changed, ") + unchanged + " unchanged"
        + (failed > 0 ? ", " + failed + " not changed because of errors" : "");
  }

  /** Edits one file (read within the default limits); 1 when it cannot be edited. */
  private int edit(Path file, String source) throws IOException {
    try {
      Article before = parser.parse(file);
      Article after = before;
      List<String> applied = new ArrayList<>();
      for (Edit e : edits) {
        Article next = e.apply().apply(after);
        if (!next.text().equals(after.text())) {
          applied.add(e.label());
        }
        after = next;
      }
      if (after.text().equals(before.text())) {
        unchanged++;
        return 0;
      }
      if (dryRun) {
        out.print(UnifiedDiff.of("a/" + source, before.text(), "b/" + source, after.text()));
      } else {
        try {
          write(after, file, mode);
        } catch (IOException e) {
          failed++; // counted as not changed: the caller reports why
          throw e;
        }
        if (!quiet) {
          out.println(source + ": " + String.join(", ", applied));
        }
      }
      changed++;
      return 0;
    } catch (ArticleException e) {
      failed++;
      out.println(e.problems().get(0).summary());
      return 1;
    } catch (IllegalArgumentException e) {
      failed++;
      out.println(source + ": not changed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * The mode {@code --write-mode} names: auto, replace or in-place (any case, {@code _} for
   * {@code -}); null for anything else.
   */
  static WriteMode writeMode(String name) {
    return Main.named(name.replace('-', '_'), WriteMode.values());
  }

  /**
   * Writes the edited article as {@code --write-mode} says. The library's refusals name its
   * API ({@code WriteMode.IN_PLACE}); on the command line the same advice is the option.
   */
  static void write(Article article, Path file, WriteMode mode) throws IOException {
    try {
      Articles.write(article, file, mode);
    } catch (FileSystemException e) {
      String reason = e.getReason();
      if (reason == null || !reason.contains("WriteMode.")) {
        throw e;
      }
      String cli = reason.replace("WriteMode.IN_PLACE or AUTO", "--write-mode in-place or auto")
          .replace("WriteMode.IN_PLACE", "--write-mode in-place")
          .replace("WriteMode.REPLACE", "--write-mode replace");
      FileSystemException said = e instanceof AccessDeniedException
          ? new AccessDeniedException(e.getFile(), e.getOtherFile(), cli)
          : e instanceof NoSuchFileException
          ? new NoSuchFileException(e.getFile(), e.getOtherFile(), cli)
          : new FileSystemException(e.getFile(), e.getOtherFile(), cli);
      said.initCause(e);
      throw said;
    }
  }

  /** Adds an item at the end of a list (if absent) or removes every copy of it. */
  private static Edit listEdit(String field, String item, boolean add) {
    return new Edit((add ? "add " : "remove ") + field + " " + item, art -> {
      List<String> now = switch (field) {
        case "tags" -> art.tags();
        case "categories" -> art.categories();
        default -> art.widgets();
      };
      if (add == now.contains(item)) {
        return art;
      }
      List<String> next = new ArrayList<>(now);
      if (add) {
        next.add(item);
      } else {
        next.removeIf(item::equals);
      }
      return switch (field) {
        case "tags" -> art.withTags(next);
        case "categories" -> art.withCategories(next);
        default -> art.withWidgets(next);
      };
    });
  }

  /** A JSON value (true, 3, "x", [..], {..}) as that value; anything else as text. */
  static Value parseValue(String text) {
    try {
      JsonNode node = JSON.readTree(text.getBytes(StandardCharsets.UTF_8));
      if (node != null && !node.isMissingNode()) {
        return ValueJson.readPlain(node);
      }
    } catch (JacksonException e) {
      // not JSON: plain text
    }
    return new Value.Text(text);
  }

}
