package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.internal.edit.JsonEditor;
import io.github.frontmatter.articles.internal.read.Split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonEditorTest {
  private static final JsonEditor EDITOR = new JsonEditor();

  /** Sets, checks that the result reads back with the value and the body, and returns it. */
  static String set(String text, String key, Value value) {
    String out = EDITOR.set(text, split(text), key, value, nl(text));
    Article a = Articles.parse(out, "edited.md");
    assertThat(a.frontMatter().get(key)).as("value read back").contains(asJson(value));
    assertThat(a.bodyText()).isEqualTo(Articles.parse(text, "original.md").bodyText());
    Map<String, Value> others = new LinkedHashMap<>(Articles.parse(text, "o.md").frontMatter()
        .values());
    others.remove(key);
    Map<String, Value> now = new LinkedHashMap<>(a.frontMatter().values());
    now.remove(key);
    assertThat(now).isEqualTo(others);
    assertThat(EDITOR.set(out, split(out), key, asJson(value), nl(out))).isEqualTo(out);
    return out;
  }

  static String remove(String text, String key) {
    String out = EDITOR.remove(text, split(text), key, nl(text));
    Article a = Articles.parse(out, "edited.md");
    assertThat(a.frontMatter().get(key)).isEmpty();
    Map<String, Value> others = new LinkedHashMap<>(Articles.parse(text, "o.md").frontMatter()
        .values());
    others.remove(key);
    assertThat(a.frontMatter().values()).isEqualTo(others);
    assertThat(a.bodyText()).isEqualTo(Articles.parse(text, "original.md").bodyText());
    return out;
  }

  /** What a value reads back as from JSON: dates become their text. */
  static Value asJson(Value v) {
    if (v instanceof Value.Date d) {
      return new Value.Text(d.value().text());
    } else if (v instanceof Value.Sequence s) {
      return new Value.Sequence(s.items().stream().map(JsonEditorTest::asJson).toList());
    } else if (v instanceof Value.Mapping m) {
      Map<String, Value> out = new LinkedHashMap<>();
      m.entries().forEach((k, x) -> out.put(k, asJson(x)));
      return new Value.Mapping(out);
    }
    return v;
  }

  static Split split(String text) {
    return Split.of(new SourceText("t.md", text));
  }

  static String nl(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  static Value text(String s) {
    return new Value.Text(s);
  }

  static Value list(String... items) {
    return new Value.Sequence(java.util.Arrays.stream(items).map(s -> (Value) new Value.Text(s))
        .toList());
  }

  static Value.Mapping map(Object... kv) {
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Value) kv[i + 1]);
    }
    return new Value.Mapping(m);
  }

  static final String HUGO = "{\n"
      + "    \"title\": \"标题😀\",\n"
      + "    \"tags\": [\"a\", \"b\"],\n"
      + "    \"aliases\": [\n"
      + "        \"/x\",\n"
      + "        \"/y\"\n"
      + "    ],\n"
      + "    \"draft\": false\n"
      + "}\n"
      + "Body {not json}\n";

  @Nested
  class Set {
    @Test
    void replacesOnlyTheValue() {
      assertThat(set(HUGO, "title", text("Say \"hi\" \\ 新\n\u0001")))
          .isEqualTo(HUGO.replace("\"标题😀\"", "\"Say \\\"hi\\\" \\\\ 新\\n\\u0001\""));
      assertThat(set(HUGO, "draft", Value.Null.INSTANCE))
          .isEqualTo(HUGO.replace("\"draft\": false", "\"draft\": null"));
    }

    @Test
    void aSingleLineArrayStaysOnOneLineWithItsSpacing() {
      assertThat(set(HUGO, "tags", list("b", "c", "a")))
          .isEqualTo(HUGO.replace("[\"a\", \"b\"]", "[\"b\", \"c\", \"a\"]"));
      String tight = "{\"tags\":[ \"a\",\"b\" ]}\n";
      assertThat(set(tight, "tags", list("b", "x"))).isEqualTo("{\"tags\":[ \"b\",\"x\" ]}\n");
      assertThat(set(tight, "tags", list())).isEqualTo("{\"tags\":[]}\n");
    }

    @Test
    void aMultiLineArrayIsOneItemPerLineWithTheOriginalIndentation() {
      assertThat(set(HUGO, "aliases", list("/y", "/z", "/x")))
          .isEqualTo(HUGO.replace("        \"/x\",\n        \"/y\"\n",
              "        \"/y\",\n        \"/z\",\n        \"/x\"\n"));
    }

    @Test
    void aMultiLineObjectKeepsItsLayoutAndUnchangedMembers() {
      String in = "{\n  \"params\": {\n    \"a\" : 1,\n    \"b\" : [1,2]\n  }\n}\n";
      assertThat(set(in, "params", map("a", Value.Int.of(1), "b",
          new Value.Sequence(List.of(Value.Int.of(2))), "c", new Value.Bool(true))))
          .isEqualTo("{\n  \"params\": {\n    \"a\" : 1,\n    \"b\" : [2],\n    \"c\" : true\n"
              + "  }\n}\n");
    }

    @Test
    void datesAreStringsOfTheirTextAndReadBackAsText() {
      String in = "{\"date\": \"2020-01-01\"}\n";
      String out = set(in, "date", new Value.Date(ArticleDate.parse("2024-02-03 04:05 +0800")));
      assertThat(out).isEqualTo("{\"date\": \"2024-02-03 04:05 +0800\"}\n");
      assertThat(Articles.parse(out, "x").frontMatter().get("date"))
          .contains(text("2024-02-03 04:05 +0800"));
    }

    @Test
    void numbers() {
      String in = "{\"n\": 1.50}\n";
      assertThat(set(in, "n", new Value.Decimal(2.25))).isEqualTo("{\"n\": 2.25}\n");
      assertThat(set(in, "n", new Value.Int(java.math.BigInteger.TEN.pow(30))))
          .isEqualTo("{\"n\": 1000000000000000000000000000000}\n");
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "n", new Value.Decimal(Double.NaN), "\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("JSON has no NaN or Infinity");
      assertThatThrownBy(() -> EDITOR.set(in, split(in), "m", new Value.Sequence(List.of(
          new Value.Decimal(Double.POSITIVE_INFINITY))), "\n"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/m/0");
    }

    @Test
    void escapedKeysAreFoundAndKeepTheirSpelling() {
      String in = "{\"ti\\u0074le\": \"x\", \"a\\\"b\": 1}\n";
      assertThat(set(in, "title", text("y"))).isEqualTo("{\"ti\\u0074le\": \"y\", \"a\\\"b\": 1}\n");
      assertThat(set(in, "a\"b", Value.Int.of(2))).isEqualTo("{\"ti\\u0074le\": \"x\", \"a\\\"b\": 2}\n");
    }

    @Test
    void fencedJsonWithCrlf() {
      String in = "---json\r\n{\r\n  \"title\": \"t\",\r\n  \"list\": [\r\n    1\r\n  ]\r\n}\r\n"
          + "---\r\nbody\r\n";
      assertThat(set(in, "list", new Value.Sequence(List.of(Value.Int.of(1), Value.Int.of(2)))))
          .isEqualTo("---json\r\n{\r\n  \"title\": \"t\",\r\n  \"list\": [\r\n    1,\r\n    2\r\n"
              + "  ]\r\n}\r\n---\r\nbody\r\n");
    }

    @Test
    void otherFormatsAndBadJsonAreRefused() {
      String toml = "+++\ntitle = \"x\"\n+++\n";
      assertThatThrownBy(() -> EDITOR.set(toml, split(toml), "title", text("y"), "\n"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TOML");
      String bad = "{\"a\": 1,}\n";
      assertThatThrownBy(() -> EDITOR.set(bad, split(bad), "a", text("y"), "\n"))
          .isInstanceOf(ArticleException.class);
    }
  }

  @Nested
  class NewKeys {
    @Test
    void onItsOwnLineWithTheMembersIndentation() {
      assertThat(set(HUGO, "weight", Value.Int.of(3)))
          .isEqualTo(HUGO.replace("    \"draft\": false\n",
              "    \"draft\": false,\n    \"weight\": 3\n"));
    }

    @Test
    void newArraysAndObjectsAreWrittenOnOneLine() {
      String in = "{\n\t\"title\":\"t\"\n}\n";
      assertThat(set(in, "params", map("list", list("a", "b"), "empty", map())))
          .isEqualTo("{\n\t\"title\":\"t\",\n\t\"params\":{\"list\": [\"a\", \"b\"], \"empty\": {}}\n"
              + "}\n");
    }

    @Test
    void onTheSameLineInAOneLineObject() {
      assertThat(set("{\"a\": 1,\"b\": 2}\nbody", "c", text("x")))
          .isEqualTo("{\"a\": 1,\"b\": 2,\"c\": \"x\"}\nbody");
      assertThat(set("{\"a\": 1}\nbody", "c", text("x")))
          .isEqualTo("{\"a\": 1, \"c\": \"x\"}\nbody");
    }

    @Test
    void intoAnEmptyObject() {
      assertThat(set("{}\nbody", "title", text("T"))).isEqualTo("{\n  \"title\": \"T\"\n}\nbody");
      assertThat(set("---json\r\n{ }\r\n---\r\n", "title", text("T")))
          .isEqualTo("---json\r\n{\r\n  \"title\": \"T\"\r\n}\r\n---\r\n");
      assertThat(set("---json\n---\nbody", "title", text("T")))
          .isEqualTo("---json\n{\n  \"title\": \"T\"\n}\n---\nbody");
    }

    @Test
    void wideCharactersBeforeTheInsertion() {
      String in = "{\n  \"title\": \"标题😀😀\"\n}\n正文\n";
      assertThat(set(in, "tags", list("标签")))
          .isEqualTo("{\n  \"title\": \"标题😀😀\",\n  \"tags\": [\"标签\"]\n}\n正文\n");
    }
  }

  @Nested
  class Removal {
    @Test
    void aMemberOnItsOwnLineGoesWithItsLineAndItsComma() {
      assertThat(remove(HUGO, "title"))
          .isEqualTo(HUGO.replace("    \"title\": \"标题😀\",\n", ""));
      assertThat(remove(HUGO, "aliases"))
          .isEqualTo(HUGO.replace("    \"aliases\": [\n        \"/x\",\n        \"/y\"\n    ],\n",
              ""));
    }

    @Test
    void theLastMemberTakesTheCommaBeforeIt() {
      assertThat(remove(HUGO, "draft"))
          .isEqualTo(HUGO.replace("    ],\n    \"draft\": false\n", "    ]\n"));
    }

    @Test
    void onOneLine() {
      assertThat(remove("{\"a\": 1, \"b\": 2, \"c\": 3}\n", "b")).isEqualTo("{\"a\": 1, \"c\": 3}\n");
      assertThat(remove("{\"a\": 1, \"b\": 2}\n", "b")).isEqualTo("{\"a\": 1}\n");
      assertThat(remove("{\"a\": 1, \"b\": 2}\n", "a")).isEqualTo("{\"b\": 2}\n");
      assertThat(remove("{ \"a\": 1 }\n", "a")).isEqualTo("{  }\n");
    }

    @Test
    void theOnlyMemberOnItsOwnLine() {
      assertThat(remove("---json\r\n{\r\n  \"a\": 1\r\n}\r\n---\r\n", "a"))
          .isEqualTo("---json\r\n{\r\n}\r\n---\r\n");
    }

    @Test
    void anAbsentKeyLeavesTheTextAlone() {
      assertThat(EDITOR.remove(HUGO, split(HUGO), "nope", "\n")).isSameAs(HUGO);
    }
  }
}
