package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import java.util.List;
import java.util.Map;

/**
 * How a known field is read: the shapes it accepts and the Java type it gives. Each kind is
 * written once here, and the readers, the JSON form and the JSON Schema all dispatch on it.
 *
 * <p>A kind is a value rather than an enum constant so that a table of another generator's
 * fields, or a user's own type, can bring a kind of its own: a name (which the JSON Schema
 * generator uses for its {@code $defs}), a phrase for shape messages, and the reading.
 *
 * @param <T> the Java type a value of this kind reads as
 * @param name the kind's name: {@code text}, {@code text-list}, ... as the schema's defs use it
 * @param expected what a value of this kind is, as shape messages say it ("a boolean")
 * @param reading how a value is read
 */
public record FieldKind<T>(String name, String expected, Reading<T> reading) {
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

  /** A scalar, read as its source text. */
  public static final FieldKind<String> TEXT =
      new FieldKind<>("text", "text", FieldReader::text);
  /** A scalar (a one-item list) or a sequence of scalars. */
  public static final FieldKind<List<String>> TEXT_LIST =
      new FieldKind<>("text-list", "text or a list of text", FieldReader::textList);
  /** A boolean, or text that is {@code true} or {@code false} in any case. */
  public static final FieldKind<Boolean> BOOLEAN =
      new FieldKind<>("boolean", "a boolean", FieldReader::bool);
  /** A 32-bit integer, or text that is one. */
  public static final FieldKind<Integer> INTEGER =
      new FieldKind<>("integer", "an integer", FieldReader::integer);
  /** A date of the format, or text in a form {@link ArticleDate} reads; blank is none. */
  public static final FieldKind<ArticleDate> DATE =
      new FieldKind<>("date", "a date", FieldReader::date);
  /** Hugo's menu: a name, a list of names, or a mapping of names to entry properties. */
  public static final FieldKind<Menu> MENU =
      new FieldKind<>("menu", "a mapping of menu entry properties", FieldReader::menu);
  /** Mainroad's thumbnail: a URL or path, or {@code {src, visibility}}. */
  public static final FieldKind<Thumbnail> THUMBNAIL = new FieldKind<>("thumbnail",
      "a URL or path, or a mapping with \"src\"", FieldReader::thumbnail);
  /** A mapping, kept as its values in file order. */
  public static final FieldKind<Map<String, Value>> MAPPING =
      new FieldKind<>("mapping", "a mapping", FieldReader::mapping);

  T read(FieldReader reader, Value value, String path) {
    return reading.read(reader, value, path);
  }

  @Override
  public String toString() {
    return name;
  }
}
