package io.github.frontmatter.articles.internal.files;

import io.github.frontmatter.articles.internal.read.Dialect;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The article files under a directory: regular files named {@code *.md} or {@code
 * *.markdown} (under Hugo; each profile's generator reads its own extensions, {@link
 * Dialect#extensions()}, and Docusaurus and Starlight leave out {@code _}-prefixed names),
 * sorted by path. Used by the command line and by {@code parseAll}.
 *
 * <p>Symbolic links to directories are not followed (no cycles, no files read twice). A
 * symbolic link to a file is read when its target is inside the directory, and skipped when
 * it leads out of it. The directory itself may be a symbolic link. Nothing is left out
 * silently: every article name that is not read (a link out of the directory, a broken link,
 * a loop of links, a FIFO or device), and every folder that cannot be read, is in {@link
 * #skipped()}, sorted by path like the files. A directory named like an article ({@code notes.md/}) is walked
 * into, not skipped.
 *
 * @param files the article files, sorted, as paths under the directory as it was given
 * @param skipped what was met but not read, and why
 */
public record Walk(List<Path> files, List<Skipped> skipped) {

  /**
   * A path the walk met but did not take.
   *
   * @param path the path, under the directory as it was given
   * @param error why: an {@link IOException} from the file system (an {@link
   *     java.nio.file.AccessDeniedException} for a folder that may not be read), or a {@link
   *     FileSystemException} whose reason says why a link was not followed: it leads out of
   *     the directory, is a loop, or is broken (then a {@link
   *     java.nio.file.NoSuchFileException})
   * @param failure whether part of the tree could not be read (a folder, a file), as opposed
   *     to a symbolic link that was not followed on purpose or is broken
   */
  public record Skipped(Path path, IOException error, boolean failure) {
    /**
     * What the command line prints after the path: "skipped, " and why the walk did not take
     * it (a link leading out, a broken link, a loop of links, not a regular file), or "cannot
     * be read: " and the reason (permission denied, ...).
     *
     * @return the text after the path
     */
    public String reason() {
      return (failure ? "cannot be read: " : "skipped, ")
          + FileErrors.reason(error, path.toString());
    }
  }

  /**
   * An article name the walk does not take on purpose: a symbolic link leading out of the
   * directory, or something that is not a regular file (a FIFO, a device).
   */
  private static final class NotTaken extends FileSystemException {
    private static final long serialVersionUID = 1L;

    NotTaken(Path path, String reason) {
      super(path.toString(), null, reason);
    }
  }

  /**
   * Walks {@code root}.
   *
   * @throws IOException if {@code root} itself cannot be read
   */
  public static Walk of(Path root) throws IOException {
    return of(root, Dialect.HUGO);
  }

  /**
   * Walks {@code root} for the files the generator of {@code dialect} reads as Markdown
   * content: the extensions of {@link Dialect#extensions()}; under Docusaurus and Astro
   * (Starlight) not the files whose name starts with {@code _} (partials, which the
   * generators leave out: Docusaurus's default {@code exclude} globs, which also leave out
   * {@code _}-prefixed folders, {@code *.test.*} files and {@code __tests__}; Starlight's
   * loader pattern {@code **}{@code /[^_]*.{md,mdx,...}}).
   *
   * @throws IOException if {@code root} itself cannot be read
   */
  public static Walk of(Path root, Dialect dialect) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Path start = root.resolve("."); // "link/." walks the directory a symbolic link names
    Path realRoot = root.toRealPath();
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        Path name = dir.getFileName();
        if (dialect.skipsUnderscoreFolders() && !dir.equals(start) && name != null
            && name.toString().startsWith("_")) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        Path shown = root.resolve(start.relativize(file));
        if (!isArticleName(file, dialect)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
          files.add(shown);
        } else if (attrs.isSymbolicLink()) {
          link(file, shown);
        } else if (!attrs.isDirectory()) {
          skipped.add(new Skipped(shown, new NotTaken(shown, "not a regular file"), false));
        }
        return FileVisitResult.CONTINUE;
      }

      private void link(Path file, Path shown) {
        try {
          Path target = file.toRealPath();
          if (!target.startsWith(realRoot)) {
            skipped.add(new Skipped(shown, new NotTaken(shown,
                "a symbolic link leading out of " + root), false));
          } else if (Files.isRegularFile(target)) {
            files.add(shown);
          } else if (!Files.isDirectory(target)) {
            skipped.add(new Skipped(shown, new NotTaken(shown,
                "a symbolic link to something that is not a regular file"), false));
          }
        } catch (IOException e) {
          // broken, a loop, or not reachable: say which, naming the link as shown
          skipped.add(new Skipped(shown, FileErrors.unfollowable(file, shown.toString(), e),
              false));
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
        skipped.add(new Skipped(root.resolve(start.relativize(file)), e, true));
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(files);
    // sorted too: the folder's order differs between file systems, and messages should not
    skipped.sort(Comparator.comparing(Skipped::path));
    return new Walk(List.copyOf(files), List.copyOf(skipped));
  }

  /**
   * Whether the generator of {@code dialect} reads the file as Markdown content: its
   * extension is one of {@link Dialect#extensions()}, and where the generator leaves out
   * {@code _}-prefixed (and, for Docusaurus, {@code *.test.*}) files, it is not one.
   *
   * @param file the file
   * @param dialect the reading rules
   * @return whether it is an article of the profile
   */
  public static boolean isArticleName(Path file, Dialect dialect) {
    Path name = file.getFileName();
    if (name == null) {
      return false;
    }
    String n = name.toString();
    int dot = n.lastIndexOf('.');
    if (dot < 0 || !dialect.extensions().contains(n.substring(dot + 1))) {
      return false;
    }
    if (dialect.skipsUnderscoreFiles() && n.startsWith("_")) {
      return false;
    }
    return !(dialect.skipsUnderscoreFolders() && n.contains(".test."));
  }

  /** Whether the file name ends with {@code .md} or {@code .markdown} (Hugo's). */
  public static boolean isArticleName(Path file) {
    return isArticleName(file, Dialect.HUGO);
  }
}
