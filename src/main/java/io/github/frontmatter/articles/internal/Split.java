package io.github.frontmatter.articles.internal;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Problem;
import java.util.List;

/**
 * Where the front matter and the body of a file are. Offsets are UTF-16 indexes into the
 * decoded text without its byte order mark.
 *
 * @param format the front-matter format, {@link Format#NONE} when there is none
 * @param blockStart start of the front-matter text (after the opening fence line)
 * @param blockEnd end of the front-matter text (start of the closing fence line)
 * @param bodyStart start of the body (after the closing fence line)
 */
public record Split(Format format, int blockStart, int blockEnd, int bodyStart) {

  /**
   * Finds the front matter at the start of {@code src}.
   *
   * <p>YAML opens with a first line {@code ---} (trailing spaces or tabs allowed) and closes
   * with the next line {@code ---} or {@code ...}. {@code ---yaml} also opens YAML. TOML opens
   * with a first line {@code +++} and closes with the next line {@code +++} (both with trailing
   * spaces or tabs allowed). JSON (a leading <code>{</code> object) and other language-tagged
   * fences ({@code ---json}) are recognised and refused with a clear message until they are
   * supported, so that they are never read as Markdown.
   *
   * @throws ArticleException for an unclosed fence or an unsupported format
   */
  public static Split of(SourceText src) {
    String text = src.text();
    int firstEnd = lineContentEnd(text, 0);
    if (text.startsWith("---")) {
      int afterDashes = 3;
      int i = skipBlanks(text, afterDashes, firstEnd);
      if (i == firstEnd) {
        return yaml(src, text, firstEnd);
      }
      if (i == afterDashes || Character.isLetter(text.charAt(i))) {
        int tagEnd = i;
        while (tagEnd < firstEnd && Character.isLetterOrDigit(text.charAt(tagEnd))) {
          tagEnd++;
        }
        if (tagEnd > i && skipBlanks(text, tagEnd, firstEnd) == firstEnd) {
          String tag = text.substring(i, tagEnd);
          if (tag.equals("yaml")) {
            return yaml(src, text, firstEnd);
          }
          throw unsupported(src, 3, "front matter tagged \"" + tag + "\" (---" + tag + ")");
        }
      }
      // "----", "--- text": a thematic break or text, not a fence
      return none(text);
    }
    if (text.startsWith("+++") && skipBlanks(text, 3, firstEnd) == firstEnd) {
      return toml(src, text, firstEnd);
    }
    if (text.startsWith("{") && looksLikeJsonObject(text)) {
      throw unsupported(src, 0, "JSON front matter");
    }
    return none(text);
  }

  private static Split none(String text) {
    return new Split(Format.NONE, 0, 0, 0);
  }

  private static Split yaml(SourceText src, String text, int firstEnd) {
    int blockStart = nextLine(text, firstEnd);
    int lineStart = blockStart;
    while (lineStart < text.length()) {
      int end = lineContentEnd(text, lineStart);
      if (end - lineStart >= 3
          && (text.startsWith("---", lineStart) || text.startsWith("...", lineStart))
          && skipBlanks(text, lineStart + 3, end) == end) {
        return new Split(Format.YAML, blockStart, lineStart, nextLine(text, end));
      }
      lineStart = nextLine(text, end);
    }
    throw new ArticleException(
        List.of(
            src.problem(
                "fence-unclosed",
                Problem.Severity.ERROR,
                "",
                0,
                "expected a closing \"---\" line for the front matter opened here but found"
                    + " the end of the file")));
  }

  private static Split toml(SourceText src, String text, int firstEnd) {
    int blockStart = nextLine(text, firstEnd);
    for (int lineStart = blockStart; lineStart < text.length(); ) {
      int end = lineContentEnd(text, lineStart);
      if (text.startsWith("+++", lineStart) && skipBlanks(text, lineStart + 3, end) == end) {
        return new Split(Format.TOML, blockStart, lineStart, nextLine(text, end));
      }
      lineStart = nextLine(text, end);
    }
    throw new ArticleException(List.of(src.problem("fence-unclosed", Problem.Severity.ERROR, "",
        0, "expected a closing \"+++\" line for the front matter opened here but found the end"
            + " of the file")));
  }

  /** Hugo reads a leading object as JSON; a shortcode such as {{< x >}} is not one. */
  private static boolean looksLikeJsonObject(String text) {
    int i = 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '}');
  }

  private static ArticleException unsupported(SourceText src, int offset, String what) {
    return new ArticleException(
        List.of(
            src.problem(
                "format-unsupported",
                Problem.Severity.ERROR,
                "",
                offset,
                "expected YAML front matter (---) but found " + what
                    + ", which is not supported yet")));
  }

  /** End of the line's content: the index of its '\n' or '\r\n', or the text's end. */
  static int lineContentEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    if (nl < 0) {
      return text.length();
    }
    return nl > from && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
  }

  /** Start of the next line after a line whose content ends at {@code contentEnd}. */
  static int nextLine(String text, int contentEnd) {
    if (contentEnd < text.length() && text.charAt(contentEnd) == '\r') {
      contentEnd++;
    }
    return contentEnd < text.length() ? contentEnd + 1 : contentEnd;
  }

  private static int skipBlanks(String text, int from, int end) {
    while (from < end && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
      from++;
    }
    return from;
  }
}
