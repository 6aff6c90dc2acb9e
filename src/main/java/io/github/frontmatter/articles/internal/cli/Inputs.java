package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.internal.files.Walk;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** Returns the inputs, or null after reporting each bad path on {@code err}. */
  static Inputs of(List<String> args, PrintStream err) {
    List<Path> roots = new ArrayList<>();
    boolean bad = false;
    for (String a : args) {
      Path p = usablePath(a, err);
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
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        failed |= walk(root, files, err);
      } else {
        files.add(root);
      }
    }
    return new Inputs(files, failed);
  }

  /** The path {@code a} names when it is a readable file or directory; else null, reported. */
  private static Path usablePath(String a, PrintStream err) {
    Path p;
    try {
      p = Path.of(a);
    } catch (InvalidPathException e) {
      err.println("articles: " + a + ": not a valid path: " + e.getReason());
      return null;
    }
    String wrong = !Files.exists(p) ? "no such file or directory"
        : !Files.isReadable(p) ? "cannot be read (permission denied)"
        : !Files.isDirectory(p) && !Files.isRegularFile(p) ? "not a file or directory"
        : null;
    if (wrong != null) {
      err.println("articles: " + a + ": " + wrong);
      return null;
    }
    return p;
  }

  /**
   * Adds the articles under {@code root} to {@code files}, reporting what the walk skipped;
   * returns whether it hit an I/O error.
   */
  private static boolean walk(Path root, List<Path> files, PrintStream err) {
    try {
      Walk walk = Walk.of(root);
      boolean failed = false;
      for (Walk.Skipped s : walk.skipped()) {
        err.println("articles: " + s.path() + ": " + s.reason());
        failed |= s.failure();
      }
      files.addAll(walk.files());
      return failed;
    } catch (IOException e) {
      err.println("articles: " + root + ": cannot be read: " + e.getMessage());
      return true;
    }
  }

  /**
   * The rest of a command that edits files one by one, once its options are read: checks
   * that there are PATH arguments and reads them ({@link #of}), runs {@code perFile} on each
   * file ({@link #forEach}, I/O errors as they are), then prints the {@code summary} line.
   *
   * @return the exit status: 2 for no or a bad path, else that of {@link #forEach}
   */
  static int run(String command, List<String> paths, PrintStream out, PrintStream err,
      PerFile perFile, Supplier<String> summary) {
    if (paths.isEmpty()) {
      return Main.usageError(err, command + " needs at least one PATH");
    }
    Inputs inputs = of(paths, err);
    if (inputs == null) {
      return 2;
    }
    int status = inputs.forEach(err, "", perFile);
    out.println(summary.get());
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
        err.println("articles: " + source + ": " + ioPrefix + e.getMessage());
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
