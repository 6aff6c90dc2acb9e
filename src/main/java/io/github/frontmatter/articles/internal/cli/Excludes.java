package io.github.frontmatter.articles.internal.cli;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * The files {@code --exclude GLOB} and the configuration file's {@code exclude} leave out.
 *
 * <p>A pattern without {@code /} is matched against each name on the file's path below the
 * base folder, so {@code README.md} leaves out every README and {@code drafts} every file in
 * a folder called drafts. A pattern with {@code /} is matched against the whole path below
 * the base folder ({@code notes/**}, {@code content/*&#47;_index.md}); a leading {@code /} or
 * {@code ./} is dropped. Globs are Java's {@link java.nio.file.FileSystem#getPathMatcher}
 * globs: {@code *} stays within a name, {@code **} crosses folders, {@code {a,b}} and
 * {@code [abc]} as usual. The base folder is the configuration file's folder for its
 * patterns, the current folder for {@code --exclude}; a file outside the base folder is
 * matched by its name only.
 */
final class Excludes {
  private record Pattern(String glob, boolean byName, PathMatcher matcher, Path base) {}

  private final List<Pattern> patterns = new ArrayList<>();

  /**
   * Adds a pattern relative to {@code base}. Returns null, or what is wrong for a message
   * that starts "expected " or "--exclude expects ": {@code a glob such as README.md or
   * notes/** but found "[a" (at character 1: missing ])}.
   */
  String add(String glob, Path base) {
    String g = glob.startsWith("./") ? glob.substring(2)
        : glob.startsWith("/") ? glob.substring(1) : glob;
    String wanted = "a glob such as README.md or notes/** but found \"" + glob + "\"";
    if (g.isEmpty()) {
      return wanted;
    }
    boolean byName = g.indexOf('/') < 0;
    try {
      PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
      patterns.add(new Pattern(g, byName, m, base.toAbsolutePath().normalize()));
      return null;
    } catch (PatternSyntaxException e) {
      // an unclosed [ or {, a group in a group: Java's words, without its quotes
      String what = e.getDescription().replace("'", "");
      return wanted + " (at character " + (e.getIndex() + glob.length() - g.length() + 1)
          + ": " + Character.toLowerCase(what.charAt(0)) + what.substring(1) + ")";
    }
  }

  boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** Whether some pattern leaves {@code file} out. */
  boolean excludes(Path file) {
    if (patterns.isEmpty()) {
      return false;
    }
    Path absolute = file.toAbsolutePath().normalize();
    for (Pattern p : patterns) {
      Path rel = absolute.startsWith(p.base()) ? p.base().relativize(absolute) : null;
      if (p.byName()) {
        Path names = rel != null ? rel : absolute.getFileName();
        for (Path name : names) {
          if (p.matcher().matches(name)) {
            return true;
          }
        }
      } else if (rel != null && p.matcher().matches(rel)) {
        return true;
      }
    }
    return false;
  }
}
