package io.github.frontmatter.articles.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.FrontMatterSchema;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.internal.read.Dialect;
import io.github.frontmatter.articles.internal.read.Field;
import io.github.frontmatter.articles.internal.read.HugoFields;
import io.github.frontmatter.articles.internal.read.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema files are what {@link BuiltInSchema} writes from the field table, the two
 * copies of each are identical, the description covers each field of the table once, and the
 * patterns the generator builds accept exactly what the Java code accepts.
 *
 * <p>After changing a rule, regenerate the files with {@code mvn -q -B test
 * -Dtest=BuiltInSchemaTest -Darticles.regenerate=true} and review the diff.
 */
class BuiltInSchemaTest {
  private static final Path RESOURCES = Path.of("src/main/resources/io/github/frontmatter/articles");
  private static final Path DOCS = Path.of("docs");

  private static void golden(String file, String expected) throws IOException {
    golden(RESOURCES.resolve(file), DOCS.resolve(file), expected);
  }

  private static void golden(Path resource, Path doc, String expected) throws IOException {
    if (Boolean.getBoolean("articles.regenerate")) {
      Files.createDirectories(resource.getParent());
      Files.writeString(resource, expected, StandardCharsets.UTF_8);
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
      System.out.println("regenerated " + resource + " and " + doc);
    }
    assertThat(Files.readString(resource, StandardCharsets.UTF_8))
        .as("%s differs from what BuiltInSchema writes; regenerate with mvn -q -B test"
            + " -Dtest=BuiltInSchemaTest -Darticles.regenerate=true", resource)
        .isEqualTo(expected);
    assertThat(Files.readAllBytes(doc)).as("%s is a byte-identical copy of %s", doc, resource)
        .isEqualTo(Files.readAllBytes(resource));
  }

  @Test
  void shippedSchemasAreWhatTheGeneratorWrites() throws IOException {
    golden("article.schema.json", BuiltInSchema.text(HugoFields.TABLE, false));
    golden("article-strict-keys.schema.json",
        BuiltInSchema.text(HugoFields.TABLE, true));
    for (Profile p : Profile.values()) {
      String file = BuiltInSchema.fileName(p);
      golden(RESOURCES.resolve("schema").resolve(file), DOCS.resolve("schema").resolve(file),
          BuiltInSchema.text(Dialect.of(p)));
    }
    // Hugo's profile schema is the built-in schema, kept at its old path too
    assertThat(Files.readAllBytes(DOCS.resolve("schema/hugo.schema.json")))
        .isEqualTo(Files.readAllBytes(DOCS.resolve("article.schema.json")));
  }

  @Test
  void eachProfileHasItsSchemaInTheJar() {
    for (Profile p : Profile.values()) {
      assertThat(FrontMatterSchema.class.getResource(FrontMatterSchema.PROFILE_RESOURCES
          + BuiltInSchema.fileName(p))).as("%s's schema", p).isNotNull();
      assertThat(FrontMatterSchema.of(p).text()).isEqualTo(BuiltInSchema.text(Dialect.of(p)));
      assertThat(FrontMatterSchema.of(p).name()).isEqualTo(BuiltInSchema.fileName(p));
    }
    assertThat(FrontMatterSchema.of(Profile.HUGO).text())
        .isEqualTo(FrontMatterSchema.builtIn().text());
  }

  /**
   * What editors need (the YAML language server): each typed field under "properties" by its
   * exact name with a description, no pattern that matches that exact name (a value would be
   * checked twice, and ajv's strict mode refuses it), and every other spelling FieldReader
   * reads matched by the field's fallback pattern; messages never show a raw pattern.
   */
  @Test
  void fieldsAreListedByNameWithACaseFallbackForEveryProfile() {
    for (Profile p : Profile.values()) {
      Dialect d = Dialect.of(p);
      java.util.Map<String, Object> schema = BuiltInSchema.schema(d, false);
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> properties =
          (java.util.Map<String, Object>) schema.get("properties");
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> patterns =
          (java.util.Map<String, Object>) schema.get("patternProperties");
      assertThat(properties.keySet()).as("%s's properties", p).containsExactlyElementsOf(
          d.table().fields().stream().filter(f -> f.parent() == null).map(Field::name)
              .toList());
      if (patterns == null) {
        assertThat(d.table().ignoresCase()).as("%s: no fallback where case matters", p)
            .isFalse();
        patterns = java.util.Map.of();
      }
      for (Field<?> f : d.table().fields()) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> property = (java.util.Map<String, Object>) (f.parent()
            == null ? properties : ((java.util.Map<String, Object>) ((java.util.Map<String,
                Object>) properties.get(f.parent().name())).get("properties")))
            .get(f.name());
        assertThat(property.get("markdownDescription")).asString().contains(f.description());
        assertThat(property).as("%s: %s listed", p, f.path()).isNotNull();
        assertThat(property.get("description")).asString().startsWith(f.path() + ": ");
        if (!d.table().ignoresCase() || f.parent() != null) {
          continue;
        }
        Pattern fallback = Pattern.compile(BuiltInSchema.otherCasePattern(f));
        for (String pattern : patterns.keySet()) {
          assertThat(Pattern.compile(pattern).matcher(f.name()).find())
              .as("%s: pattern %s matches the property %s", p, pattern, f.name()).isFalse();
        }
        for (String spelling : List.of(f.key(), f.key().toUpperCase(Locale.ROOT),
            f.name().substring(0, 1).toUpperCase(Locale.ROOT) + f.name().substring(1))) {
          assertThat(fallback.matcher(spelling).find()).as("%s read as %s", spelling, f.name())
              .isEqualTo(!spelling.equals(f.name()));
        }
      }
      String text = BuiltInSchema.text(d);
      JsonNodeWalk.messages(text).forEach(m -> {
        assertThat(m).as("an editor message").matches("(error|warning): expected .+ \\[[a-z-]+\\]");
        assertThat(m).as("an editor message").doesNotContain("^").doesNotContain("(?");
      });
      assertThat(JsonNodeWalk.messages(text)).as("%s's editor messages", p).isNotEmpty();
    }
  }

  /** The errorMessage and patternErrorMessage texts of a schema. */
  private static final class JsonNodeWalk {
    static List<String> messages(String json) {
      List<String> out = new ArrayList<>();
      java.util.regex.Matcher m = Pattern.compile(
          "\"(?:errorMessage|patternErrorMessage)\": \"((?:[^\"\\\\]|\\\\.)*)\"")
          .matcher(json);
      while (m.find()) {
        out.add(m.group(1).replace("\\\"", "\""));
      }
      return out;
    }
  }

  @Test
  void theBuiltInSchemaIsTheShippedResourceAndIsAscii() throws IOException {
    String shipped = Files.readString(RESOURCES.resolve("article.schema.json"));
    assertThat(FrontMatterSchema.builtIn().text()).isEqualTo(shipped);
    assertThat(shipped.chars()).allMatch(c -> c >= 0x20 && c < 0x7F || c == '\n');
    assertThat(FrontMatterSchema.class.getResource(FrontMatterSchema.BUILT_IN_RESOURCE))
        .isNotNull();
    assertThat(FrontMatterSchema.class.getResource(FrontMatterSchema.STRICT_KEYS_RESOURCE))
        .isNotNull();
  }

  @Test
  void theSchemaDescribesEveryFieldOfTheTableOnce() {
    String schema = BuiltInSchema.text(HugoFields.TABLE, false);
    for (Field<?> f : HugoFields.TABLE.fields()) {
      assertThat(schema).as("the description of %s", f.name())
          .containsOnlyOnce("\"description\": \"" + f.name() + ": ");
      assertThat(HugoFields.TABLE.fields().get(f.index())).isSameAs(f);
    }
    Set<String> typed = HugoFields.TABLE.fields().stream().map(Field::key)
        .collect(Collectors.toSet());
    assertThat(typed).hasSize(HugoFields.TABLE.fields().size());
    // a typed field that were not a known key would be key-unknown in Java only
    assertThat(HugoFields.TABLE.knownKeys()).containsAll(typed);
  }

  // ---- patterns against the Java code they stand for ----

  /** Matched whole, and searched as JSON Schema validators do: both give {@code expected}. */
  private static void same(Pattern p, String s, boolean expected) {
    assertThat(p.matcher(s).matches()).as("%s matches %s", p, s).isEqualTo(expected);
    assertThat(p.matcher(s).find()).as("%s found in %s", p, s).isEqualTo(expected);
  }

  private static boolean javaDate(String s) {
    if (s.isBlank()) {
      return true; // no date
    }
    try {
      ArticleDate.parse(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void datePatternAcceptsExactlyWhatArticleDateReads() {
    Pattern p = Pattern.compile(BuiltInSchema.datePattern());
    int valid = 0;
    int tried = 0;
    // every day of the calendar edge cases, and impossible months and days
    String[] years = {"0000", "0001", "0004", "0100", "0200", "0400", "1600", "1700", "1900",
        "1996", "2000", "2023", "2024", "2100", "2400", "9996", "9999"};
    for (String y : years) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          String s = String.format("%s-%02d-%02d", y, m, d);
          boolean java = javaDate(s);
          same(p, s, java);
          valid += java ? 1 : 0;
          tried++;
        }
      }
    }
    assertThat(valid).as("real days among %d", tried).isEqualTo(17 * 365 + 9);
    // times and offsets around every boundary
    List<String> tails = new ArrayList<>();
    for (String sep : List.of("T", "t", " ", "_", "")) {
      for (String time : List.of("00:00", "23:59", "24:00", "12:60", "7:02", "07:02:11",
          "07:02:60", "07:02:11.", "07:02:11.5", "07:02:11.1234567891234", "07:02.5")) {
        for (String offset : List.of("", "Z", "z", " Z", "  Z", "+08:00", "-0500", " -0500",
            "+18:00", "+1800", "+18:01", "+19:00", "+17:59", "+08:60", "+8:00", "+08:0", "Q",
            " ", "+08:00\n")) {
          tails.add(sep + time + offset);
        }
      }
    }
    for (String tail : tails) {
      for (String date : List.of("2024-02-29", "2023-02-29")) {
        String s = date + tail;
        same(p, s, javaDate(s));
        valid += javaDate(s) ? 1 : 0;
      }
    }
    // blank is no date; and random strings over the date alphabet
    for (String s : List.of("", " ", "\t\n", "\u3000", "\u00A0", "2024-01-01\n", " 2024-01-01",
        "2024-01-01 ", "２０２４-01-01", "2024-1-1", "20240101")) {
      same(p, s, javaDate(s));
    }
    Random random = new Random(7);
    String alphabet = "0123456789-:T Z+.";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder s = new StringBuilder(random.nextBoolean() ? "2024-0" : "");
      int length = random.nextInt(22);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      same(p, s.toString(), javaDate(s.toString()));
    }
    assertThat(valid).isGreaterThan(6_000);
  }

  /** What a date field takes under a profile: blank, Hugo's forms, or the profile's own. */
  /** Blank (no date) or a date of the profile's forms: Zola refuses some of Hugo's. */
  private static boolean javaDate(String s, Profile profile) {
    if (s.isBlank()) {
      return true;
    }
    try {
      ArticleDate.parse(s, profile);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void profileDatePatternsAcceptExactlyWhatTheProfilesRead() {
    List<String> samples = new ArrayList<>(List.of("2013-11-22 5:00:00 +0000",
        "2013-11-22 5:00:00 +00:00", "2013-11-22 5:00:00 +5", "2013-11-22 5:00:00 +500",
        "2013-11-22 5:00:00 +18:00", "2013-11-22 5:00:00 +18:01", "2013-11-22 5:00:00 +1800",
        "2013-1-2", "2013-1-2 5:00:00", "2013-01-02t05:00:00.Z", "2013-2-29 1:00:00",
        "2012-2-29 1:00:00", "2013-11-22\t\t5:00:00\t-7", "2013-11-22 24:00:00",
        "2013-11-223 5:00:00", "2013-011-22 5:00:00", "2013-11-22 123:00:00",
        "2013-11-22T05:00:00+0530", "2013-11-22 5:00:00 Z ", "2013-11-22 5:00:00 z"));
    Random random = new Random(17);
    String alphabet = "0123456789-: TtZ+.\t";
    for (int n = 0; n < 40_000; n++) {
      StringBuilder b = new StringBuilder(List.of("2013-", "2012-2-", "2013-11-22", "2000-1-1 ",
          "").get(random.nextInt(5)));
      int length = random.nextInt(18);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      samples.add(b.toString());
    }
    for (Profile profile : List.of(Profile.JEKYLL, Profile.ZOLA, Profile.ASTRO)) {
      Pattern p = Pattern.compile(BuiltInSchema.datePattern(profile));
      int yes = 0;
      for (String sample : samples) {
        same(p, sample, javaDate(sample, profile));
        yes += javaDate(sample, profile) ? 1 : 0;
      }
      assertThat(yes).as("dates among the samples (%s)", profile).isGreaterThan(500);
    }
    // the difference that matters: Psych takes a colonless offset after a one-digit hour
    assertThat(Pattern.compile(BuiltInSchema.datePattern(Profile.JEKYLL))
        .matcher("2013-11-22 5:00:00 +0000").find()).isTrue();
    assertThat(Pattern.compile(BuiltInSchema.datePattern(Profile.ZOLA))
        .matcher("2013-11-22 5:00:00 +0000").find()).isFalse();
  }

  private static boolean javaInteger(String s) {
    try {
      Integer.valueOf(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Test
  void integerTextPatternAcceptsWhatIntegerValueOfReadsInAsciiDigits() {
    Pattern p = Pattern.compile(BuiltInSchema.integerTextPattern());
    List<String> samples = new ArrayList<>(List.of("0", "-0", "+0", "007", "-007", " 12 ",
        "\t12\n", "\u300012", "\u00A012", "1 2", "+", "-", "", " ", "+-1", "--1", "1.0", "1e3",
        "0x10", "2147483647", "2147483648", "-2147483648", "-2147483649", "0002147483647",
        "-0002147483648", "9999999999", "21474836470", "1999999999", "2099999999"));
    for (long v = Integer.MAX_VALUE - 1000L; v <= Integer.MAX_VALUE + 1000L; v += 7) {
      samples.add(Long.toString(v));
      samples.add(Long.toString(-v));
    }
    Random random = new Random(11);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(13);
      for (int i = 0; i < length; i++) {
        s.append("0123456789012345678921474836+- ".charAt(random.nextInt(31)));
      }
      samples.add(s.toString());
    }
    int yes = 0;
    for (String s : samples) {
      same(p, s, javaInteger(s));
      yes += javaInteger(s) ? 1 : 0;
    }
    assertThat(yes).isGreaterThan(1_000);
    // the documented gap: Integer.valueOf also reads other scripts' digits; the pattern does not
    assertThat(javaInteger("\uFF11\uFF12")).isTrue();
    assertThat(p.matcher("\uFF11\uFF12").find()).isFalse();
  }

  @Test
  void booleanTextPatternIsEqualsIgnoreCaseOfTrueOrFalse() {
    Pattern p = Pattern.compile(BuiltInSchema.booleanTextPattern());
    for (String s : List.of("true", "TRUE", "True", "tRuE", "false", "FALSE", "fal\u017Fe",
        "FAL\u017FE", "yes", "no", "1", "0", "", "true ", " true", "true\n", "truee", "t",
        "\u0131", "fa1se", "trUe\u0000")) {
      boolean java = s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
      same(p, s, java);
    }
    // the long s (U+017F) upper-cases to S: Java reads "falſe" as false, so must the schema
    assertThat("fal\u017Fe".equalsIgnoreCase("false")).isTrue();
  }

  @Test
  void keyPatternsFindFieldsAsFieldReaderDoes() {
    List<String> keys = new ArrayList<>(new TreeSet<>(HugoFields.TABLE.knownKeys()));
    Random random = new Random(3);
    for (String key : keys) {
      Pattern p = Pattern.compile(BuiltInSchema.keyPattern(key));
      List<String> samples = new ArrayList<>(List.of(key, key.toUpperCase(Locale.ROOT),
          key + "\n", " " + key, key + "s", key.substring(1), key.replace('k', '\u212A'),
          key.replace('i', '\u0131'), key.replace('i', '\u0130'), key.replace('s', '\u017F')));
      for (int n = 0; n < 50; n++) {
        StringBuilder s = new StringBuilder();
        for (char c : key.toCharArray()) {
          s.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        samples.add(s.toString());
      }
      for (String s : samples) {
        same(p, s, s.toLowerCase(Locale.ROOT).equals(key));
      }
    }
    assertThat(BuiltInSchema.keyPattern("title"))
        .isEqualTo("^[Tt][Ii][Tt][Ll][Ee]" + Validator.END);
    assertThat(BuiltInSchema.keyPattern("keywords")).startsWith("^[Kk\\u212A]");
  }

  @Test
  void whitespaceClassIsCharacterIsWhitespace() {
    Pattern ws = Pattern.compile(BuiltInSchema.whitespaceClass(false));
    Pattern not = Pattern.compile(BuiltInSchema.whitespaceClass(true));
    for (int c = 0; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      assertThat(ws.matcher(s).matches()).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
      assertThat(not.matcher(s).matches()).as("U+%04X", c).isEqualTo(!Character.isWhitespace(c));
    }
    assertThat(not.matcher("\uD83D\uDE00").find()).isTrue(); // an emoji is not blank
  }
}
