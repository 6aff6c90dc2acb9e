package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;

/**
 * {@code Limits.maxHtmlBytes} for the two renderers ({@link SafeHtml}, {@link HugoHtml}).
 *
 * <p>Rendered HTML is a few times the size of its Markdown at most (escaping {@code "} as
 * {@code &quot;} is the largest factor, six), except where one piece of Markdown is written
 * out many times: a reference definition's URL and title are written again at every link or
 * image that uses it. So the size is predicted before rendering from the uses of references
 * (one 100 KB URL used 20,000 times would be 2 GB of HTML, built in memory by flexmark's
 * writer before any of it could be counted), and the result is measured after.
 */
final class HtmlBudget {
  private HtmlBudget() {}

  /** The rule of the limit. */
  static final String RULE = "limit-html-bytes";

  /**
   * Throws when the references used in {@code document} alone would write more than {@code
   * max} characters (each at least a byte in UTF-8).
   */
  static void predict(Document document, int max) {
    if (Parser.REFERENCES.get(document).isEmpty()) {
      return; // no definition, so no use can write one out (the common case: no walk)
    }
    long total = 0;
    Node n = document.getFirstChild();
    while (n != null) {
      if (n instanceof RefNode r) {
        Reference ref = r.getReferenceNode(document);
        if (ref != null) {
          total += ref.getUrl().length() + ref.getTitle().length();
          if (total > max) {
            throw tooLarge(max, n.getStartOffset(), "the uses of reference definitions"
                + " by this one would write more");
          }
        }
      }
      n = BodyGuard.next(n, document);
    }
  }

  /** Throws when {@code html} is longer than {@code max} bytes in UTF-8. */
  static String measure(String html, int max) {
    if (html.length() > max || utf8Length(html) > max) {
      throw tooLarge(max, -1, String.format(Locale.ROOT, "%,d", utf8Length(html)));
    }
    return html;
  }

  private static long utf8Length(String s) {
    long bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static BodyGuard.Limit tooLarge(int max, int offset, String found) {
    return new BodyGuard.Limit(RULE, offset, String.format(Locale.ROOT,
        "expected HTML of at most %,d bytes but found %s; Limits.maxHtmlBytes raises the"
            + " limit", max, found));
  }
}
