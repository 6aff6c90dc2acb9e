package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.core.delimiter.UnderscoreDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
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
 *   <li>{@link #parseHtmlInline}: answers "no inline HTML here" without running flexmark's
 *       regular expression when the closer a CDATA section, processing instruction or
 *       declaration needs is nowhere ahead (flexmark's expression scans to the end of the
 *       paragraph or line for every such opener: quadratic), from forward-only memos.
 *   <li>{@link #parseLinkDestination}: finds where an inline link's destination ends from a
 *       forward-only memo instead of scanning it again for every {@code ](} of a run without
 *       spaces ({@code [a](b} repeated was quadratic).
 *   <li>{@link #parseDelimiters}: an {@code _} run inside a word, which can neither open nor
 *       close emphasis, becomes plain text without a delimiter on the stack.
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
  /** Whether flexmark's HTML_TAG pattern is the plain one {@link #parseHtmlInline} reasons about. */
  private final boolean plainHtmlPattern;
  private final CloserMemo cdataEnd = new CloserMemo("]]>");
  private final CloserMemo piEnd = new CloserMemo("?>");
  private final CloserMemo gt = new CloserMemo(">");
  private final LineEndMemo lineEnd = new LineEndMemo();
  /** Whether flexmark's hand-rolled destination scan is the plain one {@link #destinationEnd} mirrors. */
  private final boolean plainDestinations;
  private final StopMemo destinationStop = new StopMemo();

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
    // both options add alternatives to flexmark's HTML_TAG pattern (Parsing.java:441-443)
    this.plainHtmlPattern = !Parser.INTELLIJ_DUMMY_IDENTIFIER.get(options)
        && !Parser.HTML_FOR_TRANSLATOR.get(options);
    // the scan stops only at a control character, a space or an unmatched ')' exactly when
    // '(' never ends it and neither spaces, Jekyll macros nor the dummy identifier are allowed
    this.plainDestinations = linkDestinationParser != null
        && linkDestinationParser.allowMatchedParentheses && !linkDestinationParser.spaceInUrls
        && !linkDestinationParser.parseJekyllMacrosInUrls
        && !linkDestinationParser.intellijDummyIdentifier;
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

  /**
   * flexmark tries its inline HTML pattern at every {@code <}. Three of its alternatives scan
   * ahead lazily for a closer and fail only at the end of the paragraph (CDATA {@code
   * <![CDATA[ ... ]]>}, declaration {@code <!X ... >}) or of the line (processing instruction
   * {@code <? ... ?>}) when there is none, so {@code n} openers without a closer cost {@code
   * n} scans of the rest of the paragraph (flexmark 0.64.8 {@code Parsing.java:58-59, 151}).
   * For an opener of those three kinds no other alternative of the pattern can match, so the
   * pattern matches exactly when that closer lies ahead; when the memo says it does not, the
   * answer is "no" without running the pattern. When it does, the pattern runs and its match
   * ends at that closer, so the scan is paid for by the text it consumes.
   */
  @Override
  public boolean parseHtmlInline() {
    if (plainHtmlPattern && !closerAhead()) {
      return false;
    }
    return super.parseHtmlInline();
  }

  /**
   * Whether the inline HTML at {@code index} (a {@code <}) can have its closer: false only for
   * a CDATA section, processing instruction or declaration whose closer is nowhere ahead.
   */
  private boolean closerAhead() {
    int n = input.length();
    int i = index;
    if (i + 1 >= n) {
      return true; // flexmark's pattern decides, at no cost
    }
    char c1 = input.charAt(i + 1);
    if (c1 == '?') {
      // [<][?].*?[?][>]: the first "?>" from i + 2 on, before any line terminator of '.'
      int end = piEnd.next(input, i + 2);
      return end >= 0 && end < lineEnd.next(input, i + 2);
    }
    if (c1 != '!' || i + 2 >= n) {
      return true;
    }
    char c2 = input.charAt(i + 2);
    if (c2 == '[') {
      // <!\[CDATA\[[\s\S]*?\]\]> (case-insensitive): "]]>" anywhere after the opener
      if (!regionMatchesIgnoreCase(i + 3, "CDATA[")) {
        return true;
      }
      return cdataEnd.next(input, i + 9) >= 0;
    }
    if (c2 < 0x80 && Character.isLetter(c2)) {
      // <![A-Z]+\s+[^>]*> (case-insensitive): needs a '>' after the letters and the spaces
      return gt.next(input, i + 3) >= 0;
    }
    return true;
  }

  private boolean regionMatchesIgnoreCase(int from, String ascii) {
    if (from + ascii.length() > input.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      char c = input.charAt(from + k);
      char want = ascii.charAt(k);
      if (c != want && !(Character.isLetter(want) && (c | 0x20) == (want | 0x20) && c < 0x80)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The next position of a fixed closer in the current paragraph at or after a position. The
   * answer of the last search stays valid for every later position up to it (and "none" for
   * every later position at all), so while positions only grow, each character is searched
   * once per paragraph; a search from an earlier position, or in another input, starts over.
   */
  private static final class CloserMemo {
    private final String closer;
    private CharSequence in;
    private int from = -1;
    private int found = -1;

    CloserMemo(String closer) {
      this.closer = closer;
    }

    int next(BasedSequence input, int at) {
      if (input != in || at < from || found >= 0 && found < at) {
        in = input;
        from = at;
        found = indexOf(input, closer, at);
      }
      return found;
    }

    /**
     * {@code String.indexOf} on the sequence. Not flexmark's {@code BasedSequence.indexOf},
     * which misses a match that overlaps a failed partial one (0.64.8: {@code "??>"} has no
     * {@code "?>"} for it).
     */
    private static int indexOf(CharSequence s, String what, int from) {
      int last = s.length() - what.length();
      char first = what.charAt(0);
      for (int i = Math.max(0, from); i <= last; i++) {
        if (s.charAt(i) != first) {
          continue;
        }
        int k = 1;
        while (k < what.length() && s.charAt(i + k) == what.charAt(k)) {
          k++;
        }
        if (k == what.length()) {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * The next line terminator of a regular expression's {@code .} (no {@code UNIX_LINES}) at or
   * after a position, or the input's length; memoised like {@link CloserMemo}.
   */
  private static final class LineEndMemo {
    private CharSequence in;
    private int from = -1;
    private int found = -1;

    int next(BasedSequence input, int at) {
      if (input != in || at < from || found < at) {
        in = input;
        from = at;
        int n = input.length();
        int k = at;
        while (k < n && !isLineTerminator(input.charAt(k))) {
          k++;
        }
        found = k;
      }
      return found;
    }

    private static boolean isLineTerminator(char c) {
      return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
  }

  /**
   * flexmark reads an inline link's destination ({@code LinkDestinationParser}) up to the
   * first control character or space, or an unmatched {@code )}; in a run without either,
   * every {@code ](} in it scans to the end of the run, then finds no {@code )} and backs out.
   * When no {@code )} lies between the position and the next control character or space (or
   * the end), that scan cannot stop earlier, whatever the parentheses and backslash escapes
   * on the way (an escape only hides a punctuation character): its destination is everything
   * up to there, read here from a forward-only memo. A destination in angle brackets is tried
   * first, as flexmark does. Every other case goes to flexmark.
   */
  @Override
  public BasedSequence parseLinkDestination() {
    if (plainDestinations && index < input.length()) {
      if (input.charAt(index) == '<') {
        // flexmark's first try; it stops at the next '<', so these scans do not overlap
        BasedSequence angled = match(myParsing.LINK_DESTINATION_ANGLES);
        if (angled != null) {
          return angled;
        }
      }
      int stop = destinationStop.next(input, index);
      if (stop == input.length() || input.charAt(stop) != ')') {
        BasedSequence destination = input.subSequence(index, stop);
        index = stop;
        return destination;
      }
    }
    return super.parseLinkDestination();
  }

  /**
   * The next control character, space or {@code )} at or after a position, or the input's
   * length; memoised like {@link CloserMemo}.
   */
  private static final class StopMemo {
    private CharSequence in;
    private int from = -1;
    private int found = -1;

    int next(BasedSequence input, int at) {
      if (input != in || at < from || found < at) {
        in = input;
        from = at;
        int n = input.length();
        int k = at;
        while (k < n && input.charAt(k) > ' ' && input.charAt(k) != ')') {
          k++;
        }
        found = k;
      }
      return found;
    }
  }

  /**
   * An {@code _} run between two ASCII letters or digits ({@code snake_case}) can neither open
   * nor close emphasis: both flanking conditions hold and neither side is punctuation, which
   * is what {@code UnderscoreDelimiterProcessor} requires for either. flexmark still makes a
   * text node and a stack delimiter for it that no opener or closer is ever matched with (the
   * rule of three reads only the opener's and the closer's runs), and merges the text node
   * with its neighbours afterwards; {@code _a_b} repeated made millions of both. Appended as
   * ordinary text it gives the same tree, with two conditions. No bracket may be open: an
   * undefined reference {@code [x_y]} becomes a reference only when no unmatched delimiter
   * lies inside it ({@code Bracket.isStraddling}). And the stack must not be empty: that
   * check runs only for a bracket with a delimiter below it, so the run must not be the one
   * that would have made it non-empty. Every other run goes to flexmark.
   */
  @Override
  protected boolean parseDelimiters(DelimiterProcessor processor, char delimiterChar) {
    if (delimiterChar == '_' && processor.getClass() == UnderscoreDelimiterProcessor.class
        && getLastBracket() == null && lastDelimiter != null
        && index > 0 && isAsciiAlphanumeric(input.charAt(index - 1))) {
      int end = index + 1;
      int n = input.length();
      while (end < n && input.charAt(end) == '_') {
        end++;
      }
      if (end < n && isAsciiAlphanumeric(input.charAt(end))) {
        appendText(input, index, end);
        index = end;
        return true;
      }
    }
    return super.parseDelimiters(processor, delimiterChar);
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
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
  private static final int NO_LABEL = -1;
  private static final int UNDECIDED = -2;
  private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

  /**
   * Where flexmark's {@code LINK_LABEL} pattern, {@code \\[(?:[^\\\\\\[\\]]|\\\\[escapable]|\\\\){0,999}\\]},
   * would end a match at {@code at}, found in time linear in the label: the pattern reads a
   * backslash pair two ways (an escape, or two lone backslashes), so a run of backslashes with
   * no closing bracket made the regular expression try exponentially many ways (40 bytes took
   * 9 s; found by fuzzing). This follows the pattern's own order of preference: from each
   * position it first tries to go on (a plain character, then an escape, then a lone
   * backslash) and only then to close at {@code ]}, so the first way that succeeds is the
   * pattern's match. Computed right to left over the part no path can pass (the first
   * {@code [} or {@code ]} with no backslash before it). When that match would hold more than
   * 999 characters (where the pattern's count of repetitions could matter) it answers
   * {@link #UNDECIDED} and the pattern decides; {@link #NO_LABEL} when nothing matches.
   */
  static int linkLabelEnd(CharSequence in, int at) {
    int n = in.length();
    if (at >= n || in.charAt(at) != '[') {
      return NO_LABEL;
    }
    int start = at + 1;
    int stop = start; // the first bracket no path can pass, or the end
    int cap = Math.min(n, start + 2 * 999 + 1); // 999 repetitions of at most 2 characters
    while (stop < cap) {
      char c = in.charAt(stop);
      if ((c == '[' || c == ']') && (stop == start || in.charAt(stop - 1) != '\\')) {
        break;
      }
      stop++;
    }
    // first[i - start]: where the first successful way from position i ends, or NO_LABEL
    int[] first = new int[stop - start + 2];
    Arrays.fill(first, NO_LABEL); // past the end of the input: no way on
    for (int i = Math.min(stop, n - 1); i >= start; i--) {
      char c = in.charAt(i);
      int r;
      if (c == ']') {
        // a way can go on past it only as the second half of an escape, tried by the
        // backslash before it; from here the only way is to close
        r = i + 1;
      } else if (c == '[' || i >= cap) {
        r = NO_LABEL;
      } else if (c != '\\') {
        r = next(first, start, i + 1, stop);
      } else {
        r = i + 1 < n && ESCAPABLE.indexOf(in.charAt(i + 1)) >= 0
            ? next(first, start, i + 2, stop) : NO_LABEL;
        if (r == NO_LABEL) {
          r = next(first, start, i + 1, stop);
        }
      }
      first[i - start] = r;
    }
    int end = start <= Math.min(stop, n - 1) ? first[0] : NO_LABEL;
    return end != NO_LABEL && end - start - 1 > 999 ? UNDECIDED : end;
  }

  private static int next(int[] first, int start, int i, int stop) {
    return i > stop ? NO_LABEL : first[i - start];
  }

  private Matcher findHere(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    boolean found;
    try {
      found = matcher.find();
    } catch (StackOverflowError | RuntimeException e) {
      if (!BodyGuard.overflowed(e)) {
        throw e;
      }
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
    if (re == myParsing.LINK_LABEL) {
      int end = linkLabelEnd(input, index);
      if (end == NO_LABEL) {
        return null;
      }
      if (end != UNDECIDED) {
        BasedSequence label = input.subSequence(index, end);
        index = end;
        return label;
      }
    }
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
