package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.Split;
import io.github.frontmatter.articles.internal.read.TomlReader;
import io.github.frontmatter.articles.internal.read.TomlReader.Expression;
import io.github.frontmatter.articles.internal.read.TomlReader.Layout;
import io.github.frontmatter.articles.internal.read.TomlReader.Span;

import io.github.frontmatter.articles.Value;
import java.util.List;
import java.util.Map;

/**
 * One reading of TOML front matter for {@link TomlEditor}, made with {@link
 * TomlReader#layout}: its values, where each value is written (by JSON Pointer), its
 * expressions (key/value lines and table headers) in order, and the questions an edit asks
 * about its lines. Made again after every step of an edit, so every offset is exact.
 */
final class TomlBlock {
  final String text;
  final int blockStart;
  final int blockEnd;
  final Map<String, Value> values;
  final Map<String, Span> spans;
  final List<Expression> exprs;

  TomlBlock(String text, Split split) {
    this.text = text;
    this.blockStart = split.blockStart();
    this.blockEnd = split.blockEnd();
    Layout l = TomlReader.layout(new SourceText("", text), blockStart, blockEnd);
    this.values = l.values();
    this.spans = l.spans();
    this.exprs = l.expressions();
  }

  int lineStart(int offset) {
    int i = offset;
    while (i > blockStart && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  int nextLineStart(int offset) {
    return Math.min(Split.nextLine(text, Split.lineContentEnd(text, offset)), blockEnd);
  }

  boolean isBlankLine(int lineStart) {
    int end = Split.lineContentEnd(text, lineStart);
    for (int i = lineStart; i < end; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  boolean isCommentLine(int lineStart) {
    int i = lineStart;
    while (i < blockEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < blockEnd && text.charAt(i) == '#';
  }

  /** The blanks before {@code offset} on its line, or null if anything else precedes it. */
  String indentBefore(int offset) {
    int ls = lineStart(offset);
    String before = text.substring(ls, offset);
    return before.chars().allMatch(c -> c == ' ' || c == '\t') ? before : null;
  }

  /**
   * Where the lines of the expression starting on line {@code lineStart} begin, with the
   * full-line comments directly above that belong to it: those after a blank line, the
   * start of the block or the end of a previous value (not those right after a header).
   */
  int attachedStart(int lineStart) {
    Expression prev = null;
    for (Expression x : exprs) {
      if (x.start() < lineStart) {
        prev = x;
      }
    }
    int limit = prev == null ? blockStart : nextLineStart(prev.end());
    int i = lineStart;
    while (i > limit) {
      int p = lineStart(i - 1);
      if (!isCommentLine(p)) {
        break;
      }
      i = p;
    }
    if (i < lineStart && i == limit && prev != null && prev.header()) {
      return lineStart;
    }
    return i;
  }

  Expression nextHeader(Expression h) {
    for (Expression x : exprs) {
      if (x.header() && x.start() > h.start()) {
        return x;
      }
    }
    return null;
  }

  boolean hasHeaders() {
    return exprs.stream().anyMatch(Expression::header);
  }
}
