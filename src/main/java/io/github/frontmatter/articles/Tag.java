package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A tag as Docusaurus reads one from front matter: a label given as text ({@code tags:
 * [release]}) or an object with its own page address ({@code {label: Release, permalink:
 * /release}}). {@link FrontMatter#tags()} gives the labels under every profile; this type
 * keeps the permalink, through {@link FrontMatter#field(String, Class)}.
 *
 * @since 0.2.0
 */
public final class Tag {
  private final String label;
  private final String permalink; // null: given as text

  private Tag(String label, String permalink) {
    this.label = requireNonNull(label, "label must not be null");
    this.permalink = permalink;
  }

  /**
   * A tag given as text: Docusaurus derives its page address from the label.
   *
   * @param label the label
   * @return the tag
   */
  public static Tag of(String label) {
    return new Tag(label, null);
  }

  /**
   * A tag given as {@code {label, permalink}}.
   *
   * @param label the label
   * @param permalink the address of the tag's page
   * @return the tag
   */
  public static Tag of(String label, String permalink) {
    return new Tag(label, requireNonNull(permalink, "permalink must not be null"));
  }

  /**
   * Returns the label.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the permalink of a tag given as an object; empty for one given as text.
   *
   * @return the permalink, or empty
   */
  public Optional<String> permalink() {
    return Optional.ofNullable(permalink);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tag t && label.equals(t.label) && Objects.equals(permalink, t.permalink);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, permalink);
  }

  @Override
  public String toString() {
    return permalink == null ? label : "{label=" + label + ", permalink=" + permalink + "}";
  }
}
