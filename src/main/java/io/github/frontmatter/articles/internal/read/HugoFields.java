package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of Hugo (0.111) and of its Mainroad theme: the table the library reads, checks,
 * writes as JSON and publishes as JSON Schema. Adding a typed field is one line here, its
 * accessor on {@code FrontMatter}, and its fixtures; the shipped schema files are then
 * regenerated ({@code BuiltInSchemaTest} says how).
 */
public final class HugoFields {
  private HugoFields() {}

  /** Hugo's own fields: a value Hugo cannot use is an error. */
  public static final Field.Owner HUGO =
      new Field.Owner("hugo", "hugo-field-shape", Severity.ERROR);
  /** The Mainroad theme's fields: a value it cannot use is a warning. */
  public static final Field.Owner MAINROAD =
      new Field.Owner("theme", "theme-field-shape", Severity.WARNING);

  private static final FieldTable.Builder B =
      new FieldTable.Builder(Profile.HUGO, true, FieldTable.TitleRule.WARN);

  public static final Field<String> TITLE = B.add("title", FieldKind.TEXT, HUGO,
      "The title (Hugo). Warning when missing or blank.");
  public static final Field<ArticleDate> DATE = B.add("date", FieldKind.DATE, HUGO,
      "The date (Hugo): yyyy-MM-dd, optionally a time HH:mm[:ss[.fraction]] after T or a"
          + " space, and an offset Z, +hh:mm or +hhmm.");
  public static final Field<String> SUMMARY = B.add("summary", FieldKind.TEXT, HUGO,
      "The summary (Hugo).");
  public static final Field<List<String>> CATEGORIES = B.add("categories",
      FieldKind.TEXT_LIST, HUGO, "Categories (Hugo): text or a list of text.");
  public static final Field<List<String>> LANG = B.add("lang", FieldKind.TEXT_LIST, MAINROAD,
      "Language (Mainroad): BCP 47 tags.");
  public static final Field<List<String>> TRANSLATIONS = B.add("translations",
      FieldKind.TEXT_LIST, MAINROAD, "Translations (Mainroad).");
  public static final Field<List<String>> TAGS = B.add("tags", FieldKind.TEXT_LIST, HUGO,
      "Tags (Hugo): text or a list of text.");
  public static final Field<Menu> MENU = B.add("menu", FieldKind.MENU, HUGO,
      "Menus (Hugo): a name, a list of names, or a mapping of menu names to entry"
          + " properties.");
  public static final Field<Thumbnail> THUMBNAIL = B.add("thumbnail", FieldKind.THUMBNAIL,
      MAINROAD, "Thumbnail (Mainroad): an http(s) URL or a relative path, or {src,"
          + " visibility}.");
  public static final Field<String> LEAD = B.add("lead", FieldKind.TEXT, MAINROAD,
      "Lead paragraph (Mainroad).");
  public static final Field<Boolean> COMMENTS = B.add("comments", FieldKind.BOOLEAN, MAINROAD,
      "Show comments (Mainroad).");
  public static final Field<Boolean> AUTHORBOX = B.add("authorbox", FieldKind.BOOLEAN,
      MAINROAD, "Show the author box (Mainroad).");
  public static final Field<Boolean> PAGER = B.add("pager", FieldKind.BOOLEAN, MAINROAD,
      "Show the pager (Mainroad).");
  public static final Field<Boolean> TOC = B.add("toc", FieldKind.BOOLEAN, MAINROAD,
      "Show a table of contents (Mainroad).");
  public static final Field<Boolean> MATHJAX = B.add("mathjax", FieldKind.BOOLEAN, MAINROAD,
      "Load MathJax (Mainroad).");
  public static final Field<String> SIDEBAR = B.add("sidebar", FieldKind.TEXT, MAINROAD,
      "Sidebar position (Mainroad): left, right or false.");
  public static final Field<List<String>> WIDGETS = B.add("widgets", FieldKind.TEXT_LIST,
      MAINROAD, "Sidebar widgets (Mainroad): search, recent, categories, taglist, social,"
          + " languages.");
  public static final Field<String> DESCRIPTION = B.add("description", FieldKind.TEXT, HUGO,
      "The description (Hugo).");
  public static final Field<Boolean> DRAFT = B.add("draft", FieldKind.BOOLEAN, HUGO,
      "Draft (Hugo).");
  public static final Field<ArticleDate> LASTMOD = B.add("lastmod", FieldKind.DATE, HUGO,
      "Last modified (Hugo); a date like date.");
  public static final Field<ArticleDate> PUBLISH_DATE = B.add("publishDate", FieldKind.DATE,
      HUGO, "Publish date (Hugo); a date like date.");
  public static final Field<ArticleDate> EXPIRY_DATE = B.add("expiryDate", FieldKind.DATE,
      HUGO, "Expiry date (Hugo); a date like date.");
  public static final Field<String> SLUG = B.add("slug", FieldKind.TEXT, HUGO,
      "The slug (Hugo).");
  public static final Field<List<String>> ALIASES = B.add("aliases", FieldKind.TEXT_LIST,
      HUGO, "Aliases (Hugo): text or a list of text.");
  public static final Field<List<String>> KEYWORDS = B.add("keywords", FieldKind.TEXT_LIST,
      HUGO, "Keywords (Hugo): text or a list of text.");
  public static final Field<Integer> WEIGHT = B.add("weight", FieldKind.INTEGER, HUGO,
      "Weight (Hugo): a 32-bit integer.");
  public static final Field<String> URL = B.add("url", FieldKind.TEXT, HUGO,
      "The URL (Hugo).");
  public static final Field<String> LAYOUT = B.add("layout", FieldKind.TEXT, HUGO,
      "The layout (Hugo).");
  public static final Field<String> TYPE = B.add("type", FieldKind.TEXT, HUGO,
      "The content type (Hugo).");
  public static final Field<Map<String, Value>> PARAMS = B.add("params", FieldKind.MAPPING,
      HUGO, "User parameters (Hugo): a mapping of any values, for templates.");

  /** The table; declared after the fields, which it holds in their order. */
  public static final FieldTable TABLE = B
      // every common accessor reads the Hugo or Mainroad field of its name
      .role(Role.TITLE, TITLE).role(Role.DATE, DATE).role(Role.SUMMARY, SUMMARY)
      .role(Role.CATEGORIES, CATEGORIES).role(Role.LANG, LANG)
      .role(Role.TRANSLATIONS, TRANSLATIONS).role(Role.TAGS, TAGS).role(Role.MENU, MENU)
      .role(Role.THUMBNAIL, THUMBNAIL).role(Role.LEAD, LEAD).role(Role.COMMENTS, COMMENTS)
      .role(Role.AUTHORBOX, AUTHORBOX).role(Role.PAGER, PAGER).role(Role.TOC, TOC)
      .role(Role.MATHJAX, MATHJAX).role(Role.SIDEBAR, SIDEBAR).role(Role.WIDGETS, WIDGETS)
      .role(Role.DESCRIPTION, DESCRIPTION).role(Role.DRAFT, DRAFT)
      .role(Role.LASTMOD, LASTMOD).role(Role.PUBLISH_DATE, PUBLISH_DATE)
      .role(Role.EXPIRY_DATE, EXPIRY_DATE).role(Role.SLUG, SLUG).role(Role.ALIASES, ALIASES)
      .role(Role.KEYWORDS, KEYWORDS).role(Role.WEIGHT, WEIGHT).role(Role.URL, URL)
      .role(Role.LAYOUT, LAYOUT).role(Role.TYPE, TYPE).role(Role.PARAMS, PARAMS)
      .build("Hugo or Mainroad", Set.of(
      // Hugo's other front-matter fields, read without a type
      "audio", "build", "cascade", "headless", "images", "isCJKLanguage", "linkTitle",
      "markup", "menus", "outputs", "resources", "series", "sitemap",
      "translationKey", "videos",
      // Mainroad's
      "author"));
}
