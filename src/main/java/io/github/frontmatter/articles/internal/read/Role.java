package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A part a field plays for the common accessors of {@code FrontMatter} and the withers of
 * {@code Article}: {@code tags()} reads the field that plays {@link #TAGS} under the article's
 * profile (Hugo's {@code tags}, Zola's {@code taxonomies.tags}, Docusaurus's tag labels), and
 * {@code withTags} writes it. Each table binds the roles its fields play ({@link
 * FieldTable#binding}); a role no field plays reads as empty.
 *
 * @param <T> the Java type of the accessor
 * @param name the accessor's name, for messages
 */
public record Role<T>(String name) {
  public static final Role<String> TITLE = new Role<>("title");
  public static final Role<ArticleDate> DATE = new Role<>("date");
  public static final Role<String> SUMMARY = new Role<>("summary");
  public static final Role<List<String>> CATEGORIES = new Role<>("categories");
  public static final Role<List<String>> LANG = new Role<>("lang");
  public static final Role<List<String>> TRANSLATIONS = new Role<>("translations");
  public static final Role<List<String>> TAGS = new Role<>("tags");
  public static final Role<Menu> MENU = new Role<>("menu");
  public static final Role<Thumbnail> THUMBNAIL = new Role<>("thumbnail");
  public static final Role<String> LEAD = new Role<>("lead");
  public static final Role<Boolean> COMMENTS = new Role<>("comments");
  public static final Role<Boolean> AUTHORBOX = new Role<>("authorbox");
  public static final Role<Boolean> PAGER = new Role<>("pager");
  public static final Role<Boolean> TOC = new Role<>("toc");
  public static final Role<Boolean> MATHJAX = new Role<>("mathjax");
  public static final Role<String> SIDEBAR = new Role<>("sidebar");
  public static final Role<List<String>> WIDGETS = new Role<>("widgets");
  public static final Role<String> DESCRIPTION = new Role<>("description");
  public static final Role<Boolean> DRAFT = new Role<>("draft");
  public static final Role<ArticleDate> LASTMOD = new Role<>("lastmod");
  public static final Role<ArticleDate> PUBLISH_DATE = new Role<>("publishDate");
  public static final Role<ArticleDate> EXPIRY_DATE = new Role<>("expiryDate");
  public static final Role<String> SLUG = new Role<>("slug");
  public static final Role<List<String>> ALIASES = new Role<>("aliases");
  public static final Role<List<String>> KEYWORDS = new Role<>("keywords");
  public static final Role<Integer> WEIGHT = new Role<>("weight");
  public static final Role<String> URL = new Role<>("url");
  public static final Role<String> LAYOUT = new Role<>("layout");
  public static final Role<String> TYPE = new Role<>("type");
  public static final Role<Map<String, Value>> PARAMS = new Role<>("params");

  /**
   * The roles a property of the caller's own type reads by its name under every profile
   * (docs/own-types.md, "Common fields under each profile"), by name.
   */
  private static final Map<String, Role<?>> COMMON = Map.ofEntries(
      Map.entry("title", TITLE), Map.entry("date", DATE), Map.entry("tags", TAGS),
      Map.entry("categories", CATEGORIES), Map.entry("draft", DRAFT),
      Map.entry("description", DESCRIPTION), Map.entry("summary", SUMMARY),
      Map.entry("slug", SLUG), Map.entry("weight", WEIGHT), Map.entry("aliases", ALIASES),
      Map.entry("lastmod", LASTMOD));

  /** The common role named {@code name} exactly; null when none is. */
  public static Role<?> common(String name) {
    return COMMON.get(name);
  }

  /** The getter and setter of a field that plays its role as it is. */
  @SuppressWarnings("rawtypes")
  static final Binding.Getter IDENTITY_GET = v -> v;

  @SuppressWarnings("rawtypes")
  static final Binding.Setter IDENTITY_SET = (v, old) -> v;

  /**
   * How a field plays a role: the field, and how its typed value becomes the accessor's and
   * back. For most bindings both are the identity.
   *
   * @param <T> the accessor's type
   * @param <F> the field's type
   * @param field the field
   * @param get the accessor's value from the field's; null when it has none
   * @param set the field's value for an accessor's value, given the field's value now (raw,
   *     null when absent), so a form can be kept (a Docusaurus tag object keeps its permalink)
   */
  public record Binding<T, F>(Field<F> field, Getter<T, F> get, Setter<T, F> set) {
    /** Reads the accessor's value from the field's typed value (not null). */
    @FunctionalInterface
    public interface Getter<T, F> {
      /**
       * Converts.
       *
       * @param value the field's typed value, not null
       * @return the accessor's value, or null when there is none
       */
      T get(F value);
    }

    /** Turns the value a wither is given into the field's typed value. */
    @FunctionalInterface
    public interface Setter<T, F> {
      /**
       * Converts.
       *
       * @param value the wither's value, not null
       * @param old the field's value in the file now, or null
       * @return the field's value to write
       */
      F set(T value, Value old);
    }

    /** Whether the field plays the role as it is, without a conversion. */
    public boolean identity() {
      return get == IDENTITY_GET;
    }

    /** The accessor's value for a typed field value that may be null. */
    public T read(F value) {
      return value == null ? null : get.get(value);
    }
  }

  /**
   * The {@code int} of a number that is whole and fits ({@code weight()} of a {@code
   * sidebar_position: 3}); null for {@code 1.5}, which only the field itself gives exactly.
   */
  static Integer wholeNumber(BigDecimal n) {
    try {
      return n.stripTrailingZeros().scale() <= 0 ? n.intValueExact() : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** The number of an {@code int}, for a wither writing an order. */
  static BigDecimal number(Integer i, Value old) {
    return BigDecimal.valueOf(i);
  }
}
