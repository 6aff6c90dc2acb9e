package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.Field;
import io.github.frontmatter.articles.internal.read.FieldTable;
import io.github.frontmatter.articles.internal.read.Role;
import io.github.frontmatter.articles.internal.read.TypedFields;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The front matter of an article: every key in file order with its {@link Value}, and typed
 * accessors for the fields of Hugo and of the Mainroad theme.
 *
 * <p>Under another {@link Profile} each common accessor reads the field that plays its part
 * for that generator: a Zola page's {@link #tags()} are its {@code taxonomies.tags}, a
 * Docusaurus page's the labels of its tags, a Starlight page's {@link #weight()} its {@code
 * sidebar.order}, a Jekyll page's {@link #draft()} is {@code published: false}; an accessor
 * whose part no field of the profile plays ({@link #menu()} under Zola) is empty. The
 * profile's other fields are read by {@link #field(String, Class)}. docs/profiles.md has the
 * table of fields per profile.
 *
 * <p>Typed accessors follow the shapes real content uses, as Hugo does: a scalar where text
 * is expected reads as its source text ({@code title: 2024} is {@code "2024"}); a single
 * scalar where a list is expected is a one-item list ({@code categories: qq}); keys match
 * regardless of case ({@code Description} is {@code description}). A value in a shape the
 * accessor cannot hold reads as absent (empty {@code Optional} or empty list), is kept
 * unchanged in {@link #values()}, and is reported: as a {@code hugo-field-shape} error for
 * Hugo's own fields, a {@code theme-field-shape} warning for the theme's. Absent
 * and empty are distinct: {@code lead: ""} gives {@code Optional.of("")}.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class FrontMatter {
  private final Format format;
  private final Map<String, Value> values;
  private final TypedFields fields;
  private final Map<String, Integer> offsets;
  private final Map<String, Integer> keyOffsets;
  private final SourceText source;
  private final String text;
  /** What {@link FrontMatterType} needs that the accessors do not: see {@link #binding()}. */
  private final Binding binding;

  FrontMatter(
      Format format,
      Map<String, Value> values,
      TypedFields fields,
      Map<String, Integer> offsets,
      Map<String, Integer> keyOffsets,
      SourceText source,
      String text,
      Binding binding) {
    this.format = format;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.fields = fields;
    this.offsets = offsets;
    this.keyOffsets = keyOffsets;
    this.source = source;
    this.text = text;
    this.binding = binding;
  }

  /**
   * The scalars' texts as written, kept for binding to the caller's own type ({@link
   * #as(Class)}): a scalar read as text is its source text ({@code 1.50}, not {@code 1.5}).
   */
  record Binding(Map<String, String> scalarText) {}

  Binding binding() {
    return binding;
  }

  /** The typed values the accessors read, for binding's common fields. */
  TypedFields typed() {
    return fields;
  }

  Map<String, Integer> keyOffsets() {
    return keyOffsets;
  }

  SourceText source() {
    return source;
  }

  /**
   * Returns the front matter as the caller's own type, a record or a class that Jackson
   * databind can create, in the shapes of {@link FrontMatterType#of(Class)}; the same as
   * {@code FrontMatterType.of(type).read(this)}.
   *
   * @param <T> the type
   * @param type the record or class to bind to
   * @return the bound value
   * @throws ArticleException with every error found (each a {@link Problem} placed at the
   *     offending value) if the front matter does not fit {@code type}
   * @throws IllegalArgumentException if {@code type} cannot be bound at all (an interface, a
   *     map with keys other than strings, ...)
   * @since 0.2.0
   */
  public <T> T as(Class<T> type) {
    return FrontMatterType.of(type).read(this);
  }

  /**
   * Returns the format, {@link Format#NONE} when the file has no front matter.
   *
   * @return the format, {@link Format#NONE} when the file has no front matter
   */
  public Format format() {
    return format;
  }

  /**
   * Returns every key in file order with its value; unmodifiable.
   *
   * @return every key in file order with its value; unmodifiable
   */
  public Map<String, Value> values() {
    return values;
  }

  /**
   * Returns the value of {@code key} (exact spelling), or empty when the key is absent.
   *
   * @param key the key, spelled exactly as in the file
   * @return the value of {@code key} (exact spelling), or empty when the key is absent
   */
  public Optional<Value> get(String key) {
    requireNonNull(key, "key must not be null");
    return Optional.ofNullable(values.get(key));
  }

  /**
   * Returns whether the front matter has no keys (it may still hold comments).
   *
   * @return whether the front matter has no keys (it may still hold comments)
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns the keys that are not fields known to Hugo or Mainroad (see the typed accessors),
   * in file order, with their values; unmodifiable.
   *
   * @return the keys that are not fields known to Hugo or Mainroad (see the typed accessors), in
   *     file order, with their values; unmodifiable
   */
  public Map<String, Value> extras() {
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (!fields.table().isTyped(k)) {
        out.put(k, v);
      }
    });
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the front-matter text between the fences, exactly as in the file; for JSON at
   * the start of the file (Hugo style), the object itself, braces included.
   *
   * @return the front-matter text between the fences, exactly as in the file; for JSON at the start
   *     of the file (Hugo style), the object itself, braces included
   */
  public String text() {
    return text;
  }

  /**
   * Returns where a value starts in the file.
   *
   * @param pointer a JSON Pointer such as {@code /tags/1} or {@code /menu/main/weight}
   * @return the location, or empty when there is no such value
   */
  public Optional<Location> locationOf(String pointer) {
    requireNonNull(pointer, "pointer must not be null");
    Integer offset = offsets.get(pointer);
    return offset == null ? Optional.empty() : Optional.of(source.location(offset));
  }

  /** The fields of the profile this was read under, for edits. */
  FieldTable table() {
    return fields.table();
  }

  /** Where the top-level {@code key} itself is written, for tests of edits; -1 if absent. */
  int keyOffsetOf(String key) {
    Integer offset = keyOffsets.get("/" + Pointers.escape(key));
    return offset == null ? -1 : offset;
  }

  /** UTF-16 offset in the file of the value at {@code pointer}; 0 when unknown. */
  int offsetOf(String pointer) {
    Integer offset = offsets.get(pointer);
    return offset == null ? 0 : offset;
  }

  /**
   * A problem about the value at {@code pointer}, placed where that value starts; a pointer
   * with no value of its own (a missing key) is placed at its nearest ancestor that has one, and
   * the front matter as a whole ({@code ""}) at line 1, column 1. The message gets the path's
   * readable prefix ({@code tags[1]: }) as every problem's does.
   */
  Problem problem(String rule, Problem.Severity severity, String pointer, String message) {
    int offset = 0;
    for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
      Integer o = offsets.get(p);
      if (o != null) {
        offset = o;
        break;
      }
    }
    return source.problem(rule, severity, pointer, offset, Pointers.display(pointer) + message);
  }

  /**
   * {@code title}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> title() {
    return optional(Role.TITLE);
  }

  /**
   * {@code date}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<ArticleDate> date() {
    return optional(Role.DATE);
  }

  /**
   * {@code summary}: the raw front-matter field.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> summary() {
    return optional(Role.SUMMARY);
  }

  /**
   * {@code categories}.
   *
   * @return the items in file order; empty when the key is absent or its value has another shape
   */
  public List<String> categories() {
    return list(Role.CATEGORIES);
  }

  /**
   * {@code lang}: one language tag or a list of them.
   *
   * @return the items in file order; empty when the key is absent or its value has another shape
   */
  public List<String> lang() {
    return list(Role.LANG);
  }

  /**
   * {@code translations}.
   *
   * @return the items in file order; empty when the key is absent or its value has another shape
   */
  public List<String> translations() {
    return list(Role.TRANSLATIONS);
  }

  /**
   * {@code tags}.
   *
   * @return the items in file order; empty when the key is absent or its value has another shape
   */
  public List<String> tags() {
    return list(Role.TAGS);
  }

  /**
   * {@code menu}: a name, a list of names or a mapping of entries.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Menu> menu() {
    return optional(Role.MENU);
  }

  /**
   * {@code thumbnail}: a URL or path, or {@code {src, visibility}}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Thumbnail> thumbnail() {
    return optional(Role.THUMBNAIL);
  }

  /**
   * {@code lead}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> lead() {
    return optional(Role.LEAD);
  }

  /**
   * {@code comments}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Boolean> comments() {
    return optional(Role.COMMENTS);
  }

  /**
   * {@code authorbox}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Boolean> authorbox() {
    return optional(Role.AUTHORBOX);
  }

  /**
   * {@code pager}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Boolean> pager() {
    return optional(Role.PAGER);
  }

  /**
   * {@code toc}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Boolean> toc() {
    return optional(Role.TOC);
  }

  /**
   * {@code mathjax}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Boolean> mathjax() {
    return optional(Role.MATHJAX);
  }

  /**
   * {@code sidebar}: Mainroad's {@code left}, {@code right} or {@code false}, as text.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> sidebar() {
    return optional(Role.SIDEBAR);
  }

  /**
   * {@code widgets}.
   *
   * @return the items in file order; empty when the key is absent or its value has another shape
   */
  public List<String> widgets() {
    return list(Role.WIDGETS);
  }

  /**
   * {@code description}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> description() {
    return optional(Role.DESCRIPTION);
  }

  /**
   * {@code draft}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<Boolean> draft() {
    return optional(Role.DRAFT);
  }

  /**
   * {@code lastmod}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<ArticleDate> lastmod() {
    return optional(Role.LASTMOD);
  }

  /**
   * {@code publishDate}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<ArticleDate> publishDate() {
    return optional(Role.PUBLISH_DATE);
  }

  /**
   * {@code expiryDate}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<ArticleDate> expiryDate() {
    return optional(Role.EXPIRY_DATE);
  }

  /**
   * {@code slug}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> slug() {
    return optional(Role.SLUG);
  }

  /**
   * {@code aliases}.
   *
   * @return the items in file order; empty when the key is absent or its value has another shape
   */
  public List<String> aliases() {
    return list(Role.ALIASES);
  }

  /**
   * {@code keywords}.
   *
   * @return the items in file order; empty when the key is absent or its value has another shape
   */
  public List<String> keywords() {
    return list(Role.KEYWORDS);
  }

  /**
   * {@code weight}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public OptionalInt weight() {
    Integer weight = fields.role(Role.WEIGHT);
    return weight == null ? OptionalInt.empty() : OptionalInt.of(weight);
  }

  /**
   * {@code url}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> url() {
    return optional(Role.URL);
  }

  /**
   * {@code layout}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> layout() {
    return optional(Role.LAYOUT);
  }

  /**
   * {@code type}.
   *
   * @return the value, or empty when the key is absent or its value has another shape
   */
  public Optional<String> type() {
    return optional(Role.TYPE);
  }

  /**
   * Returns every known field that has a typed value, by name as the generator spells it
   * ({@code publishDate}), in the order the library declares them: what the typed accessors
   * return, for code that handles the fields generically (the JSON form, a tool listing them).
   * The values are {@code String}, {@code List<String>}, {@code Boolean}, {@code Integer},
   * {@link ArticleDate}, {@link Menu}, {@link Thumbnail} or {@code Map<String, Value>}, and
   * under other profiles also {@code BigDecimal}, {@code List<Tag>}, {@code Map<String,
   * List<String>>} or a {@link Value} (see {@link #field(String, Class)}); a field inside
   * another's mapping is named by its dotted path ({@code sidebar.order}). A field absent from
   * the file, null there, or in a shape its accessor cannot hold is left out.
   *
   * @return the typed fields present, unmodifiable
   * @since 0.2.0
   */
  public Map<String, Object> typedFields() {
    return fields.asMap();
  }

  /**
   * {@code params}: Hugo's user parameters, a mapping of any values that templates read as
   * {@code .Params}.
   *
   * @return the entries in file order, unmodifiable; empty when the key is absent or its value
   *     is not a mapping
   * @since 0.1.0
   */
  public Optional<Map<String, Value>> params() {
    return optional(Role.PARAMS);
  }

  private <T> Optional<T> optional(Role<T> role) {
    return Optional.ofNullable(fields.role(role));
  }

  private List<String> list(Role<List<String>> role) {
    List<String> v = fields.role(role);
    return v == null ? List.of() : v;
  }

  /**
   * Returns the profile the front matter was read under: it decides which fields the typed
   * accessors read.
   *
   * @return the profile
   * @since 0.2.0
   */
  public Profile profile() {
    return fields.table().profile();
  }

  /**
   * Returns the typed value of one of the profile's fields by its name, for the fields that
   * have no accessor of their own: Zola's {@code field("updated", ArticleDate.class)} or
   * {@code field("taxonomies", Map.class)}, Docusaurus's {@code field("sidebar_position",
   * BigDecimal.class)}, Starlight's {@code field("sidebar.label", String.class)} (a field
   * inside another by its dotted path). docs/profiles.md lists each profile's fields with
   * their types: text is {@code String}, lists {@code List<String>} (Docusaurus's tags {@code
   * List<Tag>}), booleans {@code Boolean}, integers {@code Integer}, numbers {@code
   * BigDecimal}, dates {@link ArticleDate}, mappings {@code Map<String, Value>}, and fields
   * that take several shapes (Eleventy's {@code permalink}) their {@link Value}.
   *
   * @param <T> the field's type
   * @param name the field's name as the profile's table spells it ({@code sidebar.order})
   * @param type the field's Java type
   * @return the value, or empty when the profile has no such field, or the field is absent,
   *     null, or in a shape it cannot hold (then there is a problem)
   * @throws IllegalArgumentException if the field has a value of another type
   * @since 0.2.0
   */
  public <T> Optional<T> field(String name, Class<T> type) {
    requireNonNull(name, "name must not be null");
    requireNonNull(type, "type must not be null");
    Field<?> f = fields.table().named(name);
    if (f == null) {
      return Optional.empty();
    }
    Object v = fields.get(f);
    if (v != null && !type.isInstance(v)) {
      throw new IllegalArgumentException(name + ": expected the type " + type.getSimpleName()
          + " but found " + v.getClass().getSimpleName() + " (see docs/profiles.md)");
    }
    return Optional.ofNullable(type.cast(v));
  }

  /** Equal when the format and every key and value are equal; order of keys is ignored. */
  @Override
  public boolean equals(Object o) {
    return o instanceof FrontMatter f && format == f.format && values.equals(f.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, values);
  }

  @Override
  public String toString() {
    return format + " " + values;
  }
}
