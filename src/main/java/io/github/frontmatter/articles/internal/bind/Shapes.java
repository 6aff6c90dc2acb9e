package io.github.frontmatter.articles.internal.bind;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.bind.Shape.Kind;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.introspect.ClassIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the {@link Shape} of a Java type from Jackson's own introspection, so that the
 * names, aliases, required flags and descriptions binding checks are the ones Jackson then
 * uses to create the value ({@code @JsonProperty}, {@code @JsonAlias}, {@code @JsonIgnore},
 * {@code @JsonPropertyDescription} and naming strategies all count the same way).
 */
final class Shapes {
  private static final Map<Class<?>, Kind> SCALARS = new HashMap<>();

  static {
    SCALARS.put(String.class, Kind.TEXT);
    SCALARS.put(CharSequence.class, Kind.TEXT);
    SCALARS.put(boolean.class, Kind.BOOLEAN);
    SCALARS.put(Boolean.class, Kind.BOOLEAN);
    SCALARS.put(byte.class, Kind.BYTE);
    SCALARS.put(Byte.class, Kind.BYTE);
    SCALARS.put(short.class, Kind.SHORT);
    SCALARS.put(Short.class, Kind.SHORT);
    SCALARS.put(int.class, Kind.INT);
    SCALARS.put(Integer.class, Kind.INT);
    SCALARS.put(long.class, Kind.LONG);
    SCALARS.put(Long.class, Kind.LONG);
    SCALARS.put(BigInteger.class, Kind.BIG_INTEGER);
    SCALARS.put(float.class, Kind.FLOAT);
    SCALARS.put(Float.class, Kind.FLOAT);
    SCALARS.put(double.class, Kind.DOUBLE);
    SCALARS.put(Double.class, Kind.DOUBLE);
    SCALARS.put(BigDecimal.class, Kind.BIG_DECIMAL);
    SCALARS.put(LocalDate.class, Kind.LOCAL_DATE);
    SCALARS.put(LocalDateTime.class, Kind.LOCAL_DATE_TIME);
    SCALARS.put(OffsetDateTime.class, Kind.OFFSET_DATE_TIME);
    SCALARS.put(Instant.class, Kind.INSTANT);
    SCALARS.put(ArticleDate.class, Kind.ARTICLE_DATE);
    SCALARS.put(URI.class, Kind.URI);
    SCALARS.put(Value.class, Kind.VALUE);
    SCALARS.put(Object.class, Kind.ANY);
  }

  private final JsonMapper mapper;
  private final DeserializationConfig config;
  /** Object shapes built so far, so that a type that refers to itself ends. */
  private final Map<JavaType, Shape.ObjectShape> objects = new HashMap<>();

  private Shapes(JsonMapper mapper) {
    this.mapper = mapper;
    this.config = mapper.deserializationConfig();
  }

  /**
   * The shape of {@code type}.
   *
   * @throws IllegalArgumentException if some part of the type cannot be bound; the message
   *     says which and where
   */
  static Shape of(JsonMapper mapper, JavaType type) {
    return new Shapes(mapper).shape(type, type.getRawClass().getSimpleName());
  }

  private Shape shape(JavaType type, String where) {
    Class<?> raw = type.getRawClass();
    Kind kind = SCALARS.get(raw);
    if (kind != null) {
      return new Shape.Scalar(kind, type);
    }
    if (raw == java.util.OptionalInt.class) {
      return new Shape.OptionalShape(new Shape.Scalar(Kind.INT, mapper.constructType(int.class)), type);
    }
    if (raw == java.util.OptionalLong.class) {
      return new Shape.OptionalShape(new Shape.Scalar(Kind.LONG, mapper.constructType(long.class)), type);
    }
    if (raw == java.util.OptionalDouble.class) {
      return new Shape.OptionalShape(new Shape.Scalar(Kind.DOUBLE, mapper.constructType(double.class)), type);
    }
    if (raw == java.util.Optional.class) {
      return new Shape.OptionalShape(shape(type.getReferencedType(), where), type);
    }
    if (raw.isEnum() || (raw.getSuperclass() != null && raw.getSuperclass().isEnum())) {
      return enumShape(raw.isEnum() ? raw : raw.getSuperclass(), type);
    }
    if (type.isArrayType()) {
      return new Shape.ListShape(shape(type.getContentType(), where + "[]"), false, type);
    }
    if (type.isCollectionLikeType()) {
      if (!Collection.class.isAssignableFrom(raw)) {
        throw unsupported(type, where, "only List, Set and Collection are supported");
      }
      return new Shape.ListShape(shape(type.getContentType(), where + "[]"),
          Set.class.isAssignableFrom(raw), type);
    }
    if (type.isMapLikeType()) {
      Class<?> key = type.getKeyType().getRawClass();
      if (key != String.class && key != Object.class && key != CharSequence.class) {
        throw unsupported(type, where, "front-matter keys are text: use Map<String, ...>");
      }
      return new Shape.MapShape(shape(type.getContentType(), where + "{}"), type);
    }
    if (raw.isPrimitive() || raw.isInterface() || java.lang.reflect.Modifier.isAbstract(raw.getModifiers())
        || raw.getName().startsWith("java.") || raw.getName().startsWith("javax.")) {
      throw unsupported(type, where, "not a type front matter can be bound to (records, classes "
          + "with properties, enums, List, Set, Map, Optional, String, numbers, booleans, "
          + "java.time dates, ArticleDate, URI, Value or Object)");
    }
    return object(type, where);
  }

  private Shape enumShape(Class<?> raw, JavaType type) {
    LinkedHashMap<String, Enum<?>> names = new LinkedHashMap<>();
    List<String> aliases = new ArrayList<>();
    for (Object o : raw.getEnumConstants()) {
      Enum<?> c = (Enum<?>) o;
      String name = c.name();
      try {
        java.lang.reflect.Field f = raw.getField(c.name());
        JsonProperty jp = f.getAnnotation(JsonProperty.class);
        if (jp != null && !jp.value().isEmpty()) {
          name = jp.value();
        }
        JsonAlias alias = f.getAnnotation(JsonAlias.class);
        if (alias != null) {
          for (String a : alias.value()) {
            aliases.add(a);
            names.putIfAbsent("\u0000" + a, c); // kept apart: the first name of each is the one written
          }
        }
      } catch (NoSuchFieldException e) {
        // every constant is a public field; nothing else to read
      }
      names.put(name, c);
    }
    LinkedHashMap<String, Enum<?>> ordered = new LinkedHashMap<>();
    names.forEach((k, v) -> {
      if (!k.startsWith("\u0000")) {
        ordered.put(k, v);
      }
    });
    names.forEach((k, v) -> {
      if (k.startsWith("\u0000")) {
        ordered.putIfAbsent(k.substring(1), v);
      }
    });
    return new Shape.EnumShape(java.util.Collections.unmodifiableMap(ordered), type);
  }

  private Shape object(JavaType type, String where) {
    Shape.ObjectShape known = objects.get(type);
    if (known != null) {
      return known;
    }
    Class<?> raw = type.getRawClass();
    Shape.ObjectShape shape = new Shape.ObjectShape(type);
    objects.put(type, shape);
    ClassIntrospector ci = config.classIntrospectorInstance().forOperation(config);
    AnnotatedClass ac = ci.introspectClassAnnotations(type);
    BeanDescription desc = ci.introspectForDeserialization(type, ac);
    JsonIgnoreProperties.Value ignorals = config.getDefaultPropertyIgnorals(raw, ac);
    shape.ignoreUnknown(ignorals != null && ignorals.getIgnoreUnknown());
    java.util.HashSet<String> ignored = new java.util.HashSet<>(desc.getIgnoredPropertyNames());
    if (ignorals != null) {
      ignored.addAll(ignorals.findIgnoredForDeserialization());
    }
    shape.ignoredNames(ignored);
    JsonClassDescription cd = raw.getAnnotation(JsonClassDescription.class);
    shape.description(cd == null || cd.value().isEmpty() ? null : cd.value());
    boolean record = raw.isRecord();
    for (BeanPropertyDefinition p : desc.findProperties()) {
      if (!p.couldDeserialize()) {
        continue;
      }
      String name = p.getName();
      Shape s = shape(p.getPrimaryType(), where + "." + name);
      List<String> aliases = new ArrayList<>();
      p.findAliases().forEach(a -> aliases.add(a.getSimpleName()));
      boolean container = s instanceof Shape.OptionalShape || s instanceof Shape.ListShape
          || s instanceof Shape.MapShape;
      boolean required = p.isRequired()
          || (record && !container && !nullable(raw, p.getInternalName()));
      shape.properties().add(new Shape.Property(name, List.copyOf(aliases), p.getInternalName(),
          s, required, p.hasConstructorParameter() && (s instanceof Shape.ListShape
              || s instanceof Shape.MapShape), p.getMetadata().getDescription()));
    }
    return shape;
  }

  /**
   * Whether a record component is marked as nullable by any annotation named
   * {@code Nullable} (JSpecify's, Jakarta's, JetBrains'...), on the component, its type or its
   * accessor: such a component may be absent.
   */
  private static boolean nullable(Class<?> record, String component) {
    for (RecordComponent rc : record.getRecordComponents()) {
      if (rc.getName().equals(component)) {
        return named(rc, "Nullable") || named(rc.getAccessor(), "Nullable")
            || hasNamed(rc.getAnnotatedType().getAnnotations(), "Nullable");
      }
    }
    return false;
  }

  private static boolean named(AnnotatedElement e, String simpleName) {
    return hasNamed(e.getAnnotations(), simpleName);
  }

  private static boolean hasNamed(Annotation[] annotations, String simpleName) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  private static IllegalArgumentException unsupported(JavaType type, String where, String why) {
    return new IllegalArgumentException("cannot bind front matter to " + type.toCanonical()
        + " at " + where + ": " + why);
  }
}
