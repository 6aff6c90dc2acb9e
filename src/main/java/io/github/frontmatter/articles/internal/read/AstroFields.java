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
 * Starlight's docs schema (withastro/starlight@3999be7cc {@code packages/starlight/schema.ts:
 * 13-113} and {@code schemas/*.ts}) and Astro core's {@code slug}. Keys match exactly. A value
 * the schema refuses fails the build (zod), so a wrong shape is an error, and so is a missing
 * {@code title}, which the schema requires.
 */
public final class AstroFields {
  private AstroFields() {}

  /** Astro's and Starlight's fields. */
  public static final Field.Owner ASTRO =
      new Field.Owner("astro", "astro-field-shape", Severity.ERROR);

  private static final FieldTable.Builder B =
      new FieldTable.Builder(Profile.ASTRO, false, FieldTable.TitleRule.REQUIRED);

  public static final Field<String> TITLE = B.add("title", FieldKind.TEXT, ASTRO,
      "The page title (Starlight): required.");
  public static final Field<String> DESCRIPTION = B.add("description", FieldKind.TEXT, ASTRO,
      "The meta description (Starlight).");
  public static final Field<String> SLUG = B.add("slug", FieldKind.TEXT, ASTRO,
      "The entry's id and URL (Astro's glob loader).");
  public static final Field<Value> EDIT_URL = B.add("editUrl",
      FieldKind.oneOf("edit-url", Shape.TEXT, Shape.BOOLEAN), ASTRO,
      "The edit link (Starlight): a URL, or false for none.");
  public static final Field<Value> HEAD = B.add("head", FieldKind.oneOf("head", Shape.LIST),
      ASTRO, "Extra tags for the page's head (Starlight): a list of {tag, attrs, content}.");
  public static final Field<Value> TABLE_OF_CONTENTS = B.add("tableOfContents",
      FieldKind.oneOf("table-of-contents", Shape.BOOLEAN, Shape.MAPPING), ASTRO,
      "The table of contents (Starlight): a boolean or {minHeadingLevel, maxHeadingLevel}.");
  public static final Field<String> TEMPLATE = B.add("template",
      FieldKind.choice("template", "doc", "splash"), ASTRO,
      "The page layout (Starlight): doc or splash.");
  public static final Field<Map<String, Value>> HERO = B.add("hero", FieldKind.MAPPING, ASTRO,
      "The hero (Starlight): {title, tagline, image, actions}.");
  public static final Field<Value> LAST_UPDATED = B.add("lastUpdated",
      FieldKind.oneOf("last-updated", Shape.DATE, Shape.BOOLEAN), ASTRO,
      "Last updated (Starlight): a date, or a boolean.");
  public static final Field<Value> PREV = B.add("prev",
      FieldKind.oneOf("prev-next", Shape.BOOLEAN, Shape.TEXT, Shape.MAPPING), ASTRO,
      "The previous-page link (Starlight): a boolean, a label or {link, label}.");
  public static final Field<Value> NEXT = B.add("next",
      FieldKind.oneOf("prev-next", Shape.BOOLEAN, Shape.TEXT, Shape.MAPPING), ASTRO,
      "The next-page link (Starlight): a boolean, a label or {link, label}.");
  public static final Field<Map<String, Value>> SIDEBAR = B.add("sidebar", FieldKind.MAPPING,
      ASTRO, "The sidebar entry (Starlight): {order, label, hidden, badge, attrs}.");
  public static final Field<BigDecimal> SIDEBAR_ORDER = B.add(SIDEBAR, "order",
      FieldKind.NUMBER, ASTRO, "The entry's order (Starlight): a number.");
  public static final Field<String> SIDEBAR_LABEL = B.add(SIDEBAR, "label", FieldKind.TEXT,
      ASTRO, "The entry's label (Starlight).");
  public static final Field<Boolean> SIDEBAR_HIDDEN = B.add(SIDEBAR, "hidden",
      FieldKind.BOOLEAN, ASTRO, "Leave the page out of the sidebar (Starlight).");
  public static final Field<Value> SIDEBAR_BADGE = B.add(SIDEBAR, "badge",
      FieldKind.oneOf("badge", Shape.TEXT, Shape.MAPPING), ASTRO,
      "The entry's badge (Starlight): text or {text, variant, class}.");
  public static final Field<Map<String, Value>> SIDEBAR_ATTRS = B.add(SIDEBAR, "attrs",
      FieldKind.MAPPING, ASTRO, "HTML attributes of the entry's link (Starlight).");
  public static final Field<Map<String, Value>> BANNER = B.add("banner", FieldKind.MAPPING,
      ASTRO, "A banner (Starlight): {content}.");
  public static final Field<Boolean> PAGEFIND = B.add("pagefind", FieldKind.BOOLEAN, ASTRO,
      "In the search index (Starlight); default true.");
  public static final Field<Boolean> DRAFT = B.add("draft", FieldKind.BOOLEAN, ASTRO,
      "Draft (Starlight): left out of production builds.");

  /** The table; declared after the fields, which it holds in their order. */
  public static final FieldTable TABLE = B
      .role(Role.TITLE, TITLE).role(Role.DESCRIPTION, DESCRIPTION).role(Role.SLUG, SLUG)
      .role(Role.LAYOUT, TEMPLATE).role(Role.DRAFT, DRAFT)
      .role(Role.WEIGHT, SIDEBAR_ORDER, Role::wholeNumber, Role::number)
      // lastUpdated is a date only when it is one (true means "from git")
      .role(Role.LASTMOD, LAST_UPDATED,
          v -> v instanceof Value.Date d ? d.value() : null,
          (date, old) -> old instanceof Value.Text ? new Value.Text(date.text())
              : new Value.Date(date))
      .build("Starlight", Set.of());
}
