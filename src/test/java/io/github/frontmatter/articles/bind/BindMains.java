package io.github.frontmatter.articles.bind;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.FrontMatterType;

/** Programs that {@link BindTest} runs in a fresh JVM, to see which classes they load. */
public final class BindMains {
  private BindMains() {}

  static final String TEXT = "---\ntitle: Hello\ndate: 2025-02-12\ntags: [a, b]\ndraft: false\n"
      + "author: Ann\n---\n# Hi\n\nText *em*.\n";

  /** Reads an article and uses its model, as a program that never binds does. */
  public static final class ParseOnly {
    public static void main(String[] args) {
      Article a = Articles.parse(TEXT, "a.md");
      System.out.println(a.title().orElseThrow() + " " + a.tags() + " " + a.date().orElseThrow()
          + " " + a.frontMatter().values().size() + " " + a.html().length());
    }
  }

  /** Binds, so that databind is loaded: the control of the measurement. */
  public static final class Binds {
    public static void main(String[] args) {
      Article a = Articles.parse(TEXT, "a.md");
      System.out.println(a.frontMatter().as(BindTypes.Basic.class));
    }
  }

  /** Binds a type with Bean Validation annotations, whatever is on the class path. */
  public static final class Checks {
    public static void main(String[] args) {
      Article a = Articles.parse("---\ntitle: \" \"\ntags: [a]\nslug: Not A Slug\n---\n", "c.md");
      System.out.println(FrontMatterType.of(BindTypes.Checked.class).bind(a.frontMatter()));
    }
  }
}
