package io.github.frontmatter.articles.maven;

import io.github.frontmatter.articles.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The articles under the content directories, picked by Maven-style include/exclude patterns.
 *
 * <p>By default these are the files each generator reads as content, as the library's {@code
 * parseAll} picks them for the same profile (docs/profiles.md): its file name extensions, and
 * without the {@code _}-prefixed partials Starlight and Docusaurus leave out. The library has
 * no public list of them, so they are written out here; ContentFilesTest compares the two for
 * every profile, so that a change in the library shows.
 */
final class ContentFiles {
  private ContentFiles() {}

  /** The patterns for the file name extensions that {@code profile}'s generator reads. */
  static List<String> defaultIncludes(Profile profile) {
    List<String> extensions = switch (profile) {
      case HUGO -> List.of("md", "markdown");
      case JEKYLL -> List.of("md", "markdown", "mkdown", "mkdn", "mkd");
      case ZOLA, ELEVENTY -> List.of("md");
      case ASTRO -> List.of("md", "markdown", "mdown", "mkdn", "mkd", "mdwn", "mdx");
      case DOCUSAURUS -> List.of("md", "mdx");
    };
    return extensions.stream().map(e -> "**/*." + e).toList();
  }

  /**
   * What {@code profile}'s generator leaves out whatever the user's patterns say: Starlight's
   * {@code _}-prefixed files; Docusaurus's {@code _}-prefixed files and folders and its test
   * files. Checking them would report pages the site never has.
   */
  static List<String> profileExcludes(Profile profile) {
    return switch (profile) {
      case ASTRO -> List.of("**/_*");
      case DOCUSAURUS -> List.of("**/_*", "**/_*/**", "**/*.test.*");
      default -> List.of();
    };
  }

  /**
   * Returns the regular files under {@code directories} that match {@code includes} (or the
   * profile's extensions when null or empty) and none of {@code excludes} nor the profile's
   * own leave-outs, each once, sorted by path. Symbolic links are not followed, as the
   * library's {@code parseAll} does not follow links to folders.
   */
  static List<Path> find(List<Path> directories, Profile profile, List<String> includes,
      List<String> excludes) {
    String[] in = patterns(includes == null || includes.isEmpty()
        ? defaultIncludes(profile) : includes);
    String[] out = patterns(Stream.concat(profileExcludes(profile).stream(),
        excludes == null ? Stream.empty() : excludes.stream()).toList());
    Set<Path> found = new LinkedHashSet<>();
    for (Path dir : directories) {
      DirectoryScanner scanner = new DirectoryScanner();
      scanner.setBasedir(dir.toFile());
      scanner.setIncludes(in);
      if (out.length > 0) {
        scanner.setExcludes(out);
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
