/**
 * Articles: Markdown articles with front matter, read into a typed model and written back
 * byte for byte. Start with {@link io.github.frontmatter.articles.Articles}.
 */
module io.github.frontmatter.articles {
  exports io.github.frontmatter.articles;
  // Jackson 3 support (ArticlesModule); the core package has no Jackson types in its API
  exports io.github.frontmatter.articles.jackson;

  requires org.snakeyaml.engine;
  // flexmark 0.64.8 jars have no module names: these are the automatic names derived from
  // their file names. The body AST (Document) is part of the API, hence "transitive".
  requires transitive flexmark.util.ast;
  requires flexmark;
  requires flexmark.util.data;
  requires flexmark.util.dependency;
  requires flexmark.util.misc;
  requires flexmark.util.sequence;
  requires flexmark.util.html;
  requires flexmark.ext.tables;
  requires flexmark.ext.gfm.strikethrough;
  requires flexmark.ext.gfm.tasklist;
  requires flexmark.ext.autolink;
  // autolink-java (flexmark-ext-autolink's link finder), used by internal.body.LinearAutolinks
  requires autolink;
  requires flexmark.ext.footnotes;
  requires flexmark.ext.definition;
  // ArticlesModule extends Jackson's SimpleModule: users of that package need Jackson too
  requires transitive tools.jackson.databind;
  // JSON Schema validation (FrontMatterSchema); used only inside internal.schema
  requires com.networknt.schema;
  // Bean Validation of FrontMatterType's bound values: optional, checked only when the caller
  // has the API and a provider (internal.bind.Constraints finds out once)
  requires static jakarta.validation;
}
