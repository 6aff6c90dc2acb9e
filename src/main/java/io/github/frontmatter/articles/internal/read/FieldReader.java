package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the known fields from front-matter values of any format, in the shapes Hugo accepts.
 *
 * <p>Scalars where text is expected read as their source text, which is why readers pass
 * {@code scalarText}: the text as written of every non-text scalar, by JSON Pointer ({@code
 * title: 1.50} is "1.50", not "1.5").
 */
public final class FieldReader {
  private final SourceText src;
  private final Map<String, Integer> offsets;
  private final Map<String, Integer> keyOffsets;
  private final Map<String, String> scalarText;
  private final List<Problem> problems;
  private String field; // the lower-case name of the field being read
  /** The typed value of each known field, in the order of {@link #SLOTS}; null: none. */
  private final Object[] typed = new Object[SLOTS.size()];
  /** The key as spelled in the file of each known field read, in the same order. */
  private final String[] spelling = new String[SLOTS.size()];

  /** The known fields, lower-cased, in the order of TypedFields' components. */
  private static final List<String> ORDER = List.of(
      "title", "date", "summary", "categories", "lang", "translations", "tags", "menu",
      "thumbnail", "lead", "comments", "authorbox", "pager", "toc", "mathjax", "sidebar",
      "widgets", "description", "draft", "lastmod", "publishdate", "expirydate", "slug",
      "aliases", "keywords", "weight", "url", "layout", "type");

  /** Field name to its index in {@link #ORDER}: one look-up per key read. */
  private static final Map<String, Integer> SLOTS = slots();

  private static Map<String, Integer> slots() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ORDER.size(); i++) {
      m.put(ORDER.get(i), i);
    }
    if (!m.keySet().equals(TypedFields.KNOWN)) {
      throw new AssertionError("FieldReader.ORDER is not TypedFields.KNOWN");
    }
    return Map.copyOf(m);
  }

  private FieldReader(SourceText src, Map<String, Integer> offsets,
      Map<String, Integer> keyOffsets, Map<String, String> scalarText,
      List<Problem> problems) {
    this.src = src;
    this.offsets = offsets;
    this.keyOffsets = keyOffsets;
    this.scalarText = scalarText;
    this.problems = problems;
  }

  /**
   * Hugo's own fields: a value Hugo cannot use there is an error ({@code hugo-field-shape}).
   * The others are the Mainroad theme's, where it is a warning ({@code theme-field-shape}).
   */
  public static final java.util.Set<String> HUGO_FIELDS = java.util.Set.of(
      "title", "date", "summary", "categories", "tags", "menu", "description", "draft",
      "lastmod", "publishdate", "expirydate", "slug", "aliases", "keywords", "weight", "url",
      "layout", "type");

  /**
   * Reads the typed fields of {@code values}; problems (dates that are not dates, shapes the
   * typed accessors cannot hold) are added to {@code problems}. A problem about a key (a
   * field repeated in another case) is placed at the key, from {@code keyOffsets}.
   */
  public static TypedFields read(SourceText src, Map<String, Value> values,
      Map<String, Integer> offsets, Map<String, Integer> keyOffsets,
      Map<String, String> scalarText, List<Problem> problems) {
    FieldReader r = new FieldReader(src, offsets, keyOffsets, scalarText, problems);
    values.forEach(r::read);
    return r.build();
  }

  private void read(String key, Value value) {
    String name = key.toLowerCase(Locale.ROOT);
    Integer slot = SLOTS.get(name);
    if (slot == null) {
      return;
    }
    String path = "/" + Pointers.escape(key);
    field = name;
    String seen = spelling[slot];
    if (seen == null) {
      spelling[slot] = key;
    } else {
      problems.add(src.problem("field-repeated", Severity.WARNING, path,
          keyOffsets.getOrDefault(path, offset(path)), Pointers.display(path)
              + "expected one \"" + name + "\" field but found \"" + seen + "\" and \"" + key
              + "\" (keys differ only in case; the first is used)"));
      return;
    }
    Object v = switch (name) {
      case "date", "lastmod", "publishdate", "expirydate" -> date(value, path);
      case "categories", "lang", "translations", "tags", "widgets", "aliases", "keywords" ->
          textList(value, path);
      case "comments", "authorbox", "pager", "toc", "mathjax", "draft" -> bool(value, path);
      case "weight" -> integer(value, path);
      case "menu" -> menu(value, path);
      case "thumbnail" -> thumbnail(value, path);
      default -> text(value, path, "text");
    };
    if (v != null) {
      typed[slot] = v;
    }
  }

  private static boolean isScalar(Value v) {
    return !(v instanceof Value.Sequence) && !(v instanceof Value.Mapping)
        && !(v instanceof Value.Null);
  }

  /** The scalar as written; the canonical text when the reader recorded none. */
  private String scalar(Value v, String path) {
    if (v instanceof Value.Text t) {
      return t.value();
    }
    if (v instanceof Value.Date d) {
      return d.value().text();
    }
    String raw = scalarText.get(path);
    if (raw != null) {
      return raw;
    }
    if (v instanceof Value.Int i) {
      return i.value().toString();
    }
    if (v instanceof Value.Decimal d) {
      return Double.toString(d.value());
    }
    if (v instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    }
    return "";
  }

  private String describe(Value v, String path) {
    if (v instanceof Value.Mapping) {
      return "a mapping";
    }
    if (v instanceof Value.Sequence) {
      return "a sequence";
    }
    if (v instanceof Value.Null) {
      return "null";
    }
    return "the scalar " + Problem.quote(scalar(v, path));
  }

  private String text(Value v, String path, String expected) {
    if (v instanceof Value.Null) {
      return null;
    }
    if (isScalar(v)) {
      return scalar(v, path);
    }
    shape(v, path, expected);
    return null;
  }

  private List<String> textList(Value v, String path) {
    if (v instanceof Value.Null) {
      return null;
    }
    if (isScalar(v)) {
      return List.of(scalar(v, path));
    }
    if (v instanceof Value.Sequence seq) {
      List<String> out = new ArrayList<>(seq.items().size());
      boolean ok = true;
      int i = 0;
      for (Value item : seq.items()) {
        String itemPath = path + "/" + i++;
        if (isScalar(item)) {
          out.add(scalar(item, itemPath));
        } else {
          shape(item, itemPath, "text");
          ok = false;
        }
      }
      return ok ? List.copyOf(out) : null;
    }
    shape(v, path, "text or a list of text");
    return null;
  }

  private Boolean bool(Value v, String path) {
    if (v instanceof Value.Null) {
      return null;
    }
    if (v instanceof Value.Bool b) {
      return b.value();
    }
    if (v instanceof Value.Text t) {
      if (t.value().equalsIgnoreCase("true")) {
        return Boolean.TRUE;
      }
      if (t.value().equalsIgnoreCase("false")) {
        return Boolean.FALSE;
      }
    }
    shape(v, path, "a boolean");
    return null;
  }

  private Integer integer(Value v, String path) {
    if (v instanceof Value.Null) {
      return null;
    }
    try {
      if (v instanceof Value.Int i) {
        return i.value().intValueExact();
      }
      if (v instanceof Value.Text t) {
        return Integer.valueOf(t.value().strip());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // not an int: reported below
    }
    shape(v, path, "an integer");
    return null;
  }

  private ArticleDate date(Value v, String path) {
    if (v instanceof Value.Null) {
      return null;
    }
    if (v instanceof Value.Date d) {
      return d.value();
    }
    if (!isScalar(v)) {
      error("date-invalid", path, "expected a date but found " + describe(v, path));
      return null;
    }
    String text = scalar(v, path);
    if (text.isBlank()) {
      return null; // Hugo reads an empty date as no date
    }
    try {
      return ArticleDate.parse(text);
    } catch (IllegalArgumentException e) {
      error("date-invalid", path, e.getMessage());
      return null;
    }
  }

  private Menu menu(Value v, String path) {
    if (v instanceof Value.Null) {
      return null;
    }
    if (v instanceof Value.Mapping m) {
      LinkedHashMap<String, Map<String, Value>> entries = new LinkedHashMap<>();
      boolean ok = true;
      for (Map.Entry<String, Value> e : m.entries().entrySet()) {
        if (e.getValue() instanceof Value.Mapping props) {
          entries.put(e.getKey(), props.entries());
        } else if (e.getValue() instanceof Value.Null) {
          entries.put(e.getKey(), Map.of());
        } else {
          // every bad entry is reported, as every bad list item is
          String p = path + "/" + Pointers.escape(e.getKey());
          shape(e.getValue(), p, "a mapping of menu entry properties");
          ok = false;
        }
      }
      return ok ? new Menu(entries) : null;
    }
    List<String> names = textList(v, path);
    if (names == null) {
      return null;
    }
    LinkedHashMap<String, Map<String, Value>> entries = new LinkedHashMap<>();
    names.forEach(n -> entries.put(n, Map.of()));
    return new Menu(entries);
  }

  private Thumbnail thumbnail(Value v, String path) {
    if (v instanceof Value.Null) {
      return null;
    }
    if (isScalar(v)) {
      return new Thumbnail(scalar(v, path), List.of());
    }
    if (v instanceof Value.Mapping m) {
      Value s = m.entries().get("src");
      if (s != null && isScalar(s)) {
        Value vis = m.entries().get("visibility");
        List<String> list = vis == null ? List.of() : textList(vis, path + "/visibility");
        return new Thumbnail(scalar(s, path + "/src"), list == null ? List.of() : list);
      }
    }
    shape(v, path, "a URL or path, or a mapping with \"src\"");
    return null;
  }

  private void shape(Value v, String path, String expected) {
    String message = "expected " + expected + " but found " + describe(v, path);
    if (HUGO_FIELDS.contains(field)) {
      error("hugo-field-shape", path, message);
    } else {
      warn("theme-field-shape", path, message);
    }
  }

  private int offset(String path) {
    Integer o = offsets.get(path);
    return o == null ? 0 : o;
  }

  private void error(String rule, String path, String message) {
    problems.add(src.problem(rule, Severity.ERROR, path, offset(path),
        Pointers.display(path) + message));
  }

  private void warn(String rule, String path, String message) {
    problems.add(src.problem(rule, Severity.WARNING, path, offset(path),
        Pointers.display(path) + message));
  }

  @SuppressWarnings("unchecked")
  private <T> T get(int slot) {
    return (T) typed[slot];
  }

  private List<String> list(int slot) {
    List<String> v = get(slot);
    return v == null ? List.of() : v;
  }

  private TypedFields build() {
    return new TypedFields(
        get(0), get(1), get(2), list(3), list(4), list(5), list(6), get(7), get(8), get(9),
        get(10), get(11), get(12), get(13), get(14), get(15), list(16), get(17), get(18),
        get(19), get(20), get(21), get(22), list(23), list(24), get(25), get(26), get(27),
        get(28));
  }
}
