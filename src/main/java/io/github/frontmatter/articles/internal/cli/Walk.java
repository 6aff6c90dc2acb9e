package io.github.frontmatter.articles.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The article files under a directory: regular files named {@code *.md} or {@code
 * *.markdown}, sorted by path.
 *
 * <p>Symbolic links to directories are not followed (no cycles, no files read twice). A
 * symbolic link to a file is read when its target is inside the directory, and skipped with
 * a note on standard error when it leads out of it. The directory itself may be a symbolic
 * link. A folder or file that cannot be read is reported on standard error and the walk goes
 * on; {@link #failed()} then says so.
 *
 * @param files the article files, sorted, as paths under the directory as it was given
 * @param failed whether some part of the tree could not be read
 */
record Walk(List<Path> files, boolean failed) {

  static Walk of(Path root, PrintStream err) {
    List<Path> files = new ArrayList<>();
    boolean[] failed = {false};
    Path start = root.resolve("."); // "link/." walks the directory a symbolic link names
    Path realRoot;
    try {
      realRoot = root.toRealPath();
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          Path shown = root.resolve(start.relativize(file));
          if (!isArticleName(file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile()) {
            files.add(shown);
          } else if (attrs.isSymbolicLink()) {
            link(file, shown);
          }
          return FileVisitResult.CONTINUE;
        }

        private void link(Path file, Path shown) {
          try {
            Path target = file.toRealPath();
            if (!target.startsWith(realRoot)) {
              err.println("articles: " + shown + ": skipped, a symbolic link leading out of "
                  + root);
            } else if (Files.isRegularFile(target)) {
              files.add(shown);
            }
          } catch (IOException e) {
            err.println("articles: " + shown + ": skipped, a broken symbolic link");
          }
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            visitFileFailed(dir, e);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          err.println("articles: " + root.resolve(start.relativize(file))
              + ": cannot be read: " + e.getMessage());
          failed[0] = true;
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      err.println("articles: " + root + ": cannot be read: " + e.getMessage());
      return new Walk(List.of(), true);
    }
    Collections.sort(files);
    return new Walk(List.copyOf(files), failed[0]);
  }

  static boolean isArticleName(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString();
    return n.endsWith(".md") || n.endsWith(".markdown");
  }
}
