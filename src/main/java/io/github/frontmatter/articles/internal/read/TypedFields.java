package io.github.frontmatter.articles.internal.read;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * The value of the field that plays {@code role}: of the fields bound to it, the first that
   * has a value; null when none has, or the profile has no such field.
   */
  public <T> T role(Role<T> role) {
    for (Role.Binding<T, ?> b : table.bindings(role)) {
      T v = read(b);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private <T, F> T read(Role.Binding<T, F> b) {
    return b.read(get(b.field()));
  }

  /**
   * The fields that have a typed value, by name as the table spells them (nested ones by
   * their dotted path, {@code sidebar.order}), in the table's order; unmodifiable.
   */
  public Map<String, Object> asMap() {
    LinkedHashMap<String, Object> out = new LinkedHashMap<>();
    List<Field<?>> fields = table.fields();
    for (int i = 0; i < fields.size(); i++) {
      if (values[i] != null) {
        out.put(fields.get(i).path(), values[i]);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
