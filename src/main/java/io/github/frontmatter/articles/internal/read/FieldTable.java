package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.Profile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The typed fields of one generator and its theme (a profile), the other keys that
 * generator knows without a type, the parts the fields play for the common accessors
 * ({@link Role}), and the profile's title rule. Reading, validation, the JSON form and the
 * built-in JSON Schema all take their fields from a table; {@link Dialect#table()} is the one
 * in use.
 */
public final class FieldTable {
  /** What a missing or blank {@code title} is under a profile. */
  public enum TitleRule {
    /** A {@code title-missing} warning: the page has no title (Hugo, Zola, Eleventy). */
    WARN,
    /**
     * Nothing: the generator makes a title of its own (Jekyll from the file name,
     * Docusaurus from the first heading).
     */
    NONE,
    /** An error of the owner's shape rule: the generator refuses the page (Starlight). */
    REQUIRED
  }

  private final Profile profile;
  private final String name;
  private final boolean ignoreCase;
  private final TitleRule titleRule;
  private final List<Field<?>> fields;
  private final Map<String, Field<?>> byKey; // top-level fields
  private final Map<Field<?>, List<Field<?>>> children;
  private final Map<Role<?>, List<Role.Binding<?, ?>>> roles;
  private final Set<String> knownKeys;

  private FieldTable(Builder b, String name, Set<String> untypedKeys) {
    this.profile = b.profile;
    this.name = name;
    this.ignoreCase = b.ignoreCase;
    this.titleRule = b.titleRule;
    this.fields = List.copyOf(b.fields);
    Map<String, Field<?>> m = new HashMap<>();
    Map<Field<?>, List<Field<?>>> kids = new IdentityHashMap<>();
    LinkedHashSet<String> known = new LinkedHashSet<>();
    for (Field<?> f : fields) {
      if (f.parent() != null) {
        List<Field<?>> siblings = kids.computeIfAbsent(f.parent(), k -> new ArrayList<>());
        if (siblings.stream().anyMatch(s -> match(s.name()).equals(match(f.name())))) {
          throw new IllegalArgumentException("field " + f.path() + " declared twice");
        }
        siblings.add(f);
        continue;
      }
      if (m.put(match(f.name()), f) != null) {
        throw new IllegalArgumentException("field " + f.name() + " declared twice");
      }
      known.add(match(f.name()));
    }
    kids.replaceAll((k, v) -> List.copyOf(v));
    this.children = kids;
    this.byKey = Map.copyOf(m);
    untypedKeys.forEach(k -> known.add(match(k)));
    this.knownKeys = Collections.unmodifiableSet(known);
    LinkedHashMap<Role<?>, List<Role.Binding<?, ?>>> r = new LinkedHashMap<>();
    b.bindings.forEach((role, list) -> r.put(role, List.copyOf(list)));
    this.roles = Collections.unmodifiableMap(r);
  }

  /** A key as fields are matched: lower-cased where case does not matter, else as it is. */
  private String match(String key) {
    return ignoreCase ? key.toLowerCase(Locale.ROOT) : key;
  }

  /** The profile whose fields these are. */
  public Profile profile() {
    return profile;
  }

  /** The profile's name, for messages: {@code Hugo or Mainroad}. */
  public String name() {
    return name;
  }

  /** Whether keys match in any case ({@code Title} is {@code title}), as in Hugo. */
  public boolean ignoresCase() {
    return ignoreCase;
  }

  /** What a missing or blank title is. */
  public TitleRule titleRule() {
    return titleRule;
  }

  /**
   * The typed fields in declaration order (the order of the accessors and the JSON form),
   * nested ones after their parent.
   */
  public List<Field<?>> fields() {
    return fields;
  }

  /** The fields inside {@code parent}'s mapping, in declaration order; empty for most. */
  public List<Field<?>> children(Field<?> parent) {
    return children.getOrDefault(parent, List.of());
  }

  /** The top-level typed field that {@code key} names; null when it names none. */
  public Field<?> field(String key) {
    return byKey.get(match(key));
  }

  /**
   * The typed field named {@code name} exactly, top-level ({@code publishDate}) or nested by
   * its dotted path ({@code taxonomies.tags}); null when none is.
   */
  public Field<?> named(String name) {
    for (Field<?> f : fields) {
      if (f.path().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** Whether {@code key} names a top-level typed field. */
  public boolean isTyped(String key) {
    return field(key) != null;
  }

  /** Whether {@code key} is a top-level key the generator or theme knows, typed or not. */
  public boolean isKnown(String key) {
    return knownKeys.contains(match(key));
  }

  /**
   * The key among {@code keys} that names {@code field} (a field's name): the first that
   * matches, in the table's case rule; null when none does.
   */
  public String keyIn(Collection<String> keys, String field) {
    String want = match(field);
    for (String k : keys) {
      // a key of another length never matches (the only lower-casing that changes a length
      // adds U+0307, and field names are ASCII), so most keys are not lower-cased at all
      if (k.length() == want.length() && match(k).equals(want)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Every top-level key the generator and theme know, as matched (lower-cased where case does
   * not matter): the typed fields, then those read without a type; any other key is unknown
   * ({@code key-unknown}).
   */
  public Set<String> knownKeys() {
    return knownKeys;
  }

  /**
   * The fields that play {@code role}, in order of precedence (Jekyll's {@code tag} before
   * {@code tags}); empty when the profile has none.
   */
  @SuppressWarnings("unchecked")
  public <T> List<Role.Binding<T, ?>> bindings(Role<T> role) {
    List<?> list = roles.getOrDefault(role, List.of());
    return (List<Role.Binding<T, ?>>) list;
  }

  /** The first field that plays {@code role}; null when none does. */
  public <T> Role.Binding<T, ?> binding(Role<T> role) {
    List<Role.Binding<T, ?>> list = bindings(role);
    return list.isEmpty() ? null : list.get(0);
  }

  /**
   * Whether {@code role} is played by the top-level field of the role's own name alone, as it
   * is: then a property of the caller's type of that name binds the key itself.
   */
  public boolean plain(Role<?> role) {
    List<? extends Role.Binding<?, ?>> list = bindings(role);
    return list.size() == 1 && list.get(0).field().parent() == null
        && list.get(0).field().name().equals(role.name()) && list.get(0).identity();
  }

  /** The roles bound, in the order they were bound. */
  public Set<Role<?>> roles() {
    return roles.keySet();
  }

  /** Declares the fields of a table in order; {@link #build} makes the table. */
  static final class Builder {
    private final Profile profile;
    private final boolean ignoreCase;
    private final TitleRule titleRule;
    private final List<Field<?>> fields = new ArrayList<>();
    private final Map<Role<?>, List<Role.Binding<?, ?>>> bindings = new LinkedHashMap<>();

    Builder(Profile profile, boolean ignoreCase, TitleRule titleRule) {
      this.profile = profile;
      this.ignoreCase = ignoreCase;
      this.titleRule = titleRule;
    }

    <T> Field<T> add(String name, FieldKind<T> kind, Field.Owner owner, String description) {
      return add(null, name, kind, owner, description);
    }

    /** A field inside {@code parent}'s mapping. */
    <T> Field<T> add(Field<?> parent, String name, FieldKind<T> kind, Field.Owner owner,
        String description) {
      Field<T> f = new Field<>(fields.size(), name, kind, owner, description, parent);
      fields.add(f);
      return f;
    }

    /** {@code field} plays {@code role} as it is. */
    @SuppressWarnings("unchecked")
    <T> Builder role(Role<T> role, Field<T> field) {
      return role(role, field, Role.IDENTITY_GET, Role.IDENTITY_SET);
    }

    /** {@code field} plays {@code role} through a conversion each way. */
    <T, F> Builder role(Role<T> role, Field<F> field, Role.Binding.Getter<T, F> get,
        Role.Binding.Setter<T, F> set) {
      bindings.computeIfAbsent(role, r -> new ArrayList<>())
          .add(new Role.Binding<>(field, get, set));
      return this;
    }

    FieldTable build(String name, Set<String> untypedKeys) {
      return new FieldTable(this, name, untypedKeys);
    }
  }
}
