package io.github.frontmatter.articles.jackson;

import static java.util.Objects.requireNonNull;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.FrontMatter;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.json.ArticleJson;
import io.github.frontmatter.articles.internal.json.ValueJson;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that writes {@link Article}, {@link FrontMatter}, {@link Value} and
 * {@link ArticleDate} as JSON and reads them back.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new ArticlesModule()).build();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);   // back.equals(article)
 * }</pre>
 *
 * <p>An article is written as
 *
 * <pre>{@code
 * {
 *   "source": "content/post/hello.md",
 *   "format": "yaml",                               // yaml, toml, json or none
 *   "frontMatter": {                                // the typed fields that are present
 *     "title": "Hello",
 *     "date": {"text": "2025-02-12 07:02 +01:00", "local": "2025-02-12T07:02:00",
 *              "offset": "+01:00"},
 *     "tags": ["a", "b"]
 *   },
 *   "extras": {"author": "Ann", "rating": 4.5},     // every other key, in file order
 *   "body": "\nHello, world.\n"                     // the Markdown, as written
 * }
 * }</pre>
 *
 * <p>{@code frontMatter} holds the typed fields named and ordered as {@link FrontMatter}'s
 * accessors; dates are {@code {text, local, offset?}}: the text as written, the ISO local
 * date-time (or date) and the offset when the text has one. {@code extras} keeps every other
 * key in file order, with values written losslessly (integers of any size, decimals, dates as
 * above, NaN and the infinities as {@code {"$decimal": "NaN"}}). The typed view cannot say
 * everything: a field written in another shape ({@code lang: en} is the list {@code ["en"]}),
 * a key spelled {@code Title}, a date in quotes (text, not a date). Those keys follow in {@code
 * asWritten}, with their values as written; reading puts each over the typed field it was read
 * as. Front matter alone is written the same way without {@code source} and {@code body}. The
 * shape is described in full in docs/json.md.
 *
 * <p>Reading writes the front matter fresh in its format (clean, conventional text: comments
 * and the spelling of values are not kept) and reads the article with the module's parser, so
 * the result {@linkplain Article#equals equals} the original: the same format, front-matter
 * values and body text. Problems of the article (warnings, or errors of a lenient read) come
 * back as {@link Article#problems()}; JSON that is not in this shape, or that gives an article
 * that cannot be read, fails with Jackson's {@code DatabindException} naming the reason.
 *
 * <p>A module is immutable; register one instance with as many mappers as you like.
 *
 * @since 0.1.0
 */
public final class ArticlesModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Reads articles back with {@link ArticleParser#defaults()}. */
  public ArticlesModule() {
    this(ArticleParser.defaults());
  }

  /**
   * Reads articles back with {@code parser}: its Markdown extensions, schema and options.
   *
   * @param parser the parser for articles read from JSON
   */
  public ArticlesModule(ArticleParser parser) {
    super("io.github.frontmatter.articles");
    requireNonNull(parser, "parser must not be null");
    addSerializer(Article.class, serializer(ArticleJson::article));
    addSerializer(FrontMatter.class, serializer(ArticleJson::frontMatter));
    addSerializer(Value.class, serializer(ValueJson::value));
    addSerializer(ArticleDate.class, serializer(ValueJson::date));
    addDeserializer(Article.class, deserializer(Article.class,
        (node, p) -> ArticleJson.readArticle(node, parser)));
    addDeserializer(FrontMatter.class, deserializer(FrontMatter.class,
        (node, p) -> ArticleJson.readFrontMatter(node, parser)));
    addDeserializer(Value.class, deserializer(Value.class,
        (node, p) -> ValueJson.readValue(node)));
    addDeserializer(ArticleDate.class, deserializer(ArticleDate.class,
        (node, p) -> ValueJson.readDate(node)));
  }

  private static <T> ValueSerializer<T> serializer(Function<T, JsonNode> toTree) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeTree(toTree.apply(value));
      }
    };
  }

  private static <T> ValueDeserializer<T> deserializer(Class<T> type,
      BiFunction<JsonNode, JsonParser, T> fromTree) {
    return new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = ctxt.readTree(p);
        try {
          return fromTree.apply(node, p);
        } catch (ValueJson.Invalid e) {
          return ctxt.reportInputMismatch(type, "%s", e.getMessage());
        }
      }

      @Override
      public T getNullValue(DeserializationContext ctxt) {
        return type == Value.class ? type.cast(Value.Null.INSTANCE) : null;
      }
    };
  }
}
