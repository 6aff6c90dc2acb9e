package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.read.FieldKind.Shape;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Eleventy's special data keys (11ty-website {@code src/docs/data-configuration.md:12-28};
 * 11ty/eleventy@v3.1.6 {@code src/Data/TemplateData.js}, {@code src/Template.js}), the
 * navigation plugin's {@code eleventyNavigation}, and the conventions of eleventy-base-blog
 * ({@code title}, {@code description}, {@code draft}). Keys match exactly. Eleventy throws on
 * a special key it cannot use, so a wrong shape is an error; the conventions are warnings.
 */
public final class EleventyFields {
  private EleventyFields() {}

  /** Eleventy's own keys. */
  public static final Field.Owner ELEVENTY =
      new Field.Owner("eleventy", "eleventy-field-shape", Severity.ERROR);
  /** Keys only templates and starter projects give a meaning. */
  public static final Field.Owner CONVENTION =
      new Field.Owner("theme", "theme-field-shape", Severity.WARNING);

  private static final FieldTable.Builder B =
      new FieldTable.Builder(Profile.ELEVENTY, false, FieldTable.TitleRule.NONE);

  public static final Field<String> TITLE = B.add("title", FieldKind.TEXT, CONVENTION,
      "The title (a convention of Eleventy's templates).");
  public static final Field<String> DESCRIPTION = B.add("description", FieldKind.TEXT,
      CONVENTION, "The description (a convention of Eleventy's templates).");
  public static final Field<Boolean> DRAFT = B.add("draft", FieldKind.BOOLEAN, CONVENTION,
      "Draft (eleventy-base-blog's preprocessor leaves drafts out of production builds).");
  public static final Field<ArticleDate> DATE = B.add("date", FieldKind.ELEVENTY_DATE,
      ELEVENTY, "The content date (Eleventy): a date, or Last Modified, Created, git Last"
          + " Modified, git Created.");
  public static final Field<Value> PERMALINK = B.add("permalink",
      FieldKind.oneOf("permalink", Shape.TEXT, Shape.BOOLEAN, Shape.MAPPING), ELEVENTY,
      "The output path (Eleventy): text (may hold a template), false for no output, or a"
          + " mapping.");
  public static final Field<String> LAYOUT = B.add("layout", FieldKind.TEXT, ELEVENTY,
      "The layout in _includes (Eleventy).");
  public static final Field<List<String>> TAGS = B.add("tags", FieldKind.COMMA_LIST,
      ELEVENTY, "Collections (Eleventy): a list, or text split at commas.");
  public static final Field<String> TEMPLATE_ENGINE_OVERRIDE = B.add(
      "templateEngineOverride", FieldKind.TEXT, ELEVENTY,
      "The template engines to render with (Eleventy).");
  public static final Field<Value> EXCLUDE_FROM_COLLECTIONS = B.add(
      "eleventyExcludeFromCollections",
      FieldKind.oneOf("exclude-from-collections", Shape.BOOLEAN, Shape.LIST), ELEVENTY,
      "Leave the page out of collections (Eleventy): true, or a list of tag names.");
  public static final Field<Map<String, Value>> COMPUTED = B.add("eleventyComputed",
      FieldKind.MAPPING, ELEVENTY, "Computed data (Eleventy).");
  public static final Field<Map<String, Value>> NAVIGATION = B.add("eleventyNavigation",
      FieldKind.MAPPING, ELEVENTY, "The navigation entry (Eleventy navigation plugin).");
  public static final Field<String> NAVIGATION_KEY = B.add(NAVIGATION, "key", FieldKind.TEXT,
      ELEVENTY, "The entry's key (Eleventy navigation).");
  public static final Field<String> NAVIGATION_PARENT = B.add(NAVIGATION, "parent",
      FieldKind.TEXT, ELEVENTY, "The parent entry's key (Eleventy navigation).");
  public static final Field<String> NAVIGATION_TITLE = B.add(NAVIGATION, "title",
      FieldKind.TEXT, ELEVENTY, "The entry's title (Eleventy navigation).");
  public static final Field<BigDecimal> NAVIGATION_ORDER = B.add(NAVIGATION, "order",
      FieldKind.NUMBER, ELEVENTY, "The entry's order (Eleventy navigation): a number.");
  public static final Field<Map<String, Value>> IMPORT = B.add("eleventyImport",
      FieldKind.MAPPING, ELEVENTY, "Collections this page depends on (Eleventy).");
  public static final Field<Boolean> DYNAMIC_PERMALINK = B.add("dynamicPermalink",
      FieldKind.BOOLEAN, ELEVENTY, "Whether permalink is a template (Eleventy).");
  public static final Field<Boolean> PERMALINK_BYPASS_OUTPUT_DIR = B.add(
      "permalinkBypassOutputDir", FieldKind.BOOLEAN, ELEVENTY,
      "Write permalink outside the output folder (Eleventy).");
  public static final Field<Map<String, Value>> PAGINATION = B.add("pagination",
      FieldKind.MAPPING, ELEVENTY, "Pagination (Eleventy).");

  /** The table; declared after the fields, which it holds in their order. */
  public static final FieldTable TABLE = B
      .role(Role.TITLE, TITLE).role(Role.DESCRIPTION, DESCRIPTION).role(Role.DRAFT, DRAFT)
      .role(Role.DATE, DATE).role(Role.TAGS, TAGS).role(Role.LAYOUT, LAYOUT)
      // permalink is a URL only when it is text
      .role(Role.URL, PERMALINK, v -> v instanceof Value.Text t ? t.value() : null,
          (url, old) -> new Value.Text(url))
      .role(Role.WEIGHT, NAVIGATION_ORDER, Role::wholeNumber, Role::number)
      .build("Eleventy", Set.of(
          "eleventyDataSchema",
          // Eleventy 4's aliases (src/Data/ResolveConfigurationData.js:9-25)
          "buildawesomeComputed", "buildawesomeDataSchema",
          "buildawesomeExcludeFromCollections", "buildawesomeImport"));
}
