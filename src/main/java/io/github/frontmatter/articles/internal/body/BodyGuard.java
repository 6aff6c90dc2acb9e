package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.dependency.FirstDependent;
import java.util.Set;

/**
 * Limits on the body's tree that keep flexmark from hanging or overflowing the stack; see
 * docs/markdown-limits.md.
 *
 * <p>Depth is counted exactly, while flexmark builds the tree, not guessed from the text: a
 * node's depth is the number of its ancestors (the document is at depth 0, a top-level
 * paragraph at 1, its text at 2). Two checks cover every node:
 *
 * <ul>
 *   <li>block containers: this class is also a block parser factory that flexmark consults
 *       first whenever it tries to open a block inside a container (a block quote, a list
 *       item, a footnote); it never opens one itself, but stops the parse when that container
 *       is already at the limit. So a list nested 10,000 deep stops at the limit, long before
 *       flexmark's time per line (which grows with the depth) adds up;
 *   <li>inline nesting (emphasis, links, images): {@link NonCopyingInlineParser} measures each
 *       paragraph's inline tree right after parsing it, before any post-processor walks it.
 * </ul>
 *
 * <p>The parse state is also kept for {@link Markdown}, so that a stack overflow inside one of
 * flexmark's regular expressions (they recurse once per character on some constructs) can be
 * reported at the line flexmark was reading.
 */
final class BodyGuard implements CustomBlockParserFactory {

  /** The deepest node allowed, read by the factory and by {@link NonCopyingInlineParser}. */
  static final DataKey<Integer> MAX_DEPTH = new DataKey<>("ARTICLES_MAX_BODY_DEPTH", 128);

  /** The rule of {@link Limit} errors about depth. */
  static final String DEPTH_RULE = "limit-body-depth";

  /** The rule of stack overflows inside flexmark. */
  static final String STACK_RULE = "limit-body-stack";

  /** What the current thread's parse has seen; set by {@link Markdown#parse}. */
  static final class Context {
    ParserState state;
    NonCopyingInlineParser inline;
    /** The most nodes the body may have, and the inline nodes counted so far. */
    int maxNodes = Integer.MAX_VALUE;
    long inlineNodes;

    /** The file offset flexmark was working at, or -1 when unknown. */
    int offset() {
      if (inline != null && inline.inputOffset() >= 0) {
        return inline.inputOffset();
      }
      if (state != null) {
        return state.getLine().getStartOffset();
      }
      return -1;
    }
  }

  private static final ThreadLocal<Context> CONTEXT = new ThreadLocal<>();

  static Context begin() {
    Context c = new Context();
    CONTEXT.set(c);
    return c;
  }

  static Context begin(int maxNodes) {
    Context c = begin();
    c.maxNodes = maxNodes;
    return c;
  }

  /**
   * Counts the inline nodes of a block just parsed by {@link NonCopyingInlineParser} and stops
   * the parse once the body has more than {@code Limits.maxBodyNodes}: counting as paragraphs
   * are parsed keeps a body of a million short lines from being built whole first.
   */
  static void inlineParsed(Node block) {
    Context c = CONTEXT.get();
    if (c == null) {
      return;
    }
    long total = c.inlineNodes;
    Node n = block.getFirstChild();
    while (n != null) {
      if (++total > c.maxNodes) {
        throw BlockScan.tooManyNodes(c.maxNodes, n.getStartOffset(), false);
      }
      n = next(n, block);
    }
    c.inlineNodes = total;
  }

  /**
   * Whether {@code e} is a stack overflow, or wraps one: an agent's or a dependency's hook that
   * runs inside the overflowing call may wrap it (the fuzzer's hooks on regular expressions
   * throw a {@code JazzerApiException} caused by it). Looks a few causes deep.
   */
  static boolean overflowed(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 8 && t != null; i++, t = t.getCause()) {
      if (t instanceof StackOverflowError) {
        return true;
      }
    }
    return false;
  }

  /** The node after {@code n} in document order within {@code root}, or null; no recursion. */
  static Node next(Node n, Node root) {
    if (n.getFirstChild() != null) {
      return n.getFirstChild();
    }
    while (n != root && n.getNext() == null) {
      n = n.getParent();
    }
    return n == root ? null : n.getNext();
  }

  static void end() {
    CONTEXT.remove();
  }

  static Context context() {
    return CONTEXT.get();
  }

  /** A limit hit while parsing; {@link Markdown} turns it into an {@code ArticleException}. */
  static final class Limit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String rule;
    final int offset;

    Limit(String rule, int offset, String message) {
      super(message, null, false, false);
      this.rule = rule;
      this.offset = offset;
    }
  }

  static Limit tooDeep(int maxDepth, int offset) {
    return new Limit(DEPTH_RULE, offset, "expected the body nested at most " + maxDepth
        + " levels deep (block quotes, lists, emphasis, links) but found deeper nesting;"
        + " Limits.maxBodyDepth raises the limit");
  }

  static Limit stackOverflow(int offset) {
    return new Limit(STACK_RULE, offset, "expected Markdown that flexmark can parse on this"
        + " thread's stack but found a construct too long for its regular expressions, which"
        + " recurse once per character (a link title, an HTML tag or comment, an e-mail"
        + " autolink, a line of '*', '-' or '_'); shorten it, or parse on a thread with a"
        + " larger stack (java -Xss)");
  }

  /** Returns how deep {@code node} is, counting at most {@code max + 1} ancestors. */
  static int depth(Node node, int max) {
    int d = 0;
    for (Node n = node.getParent(); n != null && d <= max; n = n.getParent()) {
      d++;
    }
    return d;
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    int maxDepth = MAX_DEPTH.get(options);
    Context context = CONTEXT.get();
    return (state, matched) -> check(state, matched, maxDepth, context);
  }

  private static BlockStart check(
      ParserState state, MatchedBlockParser matched, int maxDepth, Context context) {
    if (context != null) {
      context.state = state;
    }
    Node container = matched.getBlockParser().getBlock();
    // anything opened in this container would sit one level below it
    if (depth(container, maxDepth) >= maxDepth) {
      throw tooDeep(maxDepth, state.getLine().getStartOffset() + state.getNextNonSpaceIndex());
    }
    return BlockStart.none();
  }

  /** First of all block parser factories, so that it sees every attempt to open a block. */
  @Override
  public Set<Class<?>> getBeforeDependents() {
    return Set.of(FirstDependent.class);
  }

  @Override
  public Set<Class<?>> getAfterDependents() {
    return null;
  }

  @Override
  public boolean affectsGlobalScope() {
    return false;
  }
}
