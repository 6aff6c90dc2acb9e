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
import com.vladsch.flexmark.util.ast.Node;
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
 * <p>It is flexmark's parser with the same tree, plus these (see docs/markdown-limits.md):
 * {@link NonCopyingInlineParser}, which removes flexmark's quadratic time on long paragraphs,
 * {@link QuickHeadings}, which removes it on paragraphs of lines that do not start with a
 * letter, {@link LinkableTextAutolinks}, which skips the autolink pass on text that cannot
 * hold a link, {@link BlockScan}, which refuses blocks flexmark would join in quadratic time
 * and bodies with too many nodes before flexmark starts, and {@link BodyGuard}, which stops
 * the parse with an {@link ArticleException} when the tree gets deeper or larger than the
 * limits or flexmark runs out of stack.
 */
public final class Markdown {
  private final Parser parser;
  private final List<Extension> extensions;
  private final Limits limits;

  /** The parser with the default {@link Limits}. */
  public Markdown(Set<MarkdownExtension> extensions) {
    this(extensions, Limits.defaults());
  }

  /** The parser with the default {@link Limits} but {@code maxDepth}. */
  public Markdown(Set<MarkdownExtension> extensions, int maxDepth) {
    this(extensions, Limits.defaults().withMaxBodyDepth(maxDepth));
  }

  /** The parser with the body limits of {@code limits}. */
  public Markdown(Set<MarkdownExtension> extensions, Limits limits) {
    this.parser = parser(extensions, limits);
    this.extensions = extensionList(extensions);
    this.limits = limits;
  }

  /** The limits this parser applies (the body's, and the HTML size for its renderers). */
  Limits limits() {
    return limits;
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
   * body limits that are checked while flexmark parses (depth, the link search's text pieces).
   */
  static Parser parser(Set<MarkdownExtension> extensions, Limits limits) {
    MutableDataSet options = new MutableDataSet();
    List<Extension> list = new ArrayList<>(extensionList(extensions));
    // the same autolinks, without running them on text that cannot hold a link
    list.replaceAll(e -> e instanceof AutolinkExtension ? new LinkableTextAutolinks() : e);
    options.set(Parser.EXTENSIONS, list);
    options.set(BodyGuard.MAX_DEPTH, limits.maxBodyDepth());
    options.set(LinkableTextAutolinks.MAX_PIECES, limits.maxBodyTextPieces());
    // the core heading factory builds the paragraph so far on every line; ours asks it only
    // about lines that can be headings (QuickHeadings)
    options.set(Parser.HEADING_PARSER, false);
    // the builder loads the extensions; our parts go in after them
    Parser.Builder builder = Parser.builder(options);
    NonCopyingInlineParser.install(builder);
    builder.customBlockParserFactory(new QuickHeadings());
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
   *     the limit, ({@code limit-body-nodes}) when it would have more nodes, ({@code
   *     limit-body-lines}) when a block inside a container has too many lines, ({@code
   *     limit-body-text-pieces}) when the search for links would read too much text together,
   *     or ({@code limit-body-stack}) when flexmark overflows the stack
   */
  public Document parse(SourceText src, int bodyStart) {
    String fileText = src.text();
    BasedSequence file = BasedSequence.of(fileText);
    Document document;
    BodyGuard.Context context = BodyGuard.begin(limits.maxBodyNodes());
    try {
      BlockScan.check(fileText, bodyStart, limits.maxBodyBlockLines(), limits.maxBodyNodes());
      document = parser.parse(file.subSequence(bodyStart));
      adoptAndCount(document, limits.maxBodyNodes());
    } catch (BodyGuard.Limit e) {
      throw failure(src, e.rule, e.offset, bodyStart, e.getMessage());
    } catch (StackOverflowError | RuntimeException e) {
      if (!BodyGuard.overflowed(e)) {
        throw e;
      }
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

  /**
   * One walk over the parsed tree, in document order and without recursion: it gives orphans
   * back to their parents and throws ({@code limit-body-nodes}) when the tree has more than
   * {@code maxNodes} nodes below the document.
   *
   * <p>flexmark 0.64.8's definition-list extension can leave a node whose parent is null while
   * its former parent still lists it among its children (a paragraph of {@code b} then {@code
   * : x} lines inside some constructs; found by fuzzing, stock flexmark does the same). Such a
   * node is rendered, but {@code getLineNumber()} on it or below it throws, since no Document is
   * above it, and a walk that climbs back through parents would stop at it. So each node's
   * children are checked before the walk goes down to them: a parent whose children do not all
   * point back to it gets them again in the same order; the tree's shape and the HTML stay as
   * they were. (One walk rather than two: on text that is nearly all nodes, such as a page of
   * links, each walk over the tree costs several percent of the parse.)
   */
  private static void adoptAndCount(Document document, int maxNodes) {
    long total = 0;
    Node n = document;
    while (n != null) {
      adoptChildren(n);
      if (n != document && ++total > maxNodes) {
        throw BlockScan.tooManyNodes(maxNodes, n.getStartOffset(), false);
      }
      n = BodyGuard.next(n, document);
    }
  }

  private static void adoptChildren(Node parent) {
    for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
      if (c.getParent() != parent) {
        List<Node> children = new ArrayList<>();
        for (Node d = parent.getFirstChild(); d != null; d = d.getNext()) {
          children.add(d);
        }
        for (Node d : children) {
          d.unlink();
        }
        children.forEach(parent::appendChild);
        return;
      }
    }
  }

  /** Parses as {@link #parse(SourceText, int)}; messages name the source {@code <body>}. */
  public Document parse(String fileText, int bodyStart) {
    return parse(new SourceText("<body>", fileText), bodyStart);
  }

  /** The {@code ArticleException} for a limit hit in the body stage of {@code src}. */
  static ArticleException failure(SourceText src, BodyGuard.Limit limit, int bodyStart) {
    return failure(src, limit.rule, limit.offset, bodyStart, limit.getMessage());
  }

  private static ArticleException failure(
      SourceText src, String rule, int offset, int bodyStart, String message) {
    int at = offset < bodyStart || offset > src.text().length() ? bodyStart : offset;
    return new ArticleException(
        List.of(src.problem(rule, Problem.Severity.ERROR, "", at, message)));
  }
}
