package io.github.frontmatter.articles.internal.bind;

import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.internal.Pointers;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Bean Validation of a bound value, when the caller has put the API and a provider on the
 * class path (the dependency is optional). Whether it is there is found out once, by loading
 * one class; when it is not, binding costs nothing more and constraints are not checked.
 * Each violation is a {@code constraint} problem at the value it is about.
 */
final class Constraints {
  private Constraints() {}

  /** Loaded on first use only, so that a missing API is a missing class here, not a crash. */
  private static final class Holder {
    static final Validator VALIDATOR = validator();

    private static Validator validator() {
      try {
        return Validation.buildDefaultValidatorFactory().getValidator();
      } catch (RuntimeException | LinkageError e) {
        // the API without a provider (NoProviderFoundException), or a provider that cannot
        // start (its expression language missing): constraints are not checked
        return null;
      }
    }
  }

  private static final boolean API = api();

  private static boolean api() {
    try {
      Class.forName("jakarta.validation.Validation", false, Constraints.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Whether constraints are checked: the API and a working provider are present. */
  static boolean available() {
    return API && Holder.VALIDATOR != null;
  }

  /** Reports every violation on {@code value}, placed at its value in the file. */
  static void check(Object value, Shape shape, Map<String, String> byJavaName,
      Walk.Report report) {
    List<ConstraintViolation<Object>> violations =
        new ArrayList<>(Holder.VALIDATOR.validate(value));
    // the provider's order is a hash set's: sorted, so the same file prints the same way
    violations.sort(Comparator.comparing((ConstraintViolation<Object> v) ->
        v.getPropertyPath().toString()).thenComparing(v -> v.getConstraintDescriptor()
            .getAnnotation().annotationType().getName()));
    for (ConstraintViolation<Object> v : violations) {
      String pointer = pointer(v.getPropertyPath(), shape, byJavaName);
      String annotation = v.getConstraintDescriptor().getAnnotation().annotationType()
          .getSimpleName();
      Object invalid = v.getInvalidValue();
      String found = invalid == null ? "none"
          : invalid instanceof java.util.Collection<?> c ? count(c.size(), "item")
          : invalid instanceof Map<?, ?> m ? count(m.size(), "entry")
          : Problem.quote(String.valueOf(invalid));
      report.add("constraint", Severity.ERROR, pointer, false, "expected a value that satisfies @"
          + annotation + " (" + v.getMessage() + ") but found " + found);
    }
  }

  private static String count(int n, String noun) {
    return Problem.formatNumber(n) + " " + (n == 1 ? noun : noun.equals("entry") ? "entries"
        : noun + "s");
  }

  /**
   * The file's JSON Pointer of a Bean Validation path: property names become the keys the
   * file used, list indexes and map keys stay.
   */
  private static String pointer(Path path, Shape shape, Map<String, String> byJavaName) {
    String pointer = "";
    Shape at = shape;
    for (Path.Node node : path) {
      if (node.getIndex() != null || node.getKey() != null) {
        pointer += "/" + (node.getIndex() != null ? node.getIndex().toString()
            : Pointers.escape(String.valueOf(node.getKey())));
        at = element(at);
      }
      if (node.getName() == null || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      String file = byJavaName.get(pointer + " " + node.getName());
      Shape.ObjectShape object = unwrap(at) instanceof Shape.ObjectShape o ? o : null;
      Shape.Property p = object == null ? null : object.byJavaName(node.getName());
      pointer = file != null ? file
          : pointer + "/" + Pointers.escape(p == null ? node.getName() : p.name());
      at = p == null ? null : p.shape();
    }
    return pointer;
  }

  private static Shape unwrap(Shape s) {
    return s instanceof Shape.OptionalShape o ? unwrap(o.inner()) : s;
  }

  private static Shape element(Shape s) {
    Shape u = unwrap(s);
    if (u instanceof Shape.ListShape l) {
      return l.item();
    }
    if (u instanceof Shape.MapShape m) {
      return m.value();
    }
    return null;
  }
}
