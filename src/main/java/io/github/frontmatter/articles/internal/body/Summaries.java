package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.frontmatter.articles.Excerpt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Works out an article's summary as Hugo 0.111.3 does, for a site with {@code hasCJKLanguage
 * = true}. The rules, in Hugo's order:
 *
 * <ol>
 *   <li><b>Divider.</b> When the body contains {@code <!--more-->} (exactly so; the first one
 *       counts, even inside code), the summary is the rendered HTML before it. Hugo puts a
 *       paragraph of its own where the divider was (the divider and the whitespace after it
 *       are replaced), renders, and cuts the HTML at the last {@code <p} before that
 *       paragraph: a divider inside a paragraph or list item ends it there, one inside a
 *       fenced code block cuts at the block's {@code <pre}. Truncated when anything but
 *       whitespace follows the divider.
 *   <li><b>Front matter.</b> Else a non-empty front-matter {@code summary} is rendered as
 *       Markdown; never truncated.
 *   <li><b>Automatic.</b> Else the body is rendered and its tags stripped (the "plain"
 *       text), then cut. When the file contains a Han, Hangul, Hiragana or Katakana
 *       character anywhere (front matter included) and the front matter's {@code
 *       isCJKLanguage} does not say otherwise, the plain text is split into words at
 *       whitespace: a
 *       word of only ASCII characters counts one, any other word counts one per character,
 *       and the word that reaches the limit is cut at the character that reaches it. Else
 *       the whitespace characters are counted up to the limit, and the text runs on to the
 *       next {@code .}, {@code ?}, {@code !}, {@code "} or line break (a paragraph end);
 *       without one the whole text is kept. Truncated when the cut is before the end of the
 *       plain text — which, as in Hugo, ends with a line break after the last paragraph, so
 *       an article cut at its final full stop counts as truncated.
 * </ol>
 *
 * <p>Counting and cutting work on the HTML text, entities still encoded (as Hugo does: an
 * entity counts as one word or as its characters); entities are decoded at the end.
 */
public final class Summaries {
  /** What Hugo's summaryLength defaults to. */
  public static final int DEFAULT_WORDS = 70;

  private static final String DIVIDER = "<!--more-->";
  /** Stands in for the divider while rendering: letters only, so no Markdown reads it. */
  private static final String MARKER = "ArticlesExcerptDividerMarkerQ";
  private static final Pattern CJK =
      Pattern.compile("[\\p{IsHan}\\p{IsHangul}\\p{IsHiragana}\\p{IsKatakana}]");

  private final Markdown markdown;
  private final HugoHtml html;

  public Summaries(Markdown markdown) {
    this.markdown = markdown;
    this.html = new HugoHtml(markdown.extensions());
  }

  /**
   * Prepares the summary of one article; the result is immutable and serves every word
   * count.
   *
   * @param fileText the whole file text, front matter included
   * @param bodyStart where the body starts in {@code fileText}
   * @param parsedBody the body parsed from {@code fileText} (only read, never changed),
   *     asked for only when the summary is the automatic one
   * @param frontMatterSummary the front matter's {@code summary} string, or null
   * @param cjkOverride the front matter's {@code isCJKLanguage} boolean, or null
   */
  public Prepared prepare(String fileText, int bodyStart, Supplier<Document> parsedBody,
      String frontMatterSummary, Boolean cjkOverride) {
    String body = fileText.substring(bodyStart);
    int divider = body.indexOf(DIVIDER);
    if (divider >= 0) {
      int after = divider + DIVIDER.length();
      while (after < body.length() && Typographer.isSpace(body.codePointAt(after))) {
        after += Character.charCount(body.codePointAt(after));
      }
      String marked = body.substring(0, divider) + "\n\n" + MARKER + "\n\n" + body.substring(after);
      String rendered = html.render(markdown.parse(marked), maxHtml());
      int at = rendered.indexOf(MARKER);
      String summary = "";
      if (at >= 0) {
        int start = rendered.lastIndexOf("<p", at);
        summary = rendered.substring(0, start >= 0 ? start : at);
      }
      return new Prepared(new Excerpt(finish(plain(summary)), after < body.length(),
          Excerpt.Source.DIVIDER));
    }
    if (frontMatterSummary != null && !frontMatterSummary.isEmpty()) {
      String rendered = html.render(markdown.parse(frontMatterSummary), maxHtml());
      return new Prepared(new Excerpt(finish(plain(rendered)), false,
          Excerpt.Source.FRONT_MATTER));
    }
    boolean cjk = cjkOverride != null ? cjkOverride : CJK.matcher(fileText).find();
    return new Prepared(plain(html.render(parsedBody.get(), maxHtml())), cjk);
  }

  private int maxHtml() {
    return markdown.limits().maxHtmlBytes();
  }

  /** An article's summary, ready to be cut at any number of words. */
  public static final class Prepared {
    private final Excerpt fixed;
    private final String plain;
    private final boolean cjk;

    private Prepared(Excerpt fixed) {
      this.fixed = fixed;
      this.plain = null;
      this.cjk = false;
    }

    private Prepared(String plain, boolean cjk) {
      this.fixed = null;
      this.plain = plain;
      this.cjk = cjk;
    }

    /** The summary with at most about {@code words} words ({@code words} ≥ 1). */
    public Excerpt excerpt(int words) {
      if (fixed != null) {
        return fixed;
      }
      Cut cut = cjk ? cutByCharacters(plain, words) : cutAtSentence(plain, words);
      return new Excerpt(finish(cut.text), cut.truncated, Excerpt.Source.AUTO);
    }
  }

  private record Cut(String text, boolean truncated) {}

  /**
   * Hugo's cut for text without CJK: count whitespace characters up to {@code words}, then
   * run on to the end of the sentence.
   */
  static Cut cutAtSentence(String s, int words) {
    int count = 0;
    int last = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Typographer.isSpace(c)) {
        count++;
        last = i;
        if (count >= words) {
          break;
        }
      }
      i += Character.charCount(c);
    }
    if (last < 0) {
      return new Cut(s, false);
    }
    for (int i = last; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '.' || c == '?' || c == '!' || c == '"' || c == '\n') {
        return new Cut(trim(s.substring(0, i)), i < s.length());
      }
    }
    return new Cut(s, false);
  }

  /**
   * Hugo's cut for text with CJK: an ASCII-only word counts one, any other word one per
   * character; the word that reaches the limit is cut at the character that reaches it.
   */
  static Cut cutByCharacters(String s, int words) {
    List<String> fields = fields(s);
    int count = 0;
    for (int w = 0; w < fields.size(); w++) {
      if (count >= words) {
        return new Cut(String.join(" ", fields.subList(0, w)), true);
      }
      String word = fields.get(w);
      int chars = word.codePointCount(0, word.length());
      if (isAscii(word)) {
        count++;
      } else if (count + chars < words) {
        count += chars;
      } else {
        for (int i = 0; i < word.length(); ) {
          if (count >= words) {
            List<String> kept = new ArrayList<>(fields.subList(0, w));
            kept.add(word.substring(0, i));
            return new Cut(String.join(" ", kept), true);
          }
          count++;
          i += Character.charCount(word.codePointAt(i));
        }
      }
    }
    return new Cut(String.join(" ", fields), false);
  }

  /**
   * Strips HTML as Hugo's summaries do: {@code </p>}, {@code <br>} and {@code <br />} become
   * line breaks and other line breaks spaces; tags ({@code <} then a letter, or {@code </}
   * then a letter, up to the {@code >} outside quotes) and comments are dropped; a
   * whitespace character is dropped when the last character kept is whitespace. Text
   * without {@code <} or {@code >} is returned as it is.
   */
  static String plain(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('>') < 0) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length());
    boolean lastSpace = false;
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int skip = tagLength(html, i);
        if (html.startsWith("</p>", i) || html.startsWith("<br>", i)
            || html.startsWith("<br />", i)) {
          if (!lastSpace) {
            out.append('\n');
          }
          lastSpace = true;
          i += skip;
          continue;
        }
        if (skip > 0) {
          i += skip;
          continue;
        }
      }
      int cp = html.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        cp = ' ';
      }
      if (Typographer.isSpace(cp)) {
        if (!lastSpace) {
          out.appendCodePoint(cp);
        }
        lastSpace = true;
      } else {
        out.appendCodePoint(cp);
        lastSpace = false;
      }
    }
    return out.toString();
  }

  /** The length of the tag or comment starting at {@code i}, or 0 if none starts there. */
  private static int tagLength(String s, int i) {
    if (s.startsWith("<!--", i)) {
      int end = s.indexOf("-->", i + 4);
      return end < 0 ? 0 : end + 3 - i;
    }
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '/') {
      j++;
    }
    if (j >= s.length() || !isAsciiLetter(s.charAt(j))) {
      return 0;
    }
    char quote = 0;
    for (; j < s.length(); j++) {
      char c = s.charAt(j);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return j + 1 - i;
      }
    }
    return 0;
  }

  /** Decodes entities and trims: the form {@link Excerpt#text()} promises. */
  private static String finish(String encoded) {
    return trim(Escaping.unescapeHtml(encoded));
  }

  private static List<String> fields(String s) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (Typographer.isSpace(c)) {
        if (start >= 0) {
          out.add(s.substring(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(s.substring(start));
    }
    return out;
  }

  private static String trim(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && Typographer.isSpace(s.codePointAt(b))) {
      b += Character.charCount(s.codePointAt(b));
    }
    while (e > b && Typographer.isSpace(s.codePointBefore(e))) {
      e -= Character.charCount(s.codePointBefore(e));
    }
    return s.substring(b, e);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
