package io.github.frontmatter.articles;

import io.github.frontmatter.articles.internal.body.ArticleBody;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an article works with after it was read, shared by every article one parser reads:
 * the body's Markdown set-up (tree, HTML, summaries) and the re-reading of an edited or
 * converted text with the same settings. Not the parser: no options, no files, no public
 * API; an article holds this, never an {@link ArticleParser}.
 */
final class ArticleContext {
  private final ArticleBody body;
  private final ArticleReader reader;
  private final AtomicLong rereads = new AtomicLong(); // for tests: edits read once per chain

  ArticleContext(ArticleBody body, ArticleReader reader) {
    this.body = body;
    this.reader = reader;
  }

  /** The context of the default options, for articles made from nothing. */
  static ArticleContext defaults() {
    return ArticleParser.defaults().context();
  }

  /** The reading rules of the parser's profile. */
  io.github.frontmatter.articles.internal.read.Dialect dialect() {
    return reader.dialect();
  }

  ArticleBody body() {
    return body;
  }

  /** Reads an edited text (without byte order mark) leniently: the edit's checks decide. */
  ParseResult reread(String text, String sourceName, boolean bom) {
    rereads.incrementAndGet();
    return reader.readEdited(text, sourceName, bom);
  }

  /** Reads text strictly, as {@link ArticleParser#parse(String, String)} does. */
  Article parse(String text, String sourceName) {
    return reader.parse(text, sourceName);
  }

  /** How many edited texts this context has read; tests use it to count reads per chain. */
  long rereads() {
    return rereads.get();
  }
}
