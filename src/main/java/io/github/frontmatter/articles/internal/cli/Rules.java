package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.Problem.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that {@code check} can report, each with a one-line description and the severity
 * it has by default (before {@code --strict} or {@code --unknown-keys reject}). The SARIF
 * output lists them as {@code tool.driver.rules}. A rule added to the library belongs here
 * too: the corpus test fails on a rule id it reports that this table lacks.
 *
 * <p>A rule id that a result carries but this table lacks (from a schema, say) is still
 * reported: SARIF gets an entry for it with a generic description.
 */
final class Rules {
  private Rules() {}

  /** One rule: id, what it says, default severity. */
  record Rule(String id, String description, Severity severity) {}

  static final List<Rule> ALL = List.of(
      // reading stops: no article
      error("encoding", "The file is not UTF-8 text."),
      error("fence-unclosed", "The front matter's opening fence has no closing fence."),
      error("format-unsupported", "The front matter is in a format that is not supported."),
      error("yaml-syntax", "The YAML front matter is not well-formed YAML."),
      error("toml-syntax", "The TOML front matter is not well-formed TOML 1.0."),
      error("json-syntax", "The JSON front matter is not a well-formed JSON object."),
      error("front-matter-not-mapping",
          "The front matter is not a mapping of keys to values."),
      error("duplicate-key", "A key appears twice in one mapping or table."),
      error("key-not-text", "A mapping key is not text (a list or a mapping used as a key)."),
      error("tag-unknown", "A YAML value has a tag other than the standard scalar tags."),
      error("alias-recursive", "A YAML alias refers to a value that contains it."),
      error("limit-depth", "The front matter is nested more than 200 levels deep."),
      error("limit-values",
          "The front matter has more than 100,000 values once aliases are expanded."),
      // the article is read, with errors
      error("date-invalid", "A date field is not a valid date or date-time."),
      error("hugo-field-shape", "A Hugo field has a shape or value Hugo cannot use."),
      error("zola-field-shape", "A Zola field has a shape or value Zola cannot use."),
      error("eleventy-field-shape", "An Eleventy key has a shape Eleventy cannot use."),
      error("astro-field-shape",
          "A Starlight field has a shape its schema refuses, or the title is missing."),
      error("docusaurus-field-shape", "A Docusaurus field has a shape Docusaurus refuses."),
      // warnings
      warning("theme-field-shape", "A Mainroad field has a shape the theme cannot use."),
      warning("jekyll-field-shape", "A Jekyll field has a shape Jekyll does not use as meant."),
      warning("field-repeated", "A field is given twice, under spellings that differ in case."),
      warning("title-missing", "The article has no title, or a blank one."),
      warning("sidebar-value", "sidebar is not one of left, right, false."),
      warning("widget-unknown", "A widget that Mainroad does not have."),
      warning("lang-tag", "lang is not a well-formed BCP 47 language tag."),
      warning("thumbnail-url",
          "thumbnail is not an http(s) URL or a relative path without spaces."),
      warning("duplicate-item", "A tag or category is listed twice."),
      warning("key-unknown", "A key that is neither a Hugo nor a Mainroad field (reported only"
          + " with --unknown-keys warn, or as an error with --unknown-keys reject)."));

  private static final Map<String, Rule> BY_ID = index();

  private static Map<String, Rule> index() {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : ALL) {
      if (m.put(r.id(), r) != null) {
        throw new IllegalStateException("rule listed twice: " + r.id());
      }
    }
    return m;
  }

  /** Returns the rule, or one with a generic description for an id not in the table. */
  static Rule of(String id, Severity seen) {
    Rule r = BY_ID.get(id);
    return r != null ? r : new Rule(id, "Reported by a rule outside the built-in table.", seen);
  }

  static boolean known(String id) {
    return BY_ID.containsKey(id);
  }

  private static Rule error(String id, String description) {
    return new Rule(id, description, Severity.ERROR);
  }

  private static Rule warning(String id, String description) {
    return new Rule(id, description, Severity.WARNING);
  }
}
