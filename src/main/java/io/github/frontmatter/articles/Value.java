package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * A front-matter value as its format defines it: text, an integer, a decimal number, a
 * boolean, a date (in formats that have dates), an explicit null, a sequence or a mapping.
 *
 * <p>Values are immutable and compare by content. Mappings keep their keys in file order.
 * A YAML {@code null} or {@code ~} is {@link Null#INSTANCE}, never a Java {@code null}.
 *
 * @since 0.1.0
 */
public sealed interface Value
    permits Value.Text, Value.Int, Value.Decimal, Value.Bool, Value.Date, Value.Null,
        Value.Sequence, Value.Mapping {

  /**
   * Returns the text if this is {@link Text}, else empty.
   *
   * @return the text if this is {@link Text}, else empty
   */
  default Optional<String> asText() {
    return this instanceof Text t ? Optional.of(t.value()) : Optional.empty();
  }

  /**
   * Returns a short name of the kind of value, as messages use it: "text", "a mapping"...
   *
   * @return a short name of the kind of value, as messages use it
   */
  String kind();

  /**
   * A string. A TOML local time without a date ({@code 07:32:00}) is also text, as written:
   * {@link ArticleDate} always names a day.
   *
   * @param value the text, after the format's unquoting and escapes
   * @since 0.1.0
   */
  record Text(String value) implements Value {
    /**
     * Checks the argument.
     *
     * @param value the text, after the format's unquoting and escapes
     */
    public Text {
      requireNonNull(value, "value must not be null");
    }

    @Override
    public String kind() {
      return "text";
    }
  }

  /**
   * An integer of any size.
   *
   * @param value the number
   * @since 0.1.0
   */
  record Int(BigInteger value) implements Value {
    /**
     * Checks the argument.
     *
     * @param value the number
     */
    public Int {
      requireNonNull(value, "value must not be null");
    }

    /**
     * Creates an integer value from a {@code long}.
     *
     * @param value the number
     * @return the value
     */
    public static Int of(long value) {
      return new Int(BigInteger.valueOf(value));
    }

    @Override
    public String kind() {
      return "an integer";
    }
  }

  /**
   * A floating-point number, including infinities and NaN.
   *
   * @param value the number
   * @since 0.1.0
   */
  record Decimal(double value) implements Value {
    @Override
    public String kind() {
      return "a decimal number";
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the boolean
   * @since 0.1.0
   */
  record Bool(boolean value) implements Value {
    @Override
    public String kind() {
      return "a boolean";
    }
  }

  /**
   * A date or date-time that the format types: a TOML datetime, or a plain (unquoted) YAML
   * scalar in one of the forms {@link ArticleDate} accepts ({@code date: 2025-02-12}), as
   * Hugo's YAML reader types it. A quoted YAML date ({@code "2025-02-12"}) stays {@link
   * Text}; the date accessors read both.
   *
   * @param value the date, with its text as written
   * @since 0.1.0
   */
  record Date(ArticleDate value) implements Value {
    /**
     * Checks the argument.
     *
     * @param value the date, with its text as written
     */
    public Date {
      requireNonNull(value, "value must not be null");
    }

    @Override
    public String kind() {
      return "a date";
    }
  }

  /**
   * An explicit null ({@code null}, {@code ~} or an empty value in YAML).
   *
   * @since 0.1.0
   */
  record Null() implements Value {
    /** The one null value. */
    public static final Null INSTANCE = new Null();

    @Override
    public String kind() {
      return "null";
    }
  }

  /**
   * An ordered list of values.
   *
   * @param items the items; copied, unmodifiable
   * @since 0.1.0
   */
  record Sequence(java.util.List<Value> items) implements Value {
    /**
     * Copies the items.
     *
     * @param items the items; copied, unmodifiable
     */
    public Sequence {
      items = java.util.List.copyOf(requireNonNull(items, "items must not be null"));
    }

    @Override
    public String kind() {
      return "a sequence";
    }
  }

  /**
   * Keys and values in their original order.
   *
   * @param entries the entries; copied into an unmodifiable map that keeps their order
   * @since 0.1.0
   */
  record Mapping(java.util.Map<String, Value> entries) implements Value {
    /**
     * Copies the entries, keeping their order and rejecting null keys or values.
     *
     * @param entries the entries; copied into an unmodifiable map that keeps their order
     */
    public Mapping {
      requireNonNull(entries, "entries must not be null");
      LinkedHashMap<String, Value> copy = new LinkedHashMap<>();
      entries.forEach(
          (k, v) ->
              copy.put(
                  requireNonNull(k, "keys must not be null"),
                  requireNonNull(v, "values must not be null")));
      entries = Collections.unmodifiableMap(copy);
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }
}
