package io.github.frontmatter.articles.internal.body;

import io.github.frontmatter.articles.internal.SourceText;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.MarkdownExtension;
import io.github.frontmatter.articles.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The flexmark parser for article bodies, built once per option set and shared.
 *
 * <p>It is flexmark's parser with the same tree, plus three things (see
 * docs/markdown-limits.md): {@link NonCopyingInlineParser}, which removes flexmark's quadratic
 * time on long paragraphs, {@link LinkableTextAutolinks}, which skips the autolink pass on text
 * that cannot hold a link, and {@link BodyGuard}, which stops the parse with an {@link
 * ArticleException} when the tree gets deeper than the limit or flexmark runs out of stack.
 */
public final class Markdown {
  private final Parser parser;
  private final List<Extension> extensions;

  /** The parser with the default {@link Limits#maxBodyDepth()}. */
  public Markdown(Set<MarkdownExtension> extensions) {
    this(extensions, Limits.defaults().maxBodyDepth());
  }

  public Markdown(Set<MarkdownExtension> extensions, int maxDepth) {
    this.parser = parser(extensions, maxDepth);
    this.extensions = extensionList(extensions);
  }

  /** The flexmark extensions the parser uses, for a renderer that must match it. */
  List<Extension> extensions() {
    return extensions;
  }

  /**
   * Parses a piece of Markdown on its own (offsets relative to {@code text}), such as a
   * front-matter summary; the same limits apply.
   */
  Document parse(String text) {
    return parse(new SourceText("<markdown>", text), 0);
  }

  /**
   * Returns the configured flexmark parser (with the fast inline parser and the guard), for
   * tests and benchmarks; {@link #parse} is what turns its limits into {@link
   * ArticleException}s (called directly, it throws an internal exception instead).
   */
  public Parser parser() {
    return parser;
  }

  /**
   * Builds the parser {@link #parse} uses: {@code extensions}, {@link NonCopyingInlineParser} and the
   * depth limit {@code maxDepth}.
   */
  static Parser parser(Set<MarkdownExtension> extensions, int maxDepth) {
    MutableDataSet options = new MutableDataSet();
    List<Extension> list = new ArrayList<>(extensionList(extensions));
    // the same autolinks, without running them on text that cannot hold a link
    list.replaceAll(e -> e instanceof AutolinkExtension ? new LinkableTextAutolinks() : e);
    options.set(Parser.EXTENSIONS, list);
    options.set(BodyGuard.MAX_DEPTH, maxDepth);
    // the builder loads the extensions; our parts go in after them
    Parser.Builder builder = Parser.builder(options);
    NonCopyingInlineParser.install(builder);
    builder.customBlockParserFactory(new BodyGuard());
    return builder.build();
  }

  /**
   * Builds stock flexmark with {@code extensions} and nothing of ours: what {@link #parse} must
   * agree with, node for node (tests and benchmarks compare the two).
   */
  public static Parser stockParser(Set<MarkdownExtension> extensions) {
    return Parser.builder(options(extensions)).build();
  }

  private static MutableDataSet options(Set<MarkdownExtension> extensions) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, extensionList(extensions));
    return options;
  }

  private static List<Extension> extensionList(Set<MarkdownExtension> extensions) {
    List<Extension> list = new ArrayList<>();
    for (MarkdownExtension e : extensions) {
      list.add(
          switch (e) {
            case TABLES -> TablesExtension.create();
            case STRIKETHROUGH -> StrikethroughExtension.create();
            case TASK_LISTS -> TaskListExtension.create();
            case AUTOLINKS -> AutolinkExtension.create();
            case FOOTNOTES -> FootnoteExtension.create();
            case DEFINITION_LISTS -> DefinitionExtension.create();
          });
    }
    return List.copyOf(list);
  }

  /**
   * Parses the body that starts at {@code bodyStart} of the whole file text, so that node
   * offsets and line numbers are those of the file.
   *
   * @throws ArticleException ({@code limit-body-depth}) when the tree would be deeper than
   *     the limit, or ({@code limit-body-stack}) when flexmark overflows the stack
   */
  public Document parse(SourceText src, int bodyStart) {
    String fileText = src.text();
    BasedSequence file = BasedSequence.of(fileText);
    Document document;
    BodyGuard.Context context = BodyGuard.begin();
    try {
      document = parser.parse(file.subSequence(bodyStart));
    } catch (BodyGuard.Limit e) {
      throw failure(src, e.rule, e.offset, bodyStart, e.getMessage());
    } catch (StackOverflowError e) {
      // flexmark's own state is per parse and dropped here; only the position is read
      BodyGuard.Limit limit = BodyGuard.stackOverflow(context.offset());
      throw failure(src, limit.rule, limit.offset, bodyStart, limit.getMessage());
    } finally {
      BodyGuard.end();
    }
    // Document.getLineNumber(offset) counts line breaks of the base text only up to the
    // document's own length: with the body alone as the document's chars, a node whose file
    // offset lay past the body's length got too small a line. The document spans the file.
    document.setChars(file);
    return document;
  }

  /** Parses as {@link #parse(SourceText, int)}; messages name the source {@code <body>}. */
  public Document parse(String fileText, int bodyStart) {
    return parse(new SourceText("<body>", fileText), bodyStart);
  }

  private static ArticleException failure(
      SourceText src, String rule, int offset, int bodyStart, String message) {
    int at = offset < bodyStart || offset > src.text().length() ? bodyStart : offset;
    return new ArticleException(
        List.of(src.problem(rule, Problem.Severity.ERROR, "", at, message)));
  }
}
