package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.internal.files.Walk;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
      Path p;
      try {
        p = Path.of(a);
      } catch (InvalidPathException e) {
        err.println("articles: " + a + ": not a valid path: " + e.getReason());
        bad = true;
        continue;
      }
      if (!Files.exists(p)) {
        err.println("articles: " + a + ": no such file or directory");
        bad = true;
      } else if (!Files.isReadable(p)) {
        err.println("articles: " + a + ": cannot be read (permission denied)");
        bad = true;
      } else if (!Files.isDirectory(p) && !Files.isRegularFile(p)) {
        err.println("articles: " + a + ": not a file or directory");
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
        Walk walk;
        try {
          walk = Walk.of(root);
        } catch (IOException e) {
          err.println("articles: " + root + ": cannot be read: " + e.getMessage());
          failed = true;
          continue;
        }
        for (Walk.Skipped s : walk.skipped()) {
          err.println("articles: " + s.path() + ": " + s.reason());
          failed |= s.failure();
        }
        files.addAll(walk.files());
      } else {
        files.add(root);
      }
    }
    return new Inputs(files, failed);
  }

  List<Path> files() {
    return files;
  }

  /** Whether walking a directory hit an I/O error (already reported). */
  boolean walkFailed() {
    return walkFailed;
  }
}
