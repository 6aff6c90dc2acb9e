package io.github.frontmatter.articles;

import io.github.frontmatter.articles.internal.edit.ArticleEdits;
import io.github.frontmatter.articles.internal.read.Role;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The edits {@link Article} and {@link Article.Editing} share, declared once so that the two
 * speak one vocabulary and cover the same fields. On an article each method returns the
 * edited article (read once, checked; the article itself is unchanged); on an {@code Editing}
 * it records the edit and returns the builder, and {@link Article.Editing#build()} reads the
 * result of the whole chain once.
 *
 * <p>The typed withers ({@code withTags}, {@code withWeight}, ...) write the field that plays
 * their part under the article's {@link Profile}, as the accessors read it: {@code withTags}
 * on a Zola page sets {@code taxonomies.tags}, {@code withWeight} on a Starlight page {@code
 * sidebar.order}, {@code withDraft} on a Jekyll page {@code published}. A wither whose part the
 * profile has no field for ({@code withMenu} under Zola) throws {@link
 * UnsupportedOperationException}; {@link #with(String, Value)} writes any key.
 *
 * <p>Package-private: its public methods are documented and called as members of {@code
 * Article} and {@code Article.Editing}.
 *
 * @param <T> what an edit returns: the edited {@code Article}, or the {@code Editing} itself
 */
abstract class Withers<T> {
  Withers() {}

  /** Applies one edit to a chain: a new one for an article, the builder's own for a builder. */
  abstract T edit(Consumer<ArticleEdits> step);

  /**
   * Sets the top-level {@code key} to {@code value}, changing only the text of that value in
   * the file: every other byte stays, including the comment after the value; the old value's
   * style is kept where the new value can be written in it (see docs/editing.md). A new key is
   * appended at the end of the front matter (in TOML before the first table). An article
   * without front matter gets YAML front matter.
   *
   * @param key the key, spelled exactly as in the file (or as it should be written)
   * @param value the new value
   * @return the edited article (this one is unchanged), or this builder
   * @throws EditRefusedException if the key cannot be edited in place (an anchored or
   *     aliased YAML value, a TOML array of tables), with the reason and the position
   * @throws IllegalArgumentException if the format cannot hold the value (TOML has no null,
   *     JSON no NaN), if the value would make the article invalid (a {@code date} that is not a
   *     date), or if the edited file would be over one of the parser's {@link Limits}, with
   *     the reason; from a builder, what depends on reading the result is thrown by {@link
   *     Article.Editing#build()}
   */
  public T with(String key, Value value) {
    return edit(e -> e.with(key, value));
  }

  /**
   * Removes the top-level {@code key}: its lines go, with the comment lines directly above it
   * that clearly belong to it (see docs/editing.md); every other byte stays. Nothing changes
   * when the key is absent.
   *
   * @param key the key, spelled exactly as in the file
   * @return the edited article (this same article when the key is absent), or this builder
   * @throws EditRefusedException if the key cannot be removed in place (its YAML value holds
   *     an anchor that aliases may refer to), with the reason and the position
   */
  public T without(String key) {
    return edit(e -> e.without(key));
  }

  /**
   * Replaces the Markdown body, everything after the front matter; the front matter stays
   * byte for byte.
   *
   * @param markdown the new body, everything after the front matter
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withBody(String markdown) {
    return edit(e -> e.withBody(markdown));
  }

  /**
   * Sets {@code title}.
   *
   * @param title the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withTitle(String title) {
    return edit(e -> e.set(Role.TITLE, title));
  }

  /**
   * Sets {@code date}. Written as its text; where the old date was quoted text (or the
   * format is JSON) the new one is too.
   *
   * @param date the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withDate(ArticleDate date) {
    return edit(e -> e.set(Role.DATE, date));
  }

  /**
   * Sets {@code lastmod}, as {@link #withDate}.
   *
   * @param lastmod the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withLastmod(ArticleDate lastmod) {
    return edit(e -> e.set(Role.LASTMOD, lastmod));
  }

  /**
   * Sets {@code publishDate}, as {@link #withDate}.
   *
   * @param publishDate the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withPublishDate(ArticleDate publishDate) {
    return edit(e -> e.set(Role.PUBLISH_DATE, publishDate));
  }

  /**
   * Sets {@code expiryDate}, as {@link #withDate}.
   *
   * @param expiryDate the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withExpiryDate(ArticleDate expiryDate) {
    return edit(e -> e.set(Role.EXPIRY_DATE, expiryDate));
  }

  /**
   * Sets {@code summary} (the front-matter field).
   *
   * @param summary the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withSummary(String summary) {
    return edit(e -> e.set(Role.SUMMARY, summary));
  }

  /**
   * Sets {@code description}.
   *
   * @param description the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withDescription(String description) {
    return edit(e -> e.set(Role.DESCRIPTION, description));
  }

  /**
   * Sets {@code lead}.
   *
   * @param lead the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withLead(String lead) {
    return edit(e -> e.set(Role.LEAD, lead));
  }

  /**
   * Sets {@code slug}.
   *
   * @param slug the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withSlug(String slug) {
    return edit(e -> e.set(Role.SLUG, slug));
  }

  /**
   * Sets {@code url}.
   *
   * @param url the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withUrl(String url) {
    return edit(e -> e.set(Role.URL, url));
  }

  /**
   * Sets {@code layout}.
   *
   * @param layout the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withLayout(String layout) {
    return edit(e -> e.set(Role.LAYOUT, layout));
  }

  /**
   * Sets {@code type}.
   *
   * @param type the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withType(String type) {
    return edit(e -> e.set(Role.TYPE, type));
  }

  /**
   * Sets {@code sidebar} ({@code left}, {@code right} or {@code false} for Mainroad).
   *
   * @param sidebar the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withSidebar(String sidebar) {
    return edit(e -> e.set(Role.SIDEBAR, sidebar));
  }

  /**
   * Sets {@code tags}.
   *
   * @param tags the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withTags(List<String> tags) {
    return edit(e -> e.set(Role.TAGS, tags));
  }

  /**
   * Sets {@code categories}.
   *
   * @param categories the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withCategories(List<String> categories) {
    return edit(e -> e.set(Role.CATEGORIES, categories));
  }

  /**
   * Sets {@code lang}.
   *
   * @param lang the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withLang(List<String> lang) {
    return edit(e -> e.set(Role.LANG, lang));
  }

  /**
   * Sets {@code translations}.
   *
   * @param translations the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withTranslations(List<String> translations) {
    return edit(e -> e.set(Role.TRANSLATIONS, translations));
  }

  /**
   * Sets {@code widgets}.
   *
   * @param widgets the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withWidgets(List<String> widgets) {
    return edit(e -> e.set(Role.WIDGETS, widgets));
  }

  /**
   * Sets {@code aliases}.
   *
   * @param aliases the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withAliases(List<String> aliases) {
    return edit(e -> e.set(Role.ALIASES, aliases));
  }

  /**
   * Sets {@code keywords}.
   *
   * @param keywords the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withKeywords(List<String> keywords) {
    return edit(e -> e.set(Role.KEYWORDS, keywords));
  }

  /**
   * Sets {@code draft}.
   *
   * @param draft the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withDraft(boolean draft) {
    return edit(e -> e.set(Role.DRAFT, draft));
  }

  /**
   * Sets {@code comments}.
   *
   * @param comments the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withComments(boolean comments) {
    return edit(e -> e.set(Role.COMMENTS, comments));
  }

  /**
   * Sets {@code authorbox}.
   *
   * @param authorbox the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withAuthorbox(boolean authorbox) {
    return edit(e -> e.set(Role.AUTHORBOX, authorbox));
  }

  /**
   * Sets {@code pager}.
   *
   * @param pager the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withPager(boolean pager) {
    return edit(e -> e.set(Role.PAGER, pager));
  }

  /**
   * Sets {@code toc}.
   *
   * @param toc the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withToc(boolean toc) {
    return edit(e -> e.set(Role.TOC, toc));
  }

  /**
   * Sets {@code mathjax}.
   *
   * @param mathjax the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withMathjax(boolean mathjax) {
    return edit(e -> e.set(Role.MATHJAX, mathjax));
  }

  /**
   * Sets {@code weight}.
   *
   * @param weight the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withWeight(int weight) {
    return edit(e -> e.set(Role.WEIGHT, weight));
  }

  /**
   * Sets {@code thumbnail}: a plain URL or path when there is no visibility, else {@code
   * {src, visibility}}.
   *
   * @param thumbnail the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withThumbnail(Thumbnail thumbnail) {
    return edit(e -> e.set(Role.THUMBNAIL, thumbnail));
  }

  /**
   * Sets {@code menu}: a single name when the menu has one entry without properties, a list
   * of names when no entry has properties, else a mapping of entries.
   *
   * @param menu the new value
   * @return the edited article (this one is unchanged), or this builder
   */
  public T withMenu(Menu menu) {
    return edit(e -> e.set(Role.MENU, menu));
  }

  /**
   * Sets {@code params}, Hugo's user parameters, to a mapping of the given values in their
   * order.
   *
   * @param params the new value
   * @return the edited article (this one is unchanged), or this builder
   * @since 0.2.0
   */
  public T withParams(Map<String, Value> params) {
    return edit(e -> e.set(Role.PARAMS, params));
  }
}
