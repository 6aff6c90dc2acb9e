package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.EditRefusedException;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Location;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.read.Field;
import io.github.frontmatter.articles.internal.read.Dialect;
import io.github.frontmatter.articles.internal.read.FieldTable;
import io.github.frontmatter.articles.internal.read.Role;
import io.github.frontmatter.articles.internal.read.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The edit stage's entry for whole articles: a chain of edits applied text to text, then
 * read once. Each edit hands the current text and its {@link Split} to the format's {@link
 * Editor}; nothing is read in between, so a chain of N edits costs one read, not N. The
 * caller reads the final {@link #text()} once with the article's own settings and hands the
 * result to {@link #check}: readable, within the limits, without errors, and every key set
 * reads back as the value it was given. This class knows no {@code Article}: it works on text
 * and values, so the edit stage does not depend on the model it serves.
 *
 * <p>Between edits the keys and values are tracked as the edits left them (a key set is the
 * value given, a key removed is gone); the decisions that depend on them (the spelling of a
 * key, whether a date was text, whether a key is there to remove) are the ones a read would
 * give, and {@link #check} checks that the read agrees. Not thread-safe.
 */
public final class ArticleEdits {
  /** The text of a new, empty article: YAML front matter with nothing in it, no body. */
  public static final String NEW_ARTICLE = "---\n---\n";

  private final String sourceName;
  private final FieldTable table; // the profile's fields, which typed edits write
  private final Map<String, Value> values; // the keys and values as the edits left them
  private final Map<String, Value> written = new LinkedHashMap<>(); // keys set, in order
  private String text;
  private Split split; // of text; null until an edit needs it
  private final Dialect dialect;
  private Format format;
  private String lastKey; // the key of the last edit, null for the body
  private boolean edited;

  /**
   * Starts a chain of edits on an article read under {@code dialect}: its fence rules find
   * the front matter of each edited text, and its table says which keys typed edits write.
   *
   * @param source its text
   * @param split where its front matter and body are
   * @param values its front matter's keys and values
   * @param dialect the reading rules and fields of the article's profile
   */
  public ArticleEdits(SourceText source, Split split, Map<String, Value> values,
      Dialect dialect) {
    this.dialect = dialect;
    this.sourceName = source.name();
    this.table = dialect.table();
    this.values = new LinkedHashMap<>(values);
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
    } catch (EditRefusedException e) {
      throw named(e);
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
    String next;
    try {
      next = editor().remove(text, split(), key, lineSeparator(text));
    } catch (EditRefusedException e) {
      throw named(e);
    }
    changed(next, key);
    values.remove(key);
    written.remove(key);
  }

  /**
   * The editor's refusal with the key's pointer before its message and the article's source
   * name in its location (an editor sees the text, not the name).
   */
  private EditRefusedException named(EditRefusedException e) {
    Location at = e.location();
    return new EditRefusedException(Pointers.display("/" + Pointers.escape(e.key()))
        + e.getMessage(), e.key(), e.reason(), new Location(sourceName, at.line(), at.column()),
        e);
  }

  /** Replaces everything after the front matter. */
  public void withBody(String markdown) {
    Objects.requireNonNull(markdown, "markdown must not be null");
    changed(text.substring(0, split().bodyStart()) + markdown, null);
  }

  /**
   * Sets a known field, under the key as the file spells it (in Hugo keys match in any
   * case), with the value its kind writes. A field inside another's mapping ({@code
   * taxonomies.tags}) is set by setting the top-level key to its mapping with that entry
   * changed, which the editors write by changing only that entry's text; a parent that is
   * absent is added as a mapping with the one entry (a TOML inline table, a YAML block
   * mapping, a JSON object).
   *
   * @throws IllegalArgumentException if a parent has a value that is not a mapping
   */
  public <T> void set(Field<T> field, T value) {
    Objects.requireNonNull(value, field.name() + " must not be null");
    List<Field<?>> chain = new ArrayList<>();
    for (Field<?> f = field; f != null; f = f.parent()) {
      chain.add(0, f);
    }
    String key = keyFor(values.keySet(), chain.get(0).name());
    with(key, nested(chain, 0, values.get(key), value, "/" + Pointers.escape(key)));
  }

  /** The value of {@code chain.get(i)}, now {@code old}, with the last field set. */
  private <T> Value nested(List<Field<?>> chain, int i, Value old, T value, String path) {
    if (i == chain.size() - 1) {
      @SuppressWarnings("unchecked")
      Field<T> f = (Field<T>) chain.get(i);
      return f.kind().write(value, old, format);
    }
    LinkedHashMap<String, Value> m = new LinkedHashMap<>();
    if (old instanceof Value.Mapping mapping) {
      m.putAll(mapping.entries());
    } else if (old != null && !(old instanceof Value.Null)) {
      throw new IllegalArgumentException("expected a mapping to set \""
          + chain.get(chain.size() - 1).path() + "\" in but found " + old.kind() + " at "
          + path);
    }
    String key = keyFor(m.keySet(), chain.get(i + 1).name());
    m.put(key, nested(chain, i + 1, m.get(key), value, path + "/" + Pointers.escape(key)));
    return new Value.Mapping(m);
  }

  /**
   * Sets the field that plays {@code role} under the article's profile ({@code tags}: Zola's
   * {@code taxonomies.tags}): of the fields bound to the role, the first the file has, else
   * the last (Jekyll's {@code tags} rather than {@code tag}).
   *
   * @throws UnsupportedOperationException if no field of the profile plays the role
   */
  public <T> void set(Role<T> role, T value) {
    Objects.requireNonNull(value, role.name() + " must not be null");
    List<Role.Binding<T, ?>> bindings = table.bindings(role);
    if (bindings.isEmpty()) {
      throw new UnsupportedOperationException("expected a " + table.name() + " field for "
          + role.name() + " but found none; with(key, value) writes any key");
    }
    Role.Binding<T, ?> chosen = bindings.get(bindings.size() - 1);
    for (Role.Binding<T, ?> b : bindings) {
      if (present(b.field())) {
        chosen = b;
        break;
      }
    }
    setBound(chosen, value);
  }

  private <T, F> void setBound(Role.Binding<T, F> b, T value) {
    set(b.field(), b.set().set(value, current(b.field())));
  }

  /** Whether the file has {@code field} (its parents' mappings included). */
  private boolean present(Field<?> field) {
    return current(field) != null;
  }

  /** The value of {@code field} as the edits left it; null when absent. */
  private Value current(Field<?> field) {
    if (field.parent() == null) {
      String key = table.keyIn(values.keySet(), field.name());
      return key == null ? null : values.get(key);
    }
    Value parent = current(field.parent());
    if (!(parent instanceof Value.Mapping m)) {
      return null;
    }
    String key = table.keyIn(m.entries().keySet(), field.name());
    return key == null ? null : m.entries().get(key);
  }

  /**
   * Whether any edit changed the text; when none did, the article it started from stands.
   */
  public boolean edited() {
    return edited;
  }

  /** The text as the edits left it, without byte order mark. */
  public String text() {
    return text;
  }

  /**
   * Checks the one reading of the edited text. An edit that makes the file unreadable is a
   * bug of the editor; one that makes it invalid (an error) or larger than the limits is
   * refused; every key set must read back as the value it was given.
   *
   * @param problems every problem of the reading
   * @param readValues the front matter's values as read; empty when the text could not be
   *     read
   * @throws IllegalArgumentException if the result is over a limit or has an error
   * @throws IllegalStateException if the result cannot be read, or a key set does not read
   *     back as the value it was given (a bug; the message asks for a report)
   */
  public void check(List<Problem> problems, Optional<Map<String, Value>> readValues) {
    if (readValues.isEmpty() && !problems.isEmpty()
        && problems.get(0).rule().startsWith("limit-")) {
      // a legitimate edit can make the file larger than the parser's limits allow
      throw new IllegalArgumentException("the edit would make the article exceed a limit: "
          + problems.get(0).message() + " [" + problems.get(0).rule() + "]");
    }
    if (readValues.isEmpty()) {
      throw unreadable(problems);
    }
    List<Problem> errors = problems.stream()
        .filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("the edit would make the article invalid: "
          + errors.get(0).message() + " [" + errors.get(0).rule() + "]");
    }
    Map<String, Value> read = readValues.get();
    written.forEach((key, value) -> {
      Value got = read.get(key);
      if (!sameValue(value, got)) {
        throw new IllegalStateException("the edited text reads back as " + got
            + " instead of " + value + " for key \"" + key + "\"; please report this");
      }
    });
  }

  /**
   * The text of a file with {@code values} written afresh as {@code target} front matter
   * before {@code body}, and the notes on what changed besides the syntax.
   *
   * @param text the whole converted text, byte order mark included when the file had one
   * @param notes what the target holds differently (key order, date forms)
   */
  public record Converted(String text, List<String> notes) {}

  /**
   * Writes {@code values} afresh in {@code target}, before {@code body}.
   *
   * @param source the article's text, for the line separator and messages
   * @param values the front matter's values
   * @param body the body text
   * @param bom whether the file starts with a byte order mark (kept)
   * @param target the format to write
   * @param offsetOf where a value of the front matter is, by JSON pointer, for messages
   * @return the converted text and notes
   * @throws ArticleException ({@code convert-refused}) for a value the target cannot hold
   */
  public static Converted convert(SourceText source, Map<String, Value> values, String body,
      boolean bom, Format target, ToIntFunction<String> offsetOf) {
    Emitter.Emitted emitted;
    try {
      emitted = Emitter.emit(target, values, lineSeparator(source.text()));
    } catch (Emitter.Unrepresentable e) {
      throw new ArticleException(List.of(source.problem("convert-refused",
          Problem.Severity.ERROR, e.path(), offsetOf.applyAsInt(e.path()),
          Pointers.display(e.path()) + e.getMessage() + " (converting to " + target + ")")));
    }
    String converted = emitted.text() + body;
    return new Converted(bom ? "\uFEFF" + converted : converted, emitted.notes());
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
        split = Split.of(new SourceText(sourceName, text), dialect);
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

  /**
   * The key among {@code keys} as spelled in the file that names {@code field} in the
   * profile's case rule (Hugo matches in any case), else the field name.
   */
  private String keyFor(java.util.Collection<String> keys, String field) {
    String k = table.keyIn(keys, field);
    return k == null ? field : k;
  }

  private Editor editor() {
    return switch (format) {
      case YAML -> new YamlEditor();
      case TOML -> new TomlEditor();
      case JSON -> new JsonEditor();
      case NONE -> throw new IllegalStateException("no front matter to edit");
    };
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
