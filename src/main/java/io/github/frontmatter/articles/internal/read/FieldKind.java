package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Tag;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a known field is read and written: the shapes it accepts, the Java type it gives, and
 * the value a typed edit writes. Each kind is written once here, and the readers, the editors'
 * typed edits, the JSON form and the JSON Schema all dispatch on it.
 *
 * <p>A kind is a value rather than an enum constant so that a table of another generator's
 * fields, or a user's own type, can bring a kind of its own: a name (which the JSON Schema
 * generator uses for its {@code $defs}), a phrase for shape messages, the reading and the
 * writing.
 *
 * @param <T> the Java type a value of this kind reads as
 * @param name the kind's name: {@code text}, {@code text-list}, ... as the schema's defs use it
 * @param expected what a value of this kind is, as shape messages say it ("a boolean")
 * @param reading how a value is read
 * @param writing how a typed value is written by an edit
 * @param choices the texts a {@link #choice} kind allows; empty for other kinds
 * @param shapes the shapes a {@link #oneOf} kind accepts; empty for other kinds
 */
public record FieldKind<T>(String name, String expected, Reading<T> reading,
    Writing<T> writing, List<String> choices, List<Shape> shapes) {

  /**
   * A kind with no choices or shapes of its own.
   *
   * @param name the kind's name
   * @param expected what a value of this kind is, for messages
   * @param reading how a value is read
   * @param writing how a typed value is written
   */
  public FieldKind(String name, String expected, Reading<T> reading, Writing<T> writing) {
    this(name, expected, reading, writing, List.of(), List.of());
  }

  /** How a value is read: the typed value, or null after the reader reported why not. */
  @FunctionalInterface
  public interface Reading<T> {
    /**
     * Reads one value that is not null.
     *
     * @param reader the reader, which reports problems and knows each scalar's source text
     * @param value the value
     * @param path its JSON Pointer
     * @return the typed value, or null when the value has a shape the kind cannot hold
     */
    T read(FieldReader reader, Value value, String path);
  }

  /** How a typed value is written: the front-matter value an edit sets. */
  @FunctionalInterface
  public interface Writing<T> {
    /**
     * Returns the value to write for {@code value}.
     *
     * @param value the typed value, not null
     * @param old the value the key has now, or null when it is absent; a kind may keep its
     *     style (a date written as text stays text)
     * @param format the front matter's format
     * @return the value to write
     */
    Value write(T value, Value old, Format format);
  }

  /** A scalar, read as its source text. */
  public static final FieldKind<String> TEXT =
      new FieldKind<>("text", "text", FieldReader::text,
          (v, old, format) -> new Value.Text(v));
  /** A scalar (a one-item list) or a sequence of scalars. */
  public static final FieldKind<List<String>> TEXT_LIST =
      new FieldKind<>("text-list", "text or a list of text", FieldReader::textList,
          (v, old, format) -> texts(v));
  /** A boolean, or text that is {@code true} or {@code false} in any case. */
  public static final FieldKind<Boolean> BOOLEAN =
      new FieldKind<>("boolean", "a boolean", FieldReader::bool,
          (v, old, format) -> new Value.Bool(v));
  /** A 32-bit integer, or text that is one. */
  public static final FieldKind<Integer> INTEGER =
      new FieldKind<>("integer", "an integer", FieldReader::integer,
          (v, old, format) -> Value.Int.of(v));
  /** A date of the format, or text in a form {@link ArticleDate} reads; blank is none. */
  public static final FieldKind<ArticleDate> DATE =
      new FieldKind<>("date", "a date", FieldReader::date,
          FieldKind::dateValue);
  /** Hugo's menu: a name, a list of names, or a mapping of names to entry properties. */
  public static final FieldKind<Menu> MENU =
      new FieldKind<>("menu", "a mapping of menu entry properties", FieldReader::menu,
          (v, old, format) -> menuValue(v));
  /** Mainroad's thumbnail: a URL or path, or {@code {src, visibility}}. */
  public static final FieldKind<Thumbnail> THUMBNAIL = new FieldKind<>("thumbnail",
      "a URL or path, or a mapping with \"src\"", FieldReader::thumbnail,
      (v, old, format) -> thumbnailValue(v));
  /** A mapping, kept as its values in file order. */
  public static final FieldKind<Map<String, Value>> MAPPING =
      new FieldKind<>("mapping", "a mapping", FieldReader::mapping,
          (v, old, format) -> new Value.Mapping(v));

  /** A non-negative integer that fits in 32 bits (Zola's {@code usize} fields). */
  public static final FieldKind<Integer> COUNT =
      new FieldKind<>("count", "a non-negative integer", FieldReader::count,
          (v, old, format) -> Value.Int.of(v));
  /**
   * A number, integer or decimal ({@code sidebar_position: 1.5}), or text that is one;
   * read exactly as written ({@code 2.50} is 2.50).
   */
  public static final FieldKind<BigDecimal> NUMBER =
      new FieldKind<>("number", "a number", FieldReader::number,
          (v, old, format) -> numberValue(v));
  /** A scalar that is not empty text (Zola's {@code slug} and {@code path}). */
  public static final FieldKind<String> NON_EMPTY_TEXT =
      new FieldKind<>("non-empty-text", "text that is not empty", FieldReader::nonEmptyText,
          (v, old, format) -> new Value.Text(v));
  /** A sequence of scalars, read as their text; a single scalar is not a list here. */
  public static final FieldKind<List<String>> STRICT_TEXT_LIST =
      new FieldKind<>("strict-text-list", "a list of text", FieldReader::strictTextList,
          (v, old, format) -> texts(v));
  /**
   * Jekyll's tags and categories: a list of text, or text that is split at white space
   * ({@code tags: a b} is two tags).
   */
  public static final FieldKind<List<String>> WORDS = new FieldKind<>("words",
      "text (words separated by spaces) or a list of text", FieldReader::words,
      (v, old, format) -> texts(v));
  /**
   * Eleventy's tags: a list of text, or text that is split at commas with no trimming
   * ({@code tags: a, b} is {@code "a"} and {@code " b"}).
   */
  public static final FieldKind<List<String>> COMMA_LIST = new FieldKind<>("comma-list",
      "text or a list of text", FieldReader::commaList, (v, old, format) -> texts(v));
  /** Zola's taxonomies: a mapping of taxonomy names to lists of terms that are not empty. */
  public static final FieldKind<Map<String, List<String>>> TAXONOMIES = new FieldKind<>(
      "taxonomies", "a mapping of taxonomy names to lists of terms", FieldReader::taxonomies,
      (v, old, format) -> taxonomiesValue(v));
  /** Docusaurus's tags: a list of labels and {@code {label, permalink}} objects. */
  public static final FieldKind<List<Tag>> TAG_LIST = new FieldKind<>("tag-list",
      "a list of text or {label, permalink} mappings", FieldReader::tags,
      (v, old, format) -> tagsValue(v));

  /** The shapes a {@link #oneOf} kind may accept. */
  public enum Shape {
    /** Text, and numbers and dates read as their text (a scalar that is not a boolean). */
    TEXT("text"),
    /** A boolean. */
    BOOLEAN("a boolean"),
    /** An integer or a decimal. */
    NUMBER("a number"),
    /** A date of the format. */
    DATE("a date"),
    /** A sequence. */
    LIST("a list"),
    /** A mapping. */
    MAPPING("a mapping");

    private final String phrase;

    Shape(String phrase) {
      this.phrase = phrase;
    }

    /** How messages name the shape: {@code a boolean}. */
    public String phrase() {
      return phrase;
    }
  }

  /**
   * A kind whose values keep their front-matter form ({@link Value}) and may take any of a
   * few shapes: Eleventy's {@code permalink} (text, {@code false} or a mapping), Starlight's
   * {@code hero} (a mapping). The value is written back as it is given.
   *
   * @param name the kind's name
   * @param shapes the shapes accepted, in the order messages list them
   * @return the kind
   */
  public static FieldKind<Value> oneOf(String name, Shape... shapes) {
    List<Shape> accepted = List.of(shapes);
    List<String> phrases = accepted.stream().map(Shape::phrase).toList();
    String expected = phrases.size() == 1 ? phrases.get(0)
        : String.join(", ", phrases.subList(0, phrases.size() - 1)) + " or "
            + phrases.get(phrases.size() - 1);
    return new FieldKind<>(name, expected,
        (reader, value, path) -> reader.oneOf(value, path, expected, accepted),
        (v, old, format) -> v, List.of(), accepted);
  }

  /**
   * Text that is one of {@code choices}, matched exactly (Starlight's {@code template}: {@code
   * doc} or {@code splash}).
   *
   * @param name the kind's name
   * @param choices the texts allowed
   * @return the kind
   */
  public static FieldKind<String> choice(String name, String... choices) {
    List<String> allowed = List.of(choices);
    String expected = "one of " + String.join(", ", allowed);
    return new FieldKind<>(name, expected,
        (reader, value, path) -> reader.choice(value, path, expected, allowed),
        (v, old, format) -> new Value.Text(v), allowed, List.of());
  }

  /**
   * Eleventy's {@code date}: a date, or one of the words Eleventy reads as a date of the
   * file ({@code Last Modified}, {@code Created}, {@code git Last Modified}, {@code git
   * Created}, in any case; Template.js@v3.1.6:1147-1152), which read as no date.
   */
  public static final FieldKind<ArticleDate> ELEVENTY_DATE = new FieldKind<>("eleventy-date",
      "a date, or Last Modified, Created, git Last Modified or git Created",
      FieldReader::eleventyDate, FieldKind::dateValue);

  T read(FieldReader reader, Value value, String path) {
    return reading.read(reader, value, path);
  }

  /**
   * The value an edit writes for {@code value}.
   *
   * @param value the typed value, not null
   * @param old the key's value now, or null
   * @param format the front matter's format
   * @return the value to write
   */
  public Value write(T value, Value old, Format format) {
    return writing.write(value, old, format);
  }

  private static Value texts(List<String> items) {
    List<Value> out = new ArrayList<>(items.size());
    for (String s : items) {
      out.add(new Value.Text(Objects.requireNonNull(s, "list items must not be null")));
    }
    return new Value.Sequence(out);
  }

  /** A whole number as an integer, so {@code 3} stays {@code 3} and not {@code 3.0}. */
  private static Value numberValue(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      BigInteger i = stripped.toBigIntegerExact();
      return new Value.Int(i);
    }
    return new Value.Decimal(n.doubleValue());
  }

  private static Value taxonomiesValue(Map<String, List<String>> taxonomies) {
    LinkedHashMap<String, Value> m = new LinkedHashMap<>();
    taxonomies.forEach((name, terms) -> m.put(
        Objects.requireNonNull(name, "taxonomy names must not be null"), texts(terms)));
    return new Value.Mapping(m);
  }

  /** A tag without permalink as its label, one with as {@code {label, permalink}}. */
  private static Value tagsValue(List<Tag> tags) {
    List<Value> out = new ArrayList<>(tags.size());
    for (Tag t : tags) {
      Objects.requireNonNull(t, "tags must not be null");
      if (t.permalink().isEmpty()) {
        out.add(new Value.Text(t.label()));
      } else {
        LinkedHashMap<String, Value> m = new LinkedHashMap<>();
        m.put("label", new Value.Text(t.label()));
        m.put("permalink", new Value.Text(t.permalink().get()));
        out.add(new Value.Mapping(m));
      }
    }
    return new Value.Sequence(out);
  }

  /**
   * A date is written as its text: as quoted text where the old value was text (or the format
   * is JSON, which has no dates), else as a date, so an edit keeps the file's own style.
   */
  private static Value dateValue(ArticleDate date, Value old, Format format) {
    boolean asText = old instanceof Value.Text || format == Format.JSON;
    return asText ? new Value.Text(date.text()) : new Value.Date(date);
  }

  /** A plain URL or path when there is no visibility, else {@code {src, visibility}}. */
  private static Value thumbnailValue(Thumbnail thumbnail) {
    if (thumbnail.visibility().isEmpty()) {
      return new Value.Text(thumbnail.src());
    }
    LinkedHashMap<String, Value> m = new LinkedHashMap<>();
    m.put("src", new Value.Text(thumbnail.src()));
    m.put("visibility", texts(thumbnail.visibility()));
    return new Value.Mapping(m);
  }

  /**
   * One name for one entry without properties, a list of names when no entry has
   * properties, else a mapping of entries.
   */
  private static Value menuValue(Menu menu) {
    boolean plain = menu.entries().values().stream().allMatch(Map::isEmpty);
    if (plain && menu.entries().size() == 1) {
      return new Value.Text(menu.names().get(0));
    }
    if (plain) {
      return texts(menu.names());
    }
    LinkedHashMap<String, Value> m = new LinkedHashMap<>();
    menu.entries().forEach((name, props) -> m.put(name, new Value.Mapping(props)));
    return new Value.Mapping(m);
  }

  @Override
  public String toString() {
    return name;
  }
}
