package io.github.frontmatter.articles.internal.files;

import io.github.frontmatter.articles.internal.read.LimitGuard;

import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading a whole file or stream, never more than {@link Limits#maxFileBytes()} (+ 1, to know
 * that there is more): a larger file is refused with {@code limit-file-bytes} before it is
 * read into memory. The library's {@code Path} and stream entries and the command line read
 * through here.
 */
public final class BoundedFiles {
  private BoundedFiles() {}

  /**
   * Reads a whole file, refusing it before reading when it is larger than {@link
   * Limits#maxFileBytes()}; a file that grows while it is read is cut off at the limit and
   * refused too.
   */
  public static byte[] read(Path path, Limits limits) throws IOException {
    long size = Files.size(path);
    if (size > limits.maxFileBytes()) {
      throw LimitGuard.fileTooLarge(path.toString(), limits, Problem.formatNumber(size));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString(), limits);
    }
  }

  /** Reads at most {@link Limits#maxFileBytes()} + 1 bytes; refuses a longer stream. */
  public static byte[] read(InputStream in, String sourceName, Limits limits)
      throws IOException {
    byte[] bytes = in.readNBytes(limits.maxFileBytes() + 1);
    if (bytes.length > limits.maxFileBytes()) {
      throw LimitGuard.fileTooLarge(sourceName, limits,
          "more than " + Problem.formatNumber(limits.maxFileBytes()));
    }
    return bytes;
  }
}
