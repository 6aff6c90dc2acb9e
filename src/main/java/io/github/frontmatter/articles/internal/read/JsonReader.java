package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.Utf8;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON front-matter block into values, their positions in the file and the typed
 * fields, collecting every error before it throws.
 *
 * <p>The block is one JSON object (RFC 8259: no comments, no trailing commas, no single
 * quotes, no {@code NaN}), read with Jackson's streaming parser so that every value keeps its
 * place in the file. Jackson reports UTF-16 char offsets for text input, so offsets need no
 * code-point conversion. Duplicate keys are errors here (Go's {@code encoding/json}, and so
 * Hugo, silently keeps the last one). Integers become {@link Value.Int}, other numbers
 * {@link Value.Decimal} ({@code 1e400} is infinite); the text of every number, boolean and
 * null as written is kept for {@link FieldReader} ({@code "title": 1.50} reads as "1.50").
 *
 * <p>Syntax errors are reported as {@code json-syntax} at the offending character, with
 * Jackson's message rephrased as "expected ... but found ...". Jackson cannot go on after a
 * syntax error, so it is the last error reported; duplicate keys found before it are kept.
 */
public final class JsonReader {
  /**
   * Jackson 3's defaults are strict JSON; duplicate detection is ours, with both places. Its
   * own limits on lengths are lifted (the block is already within {@link
   * Limits#maxFrontMatterBytes()}, and {@link Limits} checks numbers, strings and names with
   * our messages); its nesting limit stays just above the highest depth {@link Limits} allows.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Limits.MAX_DEPTH_CEILING + 1)
          .maxNumberLength(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .build())
      .build();

  private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
      "Unexpected character \\('.*' \\(code (\\d+)\\)\\)( in numeric value)?: (.*)", Pattern.DOTALL);
  private static final Pattern CLOSE_MARKER = Pattern.compile(
      "Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
  private static final Pattern CTRL_CHAR = Pattern.compile(
      "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile(
      "(Unrecognized|Non-standard) token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern ESCAPE = Pattern.compile(
      "Unrecognized character escape '.*' \\(code (\\d+)\\).*", Pattern.DOTALL);

  private final SourceText src;
  private final LimitGuard guard;
  private final String block;
  private final int blockStart;
  private final String endName;
  private final List<Problem> errors = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();
  private Dialect dialect = Dialect.HUGO;
  private final Map<String, Integer> offsets = new HashMap<>();
  private final Map<String, String> scalarText = new HashMap<>();
  private final Map<String, Integer> keyOffsets = new HashMap<>();
  /** Offsets (in the block) of the objects and arrays open at the parser's position. */
  private final Deque<Integer> open = new ArrayDeque<>();

  private JsonReader(SourceText src, int blockStart, int blockEnd, Limits limits) {
    this.src = src;
    this.block = src.text().substring(blockStart, blockEnd);
    this.blockStart = blockStart;
    this.guard = new LimitGuard(src, limits, errors, false,
        () -> new ArticleException(sorted(errors)), at -> blockStart + at);
    String text = src.text();
    this.endName = blockEnd == text.length()
        ? "the end of the file"
        : text.startsWith("---", blockEnd) ? "the closing \"---\" line" : "the end of the front matter";
  }

  /**
   * Reads the block {@code [blockStart, blockEnd)} of {@code src}: one JSON object, with only
   * JSON white space around it. A block of white space only (from {@code ---json} fences)
   * is empty front matter. {@code limits} bound the depth, the values, the strings and names
   * and the numbers.
   *
   * @throws ArticleException listing every error found
   */
  public static BlockResult read(SourceText src, int blockStart, int blockEnd, Limits limits) {
    return read(src, blockStart, blockEnd, limits, Dialect.HUGO);
  }

  /**
   * Reads the block as {@link #read(SourceText, int, int, Limits)} does, with the
   * repeated-key rule of {@code dialect} ({@link Dialect#jsonRepeats()}: gray-matter's {@code
   * JSON.parse} keeps the last value).
   *
   * @throws ArticleException listing every error found
   */
  public static BlockResult read(SourceText src, int blockStart, int blockEnd, Limits limits,
      Dialect dialect) {
    JsonReader r = new JsonReader(src, blockStart, blockEnd, limits);
    r.dialect = dialect;
    return r.read();
  }

  private BlockResult read() {
    int first = skipWhitespace(0);
    if (first == block.length()) {
      return new BlockResult(Map.of(), Map.of(), Map.of());
    }
    Map<String, Value> values;
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), block)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        throw fail("front-matter-not-mapping", tokenOffset(p),
            "expected the front matter to be a JSON object of keys to values but found "
                + describe(t, p));
      }
      open.push(tokenOffset(p));
      values = readObject(p, "", 1);
      int end = skipWhitespace(tokenOffset(p) + 1);
      if (end < block.length()) {
        throw fail("json-syntax", end, "expected " + endName + " after the JSON object but"
            + " found " + found(end, block.charAt(end)));
      }
    } catch (JacksonException e) {
      int at = errorOffset(e);
      String message = syntaxMessage(e, at);
      if (message.endsWith("(JSON has no NaN or Infinity)")) {
        at = tokenStart(at); // Jackson points past the token; the caret goes under it
      } else if (message.contains("leading zero") && at > 0 && block.charAt(at - 1) == '0') {
        at--; // Jackson points at the digit after the zero
      }
      throw fail("json-syntax", at, message);
    }
    if (!errors.isEmpty()) {
      throw new ArticleException(sorted(errors));
    }
    return new BlockResult(values, Collections.unmodifiableMap(offsets),
        Collections.unmodifiableMap(scalarText), Collections.unmodifiableMap(keyOffsets),
        List.copyOf(warnings));
  }

  /** Reads the entries of an object whose START_OBJECT is the current token. */
  private Map<String, Value> readObject(JsonParser p, String path, int depth) {
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    Map<String, Integer> firstKeys = new HashMap<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String key = p.currentName(); // t is PROPERTY_NAME: Jackson checks the grammar
      int keyOffset = tokenOffset(p);
      String childPath = path + "/" + Pointers.escape(key);
      guard.keyFits(key, path, keyOffset);
      unicode(key, path, keyOffset, "a key");
      Integer first = firstKeys.putIfAbsent(key, keyOffset);
      boolean lastWins = dialect.jsonRepeats() == Dialect.Repeats.LAST_WINS;
      if (first == null && path.isEmpty()) {
        keyOffsets.put(childPath, blockStart + keyOffset);
      }
      if (first != null && lastWins) {
        // the earlier occurrence loses: the warning goes there, naming this line
        int loser = firstKeys.put(key, keyOffset);
        warnings.add(src.problem("key-repeated", Problem.Severity.WARNING, childPath,
            blockStart + loser, Pointers.display(childPath) + "expected each key once but found "
                + Problem.quote(key) + " again at line "
                + src.location(blockStart + keyOffset).line() + "; " + dialect.generator()
                + " reads the last one, so this value is ignored"));
        if (path.isEmpty()) {
          keyOffsets.put(childPath, blockStart + keyOffset);
        }
        // the positions of the value read last (a scan only below a collection it replaces)
        offsets.remove(childPath);
        scalarText.remove(childPath);
        Value lost = out.get(key);
        if (lost instanceof Value.Mapping || lost instanceof Value.Sequence) {
          String below = childPath + "/";
          offsets.keySet().removeIf(k -> k.startsWith(below));
          scalarText.keySet().removeIf(k -> k.startsWith(below));
        }
      } else if (first != null) {
        error("duplicate-key", childPath, keyOffset, "expected each key once but found \""
            + key + "\" again (first at line " + src.location(blockStart + first).line() + ")");
      }
      // a repeated key's value is still read: its syntax is checked and later errors found
      Value value = readValue(p, p.nextToken(), childPath, depth);
      if (first == null || lastWins) {
        out.put(key, value);
      }
    }
    open.pop();
    return out;
  }

  /**
   * Whether a string is Unicode text: JSON may escape half a surrogate pair ({@code
   * "\\uD800"}; RFC 8259 section 8.2 leaves its meaning open), which no UTF-8 file can hold
   * and every writer would turn into {@code ?}. The text around escapes has none: {@code
   * Utf8} refuses them first.
   */
  private boolean unicode(String s, String path, int at, String what) {
    int bad = Utf8.loneSurrogate(s);
    if (bad < 0) {
      return true;
    }
    error("encoding", path, at, "expected " + what + " of Unicode characters but found an"
        + " escape of " + Utf8.loneSurrogateName(s.charAt(bad)));
    return false;
  }

  private Value readValue(JsonParser p, JsonToken t, String path, int depth) {
    int at = tokenOffset(p);
    offsets.putIfAbsent(path, blockStart + at);
    guard.value(at);
    switch (t) {
      case START_OBJECT, START_ARRAY -> {
        guard.depth(depth + 1, at);
        open.push(at);
        if (t == JsonToken.START_OBJECT) {
          return new Value.Mapping(readObject(p, path, depth + 1));
        }
        List<Value> items = new ArrayList<>();
        for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
          items.add(readValue(p, item, path + "/" + items.size(), depth + 1));
        }
        open.pop();
        return new Value.Sequence(items);
      }
      case VALUE_STRING -> {
        String s = p.getString();
        if (!guard.scalarFits(s, path, at) || !unicode(s, path, at, "a string")) {
          return Value.Null.INSTANCE;
        }
        return new Value.Text(s);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        String number = p.getString();
        if (!guard.numberFits(number.length(), path, at)) {
          return Value.Null.INSTANCE;
        }
        scalarText.putIfAbsent(path, number);
        return t == JsonToken.VALUE_NUMBER_INT
            ? new Value.Int(p.getBigIntegerValue())
            : new Value.Decimal(p.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        scalarText.putIfAbsent(path, p.getString());
        return new Value.Bool(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        scalarText.putIfAbsent(path, "null");
        return Value.Null.INSTANCE;
      }
      default -> throw new IllegalStateException("unexpected token " + t + " at " + at);
    }
  }

  /** Jackson's message, rephrased as "expected ... but found ..." in our words. */
  private String syntaxMessage(JacksonException e, int at) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Unexpected end-of-input")) {
      if (m.contains("closing quote")) {
        return "expected '\"' to close the string but found " + endName;
      }
      if (m.contains("escape")) {
        return "expected the rest of the escape sequence but found " + endName;
      }
      if (!open.isEmpty()) {
        return "expected " + closing(open.peek()) + " but found " + endName;
      }
      return "expected a JSON object but found " + endName;
    }
    Matcher u = UNEXPECTED_CHAR.matcher(m);
    if (u.matches()) {
      String found = found(at, (char) Integer.parseInt(u.group(1)));
      String expecting = u.group(3);
      if (u.group(2) != null) {
        String after = expecting.contains("minus") ? "'-'"
            : expecting.contains("Decimal point") ? "the decimal point"
            : expecting.contains("Exponent") ? "the exponent" : "";
        return after.isEmpty()
            ? "expected a valid number but found " + found + " (" + expecting + ")"
            : "expected a digit after " + after + " but found " + found;
      }
      String expected;
      if (expecting.contains("start property name")) {
        expected = "a property name in double quotes";
      } else if (expecting.contains("separate Object entries")) {
        expected = "',' or '}'";
      } else if (expecting.contains("separate Array entries")) {
        expected = "',' or ']'";
      } else if (expecting.contains("colon")) {
        expected = "':'";
      } else if (expecting.contains("comment")) {
        return "expected JSON, which has no comments, but found " + found;
      } else if (expecting.contains("hex-digit")) {
        expected = "a hex digit in the \\u escape";
      } else if (expecting.contains("value")) {
        expected = "a value";
      } else {
        expected = expecting.replaceFirst("^(was expecting|expected) ", "");
      }
      return "expected " + expected + " but found " + found + trailingComma(at);
    }
    Matcher c = CLOSE_MARKER.matcher(m);
    if (c.matches()) {
      String expected = open.isEmpty() ? "'" + c.group(2) + "'" : closing(open.peek());
      return "expected " + expected + " but found '" + c.group(1) + "'";
    }
    Matcher ctrl = CTRL_CHAR.matcher(m);
    if (ctrl.matches()) {
      int code = Integer.parseInt(ctrl.group(1));
      if (code == '\n' || code == '\r') {
        return "expected '\"' to close the string before the end of the line but found a line"
            + " break";
      }
      return "expected control characters in a string to be escaped (as \\t or \\u0000) but"
          + " found " + found(at, (char) code);
    }
    Matcher token = TOKEN.matcher(m);
    if (token.matches()) {
      return token.group(1).equals("Non-standard")
          ? "expected a number but found '" + token.group(2) + "' (JSON has no NaN or Infinity)"
          : "expected a value (a string, number, object, array, true, false or null) but found '"
              + token.group(2) + "'";
    }
    Matcher escape = ESCAPE.matcher(m);
    if (escape.matches()) {
      return "expected an escape sequence (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX) but found"
          + " '\\" + (char) Integer.parseInt(escape.group(1)) + "'";
    }
    if (m.contains("Leading zeroes")) {
      return "expected a number without leading zeros but found a leading zero";
    }
    // Jackson's other messages (limits, invalid surrogates) are clear enough as they are.
    return "expected valid JSON but found: " + m.replaceAll(" \\(.*\\[Source:.*", "").strip();
  }

  /** "'}' to close the object opened at line 1, column 1", for an open container. */
  private String closing(int openAt) {
    boolean object = block.charAt(openAt) == '{';
    var where = src.location(blockStart + openAt);
    return (object ? "'}' to close the object" : "']' to close the array") + " opened at line "
        + where.line() + ", column " + where.column();
  }

  /** A hint when the unexpected '}' or ']' follows a comma. */
  private String trailingComma(int at) {
    if (at >= block.length() || (block.charAt(at) != '}' && block.charAt(at) != ']')) {
      return "";
    }
    int i = at - 1;
    while (i >= 0 && isJsonWhitespace(block.charAt(i))) {
      i--;
    }
    return i >= 0 && block.charAt(i) == ',' ? " (JSON allows no comma before it)" : "";
  }

  /** The character at {@code at} as messages show it; {@code fallback} if out of range. */
  private String found(int at, char fallback) {
    int cp = at >= 0 && at < block.length() ? block.codePointAt(at) : fallback;
    if (cp == '\n' || cp == '\r') {
      return "a line break";
    }
    if (cp == '\t') {
      return "a tab";
    }
    if (Character.isISOControl(cp)) {
      return String.format("the character U+%04X", cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  private static String describe(JsonToken t, JsonParser p) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "the string \"" + p.getString() + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getString();
      default -> p.getString();
    };
  }

  private int tokenStart(int end) {
    int i = Math.min(end, block.length());
    while (i > 0 && Character.isLetter(block.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int tokenOffset(JsonParser p) {
    return (int) p.currentTokenLocation().getCharOffset();
  }

  private int errorOffset(JacksonException e) {
    TokenStreamLocation l = e.getLocation();
    long at = l == null ? -1 : l.getCharOffset();
    return at < 0 || at > block.length() ? block.length() : (int) at;
  }

  private int skipWhitespace(int from) {
    while (from < block.length() && isJsonWhitespace(block.charAt(from))) {
      from++;
    }
    return from;
  }

  private static boolean isJsonWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private void error(String rule, String path, int at, String message) {
    errors.add(src.problem(rule, Severity.ERROR, path, blockStart + at,
        Pointers.display(path) + message));
  }

  private ArticleException fail(String rule, int at, String message) {
    errors.add(src.problem(rule, Severity.ERROR, "", blockStart + at, message));
    return new ArticleException(sorted(errors));
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(Comparator.comparingInt((Problem p) -> p.location().line())
        .thenComparingInt(p -> p.location().column()));
    return out;
  }
}
