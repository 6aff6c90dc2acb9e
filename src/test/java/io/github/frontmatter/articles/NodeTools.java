package io.github.frontmatter.articles;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node.js oracles of the tests (smol-toml, ajv): a command's output, and what to do
 * when node or npm is missing — skip locally, fail on CI, where .ci/run installs them.
 */
public final class NodeTools {
  private NodeTools() {}

  /**
   * Runs a command in {@code dir}; returns its output, or null when it cannot start, runs
   * longer than ten minutes or exits non-zero (its output is printed then).
   */
  public static String run(java.nio.file.Path dir, String... command)
      throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile())
          .redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return null;
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        System.out.println(String.join(" ", command) + " failed:\n" + text);
        return null;
      }
      return text;
    } catch (IOException e) {
      return null;
    }
  }

  /** Skips the calling test locally, or fails it on CI, because a tool is missing. */
  public static void unavailable(String test, String why) {
    if ("true".equals(System.getenv("CI"))) {
      fail(test + " needs node and npm on CI: " + why);
    }
    System.out.println(test + " skipped: " + why);
    assumeTrue(false, test + " skipped: " + why);
  }
}
