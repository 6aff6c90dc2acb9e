package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.internal.schema.SchemaCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JSON Schema (draft 2020-12 unless the schema's {@code $schema} says otherwise) that front
 * matter is validated against: the built-in one, or your own.
 *
 * <p>The schema sees the JSON form of the front-matter values, whatever the file's format:
 * text is a string, integers and decimals are numbers (NaN and the infinities are the strings
 * {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}), booleans, null, a date is its text
 * as written, sequences are arrays and mappings are objects. A file without front matter is
 * the empty object.
 *
 * <p>Each failing keyword becomes a {@link Problem}:
 *
 * <ul>
 *   <li><b>rule</b>: the {@code x-rule} annotation nearest to the failing keyword on its way
 *       from the schema's root (the keyword's own subschema first, then its parents), else
 *       {@code schema-} and the keyword ({@code schema-type}, {@code schema-required});
 *   <li><b>severity</b>: the nearest {@code x-severity} ({@code error} or {@code warning}),
 *       else error;
 *   <li><b>path</b>: the JSON Pointer of the failing value; for {@code uniqueItems}, each item
 *       that repeats an earlier one; for {@code additionalProperties}, the extra key;
 *   <li><b>location</b>: where that value starts ({@link FrontMatter#locationOf(String)}); for
 *       a missing required property, where the object holding it starts; for the front matter
 *       as a whole, line 1, column 1;
 *   <li><b>message</b>: "expected ... but found ..." where the keyword allows it ({@code
 *       type}, {@code enum}, {@code const}, {@code pattern}, {@code required}, or any keyword
 *       whose subschema has an {@code x-expected} annotation saying what was expected, and
 *       optionally {@code x-found} saying what was found when the value does not), else the
 *       validator's own message.
 * </ul>
 *
 * <p>A {@code $ref} may name other schema files by relative or {@code file:} IRI (for a schema
 * read with {@link #of(Path)}, relative to its file); nothing is fetched from the network.
 *
 * <p>Instances are immutable and safe to share between threads. Use one with {@link
 * ArticleParser.Builder#schema(FrontMatterSchema)}, or call {@link #validate(FrontMatter)}.
 *
 * @since 0.1.0
 */
public final class FrontMatterSchema {
  /**
   * Where the built-in schema is on the class path: {@value}. The same file is {@code
   * docs/article.schema.json} in the repository. On the module path the resource is not open to
   * other modules; use {@link #text()} of {@link #builtIn()}.
   */
  public static final String BUILT_IN_RESOURCE =
      "/io/github/frontmatter/articles/article.schema.json";

  /**
   * Where the built-in schema that also refuses unknown keys ({@code key-unknown}, an error) is
   * on the class path: {@value}; in the repository, {@code docs/article-strict-keys.schema.json}.
   */
  public static final String STRICT_KEYS_RESOURCE =
      "/io/github/frontmatter/articles/article-strict-keys.schema.json";

  private static final class BuiltIn {
    static final FrontMatterSchema ALLOW = resource(BUILT_IN_RESOURCE, "article.schema.json");
    static final FrontMatterSchema REJECT =
        resource(STRICT_KEYS_RESOURCE, "article-strict-keys.schema.json");
    static final FrontMatterSchema WARN = new FrontMatterSchema(
        "article-strict-keys.schema.json (key-unknown as a warning)",
        SchemaCheck.compile(
            SchemaCheck.withSeverity(REJECT.text(), "key-unknown", "warning"),
            "article-strict-keys.schema.json", "urn:articles:article-strict-keys-warn"));
  }

  /**
   * Where the built-in schema of each profile is on the class path: this folder and {@code
   * <profile>.schema.json}, the profile's name in lower case ({@code hugo.schema.json}, {@code
   * docusaurus.schema.json}). In the repository the same files are {@code
   * docs/schema/<profile>.schema.json}. On the module path the resources are not open to other
   * modules; use {@link #text()} of {@link #of(Profile)}.
   *
   * @since 0.2.0
   */
  public static final String PROFILE_RESOURCES = "/io/github/frontmatter/articles/schema/";

  /** Each profile's schema, read from the jar on first use. */
  private static final class Profiles {
    static final Map<Profile, FrontMatterSchema> SCHEMAS = new EnumMap<>(Profile.class);

    static {
      for (Profile p : Profile.values()) {
        String file = p.name().toLowerCase(Locale.ROOT) + ".schema.json";
        SCHEMAS.put(p, resource(PROFILE_RESOURCES + file, file));
      }
    }
  }

  private final String name;
  private final SchemaCheck check;

  private FrontMatterSchema(String name, SchemaCheck check) {
    this.name = name;
    this.check = check;
  }

  /**
   * Reads a schema file (UTF-8 JSON). Relative {@code $ref}s resolve against the file.
   *
   * @param path a UTF-8 Markdown file
   * @return the schema
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it is not JSON, not a usable schema, or an {@code
   *     x-severity} is neither {@code error} nor {@code warning}
   */
  public static FrontMatterSchema of(Path path) throws IOException {
    requireNonNull(path, "path must not be null");
    String json = Files.readString(path, StandardCharsets.UTF_8);
    String iri = path.toAbsolutePath().normalize().toUri().toString();
    return new FrontMatterSchema(path.toString(), SchemaCheck.compile(json, path.toString(),
        iri));
  }

  /**
   * Reads a schema from JSON text.
   *
   * @param json the schema
   * @param name the name used in messages about the schema itself
   * @return the schema
   * @throws IllegalArgumentException if it is not JSON, not a usable schema, or an {@code
   *     x-severity} is neither {@code error} nor {@code warning}
   */
  public static FrontMatterSchema of(String json, String name) {
    requireNonNull(json, "json must not be null");
    requireNonNull(name, "name must not be null");
    return new FrontMatterSchema(name, SchemaCheck.compile(json, name, "urn:articles:schema"));
  }

  /**
   * Returns the built-in schema ({@link #BUILT_IN_RESOURCE}): the rules of Hugo and the
   * Mainroad theme that {@link ArticleParser} checks by default, unknown keys allowed. Through
   * {@link ArticleParser.Builder#schema(FrontMatterSchema)} it gives the same problems as the
   * default parser, but for the differences listed under "JSON Schema" in docs/validation.md.
   *
   * @return the built-in schema ({@link #BUILT_IN_RESOURCE}): the rules of Hugo and the Mainroad
   *     theme that {@link ArticleParser} checks by default, unknown keys allowed
   */
  public static FrontMatterSchema builtIn() {
    return BuiltIn.ALLOW;
  }

  /**
   * Returns the built-in schema with the given treatment of unknown keys: {@link
   * UnknownKeys#ALLOW} is {@link #builtIn()}; {@link UnknownKeys#REJECT} is {@link
   * #STRICT_KEYS_RESOURCE}, where each unknown key is a {@code key-unknown} error; {@link
   * UnknownKeys#WARN} is the same schema with that rule's {@code x-severity} set to {@code
   * warning}.
   *
   * @param unknownKeys what to do with unknown keys
   * @return the built-in schema with the given treatment of unknown keys: {@link UnknownKeys#ALLOW}
   *     is {@link #builtIn()}; {@link UnknownKeys#REJECT} is {@link #STRICT_KEYS_RESOURCE}, where
   *     each unknown key is a {@code key-unknown} error; {@link UnknownKeys#WARN} is the same
   *     schema with that rule's {@code x-severity} set to {@code warning}
   */
  public static FrontMatterSchema builtIn(UnknownKeys unknownKeys) {
    requireNonNull(unknownKeys, "unknownKeys must not be null");
    return switch (unknownKeys) {
      case ALLOW -> BuiltIn.ALLOW;
      case WARN -> BuiltIn.WARN;
      case REJECT -> BuiltIn.REJECT;
    };
  }

  /**
   * Returns the built-in schema of a profile ({@link #PROFILE_RESOURCES}): its typed fields
   * (each listed by its name, so that an editor offers it as a completion) and the rules that
   * {@link ArticleParser} checks under that profile, unknown keys allowed. Through {@link
   * ArticleParser.Builder#schema(FrontMatterSchema)} on a parser with the same {@link
   * ArticleParser.Builder#profile(Profile) profile} it gives the same problems as that parser
   * without a schema, but for the differences listed under "JSON Schema" in
   * docs/validation.md. The same file serves editors: docs/profiles.md ("Schemas") shows how
   * to point VS Code's YAML extension at it. {@code of(Profile.HUGO)} checks what {@link
   * #builtIn()} checks.
   *
   * @param profile the profile
   * @return the profile's built-in schema
   * @since 0.2.0
   */
  public static FrontMatterSchema of(Profile profile) {
    requireNonNull(profile, "profile must not be null");
    return Profiles.SCHEMAS.get(profile);
  }

  private static FrontMatterSchema resource(String resource, String name) {
    try (InputStream in = FrontMatterSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the built-in schema " + resource + " is missing");
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new FrontMatterSchema(name, SchemaCheck.compile(json, name,
          "urn:articles:" + name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the name given when the schema was read: the file path, or the name given.
   *
   * @return the name given when the schema was read: the file path, or the name given
   */
  public String name() {
    return name;
  }

  /**
   * Returns the schema's JSON text: as read for {@link #of}, the shipped file for {@link
   * #builtIn()} (handy on the module path, where the resource is not open to other modules).
   *
   * @return the schema's JSON text: as read for {@link #of}, the shipped file for {@link
   *     #builtIn()} (handy on the module path, where the resource is not open to other modules)
   */
  public String text() {
    return check.text();
  }

  /**
   * Validates front matter against this schema alone and returns its problems, in the
   * schema validator's order; reading problems of the file are not included (see {@link
   * Article#problems()} or {@link ArticleParser#read(Path)} for those).
   *
   * @param frontMatter the front matter to validate
   * @return every problem, sorted by position; empty when there is none
   */
  public List<Problem> validate(FrontMatter frontMatter) {
    requireNonNull(frontMatter, "frontMatter must not be null");
    List<Problem> out = new ArrayList<>();
    for (SchemaCheck.Finding f : check.check(frontMatter.values())) {
      out.add(frontMatter.problem(f.rule(), f.severity(), f.path(), f.message()));
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "FrontMatterSchema[" + name + "]";
  }
}
