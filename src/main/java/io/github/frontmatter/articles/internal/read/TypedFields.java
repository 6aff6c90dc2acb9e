package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Thumbnail;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The typed view of the known front-matter fields. A {@code null} component means the field
 * is absent, null in the file, or in a shape the type cannot hold (the raw value is kept
 * elsewhere); the public API turns it into an empty {@code Optional} or list.
 */
public record TypedFields(
    String title,
    ArticleDate date,
    String summary,
    List<String> categories,
    List<String> lang,
    List<String> translations,
    List<String> tags,
    Menu menu,
    Thumbnail thumbnail,
    String lead,
    Boolean comments,
    Boolean authorbox,
    Boolean pager,
    Boolean toc,
    Boolean mathjax,
    String sidebar,
    List<String> widgets,
    String description,
    Boolean draft,
    ArticleDate lastmod,
    ArticleDate publishDate,
    ArticleDate expiryDate,
    String slug,
    List<String> aliases,
    List<String> keywords,
    Integer weight,
    String url,
    String layout,
    String type) {

  /** The known keys, lower-cased: Hugo matches front-matter keys case-insensitively. */
  public static final Set<String> KNOWN =
      Set.of(
          "title", "date", "summary", "categories", "lang", "translations", "tags", "menu",
          "thumbnail", "lead", "comments", "authorbox", "pager", "toc", "mathjax", "sidebar",
          "widgets", "description", "draft", "lastmod", "publishdate", "expirydate", "slug",
          "aliases", "keywords", "weight", "url", "layout", "type");

  public static final TypedFields EMPTY =
      new TypedFields(
          null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, null,
          null, null, null, null, null, List.of(), null, null, null, null, null, null,
          List.of(), List.of(), null, null, null, null);

  /** Whether {@code key} names a known field, ignoring case as Hugo does. */
  public static boolean isKnown(String key) {
    return KNOWN.contains(key.toLowerCase(Locale.ROOT));
  }
}
