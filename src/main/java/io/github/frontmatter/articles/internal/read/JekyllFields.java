package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Profile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Jekyll's fields (jekyll/jekyll@202df5713 {@code lib/jekyll/document.rb},
 * {@code convertible.rb}, {@code page.rb}) and those of the just-the-docs theme. Keys match
 * exactly (Ruby hash keys). Jekyll builds a page whatever shape most fields have (it hands
 * them to Liquid), so a wrong shape is a warning; a {@code date} it cannot parse stops the
 * build ({@code date-invalid}, an error).
 */
public final class JekyllFields {
  private JekyllFields() {}

  /** Jekyll's own fields. */
  public static final Field.Owner JEKYLL =
      new Field.Owner("jekyll", "jekyll-field-shape", Severity.WARNING);
  /** The just-the-docs theme's fields. */
  public static final Field.Owner THEME =
      new Field.Owner("theme", "theme-field-shape", Severity.WARNING);

  private static final FieldTable.Builder B =
      new FieldTable.Builder(Profile.JEKYLL, false, FieldTable.TitleRule.NONE);

  public static final Field<String> TITLE = B.add("title", FieldKind.TEXT, JEKYLL,
      "The title (Jekyll); without one, the title-cased slug.");
  public static final Field<ArticleDate> DATE = B.add("date", FieldKind.DATE, JEKYLL,
      "The date (Jekyll): overrides the date in a post's file name.");
  public static final Field<List<String>> CATEGORIES = B.add("categories", FieldKind.WORDS,
      JEKYLL, "Categories (Jekyll): a list, or text split at spaces.");
  public static final Field<List<String>> CATEGORY = B.add("category", FieldKind.WORDS,
      JEKYLL, "One category (Jekyll); wins over categories.");
  public static final Field<List<String>> TAGS = B.add("tags", FieldKind.WORDS, JEKYLL,
      "Tags (Jekyll): a list, or text split at spaces.");
  public static final Field<List<String>> TAG = B.add("tag", FieldKind.WORDS, JEKYLL,
      "One tag (Jekyll); wins over tags.");
  public static final Field<Boolean> PUBLISHED = B.add("published", FieldKind.BOOLEAN, JEKYLL,
      "Published (Jekyll): false leaves the page out of the site.");
  public static final Field<String> PERMALINK = B.add("permalink", FieldKind.NON_EMPTY_TEXT,
      JEKYLL, "The output URL (Jekyll); not empty.");
  public static final Field<String> LAYOUT = B.add("layout", FieldKind.TEXT, JEKYLL,
      "The layout (Jekyll), or none.");
  public static final Field<String> EXCERPT_SEPARATOR = B.add("excerpt_separator",
      FieldKind.TEXT, JEKYLL, "Where the excerpt ends (Jekyll).");
  public static final Field<String> EXCERPT = B.add("excerpt", FieldKind.TEXT, JEKYLL,
      "The excerpt (Jekyll), instead of the first paragraph.");
  public static final Field<String> SLUG = B.add("slug", FieldKind.TEXT, JEKYLL,
      "The slug (Jekyll); by default from the file name.");
  public static final Field<Boolean> RENDER_WITH_LIQUID = B.add("render_with_liquid",
      FieldKind.BOOLEAN, JEKYLL, "false skips Liquid (Jekyll).");
  public static final Field<String> DESCRIPTION = B.add("description", FieldKind.TEXT, THEME,
      "The description (just-the-docs, jekyll-seo-tag).");
  public static final Field<BigDecimal> NAV_ORDER = B.add("nav_order", FieldKind.NUMBER,
      THEME, "Order in the navigation (just-the-docs): a number.");
  public static final Field<String> PARENT = B.add("parent", FieldKind.TEXT, THEME,
      "The parent page's title (just-the-docs).");
  public static final Field<String> GRAND_PARENT = B.add("grand_parent", FieldKind.TEXT,
      THEME, "The grandparent page's title (just-the-docs).");
  public static final Field<Boolean> NAV_EXCLUDE = B.add("nav_exclude", FieldKind.BOOLEAN,
      THEME, "Leave the page out of the navigation (just-the-docs).");

  /** The table; declared after the fields, which it holds in their order. */
  public static final FieldTable TABLE = B
      .role(Role.TITLE, TITLE).role(Role.DATE, DATE)
      // the singular key wins (utils.rb:70-95)
      .role(Role.TAGS, TAG).role(Role.TAGS, TAGS)
      .role(Role.CATEGORIES, CATEGORY).role(Role.CATEGORIES, CATEGORIES)
      // only published: false unpublishes (document.rb:290-292)
      .role(Role.DRAFT, PUBLISHED, p -> !p, (draft, old) -> !draft)
      .role(Role.URL, PERMALINK).role(Role.LAYOUT, LAYOUT).role(Role.SUMMARY, EXCERPT)
      .role(Role.SLUG, SLUG).role(Role.DESCRIPTION, DESCRIPTION)
      .role(Role.WEIGHT, NAV_ORDER, Role::wholeNumber, Role::number)
      .build("Jekyll or just-the-docs", Set.of(
          "ancestor", "has_children", "has_toc", "nav_enabled", "search_exclude"));
}
