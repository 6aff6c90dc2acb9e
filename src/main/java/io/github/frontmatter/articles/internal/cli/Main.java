package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.internal.json.ArticleJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The command line: {@code articles show PATH...}, {@code articles convert --to FORMAT
 * PATH...} and {@code articles check PATH...} (see {@link Check}).
 *
 * <p>Each PATH is a file (read whatever its name) or a directory (searched for {@code *.md}
 * and {@code *.markdown} files, in sorted order; see {@link
 * io.github.frontmatter.articles.internal.files.Walk}). The articles are printed to standard output
 * as one pretty-printed JSON array in UTF-8, each element in the shape of {@link
 * ArticleJson}; a file that is not a readable article gives {@code {source, error:
 * {rule, line, column, message}}} and the others are still read.
 *
 * <p>Exit codes: 0 when every file was read; 1 when some file is not a readable article; 2
 * for a usage error (unknown command or option, no paths), a path that does not exist or
 * cannot be read (nothing is printed to standard output then), or an I/O error while reading
 * a file found in a directory (reported on standard error; the other files are still
 * printed). Messages go to standard error.
 */
public final class Main {
  static final String USAGE =
      String.join(
          "\n",
          "Usage: articles show PATH...",
          "       articles convert --to yaml|toml|json [--dry-run]",
          "                        [--write-mode auto|replace|in-place] PATH...",
          "       articles check [--strict] [--unknown-keys allow|warn|reject]",
          "                      [--format text|json|sarif] [--schema FILE] [--verbose] PATH...",
          "       articles set [--add-tag T] [--remove-tag T] [--add-category C]",
          "                    [--remove-category C] [--add-widget W] [--remove-widget W]",
          "                    [--set KEY=VALUE] [--unset KEY] [--dry-run]",
          "                    [--write-mode auto|replace|in-place] PATH...",
          "       articles --help",
          "",
          "Commands:",
          "  show PATH...  Print the articles at PATH as a JSON array. A PATH is a file, or a",
          "                directory searched for *.md and *.markdown files (sorted; symbolic",
          "                links leading out of it are not followed).",
          "  convert       Rewrite the front matter of each article in another format, in",
          "                place (atomically), the body unchanged. Values the target cannot",
          "                hold (null in TOML) are refused, never dropped; other changes",
          "                (key order, dates as strings) are reported. --dry-run writes",
          "                nothing. --write-mode as for set.",
          "  check         Validate each article: one line per problem",
          "                (file:line:col: severity: message [rule]), then",
          "                \"N files, E errors, W warnings\".",
          "                --strict             warnings count as errors",
          "                --unknown-keys MODE  keys that are neither Hugo's nor Mainroad's:",
          "                                     allow (default), warn or reject",
          "                --format FORMAT      text (default), json, or sarif (SARIF 2.1.0)",
          "                --schema FILE        validate against your own JSON Schema instead",
          "                                     of the built-in rules",
          "                --verbose            show the source line and a caret (text)",
          "  set           Edit every article the same way, in place (atomically), changing",
          "                only the text of the edited values; files the edits leave as they",
          "                are are not written. VALUE is JSON (true, 3, \"x\", [\"a\"]) or",
          "                else text. --dry-run prints a unified diff and writes nothing.",
          "                --write-mode MODE  how each file is saved: auto (default) replaces",
          "                                   it atomically, or writes into it where a",
          "                                   replace would lose something (hard links,",
          "                                   another user's file) or is not allowed (a",
          "                                   sticky folder); replace always replaces it or",
          "                                   fails; in-place writes into it (keeps owner",
          "                                   and links, not atomic).",
          "",
          "Exit status: 0 all files read (and converted; for check: no errors), 1 some file",
          "             is not a readable article (or was refused; for check: has an error),",
          "             2 usage error or unreadable path.",
          "");

  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")))
          .build();

  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    // The schema validator uses SLF4J, and SLF4J with no provider (there is none in the cli
    // jar) prints a three-line notice on the first check. Only errors of its own, unless the
    // user asks for more (-Dslf4j.internal.verbosity=WARN in ARTICLES_OPTS).
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    // bytes go through unchanged: the JSON is UTF-8 whatever the platform's default charset
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    // a progress line for long checks, only when the console is a terminal (not in pipes)
    int status = run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    if (Boolean.getBoolean(CdsTraining.PROPERTY)) {
      // bin/articles is saving the loaded classes for the next start: load the usual ones
      CdsTraining.run();
    }
    if (status != 0) {
      // only on failure: under "mvn exec:java" this JVM is Maven's, which then ends normally
      System.exit(status);
    }
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments, without the program name
   * @param out where the JSON goes, as UTF-8 bytes
   * @param err where messages go
   * @return the exit status: 0, 1 or 2 as described above
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  /**
   * Runs the command line; {@code terminal} says whether standard error is a terminal, where
   * {@code check} may draw a progress line.
   */
  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    if (args.length == 0) {
      return usageError(err, "no command given");
    }
    String command = args[0];
    if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
      out.print(USAGE);
      out.flush();
      return 0;
    }
    if (command.equals("set")) {
      return SetCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (command.equals("convert")) {
      return Convert.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (command.equals("check")) {
      return Check.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err, terminal);
    }
    if (!command.equals("show")) {
      return usageError(err, "unknown command \"" + command + "\"");
    }
    Args in = new Args(args, 1);
    String option = in.nextOption(); // show's only option is --help
    if (option != null && (option.equals("--help") || option.equals("-h"))) {
      out.print(USAGE);
      out.flush();
      return 0;
    } else if (option != null) {
      return usageError(err, "unknown option \"" + option + "\"");
    }
    List<String> paths = in.paths();
    if (paths.isEmpty()) {
      return usageError(err, "show needs at least one PATH");
    }
    return show(paths, out, err);
  }

  /**
   * The one of {@code choices} that an option's value names, its name in any case ({@code
   * --format JSON}); null when none does.
   */
  @SafeVarargs
  static <E extends Enum<E>> E named(String value, E... choices) {
    String name = value.toLowerCase(Locale.ROOT);
    for (E e : choices) {
      if (e.name().toLowerCase(Locale.ROOT).equals(name)) {
        return e;
      }
    }
    return null;
  }

  static int usageError(PrintStream err, String message) {
    err.println("articles: " + message);
    err.print(USAGE);
    err.flush();
    return 2;
  }

  private static int show(List<String> args, PrintStream out, PrintStream err) {
    Inputs inputs = Inputs.of(args, err);
    if (inputs == null) {
      return 2;
    }
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    int status = inputs.forEach(err, "cannot be read: ", (file, source) -> {
      try {
        result.add(ArticleJson.toJson(Articles.parse(file))); // within the default limits
        return 0;
      } catch (ArticleException e) {
        result.add(ArticleJson.error(source, e));
        return 1;
      }
    });
    writeJson(out, result);
    err.flush();
    return status;
  }

  /** Writes pretty-printed JSON as UTF-8 bytes and a newline. */
  static void writeJson(PrintStream out, JsonNode node) {
    byte[] json = JSON.writeValueAsBytes(node);
    out.write(json, 0, json.length);
    out.write('\n');
    out.flush();
  }
}
