package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.FrontMatter;
import java.util.List;
import java.util.function.Function;

/**
 * The typed values of one front matter, one slot per field of its {@link FieldTable}. A null
 * slot means the field is absent, null in the file, or in a shape its kind cannot hold (the
 * raw value is kept elsewhere); the public API turns it into an empty {@code Optional} or list.
 * Instances are immutable once read.
 */
public final class TypedFields {
  private final FieldTable table;
  private final Object[] values;

  TypedFields(FieldTable table, Object[] values) {
    this.table = table;
    this.values = values;
  }

  /** The fields these values are for. */
  public FieldTable table() {
    return table;
  }

  /** The value of {@code field}; null when there is none, or the field is not in the table. */
  @SuppressWarnings("unchecked")
  public <T> T get(Field<T> field) {
    List<Field<?>> fields = table.fields();
    int i = field.index();
    return i < fields.size() && fields.get(i) == field ? (T) values[i] : null;
  }

  /** The items of a list field; empty when there is no value. */
  public <T> List<T> list(Field<List<T>> field) {
    List<T> v = get(field);
    return v == null ? List.of() : v;
  }

  // The root package's FrontMatter holds its TypedFields privately; the JSON form (another
  // internal package) reaches them through this hook, which FrontMatter sets when it loads,
  // so that no public method hands out an internal type.
  private static volatile Function<FrontMatter, TypedFields> access;

  /** Called once by {@code FrontMatter}: how to get the typed fields of a front matter. */
  public static void setAccess(Function<FrontMatter, TypedFields> frontMatterFields) {
    if (access != null) {
      throw new IllegalStateException("access already set");
    }
    access = frontMatterFields;
  }

  /** The typed fields of a {@code FrontMatter}. */
  public static TypedFields of(FrontMatter frontMatter) {
    return access.apply(frontMatter);
  }
}
