package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Problem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the front matter and the body of a file are. Offsets are UTF-16 indexes into the
 * decoded text without its byte order mark.
 *
 * @param format the front-matter format, {@link Format#NONE} when there is none
 * @param blockStart start of the front-matter text (after the opening fence line; 0 for a
 *     Hugo-style JSON object, which has no fences)
 * @param blockEnd end of the front-matter text (start of the closing fence line; just after
 *     the closing brace of a Hugo-style JSON object)
 * @param bodyStart start of the body (after the closing fence line)
 */
public record Split(Format format, int blockStart, int blockEnd, int bodyStart) {

  /**
   * Finds the front matter at the start of {@code src}.
   *
   * <p>YAML opens with a first line {@code ---} (trailing spaces or tabs allowed) and closes
   * with the next line {@code ---} or {@code ...}. {@code ---yaml} also opens YAML. TOML opens
   * with a first line {@code +++} and closes with the next line {@code +++} (both with
   * trailing spaces or tabs allowed). JSON is a leading <code>{</code> object (Hugo) or a
   * block between {@code ---json} and {@code ---} lines (gray-matter); see {@code hugoJson}
   * and {@code fencedJson} below. Other language-tagged fences ({@code ---coffee}) are
   * recognised and refused with a clear message, so that they are never read as Markdown.
   *
   * @throws ArticleException for an unclosed fence or an unsupported format
   */
  public static Split of(SourceText src) {
    String text = src.text();
    checkStart(src, text);
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
          if (tag.equals("json")) {
            return fencedJson(src, text, firstEnd);
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
      return hugoJson(text);
    }
    return none(text);
  }

  /**
   * Three starts of a file that would otherwise hide its front matter here, turning it
   * silently into body text: a second byte order mark (the first one is taken off before the
   * text gets here), a byte order mark on the opening fence line, and an opening fence line
   * that ends with a lone CR (classic Mac OS line endings; fences end at LF or CRLF). Hugo
   * reads the first and the last as front matter, and {@code ---<BOM>} too (not {@code
   * +++<BOM>}). All are refused.
   */
  private static void checkStart(SourceText src, String text) {
    if (text.startsWith("\uFEFF")) {
      throw new ArticleException(List.of(src.problem("encoding", Problem.Severity.ERROR, "", 0,
          "expected at most one byte order mark at the start of the file but found a second"
              + " one (remove it)")));
    }
    if (text.startsWith("---") || text.startsWith("+++")) {
      int firstEnd = lineContentEnd(text, 0);
      int bom = 3;
      while (bom < firstEnd && text.charAt(bom) != '\uFEFF') {
        bom++;
      }
      if (bom < firstEnd && OPENING_FENCE.matcher(
          text.substring(0, firstEnd).replace("\uFEFF", "")).matches()) {
        throw bomOnFence(src, text, bom);
      }
      // the opening line as of() reads it: dashes or pluses, blanks, for --- a tag, blanks
      int n = text.length();
      int i = skipBlanks(text, 3, n);
      if (text.charAt(0) == '-' && i < n && Character.isLetter(text.charAt(i))) {
        while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        i = skipBlanks(text, i, n);
      }
      if (i < n && text.charAt(i) == '\r'
          && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        throw new ArticleException(List.of(src.problem("fence-line-ending",
            Problem.Severity.ERROR, "", i, "expected the fence line to end with LF or CRLF but"
                + " found a lone CR (classic Mac OS line endings; convert the file to LF)")));
      }
    }
  }

  /**
   * The opening fence lines {@link #of} reads: {@code ---}, {@code ---tag} or {@code +++},
   * with blanks after (and for a tag, between).
   */
  private static final Pattern OPENING_FENCE = Pattern.compile(
      "---[ \t]*(\\p{L}[\\p{L}\\p{Nd}]*)?[ \t]*|\\+\\+\\+[ \t]*");

  /**
   * A byte order mark (U+FEFF, invisible in most editors; a file pasted together from two
   * files with marks has one mid-text) on a line that is a fence without it. Such a line is
   * not a fence here, so the front matter would silently become body text, or run on past
   * its real end; Hugo 0.111 reads anything after the opening dashes as part of the front
   * matter (see docs/security.md). Refused at the mark.
   */
  private static ArticleException bomOnFence(SourceText src, String text, int bom) {
    int line = text.lastIndexOf('\n', bom) + 1;
    String fence = text.substring(line, line + 3);
    return new ArticleException(List.of(src.problem("encoding", Problem.Severity.ERROR, "",
        bom, "expected a fence line of only \"" + fence + "\" (and spaces or tabs) but found a"
            + " byte order mark (U+FEFF) on it (remove it)")));
  }

  private static Split none(String text) {
    return new Split(Format.NONE, 0, 0, 0);
  }

  private static Split yaml(SourceText src, String text, int firstEnd) {
    return fenced(src, text, firstEnd, Format.YAML, "---", "...");
  }

  private static Split toml(SourceText src, String text, int firstEnd) {
    return fenced(src, text, firstEnd, Format.TOML, "+++");
  }

  /**
   * The block from the line after the opening fence to the first line that is one of {@code
   * closers} followed only by blanks; the first closer is the one the error names when there
   * is none.
   */
  private static Split fenced(SourceText src, String text, int firstEnd, Format format,
      String... closers) {
    int blockStart = nextLine(text, firstEnd);
    for (int line = blockStart; line < text.length(); ) {
      int end = lineContentEnd(text, line);
      for (String closer : closers) {
        if (text.startsWith(closer, line)) {
          int rest = skipBlanks(text, line + 3, end);
          if (rest == end) {
            return new Split(format, blockStart, line, nextLine(text, end));
          }
          if (text.charAt(rest) == '\uFEFF' && onlyBlanksAndMarks(text, rest, end)) {
            throw bomOnFence(src, text, rest);
          }
        }
      }
      line = nextLine(text, end);
    }
    throw new ArticleException(List.of(src.problem("fence-unclosed", Problem.Severity.ERROR, "",
        0, "expected a closing \"" + closers[0] + "\" line for the front matter opened here but"
            + " found the end of the file")));
  }

  /** Hugo reads a leading object as JSON; a shortcode such as {{< x >}} is not one. */
  private static boolean looksLikeJsonObject(String text) {
    int i = 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '}');
  }

  /**
   * Hugo-style JSON front matter: the object that opens the file, up to its matching
   * <code>}</code>, found the way Hugo 0.111's page lexer ({@code lexFrontMatterJSON}) finds
   * it ({@link JsonBraces}): braces are counted outside double-quoted strings, and a backslash
   * skips the next character. The closing brace need not be on a line of its own, and anything may follow
   * it on that line. The body starts right after the brace, past one optional {@code \r}
   * and then one optional {@code \n} (Hugo's {@code consumeCRLF}): a blank line after the
   * object stays in the body, as does text after the brace on the same line, spaces
   * included. Observed with Hugo 0.111.3, see docs/hugo-json-notes.md.
   *
   * <p>Differences from Hugo, on purpose: the object must start at the very first character
   * (after a byte order mark), as YAML's fence must, where Hugo also skips leading white
   * space; and only <code>{</code> followed by optional white space and {@code "} or
   * <code>}</code> is JSON, so that a body starting with a shortcode such as
   * <code>{{&lt; figure &gt;}}</code> stays Markdown (Hugo takes it for JSON and fails).
   *
   * <p>When the braces never balance, the block runs to the end of the file and {@link
   * JsonReader} reports the exact syntax error.
   */
  private static Split hugoJson(String text) {
    int i = new JsonBraces().close(text::charAt, 0, text.length());
    if (i < 0) {
      return new Split(Format.JSON, 0, text.length(), text.length());
    }
    int blockEnd = i + 1;
    int bodyStart = blockEnd;
    if (bodyStart < text.length() && text.charAt(bodyStart) == '\r') {
      bodyStart++;
    }
    if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
      bodyStart++;
    }
    return new Split(Format.JSON, 0, blockEnd, bodyStart);
  }

  /**
   * gray-matter's language-tagged fence: JSON between a first line {@code ---json} and the
   * next line {@code ---} (trailing spaces or tabs allowed on both; {@code ...} does not
   * close it). Hugo does not read this form (it takes the block for YAML and fails), but
   * gray-matter and its users do, it costs only this method, and the format is plain JSON.
   * Written back byte for byte like every other form.
   */
  private static Split fencedJson(SourceText src, String text, int firstEnd) {
    return fenced(src, text, firstEnd, Format.JSON, "---");
  }

  private static ArticleException unsupported(SourceText src, int offset, String what) {
    return new ArticleException(
        List.of(
            src.problem(
                "format-unsupported",
                Problem.Severity.ERROR,
                "",
                offset,
                "expected YAML (---), TOML (+++) or JSON front matter but found " + what
                    + ", which is not supported")));
  }

  /** End of the line's content: the index of its '\n' or '\r\n', or the text's end. */
  public static int lineContentEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    if (nl < 0) {
      return text.length();
    }
    return nl > from && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
  }

  /** Start of the next line after a line whose content ends at {@code contentEnd}. */
  public static int nextLine(String text, int contentEnd) {
    if (contentEnd < text.length() && text.charAt(contentEnd) == '\r') {
      contentEnd++;
    }
    return contentEnd < text.length() ? contentEnd + 1 : contentEnd;
  }

  private static boolean onlyBlanksAndMarks(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private static int skipBlanks(String text, int from, int end) {
    while (from < end && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
      from++;
    }
    return from;
  }
}
