package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.internal.files.FileErrors;
import io.github.frontmatter.articles.internal.files.Walk;
import io.github.frontmatter.articles.internal.read.Dialect;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The files that PATH arguments name: a file as it is, a directory walked for articles (see
 * {@link Walk}). Paths that do not exist or cannot be read are reported before any file is
 * read, so that a typo never produces half a result.
 */
final class Inputs {
  private final List<Path> files;
  private final boolean walkFailed;

  private Inputs(List<Path> files, boolean walkFailed) {
    this.files = files;
    this.walkFailed = walkFailed;
  }

  /**
   * Returns the inputs, or null after reporting each bad path on {@code err}: one that does
   * not exist or cannot be read, a folder that holds no Markdown files, or one whose Markdown
   * files are all excluded. {@code excludes} leaves files out, whether found in a folder or
   * named (so that a hook passing every changed file honours the configuration file).
   */
  static Inputs of(List<String> args, Common common, PrintStream err) {
    Excludes excludes = common.excludes();
    Dialect dialect = common.dialect();
    List<Path> roots = new ArrayList<>();
    boolean bad = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      // counted only for the rare names that need it: thousands of arguments (xargs) stay linear
      boolean undecodable = a.indexOf('\uFFFD') >= 0;
      int occurrence = undecodable ? Collections.frequency(args.subList(0, i), a) : 0;
      int count = undecodable ? Collections.frequency(args, a) : 1;
      Path p = usablePath(a, occurrence, count, err);
      if (p == null) {
        bad = true;
      } else {
        roots.add(p);
      }
    }
    if (bad) {
      err.flush();
      return null;
    }
    List<Path> files = new ArrayList<>();
    boolean failed = false;
    boolean empty = false;
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        List<Path> found = new ArrayList<>();
        int[] skipped = {0};
        boolean walkFailed = walk(root, dialect, found, skipped, err);
        failed |= walkFailed;
        int before = found.size();
        found.removeIf(excludes::excludes);
        if (found.isEmpty() && !walkFailed && skipped[0] == 0) {
          // a typo in CI ("contnet/") must not pass as "0 files, 0 errors"
          err.println("articles: " + root + ": " + (before == 0
              ? "expected Markdown files (" + names(dialect) + ") but found none"
              : "expected Markdown files to read but all " + before
                  + " found are excluded (--exclude, .articles.yml)"));
          empty = true;
        }
        files.addAll(found);
      } else if (!excludes.excludes(root)) {
        files.add(root);
      }
    }
    if (empty) {
      err.flush();
      return null;
    }
    return new Inputs(files, failed);
  }

  /**
   * The path {@code a} names when it is a readable file or directory; else null, reported
   * with what is wrong: no such file, a broken link or a loop of links (named), a folder on
   * the way or the file itself that may not be read, not a file or directory. A name that is
   * not valid in the platform's encoding is found as the walker finds it ({@link
   * UndecodableNames}; {@code occurrence} and {@code count} say which of the arguments that
   * read the same this one is).
   */
  private static Path usablePath(String a, int occurrence, int count, PrintStream err) {
    Path p;
    try {
      p = Path.of(a);
    } catch (InvalidPathException e) {
      // a name the platform's encoding cannot hold (any non-ASCII name in the C locale)
      UndecodableNames.Found found = UndecodableNames.find(a, occurrence, count);
      if (found.path() != null) {
        return usablePath(found.path(), a, err);
      }
      err.println("articles: " + a + ": " + (found.problem() != null ? found.problem()
          : "not a valid path: " + e.getReason()));
      return null;
    }
    String wrong;
    try {
      BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
      wrong = !Files.isReadable(p) ? "cannot be read: permission denied"
          : !attrs.isDirectory() && !attrs.isRegularFile() ? "not a file or directory"
          : null;
    } catch (NoSuchFileException e) {
      UndecodableNames.Found found = UndecodableNames.find(a, occurrence, count);
      if (found.path() != null) {
        return usablePath(found.path(), a, err);
      }
      wrong = found.problem() != null ? found.problem()
          : Files.isSymbolicLink(p) ? FileErrors.reason(FileErrors.unfollowable(p, a, e), a)
          : "no such file or directory";
    } catch (IOException e) {
      // a loop of links, or a folder on the way that may not be searched
      wrong = Files.isSymbolicLink(p) ? FileErrors.reason(FileErrors.unfollowable(p, a, e), a)
          : "cannot be read: " + FileErrors.reason(e, a);
    }
    if (wrong != null) {
      err.println("articles: " + a + ": " + wrong);
      return null;
    }
    return p;
  }

  /** The file names the profile reads in a folder, for messages: {@code *.md, *.markdown}. */
  private static String names(Dialect dialect) {
    List<String> exts = new ArrayList<>(dialect.extensions());
    // the common ones first, as users know them; then the rest in order
    exts.sort(java.util.Comparator.comparing((String e) -> !e.equals("md"))
        .thenComparing(e -> !e.equals("markdown")).thenComparing(e -> e));
    StringBuilder b = new StringBuilder();
    for (String e : exts) {
      b.append(b.length() > 0 ? ", " : "").append("*.").append(e);
    }
    return b.toString();
  }

  /** {@code p}, found for the argument {@code a}, when it is usable; else null, reported. */
  private static Path usablePath(Path p, String a, PrintStream err) {
    String wrong = !Files.exists(p) ? "no such file or directory"
        : !Files.isReadable(p) ? "cannot be read: permission denied"
        : !Files.isDirectory(p) && !Files.isRegularFile(p) ? "not a file or directory"
        : null;
    if (wrong != null) {
      err.println("articles: " + a + ": " + wrong);
      return null;
    }
    return p;
  }

  /**
   * Adds the articles under {@code root} to {@code files}, reporting what the walk skipped
   * (and counting it in {@code skipped[0]}); returns whether it hit an I/O error.
   */
  private static boolean walk(Path root, Dialect dialect, List<Path> files, int[] skipped,
      PrintStream err) {
    try {
      Walk walk = Walk.of(root, dialect);
      skipped[0] = walk.skipped().size();
      boolean failed = false;
      for (Walk.Skipped s : walk.skipped()) {
        err.println("articles: " + s.path() + ": " + s.reason());
        failed |= s.failure();
      }
      files.addAll(walk.files());
      return failed;
    } catch (IOException e) {
      err.println("articles: " + root + ": cannot be read: "
          + FileErrors.reason(e, root.toString()));
      return true;
    }
  }

  /**
   * The rest of a command that edits files one by one, once its options are read: checks
   * that there are PATH arguments and reads them ({@link #of}), runs {@code perFile} on each
   * file ({@link #forEach}, I/O errors as they are), then prints the {@code summary} line
   * (unless {@code --quiet}).
   *
   * @return the exit status: 2 for no or a bad path, else that of {@link #forEach}
   */
  static int run(Common common, List<String> paths, PrintStream out, PrintStream err,
      PerFile perFile, Supplier<String> summary) {
    if (paths.isEmpty()) {
      return Main.usageError(err, common.command(), common.command().label()
          + " needs at least one PATH");
    }
    Inputs inputs = of(paths, common, err);
    if (inputs == null) {
      return 2;
    }
    int status = inputs.forEach(err, "", perFile);
    if (!common.quiet()) {
      out.println(summary.get());
    }
    out.flush();
    err.flush();
    return status;
  }

  /** What a command does with one file: its exit status for that file (0 or 1). */
  interface PerFile {
    int run(Path file, String source) throws IOException;
  }

  /**
   * Runs {@code perFile} on each file in order. A file that cannot be read (the command reads
   * it with the library's bounded reading, {@code Articles.parse(Path)} or {@code
   * ArticleParser.read(Path)}) is reported on {@code err} as {@code articles: FILE: }, {@code
   * ioPrefix} and the message, with status 2; the other files are still run.
   *
   * @return the highest status, at least 2 when walking a directory failed
   */
  int forEach(PrintStream err, String ioPrefix, PerFile perFile) {
    int status = walkFailed ? 2 : 0;
    for (Path file : files) {
      String source = file.toString();
      try {
        status = Math.max(status, perFile.run(file, source));
      } catch (IOException e) {
        err.println("articles: " + source + ": " + ioPrefix + FileErrors.reason(e, source));
        status = 2;
      }
    }
    return status;
  }

  List<Path> files() {
    return files;
  }

  /** Whether walking a directory hit an I/O error (already reported). */
  boolean walkFailed() {
    return walkFailed;
  }
}
