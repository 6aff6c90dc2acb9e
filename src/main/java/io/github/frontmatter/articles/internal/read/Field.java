package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.Problem.Severity;
import java.util.Locale;

/**
 * One known front-matter field, declared once in its {@link FieldTable}.
 *
 * @param <T> the Java type the field reads as
 * @param index the field's place in its table: the slot of its value in {@link TypedFields}
 * @param name the key as the generator or theme spells it ({@code publishDate}); keys match in
 *     any case, as in Hugo, and the JSON form and the accessor use this spelling
 * @param kind how the value is read, and into what
 * @param owner whose field it is, which decides what a value of the wrong shape is
 * @param description one line for docs and the JSON Schema's hovers
 */
public record Field<T>(int index, String name, FieldKind<T> kind, Owner owner,
    String description) {

  /**
   * Whose field this is: the generator's own (Hugo's), where a value of the wrong shape is
   * an error because the generator cannot build the page, or a theme's, where it is a warning.
   *
   * @param name the owner's short name, which the JSON Schema's defs use ({@code hugo})
   * @param shapeRule the rule id of a value in the wrong shape
   * @param severity the severity of that rule
   */
  public record Owner(String name, String shapeRule, Severity severity) {}

  /** The key lower-cased, as fields are matched. */
  public String key() {
    return name.toLowerCase(Locale.ROOT);
  }
}
