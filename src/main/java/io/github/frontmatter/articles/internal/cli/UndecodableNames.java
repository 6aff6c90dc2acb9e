package io.github.frontmatter.articles.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The file a PATH argument names when its name is not valid in the platform's encoding (a
 * Latin-1 name in a UTF-8 locale).
 *
 * <p>Java decodes the command line with the platform's file-name encoding ({@code
 * sun.jnu.encoding}) and puts a replacement character (U+FFFD) for each invalid sequence, and
 * {@code Path.of} encodes that character back as UTF-8: the path then names a file that does
 * not exist. The walker never meets the problem, since the names it reads from a folder keep
 * their bytes. So an argument that does not exist and holds U+FFFD is looked up the way the
 * walker would see it: each part of it that does not exist is replaced by the folder's entry
 * whose decoded name is the same. When several entries decode to the same name, the
 * argument's bytes as the program received them ({@code /proc/self/cmdline}, Linux) choose
 * between them; without those, the argument is refused as ambiguous.
 */
final class UndecodableNames {
  private static final char REPLACEMENT = '\uFFFD';

  private UndecodableNames() {}

  /** What the lookup found: the path, or null and why not (null when nothing matched). */
  record Found(Path path, String problem) {}

  /**
   * The existing file {@code p} stands for, or a {@link Found} with a null path: its problem
   * is null when nothing matched (the caller says "no such file or directory") and else says
   * why the argument cannot be used.
   *
   * @param p the argument as a path
   * @param occurrence how many arguments before this one read the same ({@code caf\uFFFD.md}
   *     given twice, for two files whose names differ only in their invalid bytes)
   * @param count how many arguments read the same, this one included
   */
  static Found find(String arg, int occurrence, int count) {
    if (arg.indexOf(REPLACEMENT) < 0) {
      return new Found(null, null);
    }
    List<byte[]> raw = rawParts(arg, occurrence, count);
    // split by hand: in an ASCII locale Path.of refuses U+FFFD, and the walker's names are
    // the only way to reach such a file
    Path current = arg.startsWith("/") ? Path.of("/") : null;
    int i = 0;
    for (String name : arg.split("/")) {
      if (name.isEmpty()) {
        continue;
      }
      Path next = null;
      try {
        next = current == null ? Path.of(name) : current.resolve(name);
      } catch (InvalidPathException e) {
        // not in the platform's encoding: only a folder's entry can stand for it
      }
      if (next == null || !Files.exists(next, LinkOption.NOFOLLOW_LINKS)) {
        if (name.indexOf(REPLACEMENT) < 0) {
          return new Found(null, null);
        }
        List<Path> same = new ArrayList<>();
        try (DirectoryStream<Path> entries =
            Files.newDirectoryStream(current == null ? Path.of("") : current)) {
          for (Path e : entries) {
            if (e.getFileName().toString().equals(name)) {
              same.add(e);
            }
          }
        } catch (IOException e) {
          return new Found(null, null);
        }
        if (same.size() > 1 && raw != null && i < raw.size()) {
          byte[] wanted = raw.get(i);
          same.removeIf(e -> !Arrays.equals(nameBytes(e), wanted));
        }
        if (same.isEmpty()) {
          return new Found(null, null);
        }
        if (same.size() > 1) {
          return new Found(null, same.size() + " files in " + (current == null ? "." : current)
              + " have names that read as \"" + name + "\" (their bytes are not valid "
              + jnuCharset().name() + "); name the folder to read them all");
        }
        next = same.get(0);
      }
      current = next;
      i++;
    }
    return new Found(current, null);
  }

  /**
   * The bytes of each part of the argument that decodes to {@code arg}, from {@code
   * /proc/self/cmdline}; null when that file cannot be read or does not hold {@code count}
   * arguments that decode to {@code arg}. The program's arguments come last on that line
   * (after the JVM's options and the main class), so the last {@code count} that decode to
   * {@code arg} are this command's, in order.
   */
  private static List<byte[]> rawParts(String arg, int occurrence, int count) {
    byte[] cmdline;
    try {
      cmdline = Files.readAllBytes(Path.of("/proc/self/cmdline"));
    } catch (IOException | RuntimeException e) {
      return null; // not Linux, or not allowed: names that are ambiguous stay refused
    }
    Charset jnu = jnuCharset();
    List<byte[]> found = new ArrayList<>();
    int start = 0;
    for (int end = 0; end <= cmdline.length; end++) {
      if (end == cmdline.length || cmdline[end] == 0) {
        byte[] one = Arrays.copyOfRange(cmdline, start, end);
        // the launcher makes each argument with new String(bytes, sun.jnu.encoding)
        // (LauncherHelper.makePlatformString), so the same decoding finds it
        if (new String(one, jnu).equals(arg)) {
          found.add(one);
        }
        start = end + 1;
      }
    }
    if (found.size() < count) {
      return null; // not this JVM's command line (a test, exec:java): ambiguous names refused
    }
    return parts(found.get(found.size() - count + occurrence));
  }

  /** The parts of a path's bytes between slashes, empty parts left out (as Path does). */
  private static List<byte[]> parts(byte[] path) {
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int end = 0; end <= path.length; end++) {
      if (end == path.length || path[end] == '/') {
        if (end > start) {
          parts.add(Arrays.copyOfRange(path, start, end));
        }
        start = end + 1;
      }
    }
    return parts;
  }

  /**
   * The bytes of the last part of {@code p}'s name: {@link Path#toUri} percent-encodes the
   * bytes the path holds (on Unix), where {@code toString} would decode them.
   */
  private static byte[] nameBytes(Path p) {
    String uri = p.toAbsolutePath().toUri().getRawPath();
    if (uri.endsWith("/")) {
      uri = uri.substring(0, uri.length() - 1);
    }
    String last = uri.substring(uri.lastIndexOf('/') + 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < last.length(); i++) {
      char c = last.charAt(i);
      if (c == '%' && i + 2 < last.length()) {
        bytes.write(Integer.parseInt(last.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c); // the URI's unescaped characters are ASCII
      }
    }
    return bytes.toByteArray();
  }

  private static Charset jnuCharset() {
    try {
      return Charset.forName(System.getProperty("sun.jnu.encoding"));
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
