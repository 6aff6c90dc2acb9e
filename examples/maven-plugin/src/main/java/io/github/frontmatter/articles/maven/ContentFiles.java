package io.github.frontmatter.articles.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.codehaus.plexus.util.DirectoryScanner;

/** The articles under the content directories, picked by Maven-style include/exclude patterns. */
final class ContentFiles {
  /** The library's own walk (and the command line) reads these two extensions. */
  static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown");

  private ContentFiles() {}

  /**
   * Returns the regular files under {@code directories} that match {@code includes} (or the
   * defaults when null or empty) and none of {@code excludes}, each once, sorted by path.
   * Symbolic links are not followed, as the library's {@code parseAll} does not follow them.
   */
  static List<Path> find(List<Path> directories, List<String> includes, List<String> excludes) {
    Set<Path> found = new LinkedHashSet<>();
    for (Path dir : directories) {
      DirectoryScanner scanner = new DirectoryScanner();
      scanner.setBasedir(dir.toFile());
      scanner.setIncludes(patterns(includes == null || includes.isEmpty()
          ? DEFAULT_INCLUDES : includes));
      if (excludes != null && !excludes.isEmpty()) {
        scanner.setExcludes(patterns(excludes));
      }
      scanner.addDefaultExcludes(); // .git, .svn, editor backups...
      scanner.setFollowSymlinks(false);
      scanner.scan();
      for (String relative : scanner.getIncludedFiles()) {
        found.add(dir.resolve(relative).toAbsolutePath().normalize());
      }
    }
    List<Path> sorted = new ArrayList<>(found);
    sorted.sort(null);
    return sorted;
  }

  private static String[] patterns(List<String> list) {
    return list.stream().map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }
}
