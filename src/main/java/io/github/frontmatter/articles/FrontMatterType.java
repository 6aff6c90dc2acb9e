package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.bind.Binder;
import io.github.frontmatter.articles.internal.bind.Edits;
import io.github.frontmatter.articles.internal.bind.Schemas;
import io.github.frontmatter.articles.internal.bind.Shape;
import io.github.frontmatter.articles.internal.bind.Walk;
import io.github.frontmatter.articles.internal.edit.ArticleEdits;
import io.github.frontmatter.articles.internal.read.Field;
import io.github.frontmatter.articles.internal.read.FieldTable;
import io.github.frontmatter.articles.internal.read.Role;
import io.github.frontmatter.articles.internal.read.TypedFields;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Front matter as the caller's own Java type: a record (or a class with properties) that
 * Jackson databind can create, checked against the file with every problem placed at its
 * value, described as a JSON Schema, and written back through typed edits.
 *
 * <pre>{@code
 * record Author(String name, Optional<String> email) {}
 * enum Status { draft, review, published }
 * record Post(String title, LocalDate date, List<String> tags, List<Author> authors,
 *     Status status, Optional<Integer> weight) {}
 *
 * FrontMatterType<Post> posts = FrontMatterType.of(Post.class);
 * BindResult<Post> r = posts.bind(ArticleParser.defaults().read(path));
 * r.problems().forEach(System.err::println);   // all of them, each with file:line:column
 * Post post = r.orElseThrow();
 * Article edited = posts.write(article, new Post("New title", ...)); // only changed keys
 * }</pre>
 *
 * <p><b>Shapes.</b> Records, nested records and classes with properties; {@code List},
 * {@code Set}, {@code Collection} and arrays; {@code Map<String, V>}; {@code Optional} (and
 * {@code OptionalInt}, {@code OptionalLong}, {@code OptionalDouble}); enums (by name, or by
 * {@code @JsonProperty} on the constant); {@code String}; the integer and floating-point
 * types and their boxes, {@code BigInteger}, {@code BigDecimal}; {@code boolean}; {@code
 * LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime}, {@code Instant}, {@link
 * ArticleDate}; {@code URI}; {@link Value} (the value as read) and {@code Object} (plain Java:
 * {@code String}, {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code
 * Boolean}, {@code List}, {@code Map}, {@link ArticleDate}, null). Jackson's annotations
 * decide the names ({@code @JsonProperty("sidebar_position")}, {@code @JsonAlias},
 * {@code @JsonIgnore}, {@code @JsonIgnoreProperties(ignoreUnknown = true)}) as they decide how
 * the value is created.
 *
 * <p><b>As the built-in fields read.</b> Any scalar where a {@code String} is expected reads
 * as its text as written ({@code version: 1.10} is {@code "1.10"}); a single scalar where a
 * list of scalars is expected is a one-item list ({@code tags: java}); dates are read in the
 * forms the profile's generator reads ({@link ArticleDate#parse(String, Profile)}); null is the same as absent; under a profile whose keys match in
 * any case ({@link Profile#HUGO}) so do the type's; a boolean may be written as text, {@code
 * "true"} or {@code "false"} in any case, and blank text where a date is expected is no date, as the
 * built-in fields read them. Nothing else is converted: {@code "yes"} is not a boolean and a
 * number is never read from text.
 *
 * <p><b>Common fields.</b> Under a profile other than {@link Profile#HUGO}, a top-level
 * property named {@code title}, {@code date}, {@code tags}, {@code categories}, {@code draft},
 * {@code description}, {@code summary}, {@code slug}, {@code weight}, {@code aliases} or
 * {@code lastmod} reads what the {@link FrontMatter} accessor of that name reads where the
 * profile keeps it in another place or form (Zola's {@code taxonomies.tags}, Jekyll's {@code
 * published: false}, Starlight's {@code sidebar.order}), with problems at that value; typed
 * edits write it as {@link Article}'s wither of that name does. A property named otherwise
 * ({@code @JsonProperty("taxonomies")}) binds that key as written.
 *
 * <p><b>Required.</b> A record component is required unless it is an {@code Optional}, a
 * collection or a map (absent: empty), or is annotated {@code @Nullable} (any annotation of
 * that simple name); a property of a class is required only with
 * {@code @JsonProperty(required = true)}.
 *
 * <p><b>Problems.</b> Each is a {@link Problem} with a rule id: {@code type-mismatch} (a value
 * of another kind, a number out of range, a date without the offset the type needs, a URI
 * that is not one), {@code required-missing}, {@code enum-unknown}, {@code key-unknown} (a key
 * the type does not take, under {@link Builder#unknownKeys(UnknownKeys)} {@code WARN} or
 * {@code REJECT}), {@code date-invalid}, {@code item-repeated} (the same item twice in a
 * {@code Set}), {@code field-repeated} (a warning: two keys for one property), and {@code
 * constraint} for Bean Validation ({@code jakarta.validation} annotations such as
 * {@code @NotBlank}, {@code @Size}, {@code @Pattern}), which is checked when the caller has the API
 * and a provider on the class path and costs nothing when not.
 *
 * <p>Instances are immutable and safe to share between threads; make one per type and keep it
 * (the type is introspected once).
 *
 * @param <T> the type
 * @since 0.2.0
 */
public final class FrontMatterType<T> {
  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt((Problem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column());

  private static final ClassValue<FrontMatterType<?>> DEFAULTS = new ClassValue<>() {
    @Override
    protected FrontMatterType<?> computeValue(Class<?> type) {
      return new FrontMatterType<>(type, UnknownKeys.ALLOW);
    }
  };

  private final Class<T> type;
  private final UnknownKeys unknownKeys;
  private final Binder<T> binder;

  private FrontMatterType(Class<T> type, UnknownKeys unknownKeys) {
    this.type = type;
    this.unknownKeys = unknownKeys;
    this.binder = Binder.of(type);
  }

  /**
   * Returns the binding of {@code type} with the default options (unknown keys allowed); the
   * same instance for the same type.
   *
   * @param <T> the type
   * @param type a record, a class with properties, or {@code Map}
   * @return the binding
   * @throws IllegalArgumentException if the type, or a type inside it, cannot be bound; the
   *     message says which and where
   */
  @SuppressWarnings("unchecked")
  public static <T> FrontMatterType<T> of(Class<T> type) {
    requireNonNull(type, "type must not be null");
    try {
      return (FrontMatterType<T>) DEFAULTS.get(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Returns a builder for a binding of {@code type} with other options.
   *
   * @param <T> the type
   * @param type a record, a class with properties, or {@code Map}
   * @return the builder
   */
  public static <T> Builder<T> builder(Class<T> type) {
    return new Builder<>(requireNonNull(type, "type must not be null"));
  }

  /**
   * Returns the type bound to.
   *
   * @return the type bound to
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns what a key that the type does not take is.
   *
   * @return what a key that the type does not take is
   */
  public UnknownKeys unknownKeys() {
    return unknownKeys;
  }

  /**
   * Binds a front matter without throwing for its content.
   *
   * @param frontMatter the front matter
   * @return the value (when no problem is an error) and every problem, sorted by position
   */
  public BindResult<T> bind(FrontMatter frontMatter) {
    requireNonNull(frontMatter, "frontMatter must not be null");
    List<Problem> problems = new ArrayList<>();
    Binder.Outcome<T> out = run(frontMatter, problems);
    problems.sort(BY_POSITION);
    boolean errors = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    return new BindResult<>(errors ? Optional.empty() : Optional.ofNullable(out.value()),
        problems);
  }

  /**
   * Binds the front matter of a lenient read ({@link ArticleParser#read(java.nio.file.Path)}):
   * the problems of reading and of binding together; a value that reading reported as an
   * error is not reported again by binding. With no article (the file could not be
   * read), the result has the reading problems and no value; the value is also empty when
   * reading found an error, so that a value is only handed out for a file that is sound.
   *
   * @param result what reading gave
   * @return the value and every problem, sorted by position
   */
  public BindResult<T> bind(ParseResult result) {
    requireNonNull(result, "result must not be null");
    if (result.article().isEmpty()) {
      return new BindResult<>(Optional.empty(), result.problems());
    }
    List<Problem> problems = new ArrayList<>();
    Binder.Outcome<T> out = run(result.article().get().frontMatter(), problems);
    // a value reading already refused (an error at the same path: a date-invalid, a field in
    // a shape its profile cannot hold) is not reported again
    Set<String> refused = new LinkedHashSet<>();
    result.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
        .forEach(p -> refused.add(p.path()));
    List<Problem> all = new ArrayList<>(result.problems());
    problems.stream().filter(p -> !refused.contains(p.path())).forEach(all::add);
    all.sort(BY_POSITION);
    boolean errors = all.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    return new BindResult<>(errors ? Optional.empty() : Optional.ofNullable(out.value()), all);
  }

  /**
   * Binds a front matter strictly.
   *
   * @param frontMatter the front matter
   * @return the value
   * @throws ArticleException with every error, if the front matter does not fit the type
   */
  public T read(FrontMatter frontMatter) {
    return bind(frontMatter).orElseThrow();
  }

  /**
   * Returns the article with its front matter changed to {@code value}: only the keys of the
   * properties whose values differ from what the article has now are written, each through
   * the format-preserving editor of the article's format (YAML, TOML or JSON), in place and in
   * the style of the value it replaces; a property that became empty (an empty {@code
   * Optional}, null) has its key removed. A changed nested record is written as its whole
   * top-level key. Keys the type does not take are left as they are.
   *
   * @param article the article
   * @param value the new value
   * @return the edited article; {@code article} itself when nothing changed
   * @throws ArticleException if the article's front matter does not bind to the type now (an
   *     edit through the type needs to know which values it holds)
   * @throws IllegalArgumentException if the edited article would not be valid, as for any edit,
   *     or a common field read through its role (see above) gets a value the role cannot hold
   * @throws UnsupportedOperationException if such a field kept inside another key's mapping
   *     (Zola's {@code taxonomies.tags}) would become empty
   */
  public Article write(Article article, T value) {
    requireNonNull(article, "article must not be null");
    requireNonNull(value, "value must not be null");
    FrontMatter fm = article.frontMatter();
    List<Problem> problems = new ArrayList<>();
    Binder.Outcome<T> now = run(fm, problems);
    if (now.value() == null) {
      problems.sort(BY_POSITION);
      throw new ArticleException(problems.stream()
          .filter(p -> p.severity() == Problem.Severity.ERROR).toList());
    }
    JsonNode before = binder.toJson(now.value());
    JsonNode after = binder.toJson(value);
    Map<String, Shape> shapes = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    if (binder.shape() instanceof Shape.ObjectShape o) {
      for (Shape.Property p : o.properties()) {
        shapes.put(p.name(), p.shape());
        String pointer = now.keys().get(" " + p.javaName());
        keys.put(p.name(), pointer == null ? null : pointer.substring(1).replace("~1", "/").replace("~0", "~"));
      }
    } else {
      Shape values = ((Shape.MapShape) binder.shape()).value();
      before.propertyNames().forEach(k -> shapes.put(k, values));
      after.propertyNames().forEach(k -> shapes.put(k, values));
      shapes.keySet().forEach(k -> keys.put(k, fm.values().containsKey(k) ? k : null));
    }
    Article.Editing editing = article.toBuilder();
    boolean changed = false;
    for (Map.Entry<String, Shape> e : shapes.entrySet()) {
      String name = e.getKey();
      JsonNode was = before.get(name);
      JsonNode is = after.get(name);
      boolean wasEmpty = was == null || was.isNull();
      boolean isEmpty = is == null || is.isNull();
      if (wasEmpty && isEmpty || (!wasEmpty && was.equals(is))) {
        continue;
      }
      Role<?> role = binder.shape() instanceof Shape.ObjectShape ? role(fm, name) : null;
      if (role != null) {
        // written through the role, as Article's wither of the same name writes it
        if (isEmpty) {
          String pointer = now.keys().get(" " + javaName(name));
          if (pointer == null || pointer.lastIndexOf('/') != 0) {
            throw new UnsupportedOperationException("expected a " + name + " value to write"
                + " under " + fm.profile().displayName() + " but found none for property \""
                + name + "\": a common field kept inside another's mapping ("
                + (pointer == null ? name : pointer) + ") cannot be removed by a typed edit;"
                + " Article.without(key) removes a whole key");
          }
          editing.without(pointer.substring(1).replace("~1", "/").replace("~0", "~"));
        } else {
          Object input = roleInput(role, is, name);
          editing.edit(x -> setRole(x, role, input));
        }
        changed = true;
        continue;
      }
      String key = keys.get(name);
      if (isEmpty) {
        if (key != null) {
          editing.without(key);
          changed = true;
        }
        continue;
      }
      Value old = key == null ? null : fm.values().get(key);
      editing.with(key == null ? name : key, Edits.value(is, e.getValue(), old, fm.format()));
      changed = true;
    }
    return changed ? editing.build() : article;
  }

  /**
   * Returns the article with its front matter changed by {@code change}, as {@link
   * #write(Article, Object)} writes it: {@code posts.edit(article, p -> p.withTitle("…"))}.
   *
   * @param article the article
   * @param change from the value now to the new value
   * @return the edited article
   * @throws ArticleException if the article's front matter does not bind to the type now
   */
  public Article edit(Article article, UnaryOperator<T> change) {
    requireNonNull(change, "change must not be null");
    return write(article, change.apply(read(article.frontMatter())));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the type: the front matter it accepts, for the
   * YAML language server's {@code $schema}, Front Matter CMS or {@code check --schema}. It
   * accepts what binding accepts, in the shapes described above, except what a schema cannot
   * say: other cases of the keys under Hugo, the syntax of a URI, Bean Validation constraints.
   * Descriptions come from {@code @JsonClassDescription} and {@code @JsonPropertyDescription}.
   *
   * @return the schema, as indented JSON text
   */
  public String jsonSchema() {
    return Schemas.of(binder.shape(), unknownKeys).toPrettyString();
  }

  private Binder.Outcome<T> run(FrontMatter fm, List<Problem> problems) {
    FrontMatter.Binding b = fm.binding();
    SourceText src = fm.source();
    Walk.Report report = (rule, severity, pointer, atKey, message) -> {
      Integer at = atKey ? fm.keyOffsets().get(pointer) : null;
      problems.add(at != null
          ? src.problem(rule, severity, pointer, at, Pointers.display(pointer) + message)
          : fm.problem(rule, severity, pointer, message));
    };
    // keys match in any case where the profile's own fields do (Hugo); dates in the forms
    // the profile's generator reads
    Profile profile = fm.profile();
    return binder.bind(fm.values(), b.scalarText(), fm.table().ignoresCase(), unknownKeys,
        text -> ArticleDate.parse(text, profile), name -> roleValue(fm, name), report);
  }

  /**
   * The common role a top-level property of JSON name {@code name} reads under the front
   * matter's profile: one of {@link Role#common}'s, under a profile other than Hugo that plays
   * it with a field other than the plain key of its name (Zola's {@code taxonomies.tags},
   * Jekyll's {@code published: false}); null when the property binds the key of its name (a
   * profile without a field for the role leaves the key to the caller's type).
   */
  private static Role<?> role(FrontMatter fm, String name) {
    Role<?> role = Role.common(name);
    FieldTable table = fm.table();
    if (role == null || fm.profile() == Profile.HUGO || table.bindings(role).isEmpty()
        || table.plain(role)) {
      return null;
    }
    return role;
  }

  /** See {@link #role}: the role's value, where it is, and the keys it is read from. */
  private static Walk.RoleValue roleValue(FrontMatter fm, String name) {
    Role<?> role = role(fm, name);
    return role == null ? null : roleValue(fm.typed(), role);
  }

  private static <R> Walk.RoleValue roleValue(TypedFields fields, Role<R> role) {
    List<Role.Binding<R, ?>> bindings = fields.table().bindings(role);
    Set<String> keys = new LinkedHashSet<>();
    Object value = null;
    // an absent value would be written where a wither writes it: the last field
    String pointer = bindings.get(bindings.size() - 1).field().pointer();
    for (Role.Binding<R, ?> b : bindings) {
      Field<?> top = b.field();
      while (top.parent() != null) {
        top = top.parent();
      }
      keys.add(top.name());
      Object v = value == null ? read(fields, b) : null;
      if (v != null) { // the first field with a value wins, as for the accessor
        value = v;
        pointer = b.field().pointer();
      }
    }
    return new Walk.RoleValue(value == null ? null : toValue(value), pointer, keys);
  }

  private static <R, F> R read(TypedFields fields, Role.Binding<R, F> b) {
    return b.read(fields.get(b.field()));
  }

  /** A role's typed value as a front-matter value, for the walk. */
  private static Value toValue(Object v) {
    if (v instanceof String s) {
      return new Value.Text(s);
    } else if (v instanceof ArticleDate d) {
      return new Value.Date(d);
    } else if (v instanceof Boolean b) {
      return new Value.Bool(b);
    } else if (v instanceof Integer i) {
      return new Value.Int(BigInteger.valueOf(i));
    } else if (v instanceof List<?> l) {
      return new Value.Sequence(l.stream().map(FrontMatterType::toValue).toList());
    }
    throw new AssertionError("a common role of type " + v.getClass());
  }

  /**
   * The value a wither of {@code role} takes, from a property's JSON form; the property's
   * type must give what the role holds (text, a date, a list of text, a boolean, an int).
   */
  private static Object roleInput(Role<?> role, JsonNode is, String property) {
    String name = role.name();
    Object v = null;
    switch (name) {
      case "date", "lastmod" -> {
        if (is.isString() || is.isObject() && is.has("text")) {
          v = ArticleDate.parse(is.isObject() ? is.get("text").asString() : is.asString());
        }
      }
      case "tags", "categories", "aliases" -> {
        if (is.isArray()) {
          List<String> items = new ArrayList<>();
          for (JsonNode item : is) {
            if (!item.isValueNode() || item.isNull()) {
              items = null;
              break;
            }
            items.add(item.asString());
          }
          v = items;
        } else if (is.isValueNode()) {
          v = List.of(is.asString());
        }
      }
      case "draft" -> v = is.isBoolean() ? is.booleanValue() : null;
      case "weight" -> v = is.isIntegralNumber() && is.canConvertToInt() ? is.intValue() : null;
      default -> v = is.isValueNode() ? is.asString() : null;
    }
    if (v == null) {
      throw new IllegalArgumentException("expected a value the " + name + " field can hold for"
          + " property \"" + property + "\" but found " + is);
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  private static <R> void setRole(ArticleEdits e, Role<R> role, Object value) {
    e.set(role, (R) value);
  }

  /** The Java name of the top-level property of JSON name {@code name}. */
  private String javaName(String name) {
    for (Shape.Property p : ((Shape.ObjectShape) binder.shape()).properties()) {
      if (p.name().equals(name)) {
        return p.javaName();
      }
    }
    return name;
  }

  @Override
  public String toString() {
    return "FrontMatterType[" + type.getName() + ", unknownKeys=" + unknownKeys + "]";
  }

  /**
   * Options for a {@link FrontMatterType}.
   *
   * @param <T> the type
   * @since 0.2.0
   */
  public static final class Builder<T> {
    private final Class<T> type;
    private UnknownKeys unknownKeys = UnknownKeys.ALLOW;

    private Builder(Class<T> type) {
      this.type = type;
    }

    /**
     * Sets what a key that the type does not take is: fine ({@code ALLOW}, the default, as
     * front matter usually carries the generator's and the theme's keys too), a {@code
     * key-unknown} warning, or a {@code key-unknown} error. A type annotated
     * {@code @JsonIgnoreProperties(ignoreUnknown = true)} allows them whatever this says.
     *
     * @param unknownKeys what an unknown key is
     * @return this builder
     */
    public Builder<T> unknownKeys(UnknownKeys unknownKeys) {
      this.unknownKeys = requireNonNull(unknownKeys, "unknownKeys must not be null");
      return this;
    }

    /**
     * Returns the binding.
     *
     * @return the binding
     * @throws IllegalArgumentException if the type cannot be bound
     */
    public FrontMatterType<T> build() {
      return unknownKeys == UnknownKeys.ALLOW ? of(type) : new FrontMatterType<>(type, unknownKeys);
    }
  }
}
