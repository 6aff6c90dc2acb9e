package io.github.frontmatter.articles.internal;

/** JSON Pointers (RFC 6901) for value paths, and their readable form in messages. */
public final class Pointers {
  private Pointers() {}

  /** Escapes one reference token: {@code ~} is {@code ~0}, {@code /} is {@code ~1}. */
  public static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0
        ? key
        : key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The readable form used to start a message, with a colon: {@code /tags/1} is {@code
   * "tags[1]: "}, {@code /menu/main/weight} is {@code "menu.main.weight: "}; the empty pointer
   * gives {@code ""}.
   */
  public static String display(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String t = token.replace("~1", "/").replace("~0", "~");
      if (!t.isEmpty() && t.chars().allMatch(Character::isDigit) && out.length() > 0) {
        out.append('[').append(t).append(']');
      } else {
        out.append(out.length() > 0 ? "." : "").append(t);
      }
    }
    return out.append(": ").toString();
  }
}
