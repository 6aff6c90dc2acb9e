package io.github.frontmatter.articles.internal;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.frontmatter.articles.MarkdownExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The flexmark parser for article bodies, built once per option set and shared. */
public final class Markdown {
  private final Parser parser;
  private final List<Extension> extensions;

  public Markdown(Set<MarkdownExtension> extensions) {
    List<Extension> list = new ArrayList<>();
    for (MarkdownExtension e : extensions) {
      list.add(
          switch (e) {
            case TABLES -> TablesExtension.create();
            case STRIKETHROUGH -> StrikethroughExtension.create();
            case TASK_LISTS -> TaskListExtension.create();
            case AUTOLINKS -> AutolinkExtension.create();
            case FOOTNOTES -> FootnoteExtension.create();
            case DEFINITION_LISTS -> DefinitionExtension.create();
          });
    }
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, list);
    this.parser = Parser.builder(options).build();
    this.extensions = List.copyOf(list);
  }

  /** The flexmark extensions the parser uses, for a renderer that must match it. */
  List<Extension> extensions() {
    return extensions;
  }

  /** Parses a piece of Markdown on its own (offsets relative to {@code text}). */
  Document parse(String text) {
    return parser.parse(text);
  }

  /**
   * Parses the body that starts at {@code bodyStart} of the whole file text, so that node
   * offsets and line numbers are those of the file.
   */
  public Document parse(String fileText, int bodyStart) {
    BasedSequence file = BasedSequence.of(fileText);
    Document document = parser.parse(file.subSequence(bodyStart));
    // Document.getLineNumber(offset) counts line breaks of the base text only up to the
    // document's own length: with the body alone as the document's chars, a node whose file
    // offset lay past the body's length got too small a line. The document spans the file.
    document.setChars(file);
    return document;
  }
}
