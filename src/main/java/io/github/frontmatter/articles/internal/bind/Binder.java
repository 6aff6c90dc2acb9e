package io.github.frontmatter.articles.internal.bind;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.UnknownKeys;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.jackson.ArticlesModule;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Binds front-matter values to one Java type: {@link Walk} checks them and builds plain JSON,
 * Jackson databind creates the value from it, Bean Validation (when present) checks the
 * value. Immutable and safe to share; one per type and options.
 *
 * @param <T> the type
 */
public final class Binder<T> {
  /** The mapper binding uses: Jackson 3's defaults plus the library's own types. */
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new ArticlesModule())
      // an OffsetDateTime keeps the offset the file gives; Jackson would move it to UTC
      .disable(tools.jackson.databind.cfg.DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();

  private final JavaType type;
  private final Shape shape;

  private Binder(JavaType type, Shape shape) {
    this.type = type;
    this.shape = shape;
  }

  /**
   * The binder of {@code type}.
   *
   * @param type a record, a class with properties, or a {@code Map}
   * @return the binder
   * @throws IllegalArgumentException if the type cannot be bound; the message says which part
   */
  public static <T> Binder<T> of(Class<T> type) {
    JavaType t = MAPPER.constructType(type);
    Shape s = Shapes.of(MAPPER, t);
    if (!(s instanceof Shape.ObjectShape) && !(s instanceof Shape.MapShape)) {
      throw new IllegalArgumentException("cannot bind front matter to " + t.toCanonical()
          + ": front matter is a mapping, bind it to a record, a class with properties or a Map");
    }
    return new Binder<>(t, s);
  }

  /** The type's shape. */
  public Shape shape() {
    return shape;
  }

  /**
   * What binding gives.
   *
   * @param value the value, or null when an error was reported
   * @param json the plain JSON the value was created from (null when the root did not fit)
   * @param keys the key the file used for each property, by its object's pointer and Java
   *     name (see {@link Walk#byJavaName()})
   */
  public record Outcome<T>(T value, JsonNode json, Map<String, String> keys) {}

  /**
   * Binds values; every problem goes to {@code report}.
   *
   * @param values the front matter's values
   * @param scalarText the text as written of its non-text scalars
   * @param anyCase whether keys match in any case
   * @param unknownKeys what a key the type does not take is
   * @param dates how a date is read from text
   * @param report where problems go
   * @return the value (null after an error) and the JSON it was created from
   */
  public Outcome<T> bind(Map<String, Value> values, Map<String, String> scalarText,
      boolean anyCase, UnknownKeys unknownKeys, Function<String, ArticleDate> dates,
      Walk.Report report) {
    return bind(values, scalarText, anyCase, unknownKeys, dates, name -> null, report);
  }

  /**
   * Binds values, top-level properties of a common role's name reading {@code roles}'
   * values; every problem goes to {@code report}.
   *
   * @param values the front matter's values
   * @param scalarText the text as written of its non-text scalars
   * @param anyCase whether keys match in any case
   * @param unknownKeys what a key the type does not take is
   * @param dates how a date is read from text
   * @param roles the properties that read a role's value rather than a key
   * @param report where problems go
   * @return the value (null after an error) and the JSON it was created from
   */
  public Outcome<T> bind(Map<String, Value> values, Map<String, String> scalarText,
      boolean anyCase, UnknownKeys unknownKeys, Function<String, ArticleDate> dates,
      Walk.Roles roles, Walk.Report report) {
    Walk walk = new Walk(scalarText, anyCase, unknownKeys, dates, report).roles(roles);
    JsonNode json = walk.root(shape, values);
    if (walk.failed() || json == null) {
      return new Outcome<>(null, json, walk.byJavaName());
    }
    T value;
    try {
      value = MAPPER.treeToValue(json, type);
    } catch (JacksonException e) {
      // the walk let through something Jackson refuses (a creator that throws, a custom
      // deserializer): reported, never thrown; at the first key of Jackson's path we know
      report.add("type-mismatch", Severity.ERROR, pointer(e, walk), false,
          "expected a value Jackson can create " + type.getRawClass().getSimpleName()
              + " from but found an error: " + e.getOriginalMessage());
      return new Outcome<>(null, json, walk.byJavaName());
    }
    if (value != null && Constraints.available()) {
      Constraints.check(value, shape, walk.byJavaName(), report);
    }
    return new Outcome<>(value, json, walk.byJavaName());
  }

  /** The file pointer of the top-level property Jackson names first, else the whole. */
  private String pointer(JacksonException e, Walk walk) {
    if (e.getPath().isEmpty() || !(shape instanceof Shape.ObjectShape o)) {
      return "";
    }
    String name = e.getPath().get(0).getPropertyName();
    for (Shape.Property p : o.properties()) {
      if (p.name().equals(name)) {
        String pointer = walk.byJavaName().get(" " + p.javaName());
        return pointer == null ? "/" + Pointers.escape(name) : pointer;
      }
    }
    return "";
  }

  /** The type's JSON form of {@code value}, as {@link #bind} builds it from a file. */
  public JsonNode toJson(T value) {
    return MAPPER.valueToTree(value);
  }
}
