package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.Tag;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.read.FieldKind.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front matter of Docusaurus's docs ({@code plugin-content-docs/src/frontMatter.ts:
 * 22-49}) and blog posts ({@code plugin-content-blog/src/frontMatter.ts:33-80}), with the
 * tag schema of {@code docusaurus-utils-validation/src/validationSchemas.ts}. Keys match
 * exactly. Joi validation fails the build, so a wrong shape is an error; a missing title is
 * none (the first heading is the title).
 */
public final class DocusaurusFields {
  private DocusaurusFields() {}

  /** Docusaurus's fields. */
  public static final Field.Owner DOCUSAURUS =
      new Field.Owner("docusaurus", "docusaurus-field-shape", Severity.ERROR);

  private static final FieldTable.Builder B =
      new FieldTable.Builder(Profile.DOCUSAURUS, false, FieldTable.TitleRule.NONE);

  public static final Field<String> ID = B.add("id", FieldKind.TEXT, DOCUSAURUS,
      "The document's id (Docusaurus).");
  public static final Field<String> TITLE = B.add("title", FieldKind.TEXT, DOCUSAURUS,
      "The title (Docusaurus); without one, the first heading.");
  public static final Field<Boolean> HIDE_TITLE = B.add("hide_title", FieldKind.BOOLEAN,
      DOCUSAURUS, "Hide the title (Docusaurus docs).");
  public static final Field<Boolean> HIDE_TABLE_OF_CONTENTS = B.add("hide_table_of_contents",
      FieldKind.BOOLEAN, DOCUSAURUS, "Hide the table of contents (Docusaurus).");
  public static final Field<Boolean> PARSE_NUMBER_PREFIXES = B.add("parse_number_prefixes",
      FieldKind.BOOLEAN, DOCUSAURUS, "Strip number prefixes from the file name (Docusaurus).");
  public static final Field<List<String>> KEYWORDS = B.add("keywords",
      FieldKind.STRICT_TEXT_LIST, DOCUSAURUS, "Keywords (Docusaurus): a list of text.");
  public static final Field<String> IMAGE = B.add("image", FieldKind.TEXT, DOCUSAURUS,
      "The social card image (Docusaurus).");
  public static final Field<String> DESCRIPTION = B.add("description", FieldKind.TEXT,
      DOCUSAURUS, "The description (Docusaurus).");
  public static final Field<String> SLUG = B.add("slug", FieldKind.TEXT, DOCUSAURUS,
      "The URL (Docusaurus).");
  public static final Field<String> SIDEBAR_KEY = B.add("sidebar_key", FieldKind.TEXT,
      DOCUSAURUS, "The sidebar item's key (Docusaurus docs).");
  public static final Field<String> SIDEBAR_LABEL = B.add("sidebar_label", FieldKind.TEXT,
      DOCUSAURUS, "The sidebar item's label (Docusaurus docs).");
  public static final Field<String> SIDEBAR_CLASS_NAME = B.add("sidebar_class_name",
      FieldKind.TEXT, DOCUSAURUS, "The sidebar item's CSS class (Docusaurus docs).");
  public static final Field<BigDecimal> SIDEBAR_POSITION = B.add("sidebar_position",
      FieldKind.NUMBER, DOCUSAURUS, "The position in the sidebar (Docusaurus docs): a"
          + " number.");
  public static final Field<Map<String, Value>> SIDEBAR_CUSTOM_PROPS = B.add(
      "sidebar_custom_props", FieldKind.MAPPING, DOCUSAURUS,
      "Custom properties of the sidebar item (Docusaurus docs).");
  public static final Field<String> DISPLAYED_SIDEBAR = B.add("displayed_sidebar",
      FieldKind.TEXT, DOCUSAURUS, "The sidebar to show (Docusaurus docs), or null.");
  public static final Field<String> PAGINATION_NEXT = B.add("pagination_next", FieldKind.TEXT,
      DOCUSAURUS, "The next document's id (Docusaurus docs), or null.");
  public static final Field<String> PAGINATION_PREV = B.add("pagination_prev", FieldKind.TEXT,
      DOCUSAURUS, "The previous document's id (Docusaurus docs), or null.");
  public static final Field<String> PAGINATION_LABEL = B.add("pagination_label",
      FieldKind.TEXT, DOCUSAURUS, "The label in pagination links (Docusaurus docs).");
  public static final Field<List<Tag>> TAGS = B.add("tags", FieldKind.TAG_LIST, DOCUSAURUS,
      "Tags (Docusaurus): a list of labels and {label, permalink} objects.");
  public static final Field<String> CUSTOM_EDIT_URL = B.add("custom_edit_url", FieldKind.TEXT,
      DOCUSAURUS, "The edit link (Docusaurus), or null.");
  public static final Field<BigDecimal> TOC_MIN_HEADING_LEVEL = B.add("toc_min_heading_level",
      FieldKind.NUMBER, DOCUSAURUS, "The smallest heading level in the table of contents"
          + " (Docusaurus): 2 to 6.");
  public static final Field<BigDecimal> TOC_MAX_HEADING_LEVEL = B.add("toc_max_heading_level",
      FieldKind.NUMBER, DOCUSAURUS, "The largest heading level in the table of contents"
          + " (Docusaurus): 2 to 6.");
  public static final Field<Map<String, Value>> LAST_UPDATE = B.add("last_update",
      FieldKind.MAPPING, DOCUSAURUS, "The last update (Docusaurus): {author, date}.");
  public static final Field<ArticleDate> LAST_UPDATE_DATE = B.add(LAST_UPDATE, "date",
      FieldKind.DATE, DOCUSAURUS, "The date of the last update (Docusaurus).");
  public static final Field<String> LAST_UPDATE_AUTHOR = B.add(LAST_UPDATE, "author",
      FieldKind.TEXT, DOCUSAURUS, "The author of the last update (Docusaurus).");
  public static final Field<Boolean> DRAFT = B.add("draft", FieldKind.BOOLEAN, DOCUSAURUS,
      "Draft (Docusaurus): left out of production builds.");
  public static final Field<Boolean> UNLISTED = B.add("unlisted", FieldKind.BOOLEAN,
      DOCUSAURUS, "Unlisted (Docusaurus): built but not linked.");
  public static final Field<ArticleDate> DATE = B.add("date", FieldKind.DATE, DOCUSAURUS,
      "The post's date (Docusaurus blog); without one, from the path.");
  public static final Field<Value> AUTHORS = B.add("authors",
      FieldKind.oneOf("authors", Shape.TEXT, Shape.MAPPING, Shape.LIST), DOCUSAURUS,
      "The post's authors (Docusaurus blog): a key, an author object, or a list of them.");

  /** The table; declared after the fields, which it holds in their order. */
  public static final FieldTable TABLE = B
      .role(Role.TITLE, TITLE).role(Role.DESCRIPTION, DESCRIPTION).role(Role.DATE, DATE)
      .role(Role.TAGS, TAGS, DocusaurusFields::labels, DocusaurusFields::tags)
      .role(Role.DRAFT, DRAFT).role(Role.SLUG, SLUG).role(Role.KEYWORDS, KEYWORDS)
      .role(Role.WEIGHT, SIDEBAR_POSITION, Role::wholeNumber, Role::number)
      .role(Role.LASTMOD, LAST_UPDATE_DATE)
      .build("Docusaurus", Set.of(
          // the blog's legacy author keys (plugin-content-blog/src/frontMatter.ts)
          "author", "author_title", "author_url", "author_image_url", "authorURL",
          "authorTitle", "authorImageURL"));

  private static List<String> labels(List<Tag> tags) {
    return tags.stream().map(Tag::label).toList();
  }

  /**
   * Labels as tags; a label that the file gives as a {@code {label, permalink}} object keeps
   * its object, so setting the tags does not lose the pages they point to.
   */
  private static List<Tag> tags(List<String> labels, Value old) {
    List<Tag> out = new ArrayList<>(labels.size());
    for (String label : labels) {
      Tag tag = Tag.of(label);
      if (old instanceof Value.Sequence seq) {
        for (Value item : seq.items()) {
          if (item instanceof Value.Mapping m
              && m.entries().get("label") instanceof Value.Text l && l.value().equals(label)
              && m.entries().get("permalink") instanceof Value.Text p) {
            tag = Tag.of(label, p.value());
            break;
          }
        }
      }
      out.add(tag);
    }
    return out;
  }
}
