package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Mainroad's {@code thumbnail}: either a plain URL or path ({@code thumbnail: img/a.jpg}) or
 * a mapping {@code {src: img/a.jpg, visibility: [list, post]}}.
 *
 * @param src the image URL or path
 * @param visibility where the theme shows it ({@code list}, {@code post}); empty when not
 *     given
 * @since 0.1.0
 */
public record Thumbnail(String src, List<String> visibility) {

  /**
   * Checks and copies the arguments.
   *
   * @param src the image URL or path
   * @param visibility where the theme shows it ({@code list}, {@code post}); empty when not
   *     given
   */
  public Thumbnail {
    requireNonNull(src, "src must not be null");
    visibility = List.copyOf(requireNonNull(visibility, "visibility must not be null"));
  }
}
