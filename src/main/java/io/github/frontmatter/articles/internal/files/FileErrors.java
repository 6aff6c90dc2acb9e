package io.github.frontmatter.articles.internal.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an I/O error means, in words: the walker's and the command line's messages. The JDK's
 * {@link AccessDeniedException} and {@link NoSuchFileException} carry no reason (their message
 * is only the path), and a symbolic-link loop surfaces as a {@link FileSystemException} whose
 * reason is the C library's ELOOP text; these turn both into what really happened.
 */
public final class FileErrors {
  /** Linux follows at most 40 links while resolving one path (MAXSYMLINKS, path_resolution(7)). */
  static final int MAX_HOPS = 40;

  private FileErrors() {}

  /**
   * The reason of {@code e} for a message that already names {@code shown}: "permission
   * denied", "no such file or directory", or the exception's own reason, preceded by the
   * file(s) the exception names when they are not {@code shown} (a temporary file, a link's
   * target).
   *
   * @param e the error
   * @param shown the path the message is about, as printed before the reason
   * @return the reason, never null
   */
  public static String reason(IOException e, String shown) {
    if (!(e instanceof FileSystemException f)) {
      return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
    String why = f.getReason() != null ? lowerFirst(f.getReason())
        : e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or directory"
        : e instanceof FileAlreadyExistsException ? "the file already exists"
        : e instanceof NotDirectoryException ? "not a folder"
        : e instanceof DirectoryNotEmptyException ? "the folder is not empty"
        : "an I/O error (" + e.getClass().getSimpleName() + ")";
    List<String> names = new ArrayList<>(2);
    if (f.getFile() != null && !samePath(f.getFile(), shown)) {
      names.add(f.getFile());
    }
    if (f.getOtherFile() != null) {
      names.add(f.getOtherFile());
    }
    return names.isEmpty() ? why : String.join(" -> ", names) + ": " + why;
  }

  /**
   * Why the symbolic link {@code link} cannot be followed, after {@code cause} (from {@link
   * Path#toRealPath}): the links are followed one by one, as the kernel does, to tell a loop
   * from a broken link. The result names {@code shown} as its file and says, in its reason:
   * "a loop of symbolic links (a.md -> b.md -> a.md)", "a broken symbolic link (a.md ->
   * gone.md, which does not exist)", "a chain of more than 40 symbolic links", or else "a
   * symbolic link that cannot be followed: " and the reason of {@code cause}. A broken link
   * stays a {@link NoSuchFileException}, a link that may not be followed an {@link
   * AccessDeniedException}, so that callers can still tell them apart by type.
   *
   * @param link the link, as the file system can reach it
   * @param shown the link as the caller shows it
   * @param cause what following the link threw
   * @return the exception to report
   */
  public static IOException unfollowable(Path link, String shown, IOException cause) {
    List<String> chain = new ArrayList<>();
    chain.add(String.valueOf(link.getFileName()));
    Set<Path> seen = new HashSet<>();
    Path p = link.toAbsolutePath();
    try {
      for (int hops = 0; ; hops++) {
        if (hops > MAX_HOPS) {
          return new FileSystemException(shown, null,
              "a chain of more than " + MAX_HOPS + " symbolic links");
        }
        Path dir = p.getParent();
        Path name = p.getFileName();
        if (dir == null || name == null) {
          break;
        }
        // each link is resolved in its real folder, so that "a/../b" means what the kernel
        // takes it to mean and a loop is recognised by its canonical names
        p = dir.toRealPath().resolve(name);
        if (!seen.add(p)) {
          return new FileSystemException(shown, null,
              "a loop of symbolic links (" + String.join(" -> ", chain) + ")");
        }
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isSymbolicLink()) {
          break; // the chain ends: the trouble is elsewhere, and cause says what
        }
        Path target = Files.readSymbolicLink(p);
        chain.add(target.toString());
        p = dir.toRealPath().resolve(target);
      }
    } catch (NoSuchFileException e) {
      return new NoSuchFileException(shown, null, "a broken symbolic link ("
          + String.join(" -> ", chain) + ", which does not exist)");
    } catch (IOException e) {
      // a folder on the way cannot be reached: cause says why
    }
    if (cause instanceof AccessDeniedException) {
      return new AccessDeniedException(shown, null,
          "a symbolic link that cannot be followed: permission denied");
    }
    if (cause instanceof NoSuchFileException) {
      return new NoSuchFileException(shown, null, "a broken symbolic link ("
          + String.join(" -> ", chain) + ", which does not exist)");
    }
    return new FileSystemException(shown, null,
        "a symbolic link that cannot be followed: " + reason(cause, link.toString()));
  }

  /** Whether two names are the same path ("site/./a" and "site/a": the walker's and ours). */
  private static boolean samePath(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      // a save names the absolute target it resolved; the message names the path as given
      return Path.of(a).toAbsolutePath().normalize()
          .equals(Path.of(b).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** "Too many levels ..." as "too many levels ...", leaving "NFS ..." as it is. */
  private static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
