package io.github.frontmatter.articles;

import io.github.frontmatter.articles.internal.files.SiteDetection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The static site generator whose rules an article is read by: where the front matter may
 * start, which fences and formats it reads, the YAML flavour and date forms it accepts, what a
 * repeated key does, which fields are typed and how they map onto the common accessors
 * ({@link FrontMatter#title()}, {@link FrontMatter#tags()}, ...). docs/profiles.md has the table
 * of fields per profile and, for each reading rule, the generator's source it follows.
 *
 * <p>{@link #HUGO} is the default of {@link ArticleParser} and {@link Articles}.
 *
 * @since 0.2.0
 */
public enum Profile {
  /** Hugo (0.111) with the Mainroad theme's fields: the library's default. */
  HUGO("Hugo"),
  /** Jekyll 4 (YAML front matter read as Ruby's Psych reads it: YAML 1.1). */
  JEKYLL("Jekyll"),
  /** Zola (TOML or YAML front matter; taxonomies and {@code [extra]}). */
  ZOLA("Zola"),
  /** Eleventy (gray-matter front matter). */
  ELEVENTY("Eleventy"),
  /** Astro content collections, with Starlight's docs schema. */
  ASTRO("Astro"),
  /** Docusaurus docs and blog posts. */
  DOCUSAURUS("Docusaurus");

  private final String displayName;

  /**
   * Finds the generator of the site that {@code path} belongs to, from its configuration
   * files: {@code hugo.*} (or {@code config.*} with Hugo's keys, or a {@code config/_default/}
   * folder), {@code _config.yml}, {@code zola.toml} (or a {@code config.toml} with Zola's
   * {@code base_url}), {@code eleventy.config.*} or {@code .eleventy.js}, {@code
   * astro.config.*}, {@code docusaurus.config.*}. They are looked for in the folder given
   * (the folder of a file), in each of its parents with its {@code website/} subfolder (where
   * Docusaurus sites keep theirs, beside {@code docs/}), then one and two levels below
   * (Starlight's {@code docs/}). docs/profiles.md ("Detection") gives the details.
   *
   * <pre>{@code
   * Profile profile = Profile.detect(Path.of("content")).orElse(Profile.HUGO);
   * ArticleParser parser = ArticleParser.builder().profile(profile).build();
   * }</pre>
   *
   * @param path a folder or file of the site
   * @return the profile, or empty when no generator's configuration is found
   * @throws IOException if {@code path} does not exist
   * @since 0.2.0
   */
  public static Optional<Profile> detect(Path path) throws IOException {
    return SiteDetection.detect(Objects.requireNonNull(path, "path must not be null"));
  }

  Profile(String displayName) {
    this.displayName = displayName;
  }

  /**
   * Returns the generator's name as its users write it ({@code Eleventy}), for messages.
   *
   * @return the generator's name
   */
  public String displayName() {
    return displayName;
  }
}
