package io.github.frontmatter.articles.spark;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.FrontMatter;
import io.github.frontmatter.articles.Menu;
import io.github.frontmatter.articles.Thumbnail;
import io.github.frontmatter.articles.Value;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes front-matter values as compact JSON text, in the shapes of the library's own JSON
 * (what {@code articles show} prints): {@code extras} and {@code frontMatter}. A small writer
 * of our own, so that the job jar adds no JSON library to a Spark classpath.
 */
final class Json {
  private Json() {}

  /** Every value of {@code values} in order, as a JSON object. */
  static String object(Map<String, Value> values) {
    StringBuilder out = new StringBuilder();
    mapping(out, values);
    return out.toString();
  }

  /**
   * The typed fields of {@code fm} that are present, in {@code show}'s order and shapes: text,
   * booleans, {@code weight} as a number, lists of text, {@code menu}, {@code thumbnail}, and
   * dates as {@code {text, local, offset?}}.
   */
  static String frontMatter(FrontMatter fm) {
    Fields o = new Fields();
    o.text("title", fm.title());
    o.date("date", fm.date());
    o.text("summary", fm.summary());
    o.list("categories", fm.categories());
    o.list("lang", fm.lang());
    o.list("translations", fm.translations());
    o.list("tags", fm.tags());
    fm.menu().ifPresent(m -> menu(o.key("menu"), m));
    fm.thumbnail().ifPresent(t -> thumbnail(o.key("thumbnail"), t));
    o.text("lead", fm.lead());
    o.bool("comments", fm.comments());
    o.bool("authorbox", fm.authorbox());
    o.bool("pager", fm.pager());
    o.bool("toc", fm.toc());
    o.bool("mathjax", fm.mathjax());
    o.text("sidebar", fm.sidebar());
    o.list("widgets", fm.widgets());
    o.text("description", fm.description());
    o.bool("draft", fm.draft());
    o.date("lastmod", fm.lastmod());
    o.date("publishDate", fm.publishDate());
    o.date("expiryDate", fm.expiryDate());
    o.text("slug", fm.slug());
    o.list("aliases", fm.aliases());
    o.list("keywords", fm.keywords());
    fm.weight().ifPresent(w -> o.key("weight").append(w));
    o.text("url", fm.url());
    o.text("layout", fm.layout());
    o.text("type", fm.type());
    return o.close();
  }

  /** The ISO local date-time, or the ISO date when the text has no time of day. */
  static String local(ArticleDate d) {
    return d.hasTime()
        ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(d.localDateTime())
        : DateTimeFormatter.ISO_LOCAL_DATE.format(d.localDate());
  }

  private static void value(StringBuilder out, Value v) {
    if (v instanceof Value.Text t) {
      string(out, t.value());
    } else if (v instanceof Value.Int i) {
      out.append(i.value());
    } else if (v instanceof Value.Decimal d) {
      double x = d.value();
      if (Double.isNaN(x)) {
        string(out, "NaN");
      } else if (Double.isInfinite(x)) {
        string(out, x > 0 ? "Infinity" : "-Infinity");
      } else {
        out.append(x);
      }
    } else if (v instanceof Value.Bool b) {
      out.append(b.value());
    } else if (v instanceof Value.Date d) {
      string(out, d.value().text());
    } else if (v instanceof Value.Null) {
      out.append("null");
    } else if (v instanceof Value.Sequence s) {
      out.append('[');
      boolean first = true;
      for (Value item : s.items()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        value(out, item);
      }
      out.append(']');
    } else if (v instanceof Value.Mapping m) {
      mapping(out, m.entries());
    } else {
      throw new IllegalArgumentException("unknown value " + v);
    }
  }

  private static void mapping(StringBuilder out, Map<String, Value> entries) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Value> e : entries.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, e.getKey());
      out.append(':');
      value(out, e.getValue());
    }
    out.append('}');
  }

  private static void menu(StringBuilder out, Menu m) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Map<String, Value>> e : m.entries().entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, e.getKey());
      out.append(':');
      mapping(out, e.getValue());
    }
    out.append('}');
  }

  private static void thumbnail(StringBuilder out, Thumbnail t) {
    out.append("{\"src\":");
    string(out, t.src());
    out.append(",\"visibility\":");
    strings(out, t.visibility());
    out.append('}');
  }

  private static void strings(StringBuilder out, List<String> items) {
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, items.get(i));
    }
    out.append(']');
  }

  /** A JSON string: quotes, backslashes and control characters escaped, the rest as is. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** An object built one present field at a time. */
  private static final class Fields {
    private final StringBuilder out = new StringBuilder("{");

    StringBuilder key(String name) {
      if (out.length() > 1) {
        out.append(',');
      }
      string(out, name);
      return out.append(':');
    }

    void text(String name, Optional<String> v) {
      v.ifPresent(s -> string(key(name), s));
    }

    void bool(String name, Optional<Boolean> v) {
      v.ifPresent(b -> key(name).append(b.booleanValue()));
    }

    void list(String name, List<String> v) {
      if (!v.isEmpty()) {
        strings(key(name), v);
      }
    }

    void date(String name, Optional<ArticleDate> v) {
      v.ifPresent(d -> {
        StringBuilder o = key(name).append("{\"text\":");
        string(o, d.text());
        o.append(",\"local\":");
        string(o, local(d));
        d.offset().ifPresent(z -> {
          o.append(",\"offset\":");
          string(o, z.getId());
        });
        o.append('}');
      });
    }

    String close() {
      return out.append('}').toString();
    }
  }
}
