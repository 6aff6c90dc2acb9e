package io.github.frontmatter.articles.internal.schema;

import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.internal.read.Dialect;
import io.github.frontmatter.articles.internal.read.Field;
import io.github.frontmatter.articles.internal.read.FieldKind;
import io.github.frontmatter.articles.internal.read.FieldTable;
import io.github.frontmatter.articles.internal.read.HugoFields;
import io.github.frontmatter.articles.internal.read.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the built-in JSON Schema of a profile from its {@link Dialect} (the field table) and
 * the rules of {@link Validator}, so that the schema and the Java code cannot drift apart: each field's shape comes from its
 * kind, the severity of a wrong shape from its owner ({@code hugo-field-shape} errors, {@code
 * theme-field-shape} warnings), and the rules from Validator's widget names, sidebar values and
 * the very patterns it uses. The shipped files (docs/ and the jar's resources) are this output;
 * {@code BuiltInSchemaTest} fails when they differ, and rewrites them with {@code
 * -Darticles.regenerate=true}.
 *
 * <p>The schema is also meant for editors (the YAML language server, and VS Code's YAML
 * extension on it): every typed field is listed under {@code properties} by its exact key, so
 * that key completion offers it with its description; the same field written in another case
 * (which FieldReader also reads) is matched by a {@code patternProperties} fallback that is
 * used for validation only and never matches the exact key (so no value is checked twice and
 * ajv's strict mode, which refuses a property that a pattern also matches, is content). Every
 * node that fails with a {@code type}, {@code enum}, {@code required} or {@code pattern} also
 * carries the plain-text {@code errorMessage} (and {@code patternErrorMessage}) the server
 * shows instead of its own words: static text that says what is expected and the rule id,
 * since the server cannot quote the value found, and never a raw regular expression.
 *
 * <p>Patterns are written to mean the same in java.util.regex (networknt searches with {@code
 * find}) and in ECMA-262 with the {@code u} flag (ajv): they start with {@code ^}, end with
 * {@link Validator#END} instead of {@code $}, use ASCII classes instead of {@code \d} and
 * {@code \s}, and {@code \\uXXXX} escapes for anything else.
 */
public final class BuiltInSchema {
  private BuiltInSchema() {}

  static final List<String> SCALAR = List.of("string", "number", "boolean");

  // ---- patterns ----

  /** A character class of every char that {@link Character#isWhitespace(int)} accepts. */
  static String whitespaceClass(boolean negated) {
    List<int[]> ranges = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.isWhitespace(c)) {
        if (!ranges.isEmpty() && ranges.get(ranges.size() - 1)[1] == c - 1) {
          ranges.get(ranges.size() - 1)[1] = c;
        } else {
          ranges.add(new int[] {c, c});
        }
      }
    }
    StringBuilder out = new StringBuilder(negated ? "[^" : "[");
    for (int[] r : ranges) {
      out.append(escape(r[0]));
      if (r[1] > r[0]) {
        out.append(r[1] > r[0] + 1 ? "-" : "").append(escape(r[1]));
      }
    }
    return out.append(']').toString();
  }

  /** A code point as a regex escape that java.util.regex and ECMA-262 read alike. */
  private static String escape(int c) {
    if (c > 0xFFFF) {
      throw new IllegalArgumentException("not in the BMP: " + c);
    }
    return switch (c) {
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      case ' ' -> " ";
      default -> c < 0x100 ? String.format("\\x%02X", c) : String.format("\\u%04X", c);
    };
  }

  /** One char of an ASCII word, with every char that a given comparison takes for it. */
  private interface Same {
    boolean same(char candidate, char c);
  }

  private static final Map<String, TreeSet<Character>> CLASSES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String word(String ascii, Same same) {
    StringBuilder out = new StringBuilder();
    for (char c : ascii.toCharArray()) {
      TreeSet<Character> chars = CLASSES.computeIfAbsent(same.getClass().getName() + c, k -> {
        TreeSet<Character> found = new TreeSet<>();
        for (int x = 0; x <= 0xFFFF; x++) {
          if (!Character.isSurrogate((char) x) && same.same((char) x, c)) {
            found.add((char) x);
          }
        }
        return found;
      });
      if (chars.size() == 1) {
        out.append(literal(String.valueOf(c)));
      } else {
        out.append('[');
        for (char x : chars) {
          out.append(x < 0x80 ? String.valueOf(x) : escape(x));
        }
        out.append(']');
      }
    }
    return out.toString();
  }

  /**
   * A key as FieldReader and Validator find a field: lower-cased with Locale.ROOT, it equals
   * the field's name ({@code [Tt][Ii][Tt][Ll][Ee]}; the Kelvin sign lower-cases to k).
   */
  static String keyPattern(String field) {
    return "^" + word(field, (x, c) -> String.valueOf(x).toLowerCase(Locale.ROOT)
        .equals(String.valueOf(c))) + Validator.END;
  }

  /** Text that {@code equalsIgnoreCase} "true" or "false", as FieldReader reads booleans. */
  static String booleanTextPattern() {
    Same ignoreCase = (x, c) -> String.valueOf(x).equalsIgnoreCase(String.valueOf(c));
    return "^(?:" + word("true", ignoreCase) + "|" + word("false", ignoreCase) + ")"
        + Validator.END;
  }

  /** Digits for 0 to {@code max} (same number of digits or fewer), leading zeros left out. */
  static String upTo(String max) {
    List<String> alternatives = new ArrayList<>();
    if (max.length() > 1) {
      alternatives.add("[0-9]{1," + (max.length() - 1) + "}");
    }
    for (int i = 0; i < max.length(); i++) {
      int d = max.charAt(i) - '0';
      if (d > 0) {
        int rest = max.length() - i - 1;
        alternatives.add(max.substring(0, i) + (d == 1 ? "0" : "[0-" + (d - 1) + "]")
            + (rest == 0 ? "" : rest == 1 ? "[0-9]" : "[0-9]{" + rest + "}"));
      }
    }
    alternatives.add(max);
    return "(?:" + String.join("|", alternatives) + ")";
  }

  /** Text that {@code Integer.valueOf(text.strip())} reads (ASCII digits only). */
  static String integerTextPattern() {
    String ws = whitespaceClass(false) + "*";
    return "^" + ws + "(?:\\+?0*" + upTo(String.valueOf(Integer.MAX_VALUE)) + "|-0*"
        + upTo(String.valueOf(Integer.MAX_VALUE + 1L)) + ")" + ws + Validator.END;
  }

  /**
   * Blank text (no date), or a date in a form ArticleDate reads, with the days each month has
   * (February 29 only in leap years: every fourth, but not every hundredth unless every four
   * hundredth).
   */
  static String datePattern() {
    return "^(?:" + whitespaceClass(false) + "*|" + dateForms() + ")" + Validator.END;
  }

  /**
   * The date field of a profile: blank, a date ArticleDate reads, or (outside Hugo) a YAML
   * timestamp the profile's YAML reader types as a date ({@code ArticleDate.parse(text,
   * profile)}): the JSON form cannot tell a quoted date from a plain one, so it takes both.
   */
  static String datePattern(Profile profile) {
    return profile == Profile.HUGO ? datePattern() : "^(?:" + whitespaceClass(false) + "*|"
        + dateForms(profile != Profile.ZOLA) + "|" + timestamp(profile == Profile.JEKYLL) + ")"
        + Validator.END;
  }

  /** A date in a form the profile's YAML reader takes for a date (no blank). */
  static String dateOnlyPattern(Profile profile) {
    return "^(?:" + dateForms(profile != Profile.ZOLA) + (profile == Profile.HUGO ? ""
        : "|" + timestamp(profile == Profile.JEKYLL)) + ")" + Validator.END;
  }

  /**
   * The YAML 1.1 timestamp as ArticleDate's Timestamp reads it outside Hugo: one- or two-digit
   * month, day and hour (digits read greedily), T, t or spaces and tabs before the time,
   * seconds required, any fraction, spaces or tabs, then Z or an offset of at most 18 hours
   * with {@code :MM}; Psych ({@code psych}) also takes a date alone and {@code MM} without the
   * colon.
   */
  static String timestamp(boolean psych) {
    String d28 = "(?:0?[1-9]|1[0-9]|2[0-8])";
    String leapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
    String date = "(?:[0-9]{4}-(?:(?:0?[1-9]|1[0-2])-" + d28 + "|(?:0?[13-9]|1[0-2])-(?:29|30)"
        + "|(?:0?[13578]|1[02])-31)|" + leapYear + "-0?2-29)(?![0-9])";
    String time = "(?:[Tt]|[ \\t]+)(?:[01]?[0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]*)?"
        + "[ \\t]*";
    String minutes = psych ? ":?[0-5][0-9]" : ":[0-5][0-9]";
    String offset = "(?:Z|[+-](?:(?:0[0-9]|1[0-7])(?:" + minutes + ")?|18(?:" + minutes
        .replace("[0-5][0-9]", "00") + ")?|[0-9](?![0-9])(?::[0-5][0-9])?))";
    return "(?:" + date + (psych ? "(?:" : "") + time + "(?:" + offset + ")?"
        + (psych ? ")?" : "") + ")";
  }

  /**
   * Eleventy's date: blank, a date, or one of the words Eleventy reads as a date of the file
   * (in any case, white space around them allowed), as {@code FieldReader.eleventyDate}.
   */
  static String eleventyDatePattern() {
    String ws = whitespaceClass(false) + "*";
    Same lower = (x, c) -> String.valueOf(x).toLowerCase(Locale.ROOT).equals(String.valueOf(c));
    List<String> words = new ArrayList<>();
    for (String w : List.of("git last modified", "git created", "last modified", "created")) {
      words.add(word(w, lower));
    }
    return "^(?:" + ws + "(?:" + String.join("|", words) + ")" + ws + "|" + ws + "|"
        + dateForms() + "|" + timestamp(false) + ")" + Validator.END;
  }

  private static String dateForms() {
    return dateForms(true);
  }

  /**
   * ArticleDate's forms; {@code colonlessOffset} false leaves out an offset without a colon
   * ({@code +0000}), which Zola refuses (ArticleDate.parse(text, ZOLA)).
   */
  private static String dateForms(boolean colonlessOffset) {
    String leapYear = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
    String date = "(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
        + "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|" + leapYear + "-02-29)";
    String time = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?";
    String colon = colonlessOffset ? ":?" : ":";
    String offset = "(?:[Zz]|[+-](?:(?:0[0-9]|1[0-7])" + colon + "[0-5][0-9]|18" + colon + "00))";
    return date + "(?:[Tt ]" + time + "(?: ?" + offset + ")?)?";
  }

  /** Text that FieldReader's number reads: digits, an optional sign and fraction. */
  static String numberTextPattern() {
    String ws = whitespaceClass(false) + "*";
    return "^" + ws + "[+-]?[0-9]+(?:\\.[0-9]+)?" + ws + Validator.END;
  }

  // ---- the schema ----

  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> o = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      o.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return o;
  }

  private static Map<String, Object> ref(String def) {
    return object("$ref", "#/$defs/" + def);
  }

  private static Map<String, Object> shapeAnnotations(Field.Owner owner) {
    return object("x-rule", owner.shapeRule(), "x-severity",
        owner.severity().name().toLowerCase(Locale.ROOT));
  }

  /**
   * The static message the YAML language server shows for a failing node ({@code errorMessage},
   * {@code patternErrorMessage}): the severity the library gives the rule (the server shows
   * every schema problem as an error), what is expected, and the rule id, in the form of the
   * library's own messages without the "but found ..." the server cannot fill in.
   */
  static String editorMessage(String rule, String severity, String expected) {
    return severity + ": expected " + expected + " [" + rule + "]";
  }

  /** Adds {@code errorMessage} and {@code patternErrorMessage} to a node that has x-expected. */
  private static Map<String, Object> messages(Map<String, Object> node, String rule,
      String severity) {
    String message = editorMessage(rule, severity, (String) node.get("x-expected"));
    node.put("errorMessage", message);
    if (node.containsKey("pattern")) {
      node.put("patternErrorMessage", message);
    }
    return node;
  }

  private static Map<String, Object> messages(Map<String, Object> node, Field.Owner owner) {
    return messages(node, owner.shapeRule(), owner.severity().name().toLowerCase(Locale.ROOT));
  }

  /** The {@code $defs} entry a field's value is checked against: one per owner and kind. */
  private static String defName(Field<?> f) {
    if (f.kind() == FieldKind.DATE || f.kind() == FieldKind.ELEVENTY_DATE) {
      return f.kind().name();
    }
    return f.owner().name() + "-" + f.kind().name();
  }

  /** JSON types of the JSON form for a {@code oneOf} kind's shapes (null: no value). */
  private static List<String> types(List<FieldKind.Shape> shapes) {
    Set<String> out = new LinkedHashSet<>();
    for (FieldKind.Shape shape : shapes) {
      switch (shape) {
        // text takes numbers and dates as their text
        case TEXT -> out.addAll(List.of("string", "number"));
        case BOOLEAN -> out.add("boolean");
        case NUMBER -> out.add("number");
        case DATE -> out.add("string");
        case LIST -> out.add("array");
        case MAPPING -> out.add("object");
        default -> throw new IllegalArgumentException("no JSON type for " + shape);
      }
    }
    out.add("null");
    return new ArrayList<>(out);
  }

  /** The shapes a kind accepts, as the JSON form of the value shows them. */
  private static Map<String, Object> kindDef(FieldKind<?> kind, Field.Owner owner,
      Profile profile) {
    if (kind == FieldKind.DATE || kind == FieldKind.ELEVENTY_DATE) {
      // a date that is not a date is an error whoever owns the field: the text is unusable
      return messages(object(
          "x-rule", "date-invalid", "x-severity", "error",
          "x-expected", (kind == FieldKind.DATE ? "a date" : "a date, or Last Modified,"
              + " Created, git Last Modified or git Created") + " (yyyy-MM-dd, optionally"
              + " followed by a time HH:mm[:ss[.fraction]] and an offset Z, +hh:mm or +hhmm)",
          "type", List.of("string", "null"),
          "pattern", kind == FieldKind.DATE ? datePattern(profile) : eleventyDatePattern()),
          "date-invalid", "error");
    }
    Map<String, Object> d = shapeAnnotations(owner);
    if (kind == FieldKind.MENU) {
      // a name, a list of names, or a mapping: only list items and entries have a shape
      d.put("items", messages(object("x-expected", FieldKind.TEXT.expected(), "type", SCALAR),
          owner));
      d.put("additionalProperties", messages(object("x-expected", kind.expected(),
          "type", List.of("object", "null")), owner));
      return d;
    }
    d.put("x-expected", kind.expected());
    List<FieldKind.Shape> shapes;
    List<String> choices;
    if (kind == FieldKind.TEXT) {
      d.put("type", List.of("string", "number", "boolean", "null"));
    } else if (kind == FieldKind.TEXT_LIST || kind == FieldKind.WORDS
        || kind == FieldKind.COMMA_LIST) {
      // words and comma lists split text; what they accept is what a text list accepts
      d.put("type", List.of("string", "number", "boolean", "null", "array"));
      d.put("items", messages(object("x-expected", FieldKind.TEXT.expected(), "type", SCALAR),
          owner));
    } else if (kind == FieldKind.STRICT_TEXT_LIST) {
      d.put("type", List.of("array", "null"));
      d.put("items", messages(object("x-expected", FieldKind.TEXT.expected(), "type", SCALAR),
          owner));
    } else if (kind == FieldKind.BOOLEAN) {
      d.put("type", List.of("boolean", "string", "null"));
      d.put("pattern", booleanTextPattern());
    } else if (kind == FieldKind.INTEGER) {
      d.put("type", List.of("integer", "string", "null"));
      d.put("minimum", Integer.MIN_VALUE);
      d.put("maximum", Integer.MAX_VALUE);
      d.put("pattern", integerTextPattern());
    } else if (kind == FieldKind.COUNT) {
      // an integer only: text is not read as one
      d.put("type", List.of("integer", "null"));
      d.put("minimum", 0);
      d.put("maximum", Integer.MAX_VALUE);
    } else if (kind == FieldKind.NUMBER) {
      d.put("type", List.of("number", "string", "null"));
      d.put("pattern", numberTextPattern());
    } else if (kind == FieldKind.NON_EMPTY_TEXT) {
      d.put("type", List.of("string", "number", "boolean", "null"));
      d.put("minLength", 1);
    } else if (kind == FieldKind.THUMBNAIL) {
      d.put("type", List.of("string", "number", "boolean", "null", "object"));
      d.put("if", object("type", "object"));
      d.put("then", object(
          "if", object("required", List.of("src"), "properties", object("src",
              object("type", SCALAR))),
          "then", object("properties", object(
              "src", ref("thumbnail-url"),
              "visibility", ref(owner.name() + "-" + FieldKind.TEXT_LIST.name()))),
          "else", object("x-expected", kind.expected(), "not", object())));
      d.put("else", ref("thumbnail-url"));
    } else if (kind == FieldKind.MAPPING) {
      d.put("type", List.of("object", "null"));
    } else if (kind == FieldKind.TAXONOMIES) {
      // each taxonomy: no terms, or a list of text whose terms are not empty (checked only
      // when every item is text, as FieldReader does)
      d.put("type", List.of("object", "null"));
      d.put("additionalProperties", object(
          "$ref", "#/$defs/" + owner.name() + "-" + FieldKind.STRICT_TEXT_LIST.name(),
          "if", object("items", object("type", SCALAR)),
          "then", object("items", messages(object("x-expected", "a term that is not empty",
              "minLength", 1), owner))));
    } else if (kind == FieldKind.TAG_LIST) {
      // a label, or {label, permalink} with both as text: FieldReader reports the label
      // first, the permalink only when the label is fine
      String tag = "a tag {label, permalink} with text label and permalink";
      d.put("type", List.of("array", "null"));
      d.put("items", messages(object(
          "x-expected", "text or a {label, permalink} mapping",
          "type", List.of("string", "number", "boolean", "object"),
          "if", object("type", "object"),
          "then", object(
              "if", object("required", List.of("label"), "properties",
                  object("label", object("type", SCALAR))),
              "then", messages(object("x-expected", tag, "x-found", "none",
                  "required", List.of("permalink"), "properties", object("permalink",
                      messages(object("x-expected", tag, "type", SCALAR), owner))), owner),
              "else", messages(object("x-expected", tag, "x-found", "none",
                  "required", List.of("label"), "properties", object("label",
                      messages(object("x-expected", tag, "type", SCALAR), owner))), owner))),
          owner));
    } else if (!(choices = kind.choices()).isEmpty()) {
      List<Object> allowed = new ArrayList<>(choices);
      allowed.add(null);
      d.put("enum", allowed);
    } else if (!(shapes = kind.shapes()).isEmpty()) {
      d.put("type", types(shapes));
      if (shapes.contains(FieldKind.Shape.DATE) && !shapes.contains(FieldKind.Shape.TEXT)) {
        // text is taken only as a date (YAML's unquoted date; see "Known differences")
        d.put("if", object("type", "string"));
        d.put("then", messages(object("x-expected", kind.expected(),
            "pattern", dateOnlyPattern(profile)), owner));
      }
    } else {
      throw new IllegalArgumentException("no JSON Schema for the kind " + kind.name());
    }
    return messages(d, owner);
  }

  /** Kinds in the order their defs are written; other kinds follow in field order. */
  private static final List<FieldKind<?>> KINDS = List.of(FieldKind.TEXT, FieldKind.TEXT_LIST,
      FieldKind.BOOLEAN, FieldKind.INTEGER, FieldKind.DATE, FieldKind.MENU, FieldKind.THUMBNAIL,
      FieldKind.MAPPING);

  private static Map<String, Object> defs(FieldTable table) {
    Map<String, Object> defs = new LinkedHashMap<>();
    Set<Field.Owner> owners = new LinkedHashSet<>();
    table.fields().forEach(f -> owners.add(f.owner()));
    // the scalar and list kinds for every owner (the thumbnail's visibility is a text list),
    // then the others as the table uses them
    for (Field.Owner owner : owners) {
      for (FieldKind<?> kind : KINDS.subList(0, 3)) {
        defs.put(owner.name() + "-" + kind.name(), kindDef(kind, owner, table.profile()));
      }
    }
    for (FieldKind<?> kind : KINDS) {
      for (Field<?> f : table.fields()) {
        if (f.kind() == kind) {
          defs.putIfAbsent(defName(f), kindDef(kind, f.owner(), table.profile()));
        }
      }
    }
    for (Field<?> f : table.fields()) {
      if (f.kind() == FieldKind.TAXONOMIES) {
        // its entries are strict text lists of the same owner
        defs.putIfAbsent(f.owner().name() + "-" + FieldKind.STRICT_TEXT_LIST.name(),
            kindDef(FieldKind.STRICT_TEXT_LIST, f.owner(), table.profile()));
      }
      defs.putIfAbsent(defName(f), kindDef(f.kind(), f.owner(), table.profile()));
    }
    if (table.fields().stream().anyMatch(f -> f.kind() == FieldKind.THUMBNAIL)) {
      defs.put("thumbnail-url", messages(object(
          "x-rule", "thumbnail-url", "x-severity", "warning",
          "x-expected", "an http(s) URL or a relative path without spaces",
          "pattern", Validator.THUMBNAIL), "thumbnail-url", "warning"));
    }
    defs.put("text-or-text-list", object(
        "$comment", "A condition, not a rule: the rules on list items apply only when the"
            + " field is read as a list of text (a scalar, or a sequence of scalars).",
        "type", List.of("string", "number", "boolean", "array"),
        "items", object("type", SCALAR)));
    if (has(table, HugoFields.WIDGETS)) {
      defs.put("widget", messages(object(
          "x-rule", "widget-unknown", "x-severity", "warning",
          "x-expected", "one of Mainroad's widgets (" + String.join(", ", widgets()) + ")",
          "enum", widgets()), "widget-unknown", "warning"));
    }
    if (has(table, HugoFields.LANG)) {
      defs.put("lang-tag", messages(object(
          "x-rule", "lang-tag", "x-severity", "warning",
          "x-expected", "a BCP 47 language tag (zh-CN, en)",
          "type", List.of("string", "boolean"),
          "pattern", Validator.LANG_TAG), "lang-tag", "warning"));
    }
    return defs;
  }

  /**
   * Whether Validator's rule on a field applies under a table: Validator reads the field
   * through {@link HugoFields}' constant, so the rule runs where the table holds that field.
   */
  private static boolean has(FieldTable table, Field<?> field) {
    return table.fields().contains(field);
  }

  /** Mainroad's widgets in its documentation's order. */
  static List<String> widgets() {
    List<String> order = List.of("search", "recent", "categories", "taglist", "social",
        "languages");
    if (!new TreeSet<>(order).equals(new TreeSet<>(Validator.WIDGETS))) {
      throw new IllegalStateException("Validator.WIDGETS changed: " + Validator.WIDGETS);
    }
    return order;
  }

  /** The sidebar values: the texts, and the boolean false (its text is "false"). */
  static List<Object> sidebarValues() {
    List<String> order = List.of("left", "right", "false");
    if (!new TreeSet<>(order).equals(new TreeSet<>(Validator.SIDEBAR))) {
      throw new IllegalStateException("Validator.SIDEBAR changed: " + Validator.SIDEBAR);
    }
    List<Object> out = new ArrayList<>(order);
    out.add(false);
    return out;
  }

  /** Applies {@code item} to a field's value, or to each item when it is a sequence. */
  private static Map<String, Object> eachItem(Map<String, Object> rule, String itemDef) {
    rule.put("if", object("type", "array"));
    rule.put("then", object("items", ref(itemDef)));
    rule.put("else", ref(itemDef));
    return rule;
  }

  private static final String NOT_BLANK = "a title that is not blank";

  /** Every JSON type but null: a title that is there. */
  private static final List<String> NOT_NULL =
      List.of("string", "number", "boolean", "array", "object");

  /** A field's shape from its kind and owner, and the rules Validator has for it. */
  private static Map<String, Object> field(FieldTable table, Field<?> f) {
    Map<String, Object> s = ref(defName(f));
    boolean title = f.parent() == null && f == table.field("title");
    if (title && table.titleRule() == FieldTable.TitleRule.WARN) {
      s.put("if", object("type", "string"));
      s.put("then", messages(object("x-rule", "title-missing", "x-severity", "warning",
          "x-expected", NOT_BLANK, "pattern", whitespaceClass(true)), "title-missing",
          "warning"));
      // title: ~ (or no value) is no title either; said as a type (every type but null)
      // rather than "not", whose message the language server does not let a schema word
      s.put("allOf", List.of(messages(object("x-rule", "title-missing", "x-severity", "warning",
          "x-expected", NOT_BLANK, "x-found", "null", "type", NOT_NULL), "title-missing",
          "warning")));
    } else if (title && table.titleRule() == FieldTable.TitleRule.REQUIRED) {
      String rule = f.owner().shapeRule();
      String severity = f.owner().severity().name().toLowerCase(Locale.ROOT);
      s.put("allOf", List.of(messages(object("x-rule", rule, "x-severity", severity,
          "x-expected", "a \"title\" field", "x-found", "null", "type", NOT_NULL), rule,
          severity)));
    } else if (f.equals(HugoFields.SIDEBAR)) {
      s.put("if", object("type", SCALAR));
      s.put("then", messages(object("x-rule", "sidebar-value", "x-severity", "warning",
          "x-expected", "one of left, right, false", "enum", sidebarValues()), "sidebar-value",
          "warning"));
    } else if (f.equals(HugoFields.WIDGETS)) {
      s.put("if", ref("text-or-text-list"));
      s.put("then", eachItem(new LinkedHashMap<>(), "widget"));
    } else if (f.equals(HugoFields.LANG)) {
      s.put("if", ref("text-or-text-list"));
      s.put("then", eachItem(new LinkedHashMap<>(), "lang-tag"));
    } else if (f.equals(HugoFields.TAGS) || f.equals(HugoFields.CATEGORIES)) {
      // uniqueItems: the language server words this one itself ("Array has duplicate items")
      s.put("if", ref("text-or-text-list"));
      s.put("then", object("x-rule", "duplicate-item", "x-severity", "warning",
          "x-expected", "each " + f.key() + " item once", "uniqueItems", true));
    }
    List<Field<?>> children = table.children(f);
    if (!children.isEmpty()) {
      // the fields inside this one's mapping: FieldReader reads them only when the value is a
      // mapping, which is when "properties" applies. A parent whose kind checks every entry
      // (Zola's taxonomies) has already said all there is: its children only describe.
      boolean checked = f.kind() != FieldKind.MAPPING;
      Map<String, Object> properties = new LinkedHashMap<>();
      Map<String, Object> patterns = new LinkedHashMap<>();
      for (Field<?> child : children) {
        Map<String, Object> c = object("description", child.path() + ": " + child.description(),
            "markdownDescription", markdownDescription(child));
        if (!checked) {
          c.putAll(field(table, child));
        }
        properties.put(child.name(), c);
        if (table.ignoresCase() && !checked) {
          patterns.put(otherCasePattern(child), object("$ref", "#/properties/"
              + f.name() + "/properties/" + child.name()));
        }
      }
      s.put("properties", properties);
      if (!patterns.isEmpty()) {
        s.put("patternProperties", patterns);
      }
    }
    return s;
  }

  /**
   * What a field's hover says in an editor: its description, what it takes, and the rule a
   * wrong value breaks.
   */
  private static String markdownDescription(Field<?> f) {
    String expected = f.kind() == FieldKind.DATE ? "a date (`2024-05-01`, `2024-05-01T10:00:00Z`)"
        : f.kind().expected();
    boolean date = f.kind() == FieldKind.DATE || f.kind() == FieldKind.ELEVENTY_DATE;
    return "**" + f.path() + "**: " + f.description() + "\n\nExpects " + expected
        + "; otherwise `" + (date ? "date-invalid" : f.owner().shapeRule())
        + "`.";
  }

  /**
   * The fallback for a field written in another case than its name ({@code Title}, {@code
   * publishdate}), which FieldReader also reads: every spelling the key pattern takes but the
   * exact name, which {@code properties} has.
   */
  static String otherCasePattern(Field<?> f) {
    return "^(?!" + literal(f.name()) + Validator.END + ")" + keyPattern(f.key()).substring(1);
  }

  /** Text as a pattern that matches it literally in java.util.regex and ECMA-262 (u flag). */
  private static String literal(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      // under the u flag only syntax characters may be escaped
      out.append("^$\\.*+?()[]{}|/".indexOf(c) >= 0 ? "\\" + c : c < 0x80 ? String.valueOf(c)
          : escape(c));
    }
    return out.toString();
  }

  /**
   * The built-in schema of Hugo's table as JSON text, exactly as shipped ({@code
   * article.schema.json}, {@code article-strict-keys.schema.json}).
   *
   * @param strictKeys whether a key the table does not know is a {@code key-unknown} error
   */
  public static String text(FieldTable table, boolean strictKeys) {
    return SchemaText.write(schema(new Dialect(Profile.HUGO, table), strictKeys));
  }

  /**
   * The built-in schema of a profile as JSON text, exactly as shipped ({@code
   * docs/schema/<profile>.schema.json}); unknown keys allowed.
   *
   * @param dialect the profile and its field table
   */
  public static String text(Dialect dialect) {
    return SchemaText.write(schema(dialect, false));
  }

  /** The file name of a profile's schema: {@code hugo.schema.json}. */
  public static String fileName(Profile profile) {
    return profile.name().toLowerCase(Locale.ROOT) + ".schema.json";
  }

  /** The built-in schema; with {@code strictKeys}, unknown keys are key-unknown errors. */
  static Map<String, Object> schema(Dialect dialect, boolean strictKeys) {
    FieldTable table = dialect.table();
    Profile profile = dialect.profile();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", "Article front matter: " + profile.displayName() + " (fields of "
        + table.name() + ")" + (strictKeys ? ", unknown keys refused" : ""));
    root.put("description", "The built-in rules of the Articles library under the profile "
        + profile.name() + " as JSON Schema, over the JSON form of the front matter (a date is"
        + " its text). Each field is listed by its name"
        + (table.ignoresCase() ? "; the same key in another case, which the library also"
            + " reads, is checked alike" : " (keys match in their exact case)")
        + ". Each rule carries its id and severity as x-rule and x-severity; x-expected words"
        + " the message, errorMessage is what an editor shows."
        + (strictKeys ? " Any key that is not a field of " + table.name() + " is a key-unknown"
            + " error." : " Unknown keys are allowed."));
    root.put("$comment", "Generated by BuiltInSchema (src/main/java, internal.schema) from the"
        + " profile's field table and the rules of Validator; do not edit. Regenerate: mvn -q"
        + " -B test -Dtest=BuiltInSchemaTest -Darticles.regenerate=true");
    root.put("type", "object");
    // the exact names, which editors offer as completions; other spellings validate only
    Map<String, Object> properties = new LinkedHashMap<>();
    Map<String, Object> patterns = new LinkedHashMap<>();
    for (Field<?> f : table.fields()) {
      if (f.parent() != null) {
        continue; // under its parent's "properties"
      }
      Map<String, Object> s = object("description", f.name() + ": " + f.description(),
          "markdownDescription", markdownDescription(f));
      s.putAll(field(table, f));
      properties.put(f.name(), s);
      if (table.ignoresCase()) {
        patterns.put(otherCasePattern(f), object("$ref", "#/properties/" + f.name()));
      }
    }
    if (strictKeys) {
      for (String key : new TreeSet<>(table.knownKeys())) {
        if (!table.isTyped(key)) {
          patterns.putIfAbsent(table.ignoresCase() ? keyPattern(key)
              : "^" + literal(key) + Validator.END, true);
        }
      }
    }
    root.put("properties", properties);
    if (!patterns.isEmpty()) {
      root.put("patternProperties", patterns);
    }
    if (strictKeys) {
      root.put("additionalProperties", object("x-rule", "key-unknown", "x-severity", "error",
          "x-expected", "a " + table.name() + " field", "not", object()));
    }
    List<Object> all = new ArrayList<>();
    all.add(messages(object("x-rule", "front-matter-not-mapping", "x-severity", "error",
        "x-expected", "a mapping", "type", "object"), "front-matter-not-mapping", "error"));
    Field<?> title = table.field("title");
    if (table.titleRule() == FieldTable.TitleRule.WARN) {
      Map<String, Object> missing = messages(object("x-rule", "title-missing",
          "x-severity", "warning", "x-expected", "a \"title\" field", "x-found", "none",
          "required", List.of("title")), "title-missing", "warning");
      // no key that reads as the title: said with "required" (the one form whose message the
      // language server lets a schema word); where keys match in any case, only when no
      // spelling of it is there
      all.add(table.ignoresCase() ? object("if", object("propertyNames", object("not",
          object("pattern", keyPattern("title")))), "then", missing) : missing);
    } else if (table.titleRule() == FieldTable.TitleRule.REQUIRED) {
      if (table.ignoresCase()) {
        throw new IllegalArgumentException("a required title in any case has no schema form");
      }
      String rule = title.owner().shapeRule();
      String severity = title.owner().severity().name().toLowerCase(Locale.ROOT);
      all.add(messages(object("x-rule", rule, "x-severity", severity,
          "x-expected", "a \"title\" field", "x-found", "none",
          "required", List.of("title")), rule, severity));
    }
    root.put("allOf", all);
    root.put("$defs", defs(table));
    return root;
  }
}
