package io.github.frontmatter.articles;

import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.Utf8;
import io.github.frontmatter.articles.internal.body.ArticleBody;
import io.github.frontmatter.articles.internal.read.LimitGuard;
import io.github.frontmatter.articles.internal.read.BlockResult;
import io.github.frontmatter.articles.internal.read.Dialect;
import io.github.frontmatter.articles.internal.read.FieldReader;
import io.github.frontmatter.articles.internal.read.JsonReader;
import io.github.frontmatter.articles.internal.read.Split;
import io.github.frontmatter.articles.internal.read.TomlReader;
import io.github.frontmatter.articles.internal.read.TypedFields;
import io.github.frontmatter.articles.internal.read.Validator;
import io.github.frontmatter.articles.internal.read.YamlReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read pipeline with one parser's settings: fences ({@link Split}), the format's reader,
 * the typed fields, validation (the built-in rules or a schema), then the model. It lives
 * beside the model because it builds {@link FrontMatter} and {@link Article}, whose
 * constructors are package-private; the stages it calls are in {@code internal.read}.
 * {@link ArticleParser} is the public face (files, streams, bytes, directories, options);
 * this class takes decoded text. Immutable and safe to share.
 */
final class ArticleReader {
  /**
   * Whether a rule is one of FieldReader's shape rules ({@code hugo-field-shape}, {@code
   * theme-field-shape}, {@code zola-field-shape}, ...: each owner's), which a schema replaces.
   */
  private static boolean isShapeRule(String rule) {
    return rule.endsWith("-field-shape");
  }

  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt((Problem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column());

  private final Dialect dialect;
  private final Limits limits;
  private final UnknownKeys unknownKeys;
  private final boolean warningsAsErrors;
  private final FrontMatterSchema schema; // null: the built-in rules in Java
  private final ArticleContext context;

  ArticleReader(Dialect dialect, Limits limits, UnknownKeys unknownKeys,
      boolean warningsAsErrors, FrontMatterSchema schema, ArticleBody body) {
    this.dialect = dialect;
    this.limits = limits;
    this.unknownKeys = unknownKeys;
    this.warningsAsErrors = warningsAsErrors;
    this.schema = schema;
    this.context = new ArticleContext(body, this);
  }

  /** The reading rules of this reader's profile; edits find fences by them too. */
  Dialect dialect() {
    return dialect;
  }

  /** What the articles this reader builds are given to work with after reading. */
  ArticleContext context() {
    return context;
  }

  /** Reads text strictly; a leading U+FEFF is taken as a byte order mark. */
  Article parse(String text, String sourceName) {
    LimitGuard.checkFile(text, sourceName, limits);
    boolean bom = text.startsWith("\uFEFF");
    SourceText src = new SourceText(sourceName, bom ? text.substring(1) : text);
    Utf8.checkText(src);
    return parse(src, bom, null);
  }

  /** Reads UTF-8 bytes strictly; the bytes are kept as the article's original. */
  Article parse(byte[] bytes, String sourceName) {
    LimitGuard.checkFile(bytes, sourceName, limits);
    Utf8.Decoded decoded = Utf8.decode(bytes, sourceName);
    return parse(new SourceText(sourceName, decoded.text()), decoded.bom(), bytes);
  }

  /** Reads text without throwing for its content. */
  ParseResult read(String text, String sourceName) {
    boolean bom = text.startsWith("\uFEFF");
    SourceText src = new SourceText(sourceName, bom ? text.substring(1) : text);
    try {
      LimitGuard.checkFile(text, sourceName, limits);
      Utf8.checkText(src);
    } catch (ArticleException e) {
      return new ParseResult(Optional.empty(), e.problems());
    }
    return read(src, bom, null);
  }

  /** Reads UTF-8 bytes without throwing for their content. */
  ParseResult read(byte[] bytes, String sourceName) {
    Utf8.Decoded decoded;
    try {
      LimitGuard.checkFile(bytes, sourceName, limits);
      decoded = Utf8.decode(bytes, sourceName);
    } catch (ArticleException e) {
      return new ParseResult(Optional.empty(), e.problems());
    }
    return read(new SourceText(sourceName, decoded.text()), decoded.bom(), bytes);
  }

  /**
   * Reads an edited text (without byte order mark): an edit must give a readable article.
   *
   * @throws IllegalArgumentException if an edit put a lone surrogate in the text, raw or as
   *     an escape: a string given to an edit that is not Unicode text (the edit convention:
   *     an argument the article cannot hold)
   */
  ParseResult readEdited(String text, String sourceName, boolean bom) {
    SourceText src = new SourceText(sourceName, text);
    try {
      LimitGuard.checkFile(text, sourceName, limits); // the byte order mark aside
      Utf8.checkText(src);
    } catch (ArticleException e) {
      if (e.problems().get(0).rule().equals("encoding")) {
        throw invalidEdit(e.problems().get(0));
      }
      return new ParseResult(Optional.empty(), e.problems());
    }
    ParseResult r = read(src, bom, null);
    if (r.article().isEmpty() && r.problems().stream().anyMatch(p -> p.rule().equals("encoding"))) {
      // an editor wrote the lone surrogate as an escape (YAML and JSON "\uD800")
      throw invalidEdit(r.problems().stream().filter(p -> p.rule().equals("encoding"))
          .findFirst().orElseThrow());
    }
    return r;
  }

  private static IllegalArgumentException invalidEdit(Problem p) {
    return new IllegalArgumentException("the edit would make the article invalid: "
        + p.message() + " at line " + p.location().line() + ", column "
        + p.location().column() + " [" + p.rule() + "]");
  }

  /** Reads only the front matter of {@code src}, strictly: errors throw, warnings are dropped. */
  FrontMatter frontMatter(SourceText src) {
    Split split = Split.of(src, dialect);
    Front front = evaluate(src, split, readBlock(src, split));
    throwErrors(front.problems());
    return front.frontMatter();
  }

  private Article parse(SourceText src, boolean bom, byte[] original) {
    ParseResult r = read(src, bom, original);
    throwErrors(r.problems());
    return r.article().orElseThrow();
  }

  /**
   * Reads and validates; throws only for what stops reading (encoding, fences, syntax,
   * duplicate keys). Everything else comes back as problems with the article.
   */
  private ParseResult read(SourceText src, boolean bom, byte[] original) {
    Split split;
    BlockResult block;
    try {
      split = Split.of(src, dialect);
      block = readBlock(src, split);
    } catch (ArticleException e) {
      return new ParseResult(Optional.empty(), e.problems());
    }
    Front front = evaluate(src, split, block);
    Article article = new Article(src, front.frontMatter(), split, bom, original,
        front.problems(), context);
    return new ParseResult(Optional.of(article), front.problems());
  }

  /** The front matter of a file and every problem found in it, sorted by position. */
  private record Front(FrontMatter frontMatter, List<Problem> problems) {}

  /** Checks the block sizes, then reads the front matter in its format. */
  private BlockResult readBlock(SourceText src, Split split) {
    LimitGuard.checkBlocks(src, split, limits);
    return switch (split.format()) {
      case YAML -> YamlReader.read(src, split.blockStart(), split.blockEnd(), limits, dialect);
      case TOML -> TomlReader.read(src, split.blockStart(), split.blockEnd(), limits);
      case JSON -> JsonReader.read(src, split.blockStart(), split.blockEnd(), limits, dialect);
      case NONE -> new BlockResult(Map.of(), Map.of(), Map.of());
    };
  }

  /** The typed fields, the front matter and the validation of a block that could be read. */
  private Front evaluate(SourceText src, Split split, BlockResult block) {
    List<Problem> problems = new ArrayList<>(block.warnings());
    TypedFields fields = FieldReader.read(dialect.table(), src, block, problems);
    FrontMatter fm = new FrontMatter(split.format(), block.values(), fields, block.offsets(),
        block.keyOffsets(), src, src.text().substring(split.blockStart(), split.blockEnd()),
        new FrontMatter.Binding(block.scalarText()));
    if (schema == null) {
      Validator.check(src, split.format() != Format.NONE, block.values(), fields,
          block.offsets(), block.keyOffsets(), unknownKeys, problems);
    } else {
      // the schema replaces the rules and the shapes; what reading found stays, and a schema
      // problem the reader already reported (a date-invalid at the same path) is not repeated
      problems.removeIf(p -> isShapeRule(p.rule()));
      Set<String> reported = new HashSet<>();
      problems.forEach(p -> reported.add(p.rule() + " " + p.path()));
      for (Problem p : schema.validate(fm)) {
        if (reported.add(p.rule() + " " + p.path())) {
          problems.add(p);
        }
      }
    }
    if (warningsAsErrors) {
      problems.replaceAll(p -> p.severity() == Problem.Severity.WARNING
          ? new Problem(p.rule(), Problem.Severity.ERROR, p.path(), p.location(), p.message(),
              p.excerpt())
          : p);
    }
    problems.sort(BY_POSITION);
    return new Front(fm, problems);
  }

  /** The exception is about what stops reading: errors only; read() gives warnings too. */
  private static void throwErrors(List<Problem> problems) {
    for (Problem p : problems) {
      if (p.severity() == Problem.Severity.ERROR) {
        throw new ArticleException(problems.stream()
            .filter(q -> q.severity() == Problem.Severity.ERROR).toList());
      }
    }
  }
}
