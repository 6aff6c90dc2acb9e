package io.github.frontmatter.articles.internal.bind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JavaType;

/**
 * A Java type as binding sees it: which front-matter values it accepts and how they are
 * handed to Jackson. Built once per type by {@link Shapes}; immutable after that (an
 * {@link ObjectShape}'s properties are filled in while building, so that a type can refer to
 * itself).
 */
public sealed interface Shape
    permits Shape.Scalar, Shape.EnumShape, Shape.ListShape, Shape.MapShape,
        Shape.OptionalShape, Shape.ObjectShape {

  /** The Java type. */
  JavaType type();

  /** Whether a single value of this shape may stand for a one-item list, as the built-in list fields allow. */
  default boolean scalarLike() {
    return this instanceof EnumShape
        || (this instanceof Scalar s && s.kind() != Kind.ANY && s.kind() != Kind.VALUE);
  }

  /** The scalar kinds. */
  enum Kind {
    TEXT("text"),
    BOOLEAN("a boolean"),
    BYTE("an integer from -128 to 127"),
    SHORT("an integer from -32,768 to 32,767"),
    INT("an integer from -2,147,483,648 to 2,147,483,647"),
    LONG("an integer from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807"),
    BIG_INTEGER("an integer"),
    FLOAT("a finite number"),
    DOUBLE("a finite number"),
    BIG_DECIMAL("a finite number"),
    LOCAL_DATE("a date without a time of day (yyyy-MM-dd)"),
    LOCAL_DATE_TIME("a date and time without an offset (yyyy-MM-dd[THH:mm[:ss]])"),
    OFFSET_DATE_TIME("a date and time with an offset (yyyy-MM-ddTHH:mm[:ss](Z|+hh:mm))"),
    INSTANT("a date and time with an offset (yyyy-MM-ddTHH:mm[:ss](Z|+hh:mm))"),
    ARTICLE_DATE("a date"),
    URI("a URI"),
    /** {@code Value}: the front-matter value itself. */
    VALUE("any value"),
    /** {@code Object}: plain Java values (String, Integer..., List, Map, ArticleDate). */
    ANY("any value");

    private final String expected;

    Kind(String expected) {
      this.expected = expected;
    }

    /** How messages name what this kind expects: "expected <this> but found ...". */
    public String expected() {
      return expected;
    }

    /** Whether the kind reads a date. */
    public boolean isDate() {
      return this == LOCAL_DATE || this == LOCAL_DATE_TIME || this == OFFSET_DATE_TIME
          || this == INSTANT || this == ARTICLE_DATE;
    }
  }

  /**
   * A scalar Java type.
   *
   * @param kind what it reads
   * @param type the Java type
   */
  record Scalar(Kind kind, JavaType type) implements Shape {}

  /**
   * An enum: its constants by the names a file may use ({@code @JsonProperty} on a constant,
   * else its Java name).
   *
   * @param names file spelling to constant, in declaration order
   * @param type the Java type
   */
  record EnumShape(Map<String, Enum<?>> names, JavaType type) implements Shape {}

  /**
   * {@code List}, {@code Set} or {@code Collection} of items.
   *
   * @param item the items' shape
   * @param set whether items must be distinct
   * @param type the Java type
   */
  record ListShape(Shape item, boolean set, JavaType type) implements Shape {}

  /**
   * {@code Map<String, V>}.
   *
   * @param value the values' shape
   * @param type the Java type
   */
  record MapShape(Shape value, JavaType type) implements Shape {}

  /**
   * {@code Optional<T>} (and the {@code OptionalInt} family): absent and null are empty.
   *
   * @param inner the shape of the value inside
   * @param type the Java type
   */
  record OptionalShape(Shape inner, JavaType type) implements Shape {}

  /**
   * A record or a class with properties.
   *
   * @param name the property's name in the file (after {@code @JsonProperty})
   * @param aliases other accepted names ({@code @JsonAlias})
   * @param javaName the Java name (a record component, field or setter), as Bean Validation
   *     names it in its paths
   * @param shape the value's shape
   * @param required whether a file must give a value
   * @param fillWhenAbsent whether an absent list or map is given to Jackson as empty (a
   *     creator parameter, which would otherwise be null)
   * @param description the {@code @JsonPropertyDescription}, or null
   */
  record Property(String name, List<String> aliases, String javaName, Shape shape,
      boolean required, boolean fillWhenAbsent, String description) {}

  /** A record or a class with properties. */
  final class ObjectShape implements Shape {
    private final JavaType type;
    private final List<Property> properties = new ArrayList<>();
    private boolean ignoreUnknown;
    private String description;
    private java.util.Set<String> ignoredNames = java.util.Set.of();

    ObjectShape(JavaType type) {
      this.type = type;
    }

    @Override
    public JavaType type() {
      return type;
    }

    /** The properties in declaration order. */
    public List<Property> properties() {
      return properties;
    }

    /** Whether the type says unknown keys are fine ({@code @JsonIgnoreProperties(ignoreUnknown = true)}). */
    public boolean ignoreUnknown() {
      return ignoreUnknown;
    }

    /** The {@code @JsonClassDescription}, or null. */
    public String description() {
      return description;
    }

    /** Keys the type ignores by name ({@code @JsonIgnore}, {@code @JsonIgnoreProperties}). */
    public java.util.Set<String> ignoredNames() {
      return ignoredNames;
    }

    void ignoredNames(java.util.Set<String> names) {
      this.ignoredNames = java.util.Set.copyOf(names);
    }

    void ignoreUnknown(boolean ignore) {
      this.ignoreUnknown = ignore;
    }

    void description(String text) {
      this.description = text;
    }

    /** The property whose Java name is {@code javaName}, or null. */
    public Property byJavaName(String javaName) {
      for (Property p : properties) {
        if (p.javaName().equals(javaName)) {
          return p;
        }
      }
      return null;
    }

    @Override
    public String toString() {
      return "ObjectShape[" + type.getRawClass().getName() + "]";
    }
  }
}
