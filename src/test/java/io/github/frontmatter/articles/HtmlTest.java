package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.internal.body.SafeHtml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Article#html()}: flexmark's HTML, safe by default against hostile Markdown. */
class HtmlTest {
  private static String html(String body) {
    return Articles.parse("---\ntitle: t\n---\n" + body, "t.md").html();
  }

  private static String rawHtml(String body) {
    return Articles.parse("---\ntitle: t\n---\n" + body, "t.md")
        .html(HtmlOptions.defaults().withRawHtml(true));
  }

  private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
  private static final Pattern CHAR_REF = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

  /** The href and src values of {@code html}, as a browser reads them. */
  private static List<String> urls(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = URL_ATTRIBUTE.matcher(html);
    while (m.find()) {
      Matcher r = CHAR_REF.matcher(m.group(1).replace("&quot;", "\"").replace("&lt;", "<")
          .replace("&gt;", ">"));
      StringBuilder b = new StringBuilder();
      while (r.find()) {
        int cp = Integer.parseInt(r.group(2), r.group(1).isEmpty() ? 10 : 16);
        r.appendReplacement(b, Matcher.quoteReplacement(new String(Character.toChars(cp))));
      }
      r.appendTail(b);
      out.add(b.toString().replace("&amp;", "&"));
    }
    return out;
  }

  /** Nothing a browser would run: no script element, no event handler, no script URL. */
  private static void assertInert(String html) {
    String lower = html.toLowerCase(Locale.ROOT);
    assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<svg", "<style");
    assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    for (String url : urls(html)) {
      // as the URL parser reads it: leading C0 controls and spaces dropped, tabs and line
      // breaks removed anywhere, the scheme in any case
      String u = url.replaceFirst("^[\\x00-\\x20]+", "").replaceAll("[\\t\\n\\r]", "")
          .toLowerCase(Locale.ROOT);
      assertThat(u).as("URL in %s", html)
          .doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
          .doesNotStartWith("file:").doesNotContainPattern("^data:(?!image/(png|gif|jpeg|webp))");
    }
  }

  @Test
  void rendersMarkdownWithTheParsersExtensions() {
    String html = html("""
        # Title

        Some *emphasis*, ~~struck~~ and a [link](https://example.com "t").

        | a | b |
        |---|---|
        | 1 | 2 |

        - [x] done

        Term
        : Definition

        A note[^1] and www.example.org.

        [^1]: The note.
        """);
    assertThat(html).contains("<h1>Title</h1>", "<em>emphasis</em>", "<del>struck</del>",
        "<a href=\"https://example.com\" title=\"t\">link</a>", "<table>", "<td>1</td>",
        "type=\"checkbox\"", "<dl>", "<dd>Definition</dd>", "href=\"#fn-1\"", "The note.",
        "<a href=\"http://www.example.org\">www.example.org</a>");
    assertThat(html).doesNotContain("title: t", "---");
  }

  @Test
  void plainCommonMarkWhenTheParserHasNoExtensions() {
    ArticleParser plain = ArticleParser.builder().markdownExtensions(Set.of()).build();
    String html = plain.parse("| a |\n|---|\n| 1 |\n\n~~x~~\n", "t.md").html();
    assertThat(html).doesNotContain("<table>", "<del>").contains("<p>| a |");
  }

  @Test
  void rawHtmlIsOmittedByDefaultAsHugoDoes() {
    String md = """
        <script>alert(1)</script>

        <div onclick="alert(1)">block</div>

        Text <img src=x onerror="alert(1)"> and <a href="javascript:alert(1)">a</a>.

        <!-- a comment -->

        <iframe src="https://evil.example"></iframe>
        """;
    String html = html(md);
    assertInert(html);
    assertThat(html).contains("<!-- raw HTML omitted -->").doesNotContain("onerror", "onclick",
        "<div", "<img", "a comment");
    assertThat(html).contains("<p>Text <!-- raw HTML omitted --> and <!-- raw HTML omitted -->a"
        + "<!-- raw HTML omitted -->.</p>");
  }

  @Test
  void rawHtmlPassesThroughOnlyWhenAsked() {
    String html = rawHtml("<div class=\"note\">kept</div>\n\nText <b>bold</b>.\n");
    assertThat(html).contains("<div class=\"note\">kept</div>", "<b>bold</b>")
        .doesNotContain("omitted");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[x](javascript:alert(1))",
      "[x](JavaScript:alert(1))",
      "[x](JAVASCRIPT:alert(1))",
      "[x]( javascript:alert(1) )",
      "[x](<javascript:alert(1)>)",
      "[x](java&#115;cript:alert(1))",
      "[x](&#106;avascript:alert(1))",
      "[x](&#x6A;avascript:alert(1))",
      "[x](java&#9;script:alert(1))",
      "[x](java&#10;script:alert(1))",
      "[x](&#1;javascript:alert(1))",
      "[x](vbscript:msgbox(1))",
      "[x](VBScript:msgbox(1))",
      "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
      "[x](DATA:text/html,<script>alert(1)</script>)",
      "[x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
      "[x](file:///etc/passwd)",
      "<javascript:alert(1)>",
      "<JAVASCRIPT:alert(1)>",
      "<vbscript:msgbox(1)>",
      "<data:text/html,x>",
      "[x][ref]\n\n[ref]: javascript:alert(1)",
      "[ref]\n\n[ref]: JavaScript:alert(1) \"t\"",
      "[x][]\n\n[x]: <javascript:alert(1)>",
      "![x](javascript:alert(1))",
      "![x](data:text/html,x)",
      "![x][img]\n\n[img]: vbscript:x",
      "[![img](javascript:alert(1))](javascript:alert(2))",
      "[x](&amp;#106;avascript:alert(1))",
      "| a |\n|---|\n| [x](javascript:alert(1)) |",
      "Note[^1]\n\n[^1]: [x](javascript:alert(1))",
      "- [ ] [x](javascript:alert(1))",
      "Term\n: [x](javascript:alert(1))",
  })
  void dangerousUrlsAreNotEmittedInAnyLinkForm(String md) {
    String html = html(md);
    assertInert(html);
    // every URL left is emptied, or a footnote's own fragment
    assertThat(urls(html)).as(html).isNotEmpty()
        .allSatisfy(u -> assertThat(u).matches("|#fn(ref)?-1(-1)?"));
    assertThat(html).contains("=\"\"");
  }

  @Test
  void aDangerousLinkKeepsItsTextWithAnEmptyHrefAsHugoWrites() {
    assertThat(html("[click](javascript:alert(1))"))
        .isEqualTo("<p><a href=\"\">click</a></p>\n");
    assertThat(html("![pic](vbscript:x)")).isEqualTo("<p><img src=\"\" alt=\"pic\" /></p>\n");
  }

  @Test
  void safeUrlsAndDataImagesStay() {
    String html = html("""
        [a](https://example.com/x?y=1&z=2) [b](/relative/path) [c](#frag) [d](mailto:a@example.com)
        <https://example.org/auto> ![e](data:image/png;base64,iVBORw0KGgo=)
        [f](javascript-guide.html) [g](./file:name)
        """);
    assertThat(html).contains("href=\"https://example.com/x?y=1&amp;z=2\"",
        "href=\"/relative/path\"", "href=\"#frag\"", "href=\"mailto:a@example.com\"",
        "href=\"https://example.org/auto\"", "src=\"data:image/png;base64,iVBORw0KGgo=\"",
        "href=\"javascript-guide.html\"", "href=\"./file:name\"");
  }

  @Test
  void escapesTextAndAttributes() {
    String html = html("[a \"b\" <c>](https://example.com/\"onmouseover=\"alert(1) \"t\\\" x\")\n\n"
        + "Plain <b & c\n");
    assertInert(html);
    // the quote cannot end the attribute; <c> is raw HTML, so it is left out
    assertThat(html).contains("href=\"https://example.com/&quot;onmouseover=&quot;alert(1)\"",
        "title=\"t&quot; x\"", "a &quot;b&quot; <!-- raw HTML omitted -->", "&lt;b &amp; c");
  }

  @Test
  void dangerousUrlCheck() {
    for (String bad : List.of("javascript:x", " \u0001JaVaScRiPt:x", "java\tscript:x",
        "&#106;avascript:x", "vbscript:x", "file:x", "data:text/html,x", "data:image/svg+xml,x",
        "DATA:IMAGE/SVG+XML,x")) {
      assertThat(SafeHtml.isDangerous(bad)).as(bad).isTrue();
    }
    for (String good : List.of("https://x", "/a", "a.html", "#f", "mailto:x@y",
        "data:image/png;base64,x", "DATA:image/jpeg,x", "data:image/gif,x", "data:image/webp,x",
        "./javascript:x", "")) {
      assertThat(SafeHtml.isDangerous(good)).as(good).isFalse();
    }
  }

  @Test
  void rendersTheSameTwiceAndRejectsNull() {
    Article a = Articles.parse("---\n---\nA[^1] b.\n\n[^1]: n\n", "t.md");
    assertThat(a.html()).isEqualTo(a.html()).contains("fn-1");
    assertThatThrownBy(() -> a.html(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("options must not be null");
    assertThat(HtmlOptions.defaults().rawHtml()).isFalse();
    assertThat(HtmlOptions.defaults().withRawHtml(true).rawHtml()).isTrue();
  }
}
