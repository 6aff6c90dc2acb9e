package io.github.frontmatter.articles;

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
