package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.FrontMatterSchema;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.UnknownKeys;
import io.github.frontmatter.articles.internal.files.FileErrors;
import io.github.frontmatter.articles.internal.json.ValueJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code articles check [--strict] [--unknown-keys allow|warn|reject] [--format
 * text|json|sarif] [--schema FILE] [--verbose] [--type CLASS [--class-path PATHS]] PATH...}:
 * validates each article with the lenient read and reports every problem; with {@code --type},
 * also binds each front matter to the caller's own type ({@link TypeCheck}) and reports its
 * problems beside reading's.
 *
 * <p>Text output is one {@link Problem#summary()} line per problem ({@code --verbose} adds the
 * excerpt with its caret) and a last line {@code N files, E errors, W warnings}. {@code --format
 * json} prints one JSON document, {@code --format sarif} a SARIF 2.1.0 log; docs/cli.md shows
 * each.
 *
 * <p>Exit status: 0 when no file has an error, 1 when some file has one (with {@code
 * --strict} every warning is an error), 2 for a usage error or an I/O error. An I/O error on
 * one file is reported on standard error and the other files are still checked.
 */
final class Check {
  private Check() {}

  /** How the report is printed. */
  enum Output {
    TEXT, JSON, SARIF
  }

  /** The parsed command line of {@code check}. */
  record Options(boolean strict, UnknownKeys unknownKeys, Output output, String schema,
      boolean verbose, List<String> paths, TypeCheck type) {}

  /** The problems of one file that could be read. */
  record Checked(Path file, List<Problem> problems) {}

  /** A file that could not be read. */
  record Unreadable(Path file, String message) {}

  private static final Set<String> FLAGS =
      Set.of("--", "--strict", "--verbose", "-v");

  /** A check of more files than this draws a progress line on a terminal. */
  static final int PROGRESS_THRESHOLD = 200;

  static int run(String[] args, Common common, PrintStream out, PrintStream err,
      boolean terminal) {
    // the configuration file's settings, which the options given override
    Config config = common.config();
    boolean strict = config.strict();
    boolean verbose = false;
    UnknownKeys unknownKeys = config.unknownKeys() != null ? config.unknownKeys()
        : UnknownKeys.ALLOW;
    Output output = Output.TEXT;
    String schema = config.schema() != null ? config.schema().toString() : null;
    String type = null;
    String classPath = null;
    List<String> paths = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!options || !a.startsWith("-") || a.equals("-")) {
        paths.add(a);
        continue;
      }
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      boolean takesValue = name.equals("--unknown-keys") || name.equals("--format")
          || name.equals("--schema") || name.equals("--type") || name.equals("--class-path");
      if (!takesValue && !FLAGS.contains(name)) {
        return Main.usageError(err, Command.CHECK, "unknown option \"" + a + "\"");
      }
      if (!takesValue && !name.equals(a)) {
        return Main.usageError(err, Command.CHECK, "option \"" + name + "\" takes no value");
      }
      String value = null;
      if (takesValue) {
        if (!name.equals(a)) {
          value = a.substring(name.length() + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          return Main.usageError(err, Command.CHECK, name + " needs a value");
        }
      }
      switch (name) {
        case "--" -> options = false;
        case "--strict" -> strict = true;
        case "--verbose", "-v" -> verbose = true;
        case "--unknown-keys" -> {
          unknownKeys = Main.named(value, UnknownKeys.values());
          if (unknownKeys == null) {
            return Main.usageError(err, Command.CHECK, "--unknown-keys expects allow, warn or reject but found"
                + " \"" + value + "\"");
          }
        }
        case "--format" -> {
          output = Main.named(value, Output.values());
          if (output == null) {
            return Main.usageError(err, Command.CHECK, "--format expects text, json or sarif but found \""
                + value + "\"");
          }
        }
        case "--schema" -> {
          if (value.isEmpty()) {
            return Main.usageError(err, Command.CHECK, "--schema needs a FILE");
          }
          schema = value;
        }
        case "--type" -> {
          if (value.isEmpty()) {
            return Main.usageError(err, Command.CHECK, "--type needs a CLASS");
          }
          type = value;
        }
        case "--class-path" -> classPath = value;
        default -> {
          return Main.usageError(err, Command.CHECK, "unknown option \"" + a + "\"");
        }
      }
    }
    if (paths.isEmpty()) {
      return Main.usageError(err, Command.CHECK, "check needs at least one PATH");
    }
    if (classPath != null && type == null && config.type() == null) {
      return Main.usageError(err, Command.CHECK, "--class-path needs --type CLASS");
    }
    // --type replaces the file's type; the file's class path stays unless --class-path is given
    String from = type != null ? "--type" : config.file() + ": type";
    type = type != null ? type : config.type();
    classPath = classPath != null ? classPath : config.classPathValue();
    TypeCheck typeCheck = null;
    if (type != null) {
      typeCheck = TypeCheck.load(type, classPath, unknownKeys, strict, err, from);
      if (typeCheck == null) {
        return 2;
      }
    }
    return check(new Options(strict, unknownKeys, output, schema, verbose, List.copyOf(paths),
        typeCheck), common, out, err, terminal);
  }

  /**
   * Builds the parser that {@code opts} asks for, or reports why it cannot and returns null
   * (exit status 2).
   */
  static ArticleParser parser(Options opts, Common common, PrintStream err) {
    ArticleParser.Builder builder = ArticleParser.builder()
        .profile(common.profile())
        // under --type, --unknown-keys is about the keys the type does not take
        .unknownKeys(opts.type() == null ? opts.unknownKeys() : UnknownKeys.ALLOW)
        // with severities from the configuration file, --strict applies after them (below)
        .warningsAsErrors(opts.strict() && common.config().severity().isEmpty());
    if (opts.schema() != null) {
      String shown = opts.schema();
      try {
        builder.schema(FrontMatterSchema.of(Path.of(shown)));
      } catch (IOException e) {
        err.println("articles: --schema " + shown + ": expected a JSON Schema file but it"
            + " cannot be read: " + FileErrors.reason(e, shown));
        err.flush();
        return null;
      } catch (IllegalArgumentException e) { // not JSON, not a schema; or a bad path
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // the library's message may start with the file's name: do not say it twice
        if (why.startsWith(shown + ": ")) {
          why = why.substring(shown.length() + 2);
        }
        err.println("articles: --schema " + shown + ": " + why);
        err.flush();
        return null;
      }
    }
    return builder.build();
  }

  private static int check(Options opts, Common common, PrintStream out, PrintStream err,
      boolean terminal) {
    ArticleParser parser = parser(opts, common, err);
    if (parser == null) {
      return 2;
    }
    Inputs inputs = Inputs.of(opts.paths(), common, err);
    if (inputs == null) {
      return 2;
    }
    List<Path> files = inputs.files();
    Progress progress = new Progress(err,
        files.size(), terminal && files.size() > PROGRESS_THRESHOLD);
    List<Checked> checked = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    int errors = 0;
    int warnings = 0;
    for (Path file : files) {
      String source = file.toString();
      List<Problem> problems;
      try {
        ParseResult read = parser.read(file); // within the parser's limits, read bounded
        problems = severities(opts.type() == null ? read.problems() : opts.type().problems(read),
            opts, common);
      } catch (IOException e) {
        progress.clear();
        String message = "cannot be read: " + FileErrors.reason(e, source);
        err.println("articles: " + source + ": " + message);
        unreadable.add(new Unreadable(file, message));
        progress.step();
        continue;
      }
      checked.add(new Checked(file, problems));
      for (Problem p : problems) {
        if (p.severity() == Severity.ERROR) {
          errors++;
        } else {
          warnings++;
        }
      }
      if (opts.output() == Output.TEXT && !problems.isEmpty()) {
        progress.clear();
        for (Problem p : problems) {
          out.println(opts.verbose() ? p.toString() : p.summary());
        }
        out.flush();
      }
      progress.step();
    }
    progress.clear();
    Counts counts = new Counts(checked.size(), errors, warnings, unreadable.size());
    switch (opts.output()) {
      case TEXT -> {
        if (!common.quiet()) {
          out.println(counts.line());
        }
      }
      case JSON -> Main.writeJson(out, json(checked, counts));
      case SARIF -> Main.writeJson(out,
          Sarif.log(checked, unreadable, !inputs.walkFailed(), Path.of("").toAbsolutePath(),
              version()));
    }
    out.flush();
    err.flush();
    if (inputs.walkFailed() || !unreadable.isEmpty()) {
      return 2;
    }
    return errors > 0 ? 1 : 0;
  }

  /**
   * The configuration file's severities, then {@code --strict} (which the parser applies
   * itself when there are none): {@code severity: {title-missing: warning}} with {@code
   * --strict} is still an error, as --strict promises that no warning passes.
   */
  private static List<Problem> severities(List<Problem> problems, Options opts,
      Common common) {
    if (common.config().severity().isEmpty()) {
      return problems;
    }
    List<Problem> set = common.severities(problems);
    if (!opts.strict()) {
      return set;
    }
    List<Problem> strict = new ArrayList<>(set.size());
    for (Problem p : set) {
      strict.add(p.severity() == Severity.WARNING
          ? new Problem(p.rule(), Severity.ERROR, p.path(), p.location(), p.message(),
              p.excerpt())
          : p);
    }
    return strict;
  }

  /** What the last line of the text report and the JSON summary say. */
  record Counts(int files, int errors, int warnings, int unreadable) {
    String line() {
      return plural(files, "file") + ", " + plural(errors, "error") + ", "
          + plural(warnings, "warning")
          + (unreadable > 0 ? ", " + unreadable + " not read" : "");
    }

    private static String plural(int n, String word) {
      return n + " " + word + (n == 1 ? "" : "s");
    }
  }

  static ObjectNode json(List<Checked> checked, Counts counts) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ArrayNode files = root.putArray("files");
    for (Checked c : checked) {
      ObjectNode file = files.addObject();
      file.put("source", c.file().toString());
      ArrayNode problems = file.putArray("problems");
      for (Problem p : c.problems()) {
        problems.add(ValueJson.problem(p));
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", counts.files());
    summary.put("errors", counts.errors());
    summary.put("warnings", counts.warnings());
    summary.put("unreadable", counts.unreadable());
    return root;
  }

  private static volatile String version;

  /** The library's version, from the filtered resource {@code version.properties}. */
  static String version() {
    String v = version;
    if (v == null) {
      Properties p = new Properties();
      try (InputStream in = Check.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      v = p.getProperty("version", "unknown");
      version = v;
    }
    return v;
  }

  /**
   * A carriage-return progress line on standard error ({@code checking 120/2945}), shown only
   * when asked (a terminal and many files); redrawn when the percentage changes, and cleared
   * before anything else is printed.
   */
  static final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private int done;
    private int shownPercent = -1;
    private int width;

    Progress(PrintStream err, int total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
    }

    void step() {
      done++;
      if (!enabled) {
        return;
      }
      int percent = (int) (100L * done / total);
      if (percent != shownPercent || width == 0) {
        shownPercent = percent;
        String line = "checking " + done + "/" + total + " files (" + percent + "%)";
        err.print("\r" + line);
        err.flush();
        width = line.length();
      }
    }

    void clear() {
      if (enabled && width > 0) {
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
      }
    }
  }
}
