package io.github.frontmatter.articles.internal.body;

import com.vladsch.flexmark.util.ast.Document;
import io.github.frontmatter.articles.FrontMatter;
import io.github.frontmatter.articles.HtmlOptions;
import io.github.frontmatter.articles.MarkdownExtension;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.SourceText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The body stage's entry: what an article needs from it, with one parser's Markdown set-up.
 * The article keeps the results (the tree, the prepared summary); this class keeps nothing
 * per article, so one instance serves every article a parser reads, on any thread.
 */
public final class ArticleBody {
  private final Markdown markdown;
  private final Summaries summaries;
  private final SafeHtml html;

  /**
   * @param extensions the extensions {@code markdown} was set up with, for the HTML renderer
   * @param markdown the body parser, with its extensions and guards
   */
  public ArticleBody(Set<MarkdownExtension> extensions, Markdown markdown) {
    this.markdown = markdown;
    this.summaries = new Summaries(markdown);
    this.html = SafeHtml.forExtensions(extensions);
  }

  /** Parses the body of {@code source}, which starts at {@code bodyStart}. */
  public Document parse(SourceText source, int bodyStart) {
    return markdown.parse(source, bodyStart);
  }

  /**
   * Renders a parsed body as HTML. The caller holds the article's lock: flexmark records
   * footnote order in the document it renders.
   *
   * @param source the article's text, for the position of a limit error
   * @param bodyStart where the body starts in {@code source}
   * @throws io.github.frontmatter.articles.ArticleException ({@code limit-html-bytes}) when
   *     the HTML would be larger than {@code Limits.maxHtmlBytes}
   */
  public String html(SourceText source, int bodyStart, Document body, HtmlOptions options) {
    try {
      return html.render(body, options.rawHtml(), markdown.limits().maxHtmlBytes());
    } catch (BodyGuard.Limit e) {
      throw Markdown.failure(source, e, bodyStart);
    }
  }

  /**
   * Prepares the Hugo summary of an article; the result serves every word count.
   *
   * @param parsedBody the article's own tree, asked for only by the automatic summary
   */
  public Summaries.Prepared summary(SourceText source, int bodyStart, FrontMatter frontMatter,
      Supplier<Document> parsedBody) {
    try {
      return summaries.prepare(source.text(), bodyStart, parsedBody,
          frontMatter.summary().orElse(null), cjkOverride(frontMatter.values()));
    } catch (BodyGuard.Limit e) {
      // the summary's HTML: its offsets may be those of a re-parsed copy, so the body's start
      throw Markdown.failure(source, new BodyGuard.Limit(e.rule, -1, e.getMessage()), bodyStart);
    }
  }

  /**
   * The front matter's {@code isCJKLanguage} (key in any case) read as Hugo reads a boolean:
   * a boolean; a number, true unless 0; the text {@code true}, {@code 1}, {@code t} (and
   * {@code TRUE}, {@code True}, {@code T}), anything else false. Null when the key is absent.
   */
  private static Boolean cjkOverride(Map<String, Value> values) {
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase("isCJKLanguage")) {
        Value v = e.getValue();
        if (v instanceof Value.Bool b) {
          return b.value();
        }
        if (v instanceof Value.Int i) {
          return i.value().signum() != 0;
        }
        if (v instanceof Value.Decimal d) {
          return d.value() != 0;
        }
        return v instanceof Value.Text t
            && List.of("1", "t", "T", "TRUE", "true", "True").contains(t.value());
      }
    }
    return null;
  }
}
