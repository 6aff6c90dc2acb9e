package io.github.frontmatter.articles.internal.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The typed fields of one generator and its theme (a profile), and the other keys that
 * generator knows without a type. Reading, validation, the JSON form and the built-in JSON
 * Schema all take their fields from a table; {@link HugoFields#TABLE} is the one in use.
 */
public final class FieldTable {
  private final String name;
  private final List<Field<?>> fields;
  private final Map<String, Field<?>> byKey;
  private final Set<String> knownKeys;

  private FieldTable(String name, List<Field<?>> fields, Set<String> untypedKeys) {
    this.name = name;
    this.fields = List.copyOf(fields);
    Map<String, Field<?>> m = new HashMap<>();
    LinkedHashSet<String> known = new LinkedHashSet<>();
    for (Field<?> f : fields) {
      if (m.put(f.key(), f) != null) {
        throw new IllegalArgumentException("field " + f.name() + " declared twice");
      }
      known.add(f.key());
    }
    this.byKey = Map.copyOf(m);
    untypedKeys.forEach(k -> known.add(k.toLowerCase(Locale.ROOT)));
    this.knownKeys = Collections.unmodifiableSet(known);
  }

  /** The profile's name, for messages: {@code Hugo and Mainroad}. */
  public String name() {
    return name;
  }

  /** The typed fields in declaration order (the order of the accessors and the JSON form). */
  public List<Field<?>> fields() {
    return fields;
  }

  /** The typed field that {@code key} names, in any case; null when it names none. */
  public Field<?> field(String key) {
    return byKey.get(key.toLowerCase(Locale.ROOT));
  }

  /** The typed field spelled exactly {@code name} ({@code publishDate}); null when none is. */
  public Field<?> named(String name) {
    Field<?> f = field(name);
    return f != null && f.name().equals(name) ? f : null;
  }

  /** Whether {@code key} names a typed field, in any case. */
  public boolean isTyped(String key) {
    return field(key) != null;
  }

  /**
   * Every key the generator and theme know, lower-cased: the typed fields, then those read
   * without a type; any other key is unknown ({@code key-unknown}).
   */
  public Set<String> knownKeys() {
    return knownKeys;
  }

  /** Declares the fields of a table in order; {@link #build} makes the table. */
  static final class Builder {
    private final List<Field<?>> fields = new ArrayList<>();

    <T> Field<T> add(String name, FieldKind<T> kind, Field.Owner owner, String description) {
      Field<T> f = new Field<>(fields.size(), name, kind, owner, description);
      fields.add(f);
      return f;
    }

    FieldTable build(String name, Set<String> untypedKeys) {
      return new FieldTable(name, fields, untypedKeys);
    }
  }
}
