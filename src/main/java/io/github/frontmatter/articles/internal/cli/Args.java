package io.github.frontmatter.articles.internal.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command's arguments, read in order: options (a {@code -} and at least one more character)
 * until {@code --}, paths in between and after. The command decides what each option means.
 */
final class Args {
  private final String[] args;
  private final List<String> paths = new ArrayList<>();
  private int next;
  private boolean options = true;

  /** The arguments from {@code from} on (after the command's name). */
  Args(String[] args, int from) {
    this.args = args;
    this.next = from;
  }

  /**
   * The next option, or null when there is none left; the paths on the way are collected and
   * {@code --} ends the options.
   */
  String nextOption() {
    while (next < args.length) {
      String a = args[next++];
      if (options && a.equals("--")) {
        options = false;
      } else if (options && a.startsWith("-") && a.length() > 1) {
        return a;
      } else {
        paths.add(a);
      }
    }
    return null;
  }

  /** The argument after the option just read (its value), or "" when there is none. */
  String value() {
    return next < args.length ? args[next++] : "";
  }

  /** The paths read so far. */
  List<String> paths() {
    return paths;
  }
}
