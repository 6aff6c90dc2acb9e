package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an edit cannot be spliced into the file in place, so that the library refuses
 * it rather than re-write the front matter or risk a corrupt file: a YAML value that has an
 * anchor, an alias or a tag, a key written as an explicit {@code ? key} or spelled twice, a
 * document marker line inside the front matter, a TOML array of tables set to a list of
 * mappings, and the other shapes docs/editing.md lists. The file is valid; only the edit is
 * refused. The caller can catch it by type, tell the user {@link #reason()} and where ({@link
 * #location()}), and edit that file by hand.
 *
 * <p>It is an {@link IllegalArgumentException}, as every other refused edit is (a value the
 * format cannot hold, such as a TOML null, or an edit that would make the article invalid),
 * so code that catches those catches this too. Those others are not of this type: they depend
 * on the value, not on how the file is written.
 *
 * @since 0.1.0
 */
public final class EditRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The top-level key whose edit was refused. */
  private final String key;
  /** Why the edit cannot be made in place. */
  private final String reason;
  /** Where the node that prevents the edit starts. */
  private final Location location;

  /**
   * Creates the exception.
   *
   * @param message the whole message: what was refused and why
   * @param key the top-level key whose edit was refused
   * @param reason why the edit cannot be made in place, in a few words
   * @param location where the node that prevents the edit starts (line and column of the
   *     whole file)
   */
  public EditRefusedException(String message, String key, String reason, Location location) {
    super(requireNonNull(message, "message must not be null"));
    this.key = requireNonNull(key, "key must not be null");
    this.reason = requireNonNull(reason, "reason must not be null");
    this.location = requireNonNull(location, "location must not be null");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message the whole message: what was refused and why
   * @param key the top-level key whose edit was refused
   * @param reason why the edit cannot be made in place, in a few words
   * @param location where the node that prevents the edit starts
   * @param cause the exception this one wraps
   */
  public EditRefusedException(String message, String key, String reason, Location location,
      Throwable cause) {
    this(message, key, reason, location);
    initCause(cause);
  }

  /**
   * Returns the top-level key whose edit was refused, spelled as it was given.
   *
   * @return the top-level key whose edit was refused
   */
  public String key() {
    return key;
  }

  /**
   * Returns why the edit cannot be made in place, without the key or the position: for
   * example {@code its value has the anchor &b, which aliases may refer to; edit it by hand}.
   *
   * @return why the edit cannot be made in place
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns where the node that prevents the edit starts: the value with the anchor, the
   * second spelling of the key, the document marker line, the table header. Lines and
   * columns are those of the whole file, 1-based, as {@link Location} counts them; the
   * source is the name the article was read with.
   *
   * @return where the node that prevents the edit starts
   */
  public Location location() {
    return location;
  }
}
