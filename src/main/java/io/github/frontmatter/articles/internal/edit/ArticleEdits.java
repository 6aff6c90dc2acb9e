package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Conversion;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The edit stage's entry for whole articles: a chain of edits applied text to text, then
 * read once. Each edit hands the current text and its {@link Split} to the format's {@link
 * Editor}; nothing is read in between, so a chain of N edits costs one read, not N. {@link
 * #finish()} reads the final text with the article's own settings and checks it: readable,
 * within the limits, without errors, and every key set reads back as the value it was given.
 *
 * <p>Between edits the keys and values are tracked as the edits left them (a key set is the
 * value given, a key removed is gone); the decisions that depend on them (the spelling of a
 * key, whether a date was text, whether a key is there to remove) are the ones a read would
 * give, and {@link #finish()} checks that the read agrees. Not thread-safe.
 */
public final class ArticleEdits {
  /** The text of a new, empty article: YAML front matter with nothing in it, no body. */
  public static final String NEW_ARTICLE = "---\n---\n";

  /** Reads an edited text with the settings the article was read with, leniently. */
  @FunctionalInterface
  public interface Reader {
    /**
     * Reads {@code text} (without byte order mark) as the article's source.
     *
     * @param text the whole edited text
     * @return the article, when the text could be read, and every problem
     */
    ParseResult read(String text);
  }

  private final Article start;
  private final String sourceName;
  private final Reader reader;
  private final Map<String, Value> values; // the keys and values as the edits left them
  private final Map<String, Value> written = new LinkedHashMap<>(); // keys set, in order
  private String text;
  private Split split; // of text; null until an edit needs it
  private Format format;
  private String lastKey; // the key of the last edit, null for the body
  private boolean edited;

  /**
   * Starts a chain of edits on {@code start}.
   *
   * @param start the article as it is; {@link #finish()} returns it when nothing changed
   * @param source its text
   * @param split where its front matter and body are
   * @param reader reads an edited text with the settings {@code start} was read with
   */
  public ArticleEdits(Article start, SourceText source, Split split, Reader reader) {
    this.start = start;
    this.sourceName = source.name();
    this.reader = reader;
    this.values = new LinkedHashMap<>(start.frontMatter().values());
    this.text = source.text();
    this.split = split;
    this.format = split.format();
  }

  /** Sets the top-level {@code key}; an article without front matter gets YAML first. */
  public void with(String key, Value value) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(value, "value must not be null");
    if (format == Format.NONE) {
      addYamlFrontMatter();
    }
    String next;
    try {
      next = editor().set(text, split(), key, value, lineSeparator(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(Pointers.display("/" + Pointers.escape(key))
          + e.getMessage(), e);
    }
    changed(next, key);
    values.put(key, value);
    written.put(key, value);
  }

  /** Removes the top-level {@code key}; nothing happens when it is absent. */
  public void without(String key) {
    Objects.requireNonNull(key, "key must not be null");
    if (!values.containsKey(key)) {
      return;
    }
    changed(editor().remove(text, split(), key, lineSeparator(text)), key);
    values.remove(key);
    written.remove(key);
  }

  /** Replaces everything after the front matter. */
  public void withBody(String markdown) {
    Objects.requireNonNull(markdown, "markdown must not be null");
    changed(text.substring(0, split().bodyStart()) + markdown, null);
  }

  /** Sets a text field, under the key as the file spells it. */
  public void withText(String field, String value) {
    Objects.requireNonNull(value, field + " must not be null");
    with(keyFor(field), new Value.Text(value));
  }

  /** Sets a list-of-text field, under the key as the file spells it. */
  public void withList(String field, List<String> items) {
    Objects.requireNonNull(items, field + " must not be null");
    with(keyFor(field), texts(items));
  }

  /** Sets a boolean field, under the key as the file spells it. */
  public void withBool(String field, boolean value) {
    with(keyFor(field), new Value.Bool(value));
  }

  /** Sets an integer field, under the key as the file spells it. */
  public void withInt(String field, int value) {
    with(keyFor(field), Value.Int.of(value));
  }

  /**
   * Sets a date field, written as its text: as quoted text where the old value was text (or
   * the format is JSON, which has no dates), else as a date.
   */
  public void withDate(String field, ArticleDate date) {
    Objects.requireNonNull(date, field + " must not be null");
    String key = keyFor(field);
    boolean asText = values.get(key) instanceof Value.Text || format == Format.JSON;
    with(key, asText ? new Value.Text(date.text()) : new Value.Date(date));
  }

  /** Sets {@code thumbnail}: a plain URL or path without visibility, else {src, visibility}. */
  public void withThumbnail(Thumbnail thumbnail) {
    Objects.requireNonNull(thumbnail, "thumbnail must not be null");
    Value v;
    if (thumbnail.visibility().isEmpty()) {
      v = new Value.Text(thumbnail.src());
    } else {
      LinkedHashMap<String, Value> m = new LinkedHashMap<>();
      m.put("src", new Value.Text(thumbnail.src()));
      m.put("visibility", texts(thumbnail.visibility()));
      v = new Value.Mapping(m);
    }
    with(keyFor("thumbnail"), v);
  }

  /**
   * Sets {@code menu}: one name for one entry without properties, a list of names when no
   * entry has properties, else a mapping of entries.
   */
  public void withMenu(Menu menu) {
    Objects.requireNonNull(menu, "menu must not be null");
    boolean plain = menu.entries().values().stream().allMatch(Map::isEmpty);
    Value v;
    if (plain && menu.entries().size() == 1) {
      v = new Value.Text(menu.names().get(0));
    } else if (plain) {
      v = texts(menu.names());
    } else {
      LinkedHashMap<String, Value> m = new LinkedHashMap<>();
      menu.entries().forEach((name, props) -> m.put(name, new Value.Mapping(props)));
      v = new Value.Mapping(m);
    }
    with(keyFor("menu"), v);
  }

  /**
   * Reads the edited text once and checks it; the article it started from when nothing
   * changed. An edit that makes the file unreadable is a bug of the editor; one that makes
   * it invalid (an error) or larger than the limits is refused.
   *
   * @return the edited article
   * @throws IllegalArgumentException if the result is over a limit or has an error
   * @throws IllegalStateException if the result cannot be read, or a key set does not read
   *     back as the value it was given (a bug; the message asks for a report)
   */
  public Article finish() {
    if (!edited) {
      return start;
    }
    ParseResult r = reader.read(text);
    if (r.article().isEmpty() && !r.problems().isEmpty()
        && r.problems().get(0).rule().startsWith("limit-")) {
      // a legitimate edit can make the file larger than the parser's limits allow
      throw new IllegalArgumentException("the edit would make the article exceed a limit: "
          + r.problems().get(0).message() + " [" + r.problems().get(0).rule() + "]");
    }
    if (r.article().isEmpty()) {
      throw unreadable(r.problems());
    }
    List<Problem> errors = r.problems().stream()
        .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("the edit would make the article invalid: "
          + errors.get(0).message() + " [" + errors.get(0).rule() + "]");
    }
    Article a = r.article().get();
    written.forEach((key, value) -> {
      Value read = a.frontMatter().values().get(key);
      if (!sameValue(value, read)) {
        throw new IllegalStateException("the edited text reads back as " + read
            + " instead of " + value + " for key \"" + key + "\"; please report this");
      }
    });
    return a;
  }

  /**
   * Returns {@code article} with its front matter written afresh in {@code target}.
   *
   * @param source the article's text
   * @param offsetOf where a value of the front matter is, by JSON pointer, for messages
   * @param parse reads the converted text (byte order mark included) strictly
   * @throws ArticleException ({@code convert-refused}) for a value the target cannot hold
   */
  public static Conversion convert(Article article, SourceText source, Format target,
      ToIntFunction<String> offsetOf, Function<String, Article> parse) {
    if (target == article.format()) {
      return new Conversion(article, List.of());
    }
    Emitter.Emitted emitted;
    try {
      emitted = Emitter.emit(target, article.frontMatter().values(), lineSeparator(source.text()));
    } catch (Emitter.Unrepresentable e) {
      throw new ArticleException(List.of(source.problem("convert-refused",
          Problem.Severity.ERROR, e.path(), offsetOf.applyAsInt(e.path()),
          Pointers.display(e.path()) + e.getMessage() + " (converting to " + target + ")")));
    }
    String converted = emitted.text() + article.bodyText();
    return new Conversion(parse.apply(article.hasByteOrderMark() ? "\uFEFF" + converted
        : converted), emitted.notes());
  }

  private void changed(String next, String key) {
    text = next;
    split = null;
    lastKey = key;
    edited = true;
  }

  /** Empty YAML front matter before the text, in the file's own line separator. */
  private void addYamlFrontMatter() {
    String nl = lineSeparator(text);
    changed("---" + nl + "---" + nl + text, null);
    format = Format.YAML;
  }

  /** Where the front matter and body of the current text are; cheap, no values are read. */
  private Split split() {
    if (split == null) {
      try {
        split = Split.of(new SourceText(sourceName, text));
      } catch (ArticleException e) {
        throw unreadable(e.problems());
      }
    }
    return split;
  }

  private IllegalStateException unreadable(List<Problem> problems) {
    return new IllegalStateException("the edit of " + (lastKey == null ? "the body"
        : "\"" + lastKey + "\"") + " made the file unreadable; please report this: " + problems);
  }

  /** The key as spelled in the file (Hugo matches case-insensitively), else the field name. */
  private String keyFor(String field) {
    for (String k : values.keySet()) {
      if (k.toLowerCase(Locale.ROOT).equals(field.toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return field;
  }

  private Editor editor() {
    return switch (format) {
      case YAML -> new YamlEditor();
      case TOML -> new TomlEditor();
      case JSON -> new JsonEditor();
      case NONE -> throw new IllegalStateException("no front matter to edit");
    };
  }

  private static Value texts(List<String> items) {
    List<Value> out = new ArrayList<>(items.size());
    for (String s : items) {
      out.add(new Value.Text(Objects.requireNonNull(s, "list items must not be null")));
    }
    return new Value.Sequence(out);
  }

  /** JSON has no dates: a date written there reads back as text with the same spelling. */
  private static boolean sameValue(Value wanted, Value read) {
    if (wanted instanceof Value.Date d && read instanceof Value.Text t) {
      return d.value().text().equals(t.value());
    }
    return wanted.equals(read);
  }

  /** The line separator of a file: CRLF when its first line ends with one, else LF. */
  private static String lineSeparator(String text) {
    int nl = text.indexOf('\n');
    return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
  }
}
