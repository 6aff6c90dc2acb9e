package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.Profile;

/**
 * What reading does differently under one {@link Profile}: the field table, and (as the
 * profiles' reading rules land) where fences may start, the YAML flavour, the date forms and
 * what a repeated key does. One constant per profile; the stages take the dialect rather
 * than the profile, so each rule is decided here once.
 *
 * @param profile the profile
 * @param table the typed fields of the profile
 */
public record Dialect(Profile profile, FieldTable table) {
  /** Hugo's: the default. */
  public static final Dialect HUGO = new Dialect(Profile.HUGO, HugoFields.TABLE);

  /**
   * The dialect of {@code profile}.
   *
   * @param profile the profile
   * @return its dialect
   */
  public static Dialect of(Profile profile) {
    return switch (profile) {
      case HUGO -> HUGO;
      case JEKYLL -> new Dialect(profile, JekyllFields.TABLE);
      case ZOLA -> new Dialect(profile, ZolaFields.TABLE);
      case ELEVENTY -> new Dialect(profile, EleventyFields.TABLE);
      case ASTRO -> new Dialect(profile, AstroFields.TABLE);
      case DOCUSAURUS -> new Dialect(profile, DocusaurusFields.TABLE);
    };
  }
}
