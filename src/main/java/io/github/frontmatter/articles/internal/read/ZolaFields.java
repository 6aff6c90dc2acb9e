package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Zola's page fields (getzola/zola@b2242262 {@code components/content/src/front_matter/
 * page.rs:15-71}), with the section-only keys of {@code section.rs:14-75} known without a
 * type. Keys match exactly (serde). A value Zola cannot deserialize stops the build, so a
 * wrong shape is an error. docs/profiles.md lists them with their sources.
 */
public final class ZolaFields {
  private ZolaFields() {}

  /** Zola's own fields. */
  public static final Field.Owner ZOLA =
      new Field.Owner("zola", "zola-field-shape", Severity.ERROR);

  private static final FieldTable.Builder B =
      new FieldTable.Builder(Profile.ZOLA, false, FieldTable.TitleRule.WARN);

  public static final Field<String> TITLE = B.add("title", FieldKind.TEXT, ZOLA,
      "The page title (Zola).");
  public static final Field<String> DESCRIPTION = B.add("description", FieldKind.TEXT, ZOLA,
      "The description (Zola).");
  public static final Field<ArticleDate> DATE = B.add("date", FieldKind.DATE, ZOLA,
      "The date (Zola): a TOML date or date-time, or text in RFC 3339 or YAML's form;"
          + " overrides a date in the file name.");
  public static final Field<ArticleDate> UPDATED = B.add("updated", FieldKind.DATE, ZOLA,
      "Last updated (Zola); a date like date.");
  public static final Field<Integer> WEIGHT = B.add("weight", FieldKind.COUNT, ZOLA,
      "Weight (Zola): a non-negative integer, for sort_by = \"weight\".");
  public static final Field<Boolean> DRAFT = B.add("draft", FieldKind.BOOLEAN, ZOLA,
      "Draft (Zola): built only with --drafts.");
  public static final Field<Boolean> RENDER = B.add("render", FieldKind.BOOLEAN, ZOLA,
      "Render the page to its own folder (Zola); default true.");
  public static final Field<String> SLUG = B.add("slug", FieldKind.NON_EMPTY_TEXT, ZOLA,
      "The slug (Zola): replaces the file name in the URL; not empty.");
  public static final Field<String> PATH = B.add("path", FieldKind.NON_EMPTY_TEXT, ZOLA,
      "The full output path (Zola); not empty.");
  public static final Field<List<String>> ALIASES = B.add("aliases",
      FieldKind.STRICT_TEXT_LIST, ZOLA, "Redirect paths (Zola): a list of text.");
  public static final Field<List<String>> AUTHORS = B.add("authors",
      FieldKind.STRICT_TEXT_LIST, ZOLA, "Authors (Zola): a list of text.");
  public static final Field<String> TEMPLATE = B.add("template", FieldKind.TEXT, ZOLA,
      "A template other than page.html (Zola).");
  public static final Field<Boolean> IN_SEARCH_INDEX = B.add("in_search_index",
      FieldKind.BOOLEAN, ZOLA, "In the search index (Zola); default true.");
  public static final Field<Map<String, List<String>>> TAXONOMIES = B.add("taxonomies",
      FieldKind.TAXONOMIES, ZOLA, "Taxonomy terms (Zola): a table of taxonomy names (as the"
          + " config declares them) to lists of terms that are not empty.");
  public static final Field<List<String>> TAGS = B.add(TAXONOMIES, "tags",
      FieldKind.STRICT_TEXT_LIST, ZOLA, "The tags taxonomy's terms (Zola).");
  public static final Field<List<String>> CATEGORIES = B.add(TAXONOMIES, "categories",
      FieldKind.STRICT_TEXT_LIST, ZOLA, "The categories taxonomy's terms (Zola).");
  public static final Field<Map<String, Value>> EXTRA = B.add("extra", FieldKind.MAPPING,
      ZOLA, "User and theme data (Zola): a table of any values.");

  /** The table; declared after the fields, which it holds in their order. */
  public static final FieldTable TABLE = B
      .role(Role.TITLE, TITLE).role(Role.DESCRIPTION, DESCRIPTION).role(Role.DATE, DATE)
      .role(Role.LASTMOD, UPDATED).role(Role.WEIGHT, WEIGHT).role(Role.DRAFT, DRAFT)
      .role(Role.SLUG, SLUG).role(Role.URL, PATH).role(Role.ALIASES, ALIASES)
      .role(Role.LAYOUT, TEMPLATE).role(Role.TAGS, TAGS).role(Role.CATEGORIES, CATEGORIES)
      .build("Zola", Set.of(
          // a section's (_index.md) own fields, section.rs:14-75
          "sort_by", "page_template", "paginate_by", "paginate_reversed", "paginate_path",
          "insert_anchor_links", "redirect_to", "transparent", "generate_feeds"));
}
