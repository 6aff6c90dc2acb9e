package io.github.frontmatter.articles.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds, in the raw bytes of a file read a piece at a time, where the front matter ends: how
 * many bytes from the start are enough to read the front matter exactly as reading the whole
 * file would. Only that prefix is then decoded and read, so reading the front matter of a
 * 50 MB article costs what its front matter costs.
 *
 * <p>The fence characters, line breaks, braces and quotes are all ASCII, and in UTF-8 no byte
 * of a multi-byte character is below 0x80, so the search needs no decoding. It is only a
 * search for where to stop: {@link Split#of} then reads the prefix with the very rules it
 * uses for a whole file, and that is what decides the format and the block. The prefix is
 * cut conservatively (where in doubt, later), and always after a line break or at the end of
 * the file, so that it never cuts a character and the lines it holds are whole, excerpts of
 * problems included:
 *
 * <ul>
 *   <li>{@code ---}, {@code ---yaml}, {@code ---json} or {@code +++} as the first line: up to
 *       and including the first line that can close it ({@code ---} or {@code ...} for YAML,
 *       {@code ---} for {@code ---json}, {@code +++} for TOML, trailing blanks allowed), or
 *       the whole file when none does (an unclosed fence);
 *   <li>another first line starting with {@code ---} or {@code +++} that could still be a
 *       tagged fence ({@code ---coffee}): the first line, where {@link Split#of} stops too;
 *   <li>a leading <code>{</code> followed by a quote or a closing brace (Hugo's JSON): up to
 *       the end of the line holding the balancing brace, or the whole file when the braces
 *       never balance;
 *   <li>anything else: no front matter, and only the first line is kept (at most {@link
 *       #FIRST_LINE_BYTES} bytes of it), for the excerpt of a problem at line 1.
 * </ul>
 *
 * <p>Not thread-safe: one instance per read. {@link #end} may be called again with more
 * bytes; it resumes where it stopped.
 */
public final class FrontMatterPrefix {
  /** How much of the first line is kept when a file has no front matter. */
  public static final int FIRST_LINE_BYTES = 4096;

  /** The first read; the front matter of most articles fits. */
  private static final int FIRST_READ = 8192;

  private enum State { START, LEAD, FIRST_LINE, BLOCK, JSON_PROBE, JSON, JSON_TAIL, NONE }

  private final Dialect dialect;
  private State state = State.START;
  private int contentStart; // after a UTF-8 byte order mark
  private int fence; // where the opening fence (or Hugo's JSON object) may start
  private int pos; // where scanning resumes
  private int searched; // in BLOCK: no line break in [pos, searched)
  private byte[] closers; // the first bytes of the lines that can close the block: '-', '.', '+'
  private JsonBraces braces; // in JSON: the count of braces so far

  /** A scan by Hugo's rules. */
  public FrontMatterPrefix() {
    this(Dialect.HUGO);
  }

  /**
   * A scan by the fence rules of {@code dialect}, which {@link Split#of(
   * io.github.frontmatter.articles.internal.SourceText, Dialect)} applies to the prefix.
   *
   * @param dialect the reading rules
   */
  public FrontMatterPrefix(Dialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Reads {@code in} only as far as needed and returns the bytes of the prefix that holds the
   * front matter (see {@link #end}); the stream is not closed. Memory is that prefix plus at
   * most one read ahead.
   *
   * @throws IOException if the stream cannot be read
   */
  public static byte[] read(InputStream in) throws IOException {
    return read(in, Dialect.HUGO);
  }

  /**
   * Reads {@code in} as {@link #read(InputStream)} does, by the fence rules of {@code
   * dialect}.
   *
   * @throws IOException if the stream cannot be read
   */
  public static byte[] read(InputStream in, Dialect dialect) throws IOException {
    FrontMatterPrefix scan = new FrontMatterPrefix(dialect);
    byte[] buf = new byte[FIRST_READ];
    int length = 0;
    boolean eof = false;
    while (true) {
      if (length == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = in.read(buf, length, buf.length - length);
      if (n < 0) {
        eof = true;
      } else {
        length += n;
      }
      int end = scan.end(buf, length, eof);
      if (end >= 0) {
        return end == buf.length ? buf : Arrays.copyOf(buf, end);
      }
    }
  }

  /**
   * Returns the length of the prefix of {@code bytes[0, length)} that holds the front matter,
   * or -1 when more bytes are needed to tell.
   *
   * @param eof whether {@code length} is the end of the file
   */
  public int end(byte[] bytes, int length, boolean eof) {
    while (true) {
      switch (state) {
        case START -> {
          if (length < 3 && !eof) {
            return -1;
          }
          if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
              && bytes[2] == (byte) 0xBF) {
            contentStart = 3;
            if (length < 6 && !eof) {
              return -1;
            }
          }
          state = State.LEAD;
          pos = contentStart;
        }
        case LEAD -> {
          // the white space the profile allows before the fence, as Split.fenceStart skips it
          if (dialect.lead() != Dialect.Lead.NONE) {
            while (pos < length && Split.isLeadSpace(bytes[pos])) {
              pos++;
            }
            if (pos == length && !eof) {
              return -1;
            }
          }
          fence = pos;
          if (dialect.lead() == Dialect.Lead.BLANK_LINES) {
            fence = contentStart;
            for (int k = pos - 1; k >= contentStart; k--) {
              if (bytes[k] == '\n') {
                fence = k + 1;
                break;
              }
            }
          }
          if (length < fence + 3 && !eof) {
            return -1;
          }
          int c = fence;
          if (startsWith(bytes, length, c, '-')
              || (startsWith(bytes, length, c, '+') && dialect.readsToml())) {
            state = State.FIRST_LINE;
            pos = c + 3;
          } else if (c < length && bytes[c] == '{' && dialect.readsJsonObject()) {
            state = State.JSON_PROBE;
            pos = c + 1;
          } else {
            state = State.NONE;
            pos = contentStart;
          }
        }
        case FIRST_LINE -> {
          int nl = indexOf(bytes, pos, length, (byte) '\n');
          if (nl < 0 && !eof) {
            pos = length;
            return -1;
          }
          int lineEnd = nl < 0 ? length : nl + 1;
          int contentEnd = nl < 0 ? length : nl;
          if (contentEnd > fence && bytes[contentEnd - 1] == '\r' && nl >= 0) {
            contentEnd--;
          }
          closers = openingCloses(bytes, fence, contentEnd);
          if (closers == null) {
            return lineEnd; // cannot open a block: Split reads the line as it is
          }
          state = State.BLOCK;
          pos = lineEnd;
        }
        case BLOCK -> {
          while (true) {
            int nl = indexOf(bytes, Math.max(pos, searched), length, (byte) '\n');
            if (nl < 0 && !eof) {
              searched = length; // the line at pos is not complete yet
              return -1;
            }
            int contentEnd = nl < 0 ? length : nl;
            if (nl >= 0 && contentEnd > pos && bytes[contentEnd - 1] == '\r') {
              contentEnd--;
            }
            if (closes(bytes, pos, contentEnd)) {
              return nl < 0 ? length : nl + 1;
            }
            if (nl < 0) {
              return length; // unclosed: the whole file, and Split says so
            }
            pos = nl + 1;
          }
        }
        case JSON_PROBE -> {
          while (pos < length && bytes[pos] >= 0 && Character.isWhitespace((char) bytes[pos])) {
            pos++;
          }
          if (pos == length) {
            if (!eof) {
              return -1;
            }
            return length;
          }
          byte b = bytes[pos];
          if (b == '"' || b == '}' || b < 0) { // a non-ASCII byte may be Unicode white space
            state = State.JSON;
            pos = fence;
            braces = new JsonBraces();
          } else {
            state = State.NONE;
            pos = contentStart;
          }
        }
        case JSON -> {
          int close = braces.close(i -> bytes[i], pos, length);
          if (close < 0) {
            if (!eof) {
              pos = braces.resumeAt();
              return -1;
            }
            return length; // never balanced: the whole file, and JsonReader says why
          }
          state = State.JSON_TAIL;
          pos = close + 1;
        }
        case JSON_TAIL -> {
          int nl = indexOf(bytes, pos, length, (byte) '\n');
          if (nl < 0) {
            if (!eof) {
              pos = length;
              return -1;
            }
            return length;
          }
          return nl + 1;
        }
        case NONE -> {
          int cap = contentStart + FIRST_LINE_BYTES;
          int nl = indexOf(bytes, contentStart, Math.min(length, cap), (byte) '\n');
          if (nl >= 0) {
            return nl + 1;
          }
          if (length <= cap) {
            return eof ? length : -1;
          }
          int cut = cap; // a longer first line: cut it, but not inside a character
          while (cut > contentStart && (bytes[cut] & 0xC0) == 0x80) {
            cut--;
          }
          return cut;
        }
        default -> throw new AssertionError(state);
      }
    }
  }

  /**
   * The first bytes of the lines that can close the block a first line opens, by the rules
   * {@link Split#of(io.github.frontmatter.articles.internal.SourceText, Dialect)} applies; or
   * {@code null} when the line opens no block (no front matter, or an error Split reports
   * from the first line alone).
   */
  private byte[] openingCloses(byte[] bytes, int at, int contentEnd) {
    boolean toml = bytes[at] == '+';
    String tag = firstLineTag(bytes, at + 3, contentEnd);
    if (tag != null && tag.isEmpty()) { // only blanks after the fence
      if (contentEnd > at + 3 && !dialect.blanksAfterOpeningFence()) {
        return null;
      }
      return firstBytes(toml ? dialect.tomlClosers() : dialect.yamlClosers());
    }
    switch (dialect.fenceText()) {
      case CONTENT -> {
        return firstBytes(toml ? dialect.tomlClosers() : dialect.yamlClosers());
      }
      case TAG_OR_ERROR -> {
        if (!toml && "yaml".equals(tag)) {
          return firstBytes(dialect.yamlClosers());
        }
        return !toml && "json".equals(tag) ? new byte[] {'-'} : null;
      }
      case LANGUAGE -> {
        // any language: Split looks at the block (an empty one is read whatever the language)
        return toml || bytes[at + 3] == '-' ? null : new byte[] {'-'};
      }
      default -> {
        return null;
      }
    }
  }

  private static byte[] firstBytes(String[] closers) {
    byte[] out = new byte[closers.length];
    for (int i = 0; i < closers.length; i++) {
      out[i] = (byte) closers[i].charAt(0);
    }
    return out;
  }

  /**
   * The tag of a first line that starts with three fence characters, read as {@link Split#of}
   * reads it: {@code ""} for none, the tag's ASCII letters and digits, or {@code null} when the
   * line cannot open a block. A non-ASCII byte gives {@code "?"}: Split decides.
   */
  private static String firstLineTag(byte[] b, int from, int end) {
    int i = from;
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    int tagStart = i;
    while (i < end && (b[i] < 0 || Character.isLetterOrDigit((char) b[i]))) {
      i++;
    }
    int tagEnd = i;
    while (i < end && (b[i] == ' ' || b[i] == '\t')) {
      i++;
    }
    if (i < end) {
      return null;
    }
    for (int k = tagStart; k < tagEnd; k++) {
      if (b[k] < 0) {
        return "?";
      }
    }
    return new String(b, tagStart, tagEnd - tagStart, StandardCharsets.US_ASCII);
  }

  /** Whether the line is three of one of the closers, then only blanks. */
  private boolean closes(byte[] b, int start, int contentEnd) {
    if (contentEnd - start < 3) {
      return false;
    }
    byte c = b[start];
    boolean closer = false;
    for (byte k : closers) {
      closer |= c == k;
    }
    if (!closer || b[start + 1] != c || b[start + 2] != c) {
      return false;
    }
    for (int i = start + 3; i < contentEnd; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(byte[] b, int length, int at, char c) {
    return at + 3 <= length && b[at] == c && b[at + 1] == c && b[at + 2] == c;
  }

  private static int indexOf(byte[] b, int from, int to, byte c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
