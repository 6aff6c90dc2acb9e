package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Tag;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the known fields from front-matter values of any format, in the shapes Hugo accepts.
 *
 * <p>Scalars where text is expected read as their source text, which is why readers pass
 * {@code scalarText}: the text as written of every non-text scalar, by JSON Pointer ({@code
 * title: 1.50} is "1.50", not "1.5").
 */
public final class FieldReader {
  private final FieldTable table;
  private final SourceText src;
  /** The values' positions and scalar texts. */
  private final BlockResult block;
  private final List<Problem> problems;
  private Field<?> field; // the field being read
  /** The typed value of each field, in the table's order; null: none. */
  private final Object[] typed;
  /** The key as spelled in the file of each field read, in the same order. */
  private final String[] spelling;
  /**
   * The rule and path of each problem added: a value that two fields read (Zola's {@code
   * taxonomies} and {@code taxonomies.tags}) is reported once.
   */
  private final Set<String> reported = new HashSet<>();

  private FieldReader(FieldTable table, SourceText src, BlockResult block,
      List<Problem> problems) {
    this.table = table;
    this.src = src;
    this.block = block;
    this.problems = problems;
    this.typed = new Object[table.fields().size()];
    this.spelling = new String[typed.length];
  }

  /**
   * Reads the fields of {@code table} from a block's values; problems (dates that are not
   * dates, shapes the typed accessors cannot hold) are added to {@code problems}. A problem
   * about a key (a field repeated in another case) is placed at the key.
   */
  public static TypedFields read(FieldTable table, SourceText src, BlockResult block,
      List<Problem> problems) {
    FieldReader r = new FieldReader(table, src, block, problems);
    block.values().forEach(r::read);
    return new TypedFields(table, r.typed);
  }

  private void read(String key, Value value) {
    Field<?> f = table.field(key);
    if (f == null || f.parent() != null) {
      return;
    }
    String path = "/" + Pointers.escape(key);
    field = f;
    String seen = spelling[f.index()];
    if (seen == null) {
      spelling[f.index()] = key;
    } else {
      problems.add(src.problem("field-repeated", Severity.WARNING, path,
          block.keyOffsets().getOrDefault(path, offset(path)), Pointers.display(path)
              + "expected one \"" + f.key() + "\" field but found \"" + seen + "\" and \""
              + key + "\" (keys differ only in case; the first is used)"));
      return;
    }
    if (!(value instanceof Value.Null)) {
      typed[f.index()] = f.kind().read(this, value, path);
      readChildren(f, value, path);
    }
  }

  /** The fields inside {@code parent}'s mapping, each read from its entry. */
  private void readChildren(Field<?> parent, Value value, String path) {
    List<Field<?>> children = table.children(parent);
    if (children.isEmpty() || !(value instanceof Value.Mapping m)) {
      return;
    }
    for (Field<?> child : children) {
      String key = table.keyIn(m.entries().keySet(), child.name());
      if (key == null) {
        continue;
      }
      Value v = m.entries().get(key);
      String childPath = path + "/" + Pointers.escape(key);
      field = child;
      if (!(v instanceof Value.Null)) {
        typed[child.index()] = child.kind().read(this, v, childPath);
        readChildren(child, v, childPath);
      }
    }
  }

  private static boolean isScalar(Value v) {
    return !(v instanceof Value.Sequence) && !(v instanceof Value.Mapping)
        && !(v instanceof Value.Null);
  }

  /** The scalar as written; the canonical text when the reader recorded none. */
  private String scalar(Value v, String path) {
    if (!(v instanceof Value.Text) && !(v instanceof Value.Date)) {
      String raw = block.scalarText().get(path);
      if (raw != null) {
        return raw;
      }
    }
    return canonicalText(v);
  }

  /**
   * The text of a scalar when its source text is not at hand: text as it is, a date as
   * written, numbers and booleans as Java prints them; for any other value, its kind.
   */
  public static String canonicalText(Value v) {
    if (v instanceof Value.Text t) {
      return t.value();
    }
    if (v instanceof Value.Date d) {
      return d.value().text();
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
    return v.kind();
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

  String text(Value v, String path) {
    if (isScalar(v)) {
      return scalar(v, path);
    }
    shape(v, path, FieldKind.TEXT.expected());
    return null;
  }

  List<String> textList(Value v, String path) {
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
          shape(item, itemPath, FieldKind.TEXT.expected());
          ok = false;
        }
      }
      return ok ? List.copyOf(out) : null;
    }
    shape(v, path, FieldKind.TEXT_LIST.expected());
    return null;
  }

  Boolean bool(Value v, String path) {
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
    shape(v, path, FieldKind.BOOLEAN.expected());
    return null;
  }

  Integer integer(Value v, String path) {
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
    shape(v, path, FieldKind.INTEGER.expected());
    return null;
  }

  ArticleDate date(Value v, String path) {
    if (v instanceof Value.Date d) {
      return d.value();
    }
    if (!isScalar(v)) {
      add("date-invalid", Severity.ERROR, path, "expected " + FieldKind.DATE.expected() + " but found "
          + describe(v, path));
      return null;
    }
    String text = scalar(v, path);
    if (text.isBlank()) {
      return null; // Hugo reads an empty date as no date
    }
    try {
      // a date written as text: Jekyll re-reads it with Ruby's Time.parse (document.rb:468-475),
      // which takes Psych's forms too; Zola's from_unknown_datetime takes its YAML forms
      // (de.rs:10-89); the others (and Hugo) read the forms of ArticleDate.parse(String)
      Profile p = table.profile();
      if (p == Profile.ELEVENTY && text.indexOf(' ') >= 0) {
        // Eleventy 3 reads a date written as text with Luxon's DateTime.fromISO
        // (Template.js@v3.1.6:1147-1152): T between day and time, no space before the offset
        // (checked with @11ty/eleventy 3.1.2, EleventyOracleTest)
        add("date-invalid", Severity.ERROR, path, "expected a date in ISO 8601 form without"
            + " spaces (yyyy-MM-ddTHH:mm:ss and an offset), as Eleventy reads a date written as"
            + " text, but found " + Problem.quote(text));
        return null;
      }
      return p == Profile.JEKYLL || p == Profile.ZOLA ? ArticleDate.parse(text, p)
          : ArticleDate.parse(text);
    } catch (IllegalArgumentException e) {
      add("date-invalid", Severity.ERROR, path, e.getMessage());
      return null;
    }
  }

  /** Eleventy's words for the file's own dates. */
  private static final Set<String> ELEVENTY_DATE_WORDS =
      Set.of("last modified", "created", "git last modified", "git created");

  ArticleDate eleventyDate(Value v, String path) {
    if (v instanceof Value.Text t
        && ELEVENTY_DATE_WORDS.contains(t.value().strip().toLowerCase(java.util.Locale.ROOT))) {
      return null; // a date Eleventy takes from the file, not from the front matter
    }
    return date(v, path);
  }

  String choice(Value v, String path, String expected, List<String> choices) {
    if (isScalar(v) && choices.contains(scalar(v, path))) {
      return scalar(v, path);
    }
    shape(v, path, expected);
    return null;
  }

  Menu menu(Value v, String path) {
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
          shape(e.getValue(), p, FieldKind.MENU.expected());
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

  Thumbnail thumbnail(Value v, String path) {
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
    shape(v, path, FieldKind.THUMBNAIL.expected());
    return null;
  }

  Map<String, Value> mapping(Value v, String path) {
    if (v instanceof Value.Mapping m) {
      return m.entries();
    }
    shape(v, path, FieldKind.MAPPING.expected());
    return null;
  }

  Integer count(Value v, String path) {
    if (v instanceof Value.Int i && i.value().signum() >= 0 && i.value().bitLength() < 32) {
      return i.value().intValue();
    }
    shape(v, path, FieldKind.COUNT.expected());
    return null;
  }

  BigDecimal number(Value v, String path) {
    if (v instanceof Value.Int i) {
      return new BigDecimal(i.value());
    }
    if (v instanceof Value.Decimal d && Double.isFinite(d.value())) {
      String raw = block.scalarText().get(path);
      try {
        // as written, so 2.50 keeps its digits; YAML's .5 or 1_0.5 fall back to the double
        return raw == null ? BigDecimal.valueOf(d.value()) : new BigDecimal(raw.strip());
      } catch (NumberFormatException e) {
        return BigDecimal.valueOf(d.value());
      }
    }
    if (v instanceof Value.Text t && t.value().strip().matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
      return new BigDecimal(t.value().strip());
    }
    shape(v, path, FieldKind.NUMBER.expected());
    return null;
  }

  String nonEmptyText(Value v, String path) {
    if (isScalar(v) && !scalar(v, path).isEmpty()) {
      return scalar(v, path);
    }
    shape(v, path, FieldKind.NON_EMPTY_TEXT.expected());
    return null;
  }

  List<String> strictTextList(Value v, String path) {
    if (v instanceof Value.Sequence) {
      return textList(v, path);
    }
    shape(v, path, FieldKind.STRICT_TEXT_LIST.expected());
    return null;
  }

  List<String> words(Value v, String path) {
    if (v instanceof Value.Text t) {
      return split(t.value().strip(), "\\s+");
    }
    if (isScalar(v) || v instanceof Value.Sequence) {
      return textList(v, path);
    }
    shape(v, path, FieldKind.WORDS.expected());
    return null;
  }

  List<String> commaList(Value v, String path) {
    if (v instanceof Value.Text t) {
      return split(t.value(), ",");
    }
    if (isScalar(v) || v instanceof Value.Sequence) {
      return textList(v, path);
    }
    shape(v, path, FieldKind.COMMA_LIST.expected());
    return null;
  }

  private static List<String> split(String text, String separator) {
    return text.isEmpty() ? List.of() : List.of(text.split(separator, -1));
  }

  Map<String, List<String>> taxonomies(Value v, String path) {
    if (!(v instanceof Value.Mapping m)) {
      shape(v, path, FieldKind.TAXONOMIES.expected());
      return null;
    }
    LinkedHashMap<String, List<String>> out = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, Value> e : m.entries().entrySet()) {
      String p = path + "/" + Pointers.escape(e.getKey());
      List<String> terms = e.getValue() instanceof Value.Null ? List.of()
          : strictTextList(e.getValue(), p);
      if (terms == null) {
        ok = false;
        continue;
      }
      for (int i = 0; i < terms.size(); i++) {
        if (terms.get(i).isEmpty()) {
          // Zola refuses an empty term (page.rs:113-119)
          add(field.owner().shapeRule(), field.owner().severity(), p + "/" + i,
              "expected a term that is not empty but found \"\"");
          ok = false;
        }
      }
      out.put(e.getKey(), terms);
    }
    return ok ? out : null;
  }

  List<Tag> tags(Value v, String path) {
    if (!(v instanceof Value.Sequence seq)) {
      shape(v, path, FieldKind.TAG_LIST.expected());
      return null;
    }
    List<Tag> out = new ArrayList<>(seq.items().size());
    boolean ok = true;
    int i = 0;
    for (Value item : seq.items()) {
      String p = path + "/" + i++;
      if (isScalar(item)) {
        out.add(Tag.of(scalar(item, p)));
        continue;
      }
      if (item instanceof Value.Mapping m) {
        Value label = m.entries().get("label");
        Value permalink = m.entries().get("permalink");
        if (label != null && isScalar(label) && permalink != null && isScalar(permalink)) {
          out.add(Tag.of(scalar(label, p + "/label"), scalar(permalink, p + "/permalink")));
          continue;
        }
        // Docusaurus requires both keys of a tag object (FrontMatterTagSchema)
        String missing = label == null || !isScalar(label) ? "label" : "permalink";
        Value got = m.entries().get(missing);
        String where = got == null ? p : p + "/" + missing;
        add(field.owner().shapeRule(), field.owner().severity(), where,
            "expected a tag {label, permalink} with text \"" + missing + "\" but found "
                + (got == null ? "none" : describe(got, where)));
        ok = false;
        continue;
      }
      shape(item, p, "text or a {label, permalink} mapping");
      ok = false;
    }
    return ok ? List.copyOf(out) : null;
  }

  Value oneOf(Value v, String path, String expected, List<FieldKind.Shape> shapes) {
    FieldKind.Shape s = v instanceof Value.Bool ? FieldKind.Shape.BOOLEAN
        : v instanceof Value.Int || v instanceof Value.Decimal ? FieldKind.Shape.NUMBER
        : v instanceof Value.Date ? FieldKind.Shape.DATE
        : v instanceof Value.Sequence ? FieldKind.Shape.LIST
        : v instanceof Value.Mapping ? FieldKind.Shape.MAPPING
        : FieldKind.Shape.TEXT;
    boolean ok = shapes.contains(s)
        || shapes.contains(FieldKind.Shape.TEXT)
            && (s == FieldKind.Shape.NUMBER || s == FieldKind.Shape.DATE);
    if (ok) {
      return v;
    }
    shape(v, path, expected);
    return null;
  }

  /** A value the field's kind cannot hold: the field's owner says how bad that is. */
  private void shape(Value v, String path, String expected) {
    add(field.owner().shapeRule(), field.owner().severity(), path,
        "expected " + expected + " but found " + describe(v, path));
  }

  private int offset(String path) {
    Integer o = block.offsets().get(path);
    return o == null ? 0 : o;
  }

  private void add(String rule, Severity severity, String path, String message) {
    if (!reported.add(rule + " " + path)) {
      return;
    }
    problems.add(src.problem(rule, severity, path, offset(path),
        Pointers.display(path) + message));
  }
}
