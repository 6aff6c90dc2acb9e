package io.github.frontmatter.articles.maven;

import io.github.frontmatter.articles.Problem;
import java.nio.file.Path;

/** How the plugin words its log lines. */
final class MavenMessages {
  private MavenMessages() {}

  /**
   * One problem as the compiler plugin prints one: {@code /abs/post.md:[3,8] message [rule]}.
   * IDEs that read Maven's output (IntelliJ IDEA, Eclipse m2e, VS Code's Java tools) link the
   * {@code path:[line,column]} prefix; the library's own {@code path:line:column} form is not
   * matched by them in a Maven log.
   */
  static String line(Path file, Problem p) {
    return file.toAbsolutePath() + ":[" + p.location().line() + "," + p.location().column()
        + "] " + p.message() + " [" + p.rule() + "]";
  }

  /** The closing count, worded as the command line's {@code check} words it. */
  static String counts(int files, int errors, int warnings, int unreadable) {
    return plural(files, "file") + ", " + plural(errors, "error") + ", "
        + plural(warnings, "warning") + (unreadable > 0 ? ", " + unreadable + " not read" : "");
  }

  static String plural(int n, String word) {
    return Problem.formatNumber(n) + " " + word + (n == 1 ? "" : "s");
  }
}
