package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.internal.read.Dialect;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options every command has ({@code --quiet}, {@code --exclude}, {@code --config}, {@code
 * --no-config}, {@code --profile}, {@code --help}), read before the command's own options,
 * merged with the configuration file ({@link Config}). The command's own options and the
 * PATHs are left, in order, in {@link #rest()}.
 */
final class Common {
  static final String HELP = String.join("\n",
      "Options of every command:",
      "  --exclude GLOB    leave out files that match (repeatable): README.md, drafts,",
      "                    notes/** (below the current folder); added to .articles.yml's",
      "  --profile NAME    the generator whose rules read the articles: auto (the",
      "                    default: found from the site's configuration files, else",
      "                    hugo), " + Main.profileNames(),
      "  --config FILE     settings from FILE instead of the nearest .articles.yml",
      "  --no-config       read no .articles.yml",
      "  --quiet, -q       print problems, diffs and JSON only: no summary or per-file lines",
      "  --help, -h        this help",
      "");

  private final Command command;
  private final List<String> rest = new ArrayList<>();
  private final List<String> excludeArgs = new ArrayList<>();
  private boolean quiet;
  private boolean help;
  private boolean noConfig;
  private String configArg;
  private Profile profileArg;
  private boolean autoArg;
  private String firstPath;
  private Profile detected;
  private Config config = Config.NONE;
  private final Excludes excludes = new Excludes();

  private Common(Command command) {
    this.command = command;
  }

  /** Thrown for a usage error: the message names the bad argument. */
  static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message);
    }
  }

  /** Reads the shared options out of {@code args} (the arguments after the command). */
  static Common parse(Command command, String[] args) throws UsageError {
    Common c = new Common(command);
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!options || !a.startsWith("-") || a.equals("-")) {
        c.rest.add(a);
        if (c.firstPath == null) {
          c.firstPath = a;
        }
        continue;
      }
      if (a.equals("--")) {
        options = false;
        c.rest.add(a);
        continue;
      }
      int eq = a.indexOf('=');
      String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
      switch (name) {
        case "--help", "-h" -> c.help = true;
        case "--quiet", "-q" -> c.quiet = true;
        case "--no-config" -> c.noConfig = true;
        case "--exclude", "--config", "--profile" -> {
          String value;
          if (eq > 0 && a.startsWith("--")) {
            value = a.substring(eq + 1);
          } else if (i + 1 < args.length) {
            value = args[++i];
          } else {
            throw new UsageError(name + " needs a value");
          }
          if (name.equals("--exclude")) {
            String wrong = new Excludes().add(value, Path.of(""));
            if (wrong != null) {
              throw new UsageError("--exclude expects " + wrong);
            }
            c.excludeArgs.add(value);
          } else if (name.equals("--config")) {
            if (value.isEmpty()) {
              throw new UsageError("--config needs a FILE");
            }
            c.configArg = value;
          } else if (value.equalsIgnoreCase("auto")) {
            c.profileArg = null;
            c.autoArg = true;
          } else {
            c.profileArg = Main.named(value, Profile.values());
            c.autoArg = false;
            if (c.profileArg == null) {
              throw new UsageError("--profile expects auto, " + Main.profileNames()
                  + " but found \"" + value + "\"");
            }
          }
        }
        default -> {
          c.rest.add(a);
          // the command's own option: its value (if it takes one and it is not "=value")
          // is the command's too, however it looks
          if (eq < 0 && command.takesValue(a) && i + 1 < args.length) {
            c.rest.add(args[++i]);
          }
        }
      }
    }
    if (c.configArg != null && c.noConfig) {
      throw new UsageError("--config and --no-config cannot both be given");
    }
    return c;
  }

  /**
   * Reads the configuration file (the one {@code --config} names, or the nearest {@value
   * Config#NAME}, unless {@code --no-config}) and sets the excludes up; false after
   * reporting why it cannot be used (exit status 2).
   */
  boolean load(PrintStream err) {
    Path file = noConfig ? null
        : configArg != null ? Path.of(configArg) : Config.find(Path.of(""));
    if (file != null) {
      try {
        config = Config.read(file);
      } catch (Config.Invalid e) {
        err.println("articles: " + e.getMessage());
        err.flush();
        return false;
      }
      Path folder = file.toAbsolutePath().getParent();
      for (String g : config.excludes()) {
        excludes.add(g, folder);
      }
    }
    for (String g : excludeArgs) {
      excludes.add(g, Path.of(""));
    }
    return true;
  }

  Command command() {
    return command;
  }

  String[] rest() {
    return rest.toArray(String[]::new);
  }

  boolean help() {
    return help;
  }

  boolean quiet() {
    return quiet;
  }

  Excludes excludes() {
    return excludes;
  }

  Config config() {
    return config;
  }

  /**
   * The profile: {@code --profile NAME}, else the configuration file's {@code profile}, else
   * (and with {@code auto}) the generator of the site the first PATH belongs to ({@link
   * Profile#detect}), else Hugo, the library's default.
   */
  Profile profile() {
    if (profileArg != null) {
      return profileArg;
    }
    if (!autoArg && config.profile() != null) {
      return config.profile();
    }
    if (detected == null) {
      detected = detect(firstPath);
    }
    return detected;
  }

  /** The generator of the site {@code path} is in, or Hugo when none is found. */
  private static Profile detect(String path) {
    try {
      return Profile.detect(Path.of(path == null ? "" : path).toAbsolutePath())
          .orElse(Profile.HUGO);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      // a PATH that does not exist: reading it reports that, whatever the profile
      return Profile.HUGO;
    }
  }

  /** The reading rules of {@link #profile()}: which files a folder holds, among others. */
  Dialect dialect() {
    return Dialect.of(profile());
  }

  /**
   * {@code problems} with the configuration file's severities: a rule set to {@code off} is
   * left out, the others get the severity named. Rules not named keep theirs.
   */
  List<Problem> severities(List<Problem> problems) {
    Map<String, Severity> levels = config.severity();
    if (levels.isEmpty()) {
      return problems;
    }
    List<Problem> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      if (!levels.containsKey(p.rule())) {
        out.add(p);
        continue;
      }
      Severity s = levels.get(p.rule());
      if (s != null) {
        out.add(s == p.severity() ? p
            : new Problem(p.rule(), s, p.path(), p.location(), p.message(), p.excerpt()));
      }
    }
    return out;
  }
}
