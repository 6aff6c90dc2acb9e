package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.ArticleException;
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
 * The command line: {@code articles show|check|set|convert [OPTION...] PATH...}, {@code
 * articles schema --type CLASS}, {@code
 * articles --help}, {@code articles COMMAND --help}, {@code articles --version}. The public
 * entry point is {@link io.github.frontmatter.articles.cli.Main}; docs/cli.md is the manual.
 *
 * <p>{@link Command} lists the commands with their help; {@link Common} reads the options
 * every command has and the configuration file ({@link Config}); each command's class ({@link
 * Check}, {@link SetCommand}, {@link Convert}, {@link SchemaCommand}, and {@code show} here)
 * reads its own options.
 * Each PATH is a file (read whatever its name) or a directory (searched for {@code *.md} and
 * {@code *.markdown} files, in sorted order; see {@link
 * io.github.frontmatter.articles.internal.files.Walk}).
 *
 * <p>{@code show} prints the articles to standard output as one pretty-printed JSON array in
 * UTF-8, each element in the shape of {@link ArticleJson}; a file that is not a readable
 * article gives {@code {source, error: {rule, line, column, message}}} and the others are
 * still read.
 *
 * <p>Exit codes ({@link #EXIT_STATUS}): 0 when every file was read; 1 when some file is not a
 * readable article (for check: has an error); 2 for a usage error (one line on standard
 * error, naming the argument), a path that does not exist or holds no Markdown files, a
 * schema or configuration file that cannot be used (nothing is printed to standard output
 * then), or an I/O error while reading a file (reported on standard error; the other files
 * are still done). Messages go to standard error.
 */
public final class Main {
  /** The exit status, as every help text ends. */
  static final String EXIT_STATUS = String.join("\n",
      "Exit status: 0 all files read (and changed; for check: no errors),",
      "             1 some file is not a readable article or was refused (for check: has",
      "               an error, or with --strict a warning),",
      "             2 usage error, a PATH that does not exist or holds no Markdown files,",
      "               a schema or configuration file that cannot be used, an I/O error.",
      "Manual: docs/cli.md",
      "");

  /** What {@code articles --help} prints: the commands, then the shared options. */
  static final String USAGE = String.join("\n",
      "Usage: articles COMMAND [OPTION...] PATH...",
      "       articles COMMAND --help",
      "       articles --version",
      "",
      "A PATH is a file, or a folder searched for *.md and *.markdown files (sorted;",
      "symbolic links leading out of it are not followed).",
      "",
      "Commands:",
      commandList(),
      "") + "\n" + Common.HELP + "\n" + EXIT_STATUS;

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
      return usageError(err, null, "no command given");
    }
    String name = args[0];
    if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
      Command about = args.length > 1 && name.equals("help") ? Command.of(args[1]) : null;
      if (args.length > 1 && name.equals("help") && about == null) {
        return usageError(err, null, "unknown command \"" + args[1] + "\"");
      }
      out.print(about != null ? about.help() : USAGE);
      out.flush();
      return 0;
    }
    if (name.equals("--version") || name.equals("-V")) {
      out.println("articles " + Check.version());
      out.flush();
      return 0;
    }
    Command command = Command.of(name);
    if (command == null) {
      return usageError(err, null, name.startsWith("-") ? "unknown option \"" + name + "\""
          : "unknown command \"" + name + "\"");
    }
    Common common;
    try {
      common = Common.parse(command, java.util.Arrays.copyOfRange(args, 1, args.length));
    } catch (Common.UsageError e) {
      return usageError(err, command, e.getMessage());
    }
    if (common.help()) {
      out.print(command.help());
      out.flush();
      return 0;
    }
    if (!common.load(err)) {
      return 2;
    }
    String[] rest = common.rest();
    return switch (command) {
      case SET -> SetCommand.run(rest, common, out, err);
      case CONVERT -> Convert.run(rest, common, out, err);
      case CHECK -> Check.run(rest, common, out, err, terminal);
      case SHOW -> show(rest, common, out, err);
      case SCHEMA -> SchemaCommand.run(rest, common, out, err);
    };
  }

  private static int show(String[] args, Common common, PrintStream out, PrintStream err) {
    Args in = new Args(args, 0);
    String option = in.nextOption();
    if (option != null) {
      return usageError(err, Command.SHOW, "unknown option \"" + option + "\"");
    }
    List<String> paths = in.paths();
    if (paths.isEmpty()) {
      return usageError(err, Command.SHOW, "show needs at least one PATH");
    }
    return show(paths, common, out, err);
  }

  /** The commands and what each does, one line each, for {@link #USAGE}. */
  private static String commandList() {
    StringBuilder b = new StringBuilder();
    for (Command c : Command.values()) {
      b.append(String.format("  %-9s %s", c.label(), c.summary())).append('\n');
    }
    return b.toString().stripTrailing();
  }

  /** The profiles' names as options take them: hugo, jekyll, .... */
  static String profileNames() {
    StringBuilder b = new StringBuilder();
    for (io.github.frontmatter.articles.Profile p : io.github.frontmatter.articles.Profile.values()) {
      b.append(b.length() > 0 ? ", " : "").append(p.name().toLowerCase(Locale.ROOT));
    }
    return b.toString();
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

  /**
   * Reports a usage error in one line that names the bad argument and where help is ({@code
   * articles check: unknown option "--fix"; see articles check --help}); returns 2.
   */
  static int usageError(PrintStream err, Command command, String message) {
    String who = command == null ? "articles" : "articles " + command.label();
    err.println(who + ": " + message + "; see " + who + " --help");
    err.flush();
    return 2;
  }

  private static int show(List<String> args, Common common, PrintStream out,
      PrintStream err) {
    Inputs inputs = Inputs.of(args, common, err);
    io.github.frontmatter.articles.ArticleParser parser =
        io.github.frontmatter.articles.ArticleParser.builder().profile(common.profile()).build();
    if (inputs == null) {
      return 2;
    }
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    int status = inputs.forEach(err, "cannot be read: ", (file, source) -> {
      try {
        result.add(ArticleJson.toJson(parser.parse(file))); // within the default limits
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
