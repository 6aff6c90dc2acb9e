package io.github.frontmatter.articles.internal.files;

import io.github.frontmatter.articles.WriteMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Saving a file's bytes: atomically by replacing it with a temporary file, or in place; see
 * {@link WriteMode} and docs/editing.md, "Saving files".
 *
 * <p>The temporary file has one name per target ({@link #temporaryName}), so a save that was
 * killed leaves at most one file, and the next save of the same file takes that name over
 * and removes it. Saves of one file are serialised by a lock on the temporary file (a POSIX
 * record lock between processes, which the kernel drops when a process dies, and a lock
 * stripe between the threads of this JVM, since POSIX locks are per process).
 */
public final class Saving {
  private Saving() {}

  /**
   * Test hook: runs after the temporary file is written and forced to disk, before it
   * replaces the target. Only tests set it (a crash test kills the process here).
   */
  public static volatile Runnable beforeReplace;

  /** Longest part of the target's name kept in the temporary name, in UTF-8 bytes. */
  static final int NAME_BYTES_KEPT = 100;

  private static final String SUFFIX = ".articles-tmp";

  /** How many symbolic links are followed before a chain is taken for a loop (Linux's 40). */
  private static final int MAX_LINKS = 40;

  /**
   * POSIX record locks belong to the process, so two threads of this JVM would both get one;
   * these stripes serialise this JVM's saves of one file. A fixed set, rather than one lock
   * per path, so that a long-running process saving many files does not grow a map.
   */
  private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new ReentrantLock();
    }
  }

  /**
   * Writes {@code bytes} to {@code path} as {@code mode} says.
   *
   * @param bytes the whole file's new bytes
   * @param path the file; a symbolic link is followed (its target is written, the link kept)
   * @param mode how to write
   * @throws IOException if the file cannot be written; with {@link WriteMode#REPLACE} and
   *     {@link WriteMode#AUTO} the file is then as it was (unless AUTO had to write in place)
   */
  public static void save(byte[] bytes, Path path, WriteMode mode) throws IOException {
    Path target = target(path);
    Path tmp = target.resolveSibling(temporaryName(target.getFileName().toString()));
    ReentrantLock local = STRIPES[Math.floorMod(tmp.hashCode(), STRIPES.length)];
    local.lock();
    try {
      Meta old = Meta.of(target);
      if (mode == WriteMode.IN_PLACE) {
        inPlace(bytes, target);
        return;
      }
      if (old != null && old.links > 1) {
        if (mode == WriteMode.REPLACE) {
          throw new FileSystemException(target.toString(), null, "the file has " + old.links
              + " names (hard links); replacing it would leave the other names with the old"
              + " content. Write it with WriteMode.IN_PLACE or AUTO, which write into it");
        }
        inPlace(bytes, target); // a rename would break the link: write through every name
        return;
      }
      replace(bytes, target, tmp, old, mode);
    } finally {
      local.unlock();
    }
  }

  /**
   * The temporary file's name for a target named {@code name}: {@code .<name>.articles-tmp},
   * or, for a name longer than {@value #NAME_BYTES_KEPT} UTF-8 bytes, its first bytes and a
   * hash of the whole name, {@code .<start of name>.<8 hex digits>.articles-tmp}, so that
   * it stays under every common file system's limit on a name (255 bytes; eCryptfs 143)
   * whatever the target's length. Two long names with the same start and hash would share a
   * temporary name; the lock makes that harmless (their saves wait for each other).
   *
   * @param name the target's file name
   * @return the temporary file's name, at most 124 UTF-8 bytes
   */
  public static String temporaryName(String name) {
    byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= NAME_BYTES_KEPT) {
      return "." + name + SUFFIX;
    }
    int end = NAME_BYTES_KEPT;
    while ((utf8[end] & 0xC0) == 0x80) {
      end--; // cut before a continuation byte: whole characters only
    }
    String start = new String(utf8, 0, end, StandardCharsets.UTF_8);
    return "." + start + "." + HexFormat.of().formatHex(sha256(utf8), 0, 4) + SUFFIX;
  }

  /**
   * The file to write: {@code path} with symbolic links followed, in a real folder. A broken
   * link's target is returned, to be created, when its folder exists; otherwise the
   * exception names the link and the target.
   */
  static Path target(Path path) throws IOException {
    Path p = path.toAbsolutePath();
    for (int hops = 0; ; hops++) {
      Path dir = p.getParent();
      if (dir == null || p.getFileName() == null) {
        throw new FileSystemException(path.toString(), null, "not a file name");
      }
      try {
        p = dir.toRealPath().resolve(p.getFileName());
      } catch (NoSuchFileException e) {
        if (hops == 0) {
          throw e;
        }
        throw new NoSuchFileException(path.toString(), p.toString(), "the symbolic link points"
            + " to a file in a folder that does not exist; nothing was written");
      }
      if (!Files.isSymbolicLink(p)) {
        return p;
      }
      if (hops == MAX_LINKS) {
        throw new FileSystemException(path.toString(), p.toString(), "more than " + MAX_LINKS
            + " symbolic links in a row (a loop?); nothing was written");
      }
      p = p.resolveSibling(Files.readSymbolicLink(p));
    }
  }

  private static void replace(byte[] bytes, Path target, Path tmp, Meta old, WriteMode mode)
      throws IOException {
    Claimed claimed;
    try {
      claimed = claim(tmp);
    } catch (AccessDeniedException e) {
      // a folder where we may not create files (or a temporary file of another user's we may
      // not remove), but the file itself may be writable: then in place is the only way
      if (mode == WriteMode.AUTO && old != null && Files.isWritable(target)) {
        inPlace(bytes, target);
        return;
      }
      throw e;
    }
    boolean moved = false;
    try (claimed) {
      FileChannel ch = claimed.channel;
      write(ch, bytes);
      if (!keepMeta(tmp, old) && mode == WriteMode.AUTO) {
        // a new file would change hands (another user's file): write into the old one
        Files.delete(tmp);
        moved = true; // nothing left to remove
        inPlace(bytes, target);
        return;
      }
      ch.force(true);
      Runnable hook = beforeReplace;
      if (hook != null) {
        hook.run();
      }
      try {
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
      } catch (NoSuchFileException e) {
        throw e;
      } catch (FileSystemException e) {
        // a sticky folder refuses the rename over another user's file (EPERM)
        if (mode == WriteMode.AUTO && old != null && Files.isWritable(target)) {
          Files.delete(tmp);
          moved = true;
          inPlace(bytes, target);
          return;
        }
        throw new FileSystemException(target.toString(), tmp.toString(), "the folder does not"
            + " allow replacing the file (" + e.getReason() + "); WriteMode.IN_PLACE writes"
            + " into it instead, without atomicity");
      }
      forceDirectory(target.getParent());
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(tmp); // still ours: we hold its lock
        } catch (IOException e) {
          // the next save of this file removes it
        }
      }
    }
  }

  /** A temporary file this save created and holds the lock of, at its name. */
  private static final class Claimed implements AutoCloseable {
    final FileChannel channel;
    /** The second channel that proved the name is ours; closing it would drop the lock. */
    final FileChannel probe;

    Claimed(FileChannel channel, FileChannel probe) {
      this.channel = channel;
      this.probe = probe;
    }

    @Override
    public void close() throws IOException {
      try {
        probe.close();
      } finally {
        channel.close();
      }
    }
  }

  /**
   * Creates the temporary file and locks it, first removing a leftover of a save that died.
   * A save of the same file in progress in another process holds the leftover's lock, so
   * this waits for it to finish.
   */
  private static Claimed claim(Path tmp) throws IOException {
    for (int attempt = 0; attempt < 1000; attempt++) {
      FileChannel ch;
      try {
        // CREATE_NEW never follows a link or opens a file someone else put there; owner-only
        // until the metadata is copied, so no one else writes into it
        ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW,
            StandardOpenOption.READ, StandardOpenOption.WRITE),
            ownerOnly());
      } catch (FileAlreadyExistsException e) {
        removeLeftover(tmp);
        continue;
      }
      try {
        ch.lock();
        FileChannel probe = ours(ch, tmp);
        if (probe != null) {
          return new Claimed(ch, probe);
        }
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
      // another save took the name over between our creating and locking it: again
      ch.close();
    }
    throw new FileSystemException(tmp.toString(), null,
        "other saves of the same file kept taking the temporary file; nothing was written");
  }

  /**
   * Proves that {@code tmp} still names the file {@code locked} is open on, and locked: this
   * JVM refuses a second lock on the same file with {@link OverlappingFileLockException}. The
   * probe channel is returned open, since closing any channel of a file drops the process's
   * POSIX locks on it; null when the name now holds another file (or none).
   */
  private static FileChannel ours(FileChannel locked, Path tmp) throws IOException {
    FileChannel probe;
    try {
      probe = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    } catch (FileSystemException e) {
      return null; // now a link, a folder or a file we may not open: not ours
    }
    try {
      FileLock other = probe.tryLock();
      if (other != null) {
        other.release(); // a different file, unlocked: not ours
      }
    } catch (OverlappingFileLockException e) {
      return probe;
    }
    probe.close();
    return null;
  }

  /**
   * Removes what is at the temporary name: a leftover of a save that died (nobody holds its
   * lock), after any save in progress releases it; or something that is not a temporary file
   * of ours (a link, a folder, a file we may not open), which is removed if we may.
   */
  private static void removeLeftover(Path tmp) throws IOException {
    BasicFileAttributes seen;
    try {
      seen = Files.readAttributes(tmp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return; // gone already: a save in progress finished
    }
    if (!seen.isRegularFile()) {
      // a link, a folder, a FIFO (opening one for writing would block): never ours
      deleteNotOurs(tmp, seen);
      return;
    }
    FileChannel ch;
    try {
      ch = FileChannel.open(tmp, StandardOpenOption.READ, StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    } catch (FileSystemException e) {
      deleteNotOurs(tmp, seen); // another user's file
      return;
    }
    try (ch) {
      ch.lock(); // waits while a save in progress holds it
      FileChannel probe = ours(ch, tmp);
      if (probe != null) {
        try (probe) {
          Files.delete(tmp); // still at its name and nobody's: a leftover
        }
      }
    }
  }

  /**
   * Removes what is at {@code tmp} if it is still the file seen there: without a lock to
   * take, only the name and the file key tell that no save has replaced it meanwhile.
   */
  private static void deleteNotOurs(Path tmp, BasicFileAttributes seen) throws IOException {
    try {
      BasicFileAttributes now =
          Files.readAttributes(tmp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (seen.fileKey() != null && !seen.fileKey().equals(now.fileKey())) {
        return; // replaced meanwhile: look again
      }
      Files.delete(tmp);
    } catch (NoSuchFileException e) {
      // gone already
    } catch (AccessDeniedException e) {
      throw new AccessDeniedException(tmp.toString(), null, "a file this process may not"
          + " remove holds the temporary name of the save");
    }
  }

  /**
   * Gives the temporary file the target's owner, group and mode (setuid, setgid and sticky
   * bits included), as far as this process may; a new file gets {@code rw-r--r--}. The owner
   * is set first, because a change of owner clears the setuid and setgid bits.
   *
   * @return whether owner and group are those of the target
   */
  private static boolean keepMeta(Path tmp, Meta old) throws IOException {
    if (old == null) {
      PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
      if (view != null) {
        view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
      }
      return true;
    }
    if (!old.unix) {
      PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
      if (view != null && old.permissions != null) {
        view.setPermissions(old.permissions);
      }
      return true;
    }
    Meta now = Meta.of(tmp);
    if (now.uid != old.uid) {
      trySet(tmp, "unix:uid", old.uid); // only root may
    }
    if (now.gid != old.gid) {
      trySet(tmp, "unix:gid", old.gid); // an owner may choose among its groups
    }
    // by name (chmod), not NOFOLLOW_LINKS: the JDK does that one by opening the file, and
    // closing any descriptor of a file drops this process's lock on it
    Files.setAttribute(tmp, "unix:mode", old.mode & 07777);
    Meta after = Meta.of(tmp);
    return after.uid == old.uid && after.gid == old.gid;
  }

  private static void trySet(Path p, String attribute, int value) {
    try {
      Files.setAttribute(p, attribute, value); // chown by name: no descriptor (see keepMeta)
    } catch (IOException e) {
      // not permitted: the caller compares what was kept
    }
  }

  /**
   * Writes into the file itself: it keeps its inode, so its owner, group, mode and every
   * hard link. Not atomic: the new bytes go over the old ones, then the file is cut to
   * their length. A lock serialises in-place saves of one file between processes.
   */
  private static void inPlace(byte[] bytes, Path target) throws IOException {
    try (FileChannel ch = FileChannel.open(target, StandardOpenOption.WRITE,
        StandardOpenOption.CREATE)) {
      try {
        ch.lock();
      } catch (OverlappingFileLockException e) {
        // another thread of this JVM writes the same file under another name (a hard link);
        // POSIX locks cannot tell threads apart, so there is nothing more to wait for
      }
      write(ch, bytes);
      ch.truncate(bytes.length);
      ch.force(true);
    }
  }

  private static void write(FileChannel ch, byte[] bytes) throws IOException {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long position = 0;
    while (buf.hasRemaining()) {
      position += ch.write(buf, position);
    }
  }

  /** Makes the rename itself durable; not every platform can open a directory for that. */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; the rename is still atomic there
    }
  }

  private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
    if (Files.getFileAttributeView(Path.of(""), PosixFileAttributeView.class) == null) {
      return new java.nio.file.attribute.FileAttribute<?>[0];
    }
    return new java.nio.file.attribute.FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** An existing file's owner, group, mode and link count; null for a missing file. */
  private static final class Meta {
    final boolean unix;
    final int uid;
    final int gid;
    final int mode;
    final int links;
    final Set<java.nio.file.attribute.PosixFilePermission> permissions;

    private Meta(boolean unix, int uid, int gid, int mode, int links,
        Set<java.nio.file.attribute.PosixFilePermission> permissions) {
      this.unix = unix;
      this.uid = uid;
      this.gid = gid;
      this.mode = mode;
      this.links = links;
      this.permissions = permissions;
    }

    static Meta of(Path p) throws IOException {
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      try {
        Map<String, Object> a = Files.readAttributes(p, "unix:uid,gid,mode,nlink",
            LinkOption.NOFOLLOW_LINKS);
        return new Meta(true, (Integer) a.get("uid"), (Integer) a.get("gid"),
            (Integer) a.get("mode"), (Integer) a.get("nlink"), null);
      } catch (UnsupportedOperationException | IllegalArgumentException e) {
        // no "unix" view (Windows): POSIX permissions where there are any
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class,
            LinkOption.NOFOLLOW_LINKS);
        return new Meta(false, -1, -1, 0, 1,
            view == null ? null : view.readAttributes().permissions());
      }
    }
  }
}
