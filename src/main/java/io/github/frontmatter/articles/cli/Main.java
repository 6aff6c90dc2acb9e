package io.github.frontmatter.articles.cli;

/**
 * The {@code articles} command's main class: {@code java -jar articles-VERSION-cli.jar} and
 * {@code bin/articles} start here. It only hands over to the command line's implementation,
 * which lives in an internal package so that it can change without notice; the contract is
 * the command line itself (docs/cli.md).
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with its status (0, 1 or 2; see docs/cli.md).
   *
   * @param args the command and its arguments, as typed after {@code articles}
   */
  public static void main(String[] args) {
    io.github.frontmatter.articles.internal.cli.Main.main(args);
  }
}
