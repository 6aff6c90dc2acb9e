package io.github.frontmatter.articles.internal;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Strict UTF-8 decoding: malformed bytes are an error with their byte offset, never U+FFFD. */
public final class Utf8 {
  private Utf8() {}

  /** Decoded text without the byte order mark, and whether there was one. */
  public record Decoded(String text, boolean bom) {}

  public static Decoded decode(byte[] bytes, String sourceName) {
    int n = bytes.length;
    if (n >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw error(sourceName, "", "expected UTF-8 text but found a UTF-16 byte order mark"
          + " (convert the file to UTF-8)");
    }
    boolean bom = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
    int start = bom ? 3 : 0;
    // The fast JDK decoder replaces malformed input with U+FFFD; only when that character
    // shows up do we decode again strictly to tell a real U+FFFD from a malformed byte.
    String text = new String(bytes, start, n - start, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') >= 0) {
      checkStrictly(bytes, start, sourceName);
    }
    return new Decoded(text, bom);
  }

  private static void checkStrictly(byte[] bytes, int start, String sourceName) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      int bad = in.position();
      out.flip();
      String before = out.toString();
      SourceText src = new SourceText(sourceName, before);
      Problem p = src.problem("encoding", Problem.Severity.ERROR, "", before.length(),
          String.format("expected UTF-8 text but found the byte 0x%02X at byte offset %d,"
              + " which is not valid UTF-8 there", bytes[bad] & 0xFF, bad));
      throw new ArticleException(List.of(p));
    }
  }

  /**
   * Refuses text given as a {@code String} (not decoded from bytes here) that holds a lone
   * surrogate: half of a UTF-16 pair without its other half. Such a string is not Unicode
   * text; UTF-8 cannot encode it (Java writes {@code ?} in its place), so the article's bytes
   * would silently differ from the text it holds. Text decoded by {@link #decode} never holds
   * one (an encoded surrogate is malformed UTF-8).
   *
   * @throws ArticleException ({@code encoding}) at the first lone surrogate
   */
  public static void checkText(SourceText src) {
    int at = loneSurrogate(src.text());
    if (at >= 0) {
      throw new ArticleException(List.of(src.problem("encoding", Problem.Severity.ERROR, "", at,
          "expected text that UTF-8 can encode but found " + loneSurrogateName(
              src.text().charAt(at)))));
    }
  }

  /**
   * The index of the first char of {@code s} that is half of a surrogate pair without its
   * other half, or -1.
   */
  public static int loneSurrogate(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      // one test per char on the common path: surrogates are U+D800 to U+DFFF
      if ((s.charAt(i) & 0xF800) == 0xD800) {
        if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++; // a pair: one supplementary character
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /** "a lone surrogate (U+DC00: half of a UTF-16 pair without its other half)". */
  public static String loneSurrogateName(char c) {
    return String.format("a lone surrogate (U+%04X: half of a UTF-16 pair without its other"
        + " half)", (int) c);
  }

  /** A problem about the whole file, which has no text to show: the excerpt is empty. */
  private static ArticleException error(String sourceName, String path, String message) {
    return new ArticleException(List.of(new Problem("encoding", Problem.Severity.ERROR, path,
        new Location(sourceName, 1, 1), message, "")));
  }

}
