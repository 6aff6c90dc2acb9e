package io.github.frontmatter.articles;

/**
 * Options for {@link Article#html(HtmlOptions)}. Immutable; start from {@link #defaults()}.
 *
 * <p>The defaults are safe for untrusted articles, as Hugo's are: raw HTML in the Markdown is
 * left out (each piece becomes {@code <!-- raw HTML omitted -->}), and links and images whose
 * URL is {@code javascript:}, {@code vbscript:}, {@code file:} or a {@code data:} URL other
 * than a PNG, GIF, JPEG or WebP image get an empty {@code href} or {@code src}. See
 * docs/html.md.
 *
 * @since 0.1.0
 */
public final class HtmlOptions {
  private static final HtmlOptions DEFAULTS = new HtmlOptions(false);

  private final boolean rawHtml;

  private HtmlOptions(boolean rawHtml) {
    this.rawHtml = rawHtml;
  }

  /**
   * Returns the safe defaults: raw HTML left out.
   *
   * @return the default options
   */
  public static HtmlOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these options with raw HTML passed through or left out. Pass it through only for
   * articles you trust: raw HTML is written as it is, {@code <script>} and {@code onclick}
   * included. Links and images written in Markdown are checked either way.
   *
   * @param rawHtml whether raw HTML in the Markdown is written to the output as it is
   * @return the options with that setting
   */
  public HtmlOptions withRawHtml(boolean rawHtml) {
    return rawHtml == this.rawHtml ? this : new HtmlOptions(rawHtml);
  }

  /**
   * Returns whether raw HTML in the Markdown is written to the output as it is.
   *
   * @return {@code true} when raw HTML is passed through; {@code false} (the default) when it
   *     is left out
   */
  public boolean rawHtml() {
    return rawHtml;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HtmlOptions h && h.rawHtml == rawHtml;
  }

  @Override
  public int hashCode() {
    return Boolean.hashCode(rawHtml);
  }

  @Override
  public String toString() {
    return "HtmlOptions[rawHtml=" + rawHtml + "]";
  }
}
