package io.github.frontmatter.articles.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.FrontMatterSchema;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.jackson.ArticlesModule;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one file's bytes into one row of {@link #SCHEMA}, with the Articles library's lenient
 * read: content never throws, a file the library rejects becomes a row with its problems.
 * Used by {@link ArticlesSpark}; usable on its own inside any Spark function.
 */
public final class ArticleRows {
  private ArticleRows() {}

  /**
   * The library's own JSON: a Jackson 3 mapper with {@link ArticlesModule}, the module that
   * {@code articles show} prints with. Thread-safe; one per JVM (executors make their own).
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new ArticlesModule()).build();

  /** {@code problems} elements: one problem of the library, as {@code show} prints it. */
  public static final StructType PROBLEM = new StructType(new StructField[] {
      field("rule", StringType, false, "stable rule id, such as date-invalid"),
      field("severity", StringType, false, "error or warning"),
      field("pointer", StringType, false,
          "JSON Pointer of the offending value (/tags/1), \"\" for the file or front matter"),
      field("line", IntegerType, false, "1-based file line"),
      field("column", IntegerType, false, "1-based column in UTF-16 code units"),
      field("message", StringType, false, "what was expected and what was found"),
  });

  /** {@code date}: the front matter's {@code date} field. */
  public static final StructType DATE = new StructType(new StructField[] {
      field("text", StringType, false, "the date as written in the file"),
      field("local", TimestampNTZType, false,
          "the local date-time as written, midnight for a date alone; microseconds"),
      field("offset", StringType, true, "the UTC offset written (Z, +08:00), null if none"),
      field("instant", TimestampType, true,
          "the exact moment, only when the text has an offset; never guessed"),
  });

  /** The table {@link ArticlesSpark#parse} produces: one row per file. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      field("path", StringType, false,
          "the file: a local path for file: URIs, else the decoded URI (hdfs://nn/a b.md)"),
      field("length", LongType, false, "file size in bytes"),
      field("format", StringType, true,
          "front-matter format: yaml, toml, json or none; null when the file could not be read"),
      field("title", StringType, true, "the title field"),
      field("date", DATE, true, "the date field"),
      field("tags", createArrayType(StringType, false), true, "tags, empty if none"),
      field("categories", createArrayType(StringType, false), true,
          "categories (a single text becomes a list of one), empty if none"),
      field("widgets", createArrayType(StringType, false), true,
          "Mainroad's sidebar widgets, empty if none"),
      field("front_matter", StringType, true,
          "every typed Hugo and Mainroad field present, as JSON (ArticlesModule's and show's "
          + "frontMatter object)"),
      field("extras", StringType, true,
          "every other key in file order, as a JSON object with lossless values "
          + "(ArticlesModule's and show's extras object)"),
      field("as_written", StringType, true,
          "the keys the typed fields do not give back (categories: one text, a key spelled "
          + "Title, a date in quotes), with their values as written, as a JSON object "
          + "(ArticlesModule's and show's asWritten object); null when there are none"),
      field("body_line", IntegerType, true, "1-based file line where the body starts"),
      field("body", StringType, true, "the Markdown body, as written"),
      field("word_count", IntegerType, true, "words of the body's prose; see WordCount"),
      field("rejected", BooleanType, false,
          "true when the library rejects the file: Articles.parse would throw"),
      field("problems", createArrayType(PROBLEM, false), false,
          "every error and warning, sorted by position"),
  });

  private static StructField field(String name, org.apache.spark.sql.types.DataType type,
      boolean nullable, String comment) {
    return new StructField(name, type, nullable, Metadata.empty()).withComment(comment);
  }

  /** Which validation the parser runs; both are the library's own. */
  public enum Validation {
    /** {@code ArticleParser.defaults()}: the built-in rules, in Java. */
    BUILT_IN_RULES,
    /** The same rules as a JSON Schema ({@code FrontMatterSchema.builtIn()}). */
    BUILT_IN_SCHEMA;

    private volatile ArticleParser parser;

    /** Returns the parser, built once per JVM (executors build their own). */
    public ArticleParser parser() {
      ArticleParser p = parser;
      if (p == null) {
        p = this == BUILT_IN_RULES
            ? ArticleParser.defaults()
            : ArticleParser.builder().schema(FrontMatterSchema.builtIn()).build();
        parser = p;
      }
      return p;
    }
  }

  /**
   * Returns the row of one file, with its schema ({@code getAs("title")} works).
   *
   * @param sparkPath the file's path as Spark and Hadoop print it ({@code file:/a/b c.md},
   *     not percent-encoded), as in the {@code binaryFile} source's {@code path} column
   * @param content the file's bytes
   * @param parser the parser to read with
   */
  public static Row toRow(String sparkPath, byte[] content, ArticleParser parser) {
    String path = displayPath(sparkPath);
    List<Problem> problems = new ArrayList<>();
    Article article = null;
    boolean rejected;
    Integer words = null;
    String frontMatterJson = null;
    String extrasJson = null;
    String asWrittenJson = null;
    try {
      ParseResult result = parser.read(content, path);
      problems.addAll(result.problems());
      article = result.article().orElse(null);
      rejected = article == null || result.hasErrors();
      if (article != null) {
        // ArticlesModule's JSON of the front matter, {format, frontMatter, extras, asWritten?}
        JsonNode json = JSON.valueToTree(article.frontMatter());
        frontMatterJson = JSON.writeValueAsString(json.get("frontMatter"));
        extrasJson = JSON.writeValueAsString(json.get("extras"));
        if (json.has("asWritten")) {
          asWrittenJson = JSON.writeValueAsString(json.get("asWritten"));
        }
        try {
          words = WordCount.count(article.body());
        } catch (ArticleException e) {
          // the body is too deep for a safe parse: what Article.body() throws for everyone
          problems.addAll(e.problems());
          rejected = true;
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      // a bug in the library must not fail the whole job: the file gets a row that says so
      return errorRow(path, content.length, e);
    }
    Row date = article == null ? null : article.date().map(ArticleRows::date).orElse(null);
    return new GenericRowWithSchema(new Object[] {
        path,
        (long) content.length,
        article == null ? null : article.format().name().toLowerCase(Locale.ROOT),
        article == null ? null : article.title().orElse(null),
        date,
        seq(article == null ? List.of() : article.tags()),
        seq(article == null ? List.of() : article.categories()),
        seq(article == null ? List.of() : article.widgets()),
        frontMatterJson,
        extrasJson,
        asWrittenJson,
        article == null ? null : article.bodyLine(),
        article == null ? null : article.bodyText(),
        words,
        rejected,
        seq(problems.stream().map(ArticleRows::problem).toList())}, SCHEMA);
  }

  /** Spark's Row holds arrays as Scala sequences; {@code Row.getList} gives a Java list. */
  private static <T> Seq<T> seq(List<T> items) {
    return CollectionConverters.asScala(items).toSeq();
  }

  private static Row errorRow(String path, long length, Throwable e) {
    Row problem = new GenericRowWithSchema(new Object[] {"internal-error", "error", "", 1, 1,
        "the Articles library failed on this file: " + e}, PROBLEM);
    return new GenericRowWithSchema(new Object[] {path, length, null, null, null,
        seq(List.of()), seq(List.of()), seq(List.of()), null, null, null, null, null, null,
        true,
        seq(List.of(problem))}, SCHEMA);
  }

  /** {@code text, local, offset, instant}. */
  static Row date(ArticleDate d) {
    LocalDateTime local = d.localDateTime();
    Optional<Instant> instant = d.toOffsetDateTime().map(o -> o.toInstant());
    return new GenericRowWithSchema(new Object[] {d.text(), local,
        d.offset().map(z -> z.getId()).orElse(null), instant.orElse(null)}, DATE);
  }

  static Row problem(Problem p) {
    return new GenericRowWithSchema(new Object[] {p.rule(), p.severity().label(), p.path(),
        p.location().line(), p.location().column(), p.message()}, PROBLEM);
  }

  /**
   * The path shown in the table and given to the library as the source name: the local path
   * for {@code file:} URIs ({@code /data/a b.md}), else the URI with its path decoded ({@code
   * hdfs://nn:8020/data/a b.md}). Spark's {@code binaryFile} and Hadoop's {@code
   * Path.toString()} give the path unencoded; {@link org.apache.hadoop.fs.Path} parses it.
   */
  public static String displayPath(String sparkPath) {
    URI uri = new org.apache.hadoop.fs.Path(sparkPath).toUri().normalize();
    String scheme = uri.getScheme();
    if (scheme == null || scheme.equals("file")) {
      return uri.getPath();
    }
    String authority = uri.getAuthority();
    return scheme + ":" + (authority == null ? "" : "//" + authority) + uri.getPath();
  }
}
