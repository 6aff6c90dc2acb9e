package io.github.frontmatter.articles.spark;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Counts the words of an article's body, the way a reader would count them, Chinese and
 * Japanese included.
 *
 * <p><b>What text is counted.</b> The prose of the body's Markdown tree ({@code
 * Article.body()}): text of paragraphs, headings, list items, block quotes, table cells,
 * emphasis, link text, image descriptions and footnote definitions, and inline code. Not
 * counted: the front matter, fenced and indented code blocks, raw HTML (blocks, inline tags,
 * comments), bare URLs and e-mail addresses (autolinks), link destinations, reference
 * definitions, footnote markers ({@code [^1]}), a table's {@code ---} row, and HTML entities.
 * Blocks, table cells and line breaks separate words; emphasis does not ({@code
 * foo**bar**} is one word).
 *
 * <p><b>How words are split.</b> See {@link #count(CharSequence)}: a run of letters, digits
 * and combining marks is one word, so is a run joined inside by an apostrophe, hyphen, dot or
 * underscore ({@code don't}, {@code state-of-the-art}, {@code 3.14}, {@code Node.js}, {@code
 * snake_case}); each Han character (Chinese hanzi, Japanese kanji), Hiragana and Katakana
 * character is a word by itself, because those scripts are written without spaces; Korean
 * Hangul is written with spaces, so a run of Hangul is one word, like Latin. Punctuation,
 * symbols and emoji are not words. This is not Hugo's {@code .WordCount}, which splits on
 * white space only (and, with {@code hasCJKLanguage}, counts every character of a word that
 * has non-ASCII characters).
 */
public final class WordCount {
  private WordCount() {}

  /** Returns the number of words in the prose of {@code body}; see the class comment. */
  public static int count(Document body) {
    StringBuilder text = new StringBuilder();
    // iterative pre-order walk: deeply nested lists must not overflow the stack
    Node n = body.getFirstChild();
    while (n != null) {
      boolean descend = true;
      if (n instanceof Text || n instanceof Code) {
        text.append(n instanceof Code c ? c.getText() : n.getChars());
        descend = !(n instanceof Code);
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak
          || n instanceof HtmlEntity) {
        text.append(' ');
      } else if (skipped(n)) {
        text.append(' ');
        descend = false;
      } else if (n instanceof Block || n instanceof TableCell) {
        text.append('\n');
      }
      if (descend && n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != null && n.getNext() == null) {
        n = n.getParent();
        if (n == body) {
          n = null;
        } else if (n instanceof Block || n instanceof TableCell) {
          text.append('\n');
        }
      }
      n = n == null ? null : n.getNext();
    }
    return count(text);
  }

  private static boolean skipped(Node n) {
    return n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
        || n instanceof HtmlBlock || n instanceof HtmlCommentBlock
        || n instanceof HtmlInline || n instanceof HtmlInlineComment
        || n instanceof AutoLink || n instanceof MailLink || n instanceof Reference
        || n instanceof Footnote || n instanceof TableSeparator;
  }

  /**
   * Returns the number of words in plain text: each Han, Hiragana or Katakana character is
   * one word; any other run of letters, digits and combining marks is one word, and an
   * apostrophe ({@code '} or {@code ’}), hyphen ({@code -} or {@code ‐}), dot or underscore
   * between two such characters does not end it. Everything else separates words.
   */
  public static int count(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    int i = 0;
    int length = text.length();
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      int next = i + Character.charCount(cp);
      if (isSpacelessScript(cp)) {
        words++;
        inWord = false;
      } else if (isWordChar(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (inWord && isJoiner(cp) && next < length) {
        int after = Character.codePointAt(text, next);
        inWord = isWordChar(after) && !isSpacelessScript(after);
      } else {
        inWord = false;
      }
      i = next;
    }
    return words;
  }

  private static boolean isSpacelessScript(int cp) {
    if (cp < 0x2E80) {
      return false; // fast path: nothing below the CJK radicals is Han, Hiragana or Katakana
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-' || cp == '\u2010' || cp == '.'
        || cp == '_';
  }
}
