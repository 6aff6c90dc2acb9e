package io.github.frontmatter.articles.internal.edit;

/**
 * The backslash escapes that a YAML double-quoted scalar, a TOML basic string and a JSON
 * string spell alike: {@code \"}, {@code \\}, {@code \n}, {@code \t}, {@code \r}, {@code \b}
 * and {@code \f}. What each format escapes beyond these (and how it spells a {@code \}{@code
 * u} escape) is its own class's: {@link YamlScalars}, {@link TomlScalars}, {@link
 * JsonScalars}.
 */
final class Escapes {
  private Escapes() {}

  /** Appends the escape of {@code c} and returns true, or returns false when it has none. */
  static boolean common(char c, StringBuilder out) {
    String escape = switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      case '\r' -> "\\r";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> null;
    };
    if (escape == null) {
      return false;
    }
    out.append(escape);
    return true;
  }
}
