package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * flexmark's heading parser, asked only about lines that can be headings.
 *
 * <p>Stock {@code HeadingParser.BlockFactory.tryStart} (flexmark 0.64.8,
 * {@code HeadingParser.java:157}) builds the content of the open paragraph for every line it
 * is asked about, before it looks at the line; flexmark asks it about every line that does not
 * start with a letter. So a paragraph of n such lines (reference definitions, lines of digits
 * or punctuation) costs n² (a 1.4 MB file of reference definitions took 14 s). This factory
 * takes the place of the core one ({@link Parser#HEADING_PARSER} is turned off) with the same
 * place among the block parsers, and passes a line on only when it matches the ATX or setext
 * opening stock would test next: every other line gets {@link BlockStart#none()}, which is
 * what stock returns for it. A line that matches starts a heading (and so closes the
 * paragraph) or, with no paragraph open, needs no content, so the content is built at most
 * once per paragraph.
 *
 * <p>The two patterns are those of stock's default heading options; with other options (which
 * the library does not set) every line is passed on, as stock would.
 */
final class QuickHeadings implements CustomBlockParserFactory {
  /** An ATX opening under the default options: one to six {@code #}, then a blank or the end. */
  private static final Pattern ATX = Pattern.compile("^#{1,6}(?:[ \t]+|$)");

  /** A setext underline with the default minimum length of one. */
  private static final Pattern SETEXT = Pattern.compile("^(?:=+|-+)[ \t]*$");

  private final HeadingParser.Factory stock = new HeadingParser.Factory();

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory factory = stock.apply(options);
    boolean defaults = !Parser.HEADING_NO_ATX_SPACE.get(options)
        && !Parser.HEADING_NO_EMPTY_HEADING_WITHOUT_SPACE.get(options)
        && Parser.HEADING_SETEXT_MARKER_LENGTH.get(options) <= 1;
    if (!defaults) {
      return factory;
    }
    return (state, matched) -> {
      BasedSequence line = state.getLine();
      BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
      // the same test on the same text as stock's, so the answer is the same
      if (ATX.matcher(rest).find() || SETEXT.matcher(rest).find()) {
        return factory.tryStart(state, matched);
      }
      return BlockStart.none();
    };
  }

  @Override
  public SpecialLeadInHandler getLeadInHandler(DataHolder options) {
    return stock.getLeadInHandler(options);
  }

  /** Stock's dependencies: after block quotes ... */
  @Override
  public Set<Class<?>> getAfterDependents() {
    return Set.of(BlockQuoteParser.Factory.class);
  }

  /**
   * ... and before these. Stock's factories also name {@code HeadingParser.Factory} from their
   * side, a class no longer in the list, so the order is kept by saying it from this side.
   */
  @Override
  public Set<Class<?>> getBeforeDependents() {
    return Set.of(FencedCodeBlockParser.Factory.class, HtmlBlockParser.Factory.class,
        ThematicBreakParser.Factory.class, ListBlockParser.Factory.class,
        IndentedCodeBlockParser.Factory.class);
  }

  @Override
  public boolean affectsGlobalScope() {
    return false;
  }
}
