package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.internal.Pointers;
import java.util.Locale;

/**
 * One known front-matter field, declared once in its {@link FieldTable}.
 *
 * <p>A field may live inside another's mapping ({@code taxonomies.tags} in Zola, {@code
 * sidebar.order} in Starlight): it then has a {@code parent}, the field of the mapping, and
 * is read from the parent's value at {@link #pointer()} and edited by setting the parent's
 * mapping with this entry changed (the editors keep the unchanged entries' text).
 *
 * @param <T> the Java type the field reads as
 * @param index the field's place in its table: the slot of its value in {@link TypedFields}
 * @param name the key as the generator or theme spells it ({@code publishDate}; for a nested
 *     field the key inside its parent, {@code tags}); under a profile whose keys match in any
 *     case (Hugo) any spelling matches, and the JSON form and the accessor use this one
 * @param kind how the value is read, and into what
 * @param owner whose field it is, which decides what a value of the wrong shape is
 * @param description one line for docs and the JSON Schema's hovers
 * @param parent the field whose mapping holds this one, or null for a top-level field
 */
public record Field<T>(int index, String name, FieldKind<T> kind, Owner owner,
    String description, Field<?> parent) {

  /**
   * Whose field this is: the generator's own (Hugo's), where a value of the wrong shape is
   * an error because the generator cannot build the page, or a theme's, where it is a warning.
   *
   * @param name the owner's short name, which the JSON Schema's defs use ({@code hugo})
   * @param shapeRule the rule id of a value in the wrong shape
   * @param severity the severity of that rule
   */
  public record Owner(String name, String shapeRule, Severity severity) {}

  /** The key lower-cased, as fields are matched where case does not matter. */
  public String key() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The dotted name from the top: {@code title}, {@code taxonomies.tags}. */
  public String path() {
    return parent == null ? name : parent.path() + "." + name;
  }

  /** The JSON Pointer of the field as the table spells it: {@code /taxonomies/tags}. */
  public String pointer() {
    return (parent == null ? "" : parent.pointer()) + "/" + Pointers.escape(name);
  }

  /** The top-level field this one is in (itself when it is top-level). */
  public Field<?> root() {
    return parent == null ? this : parent.root();
  }
}
