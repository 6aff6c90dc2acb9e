package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's CommonMark inline parser whose matching reads the matcher's positions instead of
 * copying the input (flexmark's copy per match made long paragraphs quadratic), plus the
 * inline half of the body limits. It changes no tree: {@code MarkdownEquivalenceTest} compares
 * it with stock flexmark node for node on the whole corpus. See docs/markdown-limits.md.
 *
 * <ul>
 *   <li>{@link #match}, {@link #matchWithGroups}, {@link #matcher}: flexmark 0.64.8 calls
 *       {@link Matcher#toMatchResult()} after every match only to read its start and end; up
 *       to Java 19 that copies the whole input, which is the whole paragraph, so a paragraph
 *       with <i>n</i> links or code spans cost <i>n</i> copies of itself (140 KB of mixed
 *       inline Markdown: 6.5 s; 20,000 links: 17.6 s). These read {@link Matcher#start()} and
 *       {@link Matcher#end()} directly, and report a stack overflow inside the regular
 *       expression as a limit at the construct's position.
 *   <li>{@link #processDelimiters}: skips the one call in which flexmark walks the whole
 *       delimiter stack to do nothing (see there).
 *   <li>{@link #parse}: after each paragraph, checks the depth of its inline nodes.
 * </ul>
 *
 * <p>A parser built with a custom inline parser factory no longer gets flexmark's core
 * reference-definition pre-processor (flexmark adds it only for its own factory), so {@link
 * #install} adds it back, in the position flexmark would give it: after every extension's
 * paragraph pre-processor.
 */
final class NonCopyingInlineParser extends CommonmarkInlineParser {

  /** The factory handed to {@link Parser.Builder#customInlineParserFactory}. */
  static final InlineParserFactory FACTORY = NonCopyingInlineParser::new;

  private final int maxDepth;
  private boolean parsing; // inside parse(): input and index are the paragraph's

  NonCopyingInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors,
        linkRefProcessors, inlineParserExtensions);
    this.maxDepth = BodyGuard.MAX_DEPTH.get(options);
    BodyGuard.Context context = BodyGuard.context();
    if (context != null) {
      context.inline = this;
    }
  }

  /**
   * Makes {@code builder} use this inline parser. Call it after the extensions are loaded
   * (that is, on a builder made with the options that list them), so that the reference
   * pre-processor comes after theirs, as in a stock parser.
   */
  static Parser.Builder install(Parser.Builder builder) {
    builder.customInlineParserFactory(FACTORY);
    if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(builder)) {
      builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }
    return builder;
  }

  /**
   * flexmark calls this after every link with the delimiter below the link's opening bracket;
   * when no emphasis delimiter was opened inside the link, that bottom is the top of the stack,
   * and flexmark's loop that looks for the first delimiter above it walks the whole stack down
   * to its end, finds nothing and does nothing else. So a paragraph with <i>d</i> unclosed
   * {@code *} or {@code _} runs (every {@code *em*} stays on the stack until the paragraph
   * ends) and <i>l</i> links cost <i>d</i> &times; <i>l</i> steps. Skipping that call when
   * nothing lies above the bottom changes nothing else: every other case goes to flexmark.
   */
  @Override
  public void processDelimiters(Delimiter stackBottom) {
    if (lastDelimiter == stackBottom) {
      return;
    }
    super.processDelimiters(stackBottom);
  }

  @Override
  public void parse(BasedSequence content, Node block) {
    parsing = true;
    try {
      super.parse(content, block);
    } finally {
      parsing = false;
    }
    checkDepth(block);
    BodyGuard.inlineParsed(block);
  }

  /**
   * Throws when a node of the paragraph just parsed lies deeper than the limit; walks the
   * paragraph's inline nodes once, without recursion.
   */
  private void checkDepth(Node block) {
    int depth = BodyGuard.depth(block, maxDepth) + 1;
    Node n = block.getFirstChild();
    while (n != null) {
      if (depth > maxDepth) {
        throw BodyGuard.tooDeep(maxDepth, n.getStartOffset());
      }
      Node child = n.getFirstChild();
      if (child != null) {
        n = child;
        depth++;
        continue;
      }
      while (n != block && n.getNext() == null) {
        n = n.getParent();
        depth--;
      }
      n = n == block ? null : n.getNext();
    }
  }

  /** The file offset of the inline parser's position while it parses a paragraph, or -1. */
  int inputOffset() {
    if (!parsing || input == null || input.isEmpty()) {
      return -1;
    }
    return input.getIndexOffset(Math.min(index, input.length() - 1));
  }

  /**
   * Finds {@code re} from the parser's position to the end of the input and moves the position
   * past the match; null, the position unchanged, when there is none. The one matching step of
   * {@link #match}, {@link #matchWithGroups} and {@link #matcher}.
   *
   * <p>Java's regular expressions recurse once per repetition of a group, and some of
   * flexmark's patterns (link titles, HTML comments and tags, e-mail autolinks) repeat a group
   * once per character: a link title of a few thousand characters overflows a 1 MB stack. The
   * overflow is caught right here, where nothing but the local matcher is in use, and reported
   * with the position of the construct.
   */
  private Matcher findHere(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    boolean found;
    try {
      found = matcher.find();
    } catch (StackOverflowError e) {
      int at = input.getIndexOffset(Math.min(index, input.length() - 1));
      throw BodyGuard.stackOverflow(at);
    }
    if (!found) {
      return null;
    }
    index = matcher.end();
    return matcher;
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher matcher = findHere(re);
    return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = findHere(re);
    if (matcher == null) {
      return null;
    }
    int groups = matcher.groupCount() + 1;
    BasedSequence[] results = new BasedSequence[groups];
    for (int i = 0; i < groups; i++) {
      int start = matcher.start(i);
      results[i] = start < 0 ? null : input.subSequence(start, matcher.end(i));
    }
    return results;
  }

  @Override
  public Matcher matcher(Pattern re) {
    return findHere(re);
  }
}
