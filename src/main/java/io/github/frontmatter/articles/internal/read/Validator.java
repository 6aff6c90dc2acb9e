package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.UnknownKeys;
import io.github.frontmatter.articles.Value;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the built-in schema (Hugo + Mainroad) that go beyond the shapes the typed
 * fields check: docs/validation.md has one line per rule, and the published JSON Schema
 * encodes the same rules.
 */
public final class Validator {
  /** Mainroad's widgets. */
  public static final Set<String> WIDGETS =
      Set.of("search", "recent", "categories", "taglist", "social", "languages");

  /** Mainroad's sidebar positions; {@code false} hides it. */
  public static final Set<String> SIDEBAR = Set.of("left", "right", "false");

  /**
   * The end of the text, for patterns that JSON Schema validators also run: they search
   * ({@code find}) rather than match the whole text, and Java's {@code $} also matches before
   * a final line break ({@code "en\n"}), where ECMA-262's does not. This lookahead means the
   * same in both.
   */
  public static final String END = "(?![\\s\\S])";

  /**
   * A well-formed BCP 47 language tag (RFC 5646, section 2.1) without the grandfathered
   * tags: language, script, region, variants, extensions, private use. The JSON Schema uses
   * the same expression, so it is written to mean the same in java.util.regex and ECMA-262
   * (with the {@code u} flag), whether matched or searched.
   *
   * <p>Repetitions are bounded (at most 8 variants, 8 extensions of at most 8 subtags each,
   * 16 private-use subtags; no registered or practical tag comes near): java.util.regex
   * recurses once per repetition of a group, and an unbounded pattern overflowed the stack on
   * a hostile value of some 100,000 characters.
   */
  public static final String LANG_TAG =
      "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?"
          + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3})){0,8}"
          + "(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8}){1,8}){0,8}"
          + "(?:-[Xx](?:-[A-Za-z0-9]{1,8}){1,16})?"
          + "|[Xx](?:-[A-Za-z0-9]{1,8}){1,16})" + END;

  /**
   * Empty (no thumbnail), an absolute http(s) URL, or a relative reference that does not
   * start with a scheme; no white space (Java's {@code \s}: space, tab, line feed, vertical
   * tab, form feed, carriage return) or backslashes anywhere. The JSON Schema uses the same
   * expression, portable as {@link #LANG_TAG} is: the white space is listed because
   * ECMA-262's {@code \s} also takes Unicode spaces.
   */
  public static final String THUMBNAIL =
      "^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\t\\n\\x0B\\f\\r \\\\]+"
          + "|(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\t\\n\\x0B\\f\\r \\\\]+)?" + END;

  private static final Pattern LANG = Pattern.compile(LANG_TAG);
  private static final Pattern URL = Pattern.compile(THUMBNAIL);

  private final SourceText src;
  private final Map<String, Integer> offsets;
  private final Map<String, Integer> keyOffsets;
  private final List<Problem> out;

  private Validator(SourceText src, Map<String, Integer> offsets,
      Map<String, Integer> keyOffsets, List<Problem> out) {
    this.src = src;
    this.offsets = offsets;
    this.keyOffsets = keyOffsets;
    this.out = out;
  }

  /**
   * Checks the values and typed fields of one front matter and adds what it finds to {@code
   * out}.
   *
   * @param hasFrontMatter whether the file has front matter at all
   * @param keyOffsets where each top-level key is written, for problems about a key
   */
  public static void check(SourceText src, boolean hasFrontMatter, Map<String, Value> values,
      TypedFields fields, Map<String, Integer> offsets, Map<String, Integer> keyOffsets,
      UnknownKeys unknownKeys, List<Problem> out) {
    new Validator(src, offsets, keyOffsets, out).run(hasFrontMatter, values, fields,
        unknownKeys);
  }

  private void run(boolean hasFrontMatter, Map<String, Value> values, TypedFields f,
      UnknownKeys unknownKeys) {
    title(hasFrontMatter, values, f);
    String sidebar = f.get(HugoFields.SIDEBAR);
    if (sidebar != null && !SIDEBAR.contains(sidebar)) {
      add("sidebar-value", Severity.WARNING, pointer(values, "sidebar"),
          "expected one of left, right, false but found " + Problem.quote(sidebar));
    }
    eachItem(values, "widgets", f.list(HugoFields.WIDGETS), (path, w) -> {
      if (!WIDGETS.contains(w)) {
        add("widget-unknown", Severity.WARNING, path, "expected one of Mainroad's widgets"
            + " (search, recent, categories, taglist, social, languages) but found "
            + Problem.quote(w));
      }
    });
    eachItem(values, "lang", f.list(HugoFields.LANG), (path, tag) -> {
      if (!LANG.matcher(tag).matches()) {
        add("lang-tag", Severity.WARNING, path, "expected a BCP 47 language tag (zh-CN, en)"
            + " but found " + Problem.quote(tag));
      }
    });
    Thumbnail t = f.get(HugoFields.THUMBNAIL);
    if (t != null && !URL.matcher(t.src()).matches()) {
      String key = keyOf(values, "thumbnail");
      String path = "/" + Pointers.escape(key)
          + (values.get(key) instanceof Value.Mapping ? "/src" : "");
      add("thumbnail-url", Severity.WARNING, path, "expected an http(s) URL or a relative"
          + " path without spaces but found " + Problem.quote(t.src()));
    }
    duplicates(values, "tags", f.list(HugoFields.TAGS));
    duplicates(values, "categories", f.list(HugoFields.CATEGORIES));
    if (unknownKeys != UnknownKeys.ALLOW) {
      Severity severity = unknownKeys == UnknownKeys.REJECT ? Severity.ERROR : Severity.WARNING;
      for (String key : values.keySet()) {
        if (!f.table().isKnown(key)) {
          String path = "/" + Pointers.escape(key);
          Integer at = keyOffsets.getOrDefault(path, offsets.get(path));
          add("key-unknown", severity, path, at == null ? 0 : at, "expected a "
              + f.table().name() + " field but found the unknown key " + Problem.quote(key));
        }
      }
    }
  }

  /**
   * The title rule of the profile: Hugo, Zola and Eleventy pages without a title have none
   * ({@code title-missing}, a warning); Jekyll and Docusaurus make one (from the file name, from
   * the first heading), so nothing is reported; Starlight's schema requires one (the owner's
   * shape rule, an error).
   */
  private void title(boolean hasFrontMatter, Map<String, Value> values, TypedFields f) {
    FieldTable table = f.table();
    if (table.titleRule() == FieldTable.TitleRule.NONE) {
      return;
    }
    Field<?> field = table.field("title");
    String titleKey = table.keyIn(values.keySet(), "title");
    if (table.titleRule() == FieldTable.TitleRule.REQUIRED) {
      if (titleKey == null || values.get(titleKey) instanceof Value.Null) {
        String path = titleKey == null ? "" : "/" + Pointers.escape(titleKey);
        add(field.owner().shapeRule(), field.owner().severity(), path,
            "expected a \"title\" field but found "
                + (titleKey != null ? "null" : hasFrontMatter ? "none" : "no front matter")
                + " (" + table.name() + " requires one)");
      }
      return;
    }
    String title = f.role(Role.TITLE);
    if (titleKey == null) {
      add("title-missing", Severity.WARNING, "", 0, "expected a \"title\" field but found "
          + (hasFrontMatter ? "none" : "no front matter"));
    } else if (values.get(titleKey) instanceof Value.Null) {
      // "title:" with nothing after it (or ~, or JSON null): the page has no title either
      add("title-missing", Severity.WARNING, "/" + Pointers.escape(titleKey),
          "expected a title that is not blank but found null");
    } else if (title != null && title.isBlank()) {
      add("title-missing", Severity.WARNING, "/" + Pointers.escape(titleKey),
          "expected a title that is not blank but found " + Problem.quote(title));
    }
  }

  private void duplicates(Map<String, Value> values, String field, List<String> items) {
    Set<String> seen = new HashSet<>();
    eachItem(values, field, items, (path, item) -> {
      if (!seen.add(item)) {
        add("duplicate-item", Severity.WARNING, path, "expected each " + field
            + " item once but found \"" + item + "\" again");
      }
    });
  }

  private interface ItemCheck {
    void check(String path, String item);
  }

  /** Runs a check on each item, with the item's path (the field's for a single scalar). */
  private void eachItem(Map<String, Value> values, String field, List<String> items,
      ItemCheck check) {
    if (items.isEmpty()) {
      return;
    }
    String base = pointer(values, field);
    boolean list = values.get(keyOf(values, field)) instanceof Value.Sequence;
    for (int i = 0; i < items.size(); i++) {
      check.check(list ? base + "/" + i : base, items.get(i));
    }
  }

  /**
   * The key as spelled in the file for a field (first match), compared as FieldReader does:
   * lower-cased with {@link Locale#ROOT} ({@code equalsIgnoreCase} would also take {@code
   * tıtle} or {@code tİtle} for {@code title}, which FieldReader does not read as the title).
   * Fields are ASCII, and the only lower-casing that changes a length adds U+0307, so a key
   * of another length never matches: it is not lower-cased at all (this runs for every key,
   * several times per article).
   */
  private static String keyOf(Map<String, Value> values, String field) {
    for (String k : values.keySet()) {
      if (k.length() == field.length() && k.toLowerCase(Locale.ROOT).equals(field)) {
        return k;
      }
    }
    return null;
  }

  private static String pointer(Map<String, Value> values, String field) {
    String key = keyOf(values, field);
    return "/" + Pointers.escape(key == null ? field : key);
  }

  private void add(String rule, Severity severity, String path, String message) {
    Integer offset = offsets.get(path);
    add(rule, severity, path, offset == null ? 0 : offset, message);
  }

  private void add(String rule, Severity severity, String path, int offset, String message) {
    out.add(src.problem(rule, severity, path, offset, Pointers.display(path) + message));
  }
}
