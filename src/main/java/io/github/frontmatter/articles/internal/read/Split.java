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
 * @param blockStart start of the front-matter text (after the opening fence line, or after
 *     the fence itself where the profile reads the rest of its line as front matter (Astro);
 *     the opening brace of a Hugo-style JSON object, which has no fences)
 * @param blockEnd end of the front-matter text (start of the closing fence line; just after
 *     the closing brace of a Hugo-style JSON object)
 * @param bodyStart start of the body (after the closing fence line)
 */
public record Split(Format format, int blockStart, int blockEnd, int bodyStart) {

  /**
   * Finds the front matter at the start of {@code src} by Hugo's rules ({@link Dialect#HUGO}).
   *
   * @throws ArticleException for an unclosed fence or an unsupported format
   */
  public static Split of(SourceText src) {
    return of(src, Dialect.HUGO);
  }

  /**
   * Finds the front matter at the start of {@code src} by the rules of {@code dialect}.
   *
   * <p>The opening fence starts the file, or follows what {@link Dialect#lead()} allows
   * before it (Hugo and Zola: any white space; Astro: blank lines). YAML opens with a line
   * {@code ---} (trailing spaces or tabs allowed, except under Zola) and closes with the next
   * line that is one of {@link Dialect#yamlClosers()}. TOML ({@code +++}, where {@link
   * Dialect#readsToml()}) likewise with {@link Dialect#tomlClosers()}. JSON is a leading
   * <code>{</code> object (Hugo) or a block between {@code ---json} and {@code ---} lines
   * (gray-matter); see {@code hugoJson} and {@code fencedJson} below. Text after the opening
   * fence means what {@link Dialect#fenceText()} says: a tag or an error (Hugo), an error
   * (Zola), no front matter (Jekyll), the language (gray-matter), the first line of the block
   * (Astro).
   *
   * @throws ArticleException for an unclosed fence, text after an opening fence that the
   *     profile refuses, or an unsupported format
   */
  public static Split of(SourceText src, Dialect dialect) {
    String text = src.text();
    int start = fenceStart(text, dialect.lead());
    checkStart(src, text, start);
    int firstEnd = lineContentEnd(text, start);
    if (text.startsWith("---", start)) {
      int afterDashes = start + 3;
      int i = skipBlanks(text, afterDashes, firstEnd);
      if (i == firstEnd) {
        if (i > afterDashes && !dialect.blanksAfterOpeningFence()) {
          throw fenceText(src, text, start, firstEnd, afterDashes, dialect);
        }
        return yaml(src, text, firstEnd, nextLine(text, firstEnd), dialect);
      }
      return switch (dialect.fenceText()) {
        case TAG_OR_ERROR -> hugoTag(src, text, start, firstEnd, i, dialect);
        case ERROR -> throw fenceText(src, text, start, firstEnd, i, dialect);
        case NO_FRONT_MATTER -> none(text);
        case LANGUAGE -> language(src, text, start, firstEnd, dialect);
        case CONTENT -> yaml(src, text, firstEnd, afterDashes, dialect);
      };
    }
    if (text.startsWith("+++", start) && dialect.readsToml()) {
      int afterPluses = start + 3;
      int i = skipBlanks(text, afterPluses, firstEnd);
      if (i == firstEnd) {
        if (i > afterPluses && !dialect.blanksAfterOpeningFence()) {
          throw fenceText(src, text, start, firstEnd, afterPluses, dialect);
        }
        return toml(src, text, firstEnd, nextLine(text, firstEnd), dialect);
      }
      return switch (dialect.fenceText()) {
        case CONTENT -> toml(src, text, firstEnd, afterPluses, dialect);
        // "++++": not a fence, as "----" is not (today's reading, and Hugo's lexer fails)
        case TAG_OR_ERROR -> text.charAt(afterPluses) == '+' ? none(text)
            : throwFenceText(src, text, start, firstEnd, i, dialect);
        case ERROR -> throwFenceText(src, text, start, firstEnd, i, dialect);
        case NO_FRONT_MATTER, LANGUAGE -> none(text); // not reached: no TOML there
      };
    }
    if (text.startsWith("{", start) && dialect.readsJsonObject()
        && looksLikeJsonObject(text, start)) {
      return hugoJson(text, start);
    }
    return none(text);
  }

  /**
   * Where the opening fence may be: 0, or past the white space {@code lead} allows. Hugo's
   * page lexer skips spaces, tabs, CR and LF before the fence (checked with Hugo 0.111.3,
   * {@code HugoLeadTest}); Zola's regular expression starts with {@code [[:space:]]*}
   * ({@code split.rs:10-20}); Astro's allows white space ending in a line break, so the
   * fence starts its own line ({@code frontmatter.ts:14-18}). When no fence follows, the
   * file has no front matter and the index does not matter.
   */
  static int fenceStart(String text, Dialect.Lead lead) {
    if (lead == Dialect.Lead.NONE) {
      return 0;
    }
    int i = 0;
    int n = text.length();
    while (i < n && isLeadSpace(text.charAt(i))) {
      i++;
    }
    if (lead == Dialect.Lead.WHITE_SPACE || i == 0) {
      return i;
    }
    int lineStart = text.lastIndexOf('\n', i - 1) + 1; // 0 when the run has no line break
    return lineStart; // indented: the text there is white space, which is no fence
  }

  /** The ASCII white space Zola's {@code [[:space:]]} and Hugo's lexer both skip. */
  static boolean isLeadSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /**
   * Hugo: {@code ---yaml} and {@code ---json} (this library's reading since 0.1), a line of
   * dashes ({@code ----}, a thematic break: no front matter, as before), a refused tag ({@code
   * ---coffee}), or other text, which Hugo 0.111 reads as the first line of the YAML and
   * fails on or misreads: refused, quoting the line.
   */
  private static Split hugoTag(SourceText src, String text, int start, int firstEnd, int i,
      Dialect dialect) {
    int afterDashes = start + 3;
    if (text.charAt(afterDashes) == '-') {
      return none(text);
    }
    if (Character.isLetter(text.charAt(i))) {
      int tagEnd = i;
      while (tagEnd < firstEnd && Character.isLetterOrDigit(text.charAt(tagEnd))) {
        tagEnd++;
      }
      if (skipBlanks(text, tagEnd, firstEnd) == firstEnd) {
        String tag = text.substring(i, tagEnd);
        if (tag.equals("yaml")) {
          return yaml(src, text, firstEnd, nextLine(text, firstEnd), dialect);
        }
        if (tag.equals("json")) {
          return fencedJson(src, text, firstEnd, dialect);
        }
        throw unsupported(src, i, "front matter tagged \"" + tag + "\" ("
            + line(text, start, firstEnd).strip() + ")");
      }
    }
    throw fenceText(src, text, start, firstEnd, i, dialect);
  }

  /**
   * gray-matter ({@code index.js:67-90}, {@code lib/engine.js:3-7}): {@code ----} is no
   * fence; otherwise the trimmed rest of the line names the language: {@code yaml} and
   * {@code yml} are YAML, {@code json} JSON; {@code js} and {@code javascript} are code the
   * generator runs, which this library does not; any other word is an error there too.
   */
  private static Split language(SourceText src, String text, int start, int firstEnd,
      Dialect dialect) {
    if (text.charAt(start + 3) == '-') {
      return none(text);
    }
    int at = skipBlanks(text, start + 3, firstEnd);
    int langEnd = firstEnd;
    while (langEnd > at && (text.charAt(langEnd - 1) == ' ' || text.charAt(langEnd - 1) == '\t')) {
      langEnd--;
    }
    String lang = text.substring(at, langEnd);
    switch (lang) {
      case "yaml", "yml" -> {
        return yaml(src, text, firstEnd, nextLine(text, firstEnd), dialect);
      }
      case "json" -> {
        return fencedJson(src, text, firstEnd, dialect);
      }
      default -> {
        // gray-matter parses (and looks up the language) only a block with something in it
        // besides "#" comment lines (index.js:101-106): "--- 42" over an empty block is empty
        // front matter
        Split empty = emptyBlock(src, text, firstEnd);
        if (empty != null) {
          return empty;
        }
      }
    }
    switch (lang) {
      case "js", "javascript" -> throw new ArticleException(List.of(src.problem(
          "format-unsupported", Problem.Severity.ERROR, "", at, "expected YAML or JSON front"
              + " matter but found JavaScript (" + Problem.quote(line(text, start, firstEnd))
              + "), which " + dialect.generator() + " runs as code; this library reads"
              + " front matter and never runs it")));
      default -> throw new ArticleException(List.of(src.problem("fence-text",
          Problem.Severity.ERROR, "", at, "expected a front-matter language after \"---\""
              + " (yaml, yml or json) but found " + Problem.quote(lang) + " ("
              + Problem.quote(line(text, start, firstEnd)) + "); " + dialect.generator()
              + " refuses it too (gray-matter: engine not registered)")));
    }
  }

  /**
   * The block after a gray-matter opening line when it is empty for gray-matter (blank, or
   * only lines of {@code #} and more), read as empty YAML; null when it is not, or has no
   * closing line.
   */
  private static Split emptyBlock(SourceText src, String text, int firstEnd) {
    Split block;
    try {
      block = fenced(src, text, nextLine(text, firstEnd), Format.YAML, "---");
    } catch (ArticleException unclosed) {
      return null;
    }
    for (int line = block.blockStart(); line < block.blockEnd(); ) {
      int end = lineContentEnd(text, line);
      String content = text.substring(line, end).strip();
      if (!content.isEmpty() && !(content.startsWith("#") && content.length() > 1)) {
        return null;
      }
      line = nextLine(text, end);
    }
    return block;
  }

  private static Split throwFenceText(SourceText src, String text, int start, int firstEnd,
      int at, Dialect dialect) {
    throw fenceText(src, text, start, firstEnd, at, dialect);
  }

  /** Text after an opening fence where the profile allows none. */
  private static ArticleException fenceText(SourceText src, String text, int start,
      int firstEnd, int at, Dialect dialect) {
    String fence = text.substring(start, start + 3);
    String why = switch (dialect.fenceText()) {
      case ERROR -> "; Zola then finds no front matter, which it refuses";
      case TAG_OR_ERROR -> "; Hugo reads the rest of the line as front matter";
      default -> "";
    };
    String expected = dialect.blanksAfterOpeningFence()
        ? "only \"" + fence + "\" (and spaces or tabs)" : "exactly \"" + fence + "\"";
    return new ArticleException(List.of(src.problem("fence-text", Problem.Severity.ERROR, "",
        at, "expected the opening fence line to be " + expected + " but found "
            + Problem.quote(line(text, start, firstEnd)) + why)));
  }

  /** The fence line as written, for messages. */
  private static String line(String text, int start, int firstEnd) {
    return text.substring(start, firstEnd);
  }

  /**
   * Three starts of a file that would otherwise hide its front matter here, turning it
   * silently into body text: a second byte order mark (the first one is taken off before the
   * text gets here), a byte order mark on the opening fence line, and an opening fence line
   * that ends with a lone CR (classic Mac OS line endings; fences end at LF or CRLF). Hugo
   * reads the first and the last as front matter, and {@code ---<BOM>} too (not {@code
   * +++<BOM>}). All are refused.
   */
  private static void checkStart(SourceText src, String text, int start) {
    if (text.startsWith("\uFEFF")) {
      throw new ArticleException(List.of(src.problem("encoding", Problem.Severity.ERROR, "", 0,
          "expected at most one byte order mark at the start of the file but found a second"
              + " one (remove it)")));
    }
    if (text.startsWith("---", start) || text.startsWith("+++", start)) {
      int firstEnd = lineContentEnd(text, start);
      int bom = start + 3;
      while (bom < firstEnd && text.charAt(bom) != '\uFEFF') {
        bom++;
      }
      if (bom < firstEnd && OPENING_FENCE.matcher(
          text.substring(start, firstEnd).replace("\uFEFF", "")).matches()) {
        throw bomOnFence(src, text, bom);
      }
      // the opening line as of() reads it: dashes or pluses, blanks, for --- a tag, blanks
      int n = text.length();
      int i = skipBlanks(text, start + 3, n);
      if (text.charAt(start) == '-' && i < n && Character.isLetter(text.charAt(i))) {
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

  private static Split yaml(SourceText src, String text, int firstEnd, int blockStart,
      Dialect dialect) {
    return fenced(src, text, blockStart, Format.YAML, dialect.yamlClosers());
  }

  private static Split toml(SourceText src, String text, int firstEnd, int blockStart,
      Dialect dialect) {
    return fenced(src, text, blockStart, Format.TOML, dialect.tomlClosers());
  }

  /**
   * The block from {@code blockStart} (the line after the opening fence, or under Astro the
   * rest of the fence line) to the first line that is one of {@code closers} followed only
   * by blanks; the first closer is the one the error names when there is none.
   */
  private static Split fenced(SourceText src, String text, int blockStart, Format format,
      String... closers) {
    int first = text.lastIndexOf('\n', blockStart - 1) + 1 == blockStart ? blockStart
        : nextLine(text, lineContentEnd(text, blockStart)); // Astro: not on the fence line
    for (int line = first; line < text.length(); ) {
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
    int opening = text.lastIndexOf('\n', blockStart - 1) + 1;
    if (opening == blockStart && blockStart > 0) { // the fence is the line before the block
      opening = text.lastIndexOf('\n', blockStart - 2) + 1;
    }
    throw new ArticleException(List.of(src.problem("fence-unclosed", Problem.Severity.ERROR, "",
        opening, "expected a closing \"" + closers[0] + "\" line for the front matter opened"
            + " here but found the end of the file")));
  }

  /** Hugo reads a leading object as JSON; a shortcode such as {{< x >}} is not one. */
  private static boolean looksLikeJsonObject(String text, int start) {
    int i = start + 1;
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
   * <p>Like a fence, the object may follow white space (Hugo's lexer skips it). Difference
   * from Hugo, on purpose: only <code>{</code> followed by optional white space and {@code "}
   * or
   * <code>}</code> is JSON, so that a body starting with a shortcode such as
   * <code>{{&lt; figure &gt;}}</code> stays Markdown (Hugo takes it for JSON and fails).
   *
   * <p>When the braces never balance, the block runs to the end of the file and {@link
   * JsonReader} reports the exact syntax error.
   */
  private static Split hugoJson(String text, int start) {
    int i = new JsonBraces().close(text::charAt, start, text.length());
    if (i < 0) {
      return new Split(Format.JSON, start, text.length(), text.length());
    }
    int blockEnd = i + 1;
    int bodyStart = blockEnd;
    if (bodyStart < text.length() && text.charAt(bodyStart) == '\r') {
      bodyStart++;
    }
    if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
      bodyStart++;
    }
    return new Split(Format.JSON, start, blockEnd, bodyStart);
  }

  /**
   * gray-matter's language-tagged fence: JSON between a first line {@code ---json} and the
   * next line {@code ---} (trailing spaces or tabs allowed on both; {@code ...} does not
   * close it). Hugo does not read this form (it takes the block for YAML and fails), but
   * gray-matter and its users do, it costs only this method, and the format is plain JSON.
   * Written back byte for byte like every other form.
   */
  private static Split fencedJson(SourceText src, String text, int firstEnd, Dialect dialect) {
    return fenced(src, text, nextLine(text, firstEnd), Format.JSON, "---");
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
