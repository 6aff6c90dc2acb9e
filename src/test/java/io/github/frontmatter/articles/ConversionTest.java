package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Converting front matter between YAML, TOML and JSON: for every corpus article and every
 * other format, the conversion either succeeds and converting back gives an equal model, or
 * is refused with a stated reason. Both are counted.
 */
class ConversionTest {
  private static final List<Format> FORMATS = List.of(Format.YAML, Format.TOML, Format.JSON);

  @Test
  void everyCorpusArticleConvertsToEachFormatAndBackOrIsRefusedWithAReason() throws IOException {
    int converted = 0;
    Map<String, Integer> refusals = new TreeMap<>();
    Map<String, Integer> notes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Shared.Entry e : Shared.manifest()) {
      Article original;
      try {
        original = Articles.parse(Files.readAllBytes(Shared.corpus().resolve(e.relative())),
            e.relative());
      } catch (ArticleException rejected) {
        continue;
      }
      Format home = original.format() == Format.NONE ? Format.YAML : original.format();
      for (Format target : FORMATS) {
        if (target == original.format()) {
          continue;
        }
        Conversion there;
        try {
          there = original.convertTo(target);
        } catch (ArticleException refused) {
          Problem p = refused.problems().get(0);
          assertThat(p.rule()).isEqualTo("convert-refused");
          assertThat(p.message()).contains("expected").contains("but found");
          refusals.merge(target + ": " + p.message().replaceAll("^[^:]*: ", "")
              .replaceAll("found [-0-9.E]+", "found N"), 1, Integer::sum);
          continue;
        }
        there.notes().forEach(n -> notes.merge(target + ": " + n.replaceAll("^\\d+", "N"), 1,
            Integer::sum));
        Article back = there.article().convertTo(home).article();
        converted++;
        if (!sameModel(original, back) || !sameModel(original, there.article())) {
          failures.add(e.relative() + " via " + target);
        }
      }
    }
    System.out.printf("conversion: %d converted and back to an equal model, %d refused%n",
        converted, refusals.values().stream().mapToInt(Integer::intValue).sum());
    refusals.forEach((k, v) -> System.out.printf("  refused %5d  %s%n", v, k));
    notes.forEach((k, v) -> System.out.printf("  note    %5d  %s%n", v, k));
    assertThat(failures).as("conversions that did not come back equal").isEmpty();
    assertThat(converted).isGreaterThan(4000);
  }

  @Test
  void nullIsRefusedForTomlWithThePlaceOfTheValue() {
    Article a = Articles.parse("---\ntitle: T\nsummary: ~\n---\nbody\n", "n.md");
    assertThatThrownBy(() -> a.convertTo(Format.TOML))
        .isInstanceOf(ArticleException.class)
        .hasMessage("n.md:3:10: error: summary: expected a value TOML can hold but found null"
            + " (TOML has no null; remove the key or give it a value) (converting to TOML)"
            + " [convert-refused]\n"
            + "  summary: ~\n"
            + "           ^");
  }

  @Test
  void yamlToTomlMovesPlainKeysBeforeTablesAndSaysSo() {
    Article a = Articles.parse("---\nparams:\n  x: 1\ntitle: T\n---\nbody\n", "t.md");
    Conversion c = a.convertTo(Format.TOML);
    assertThat(c.article().text()).isEqualTo("+++\ntitle = \"T\"\n\n[params]\nx = 1\n+++\nbody\n");
    assertThat(c.notes()).singleElement().asString().startsWith("key order changed");
    assertThat(c.article().frontMatter().values()).isEqualTo(a.frontMatter().values());
  }

  @Test
  void quotedTextThatLooksLikeAnotherTypeStaysText() {
    Article a = Articles.parse("---\nv: '1.0'\nb: 'true'\nd: '2025-02-12'\nn: 'null'\n"
        + "c: 'a: b'\nh: '#x'\ne: ''\n---\n", "q.md");
    Article viaToml = a.convertTo(Format.TOML).article().convertTo(Format.YAML).article();
    assertThat(viaToml.text()).isEqualTo("---\nv: \"1.0\"\nb: \"true\"\nd: \"2025-02-12\"\n"
        + "\"n\": \"null\"\nc: \"a: b\"\nh: \"#x\"\ne: \"\"\n---\n"); // n: a YAML 1.1 boolean
    assertThat(viaToml.frontMatter().values()).isEqualTo(a.frontMatter().values());
  }

  @Test
  void crlfAndBodyAreKept() {
    Article a = Articles.parse("\uFEFF---\r\ntitle: T\r\n---\r\nBody\r\n", "c.md");
    Article json = a.convertTo(Format.JSON).article();
    assertThat(json.text()).isEqualTo("{\r\n  \"title\": \"T\"\r\n}\r\nBody\r\n");
    assertThat(json.hasByteOrderMark()).isTrue();
    assertThat(json.bodyText()).isEqualTo(a.bodyText());
  }

  /**
   * Same body, same typed fields, and the same values, where a date may come back as text
   * with the same spelling: JSON has no date type (the conversion says so in its notes).
   */
  static boolean sameModel(Article a, Article b) {
    return a.bodyText().equals(b.bodyText())
        && a.title().equals(b.title())
        && a.date().equals(b.date())
        && a.tags().equals(b.tags())
        && same(new Value.Mapping(a.frontMatter().values()),
            new Value.Mapping(b.frontMatter().values()));
  }

  private static boolean same(Value x, Value y) {
    if (x instanceof Value.Date d && y instanceof Value.Text t) {
      return d.value().text().equals(t.value());
    }
    if (y instanceof Value.Date && x instanceof Value.Text) {
      return same(y, x);
    }
    if (x instanceof Value.Sequence s && y instanceof Value.Sequence u) {
      if (s.items().size() != u.items().size()) {
        return false;
      }
      for (int i = 0; i < s.items().size(); i++) {
        if (!same(s.items().get(i), u.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (x instanceof Value.Mapping m && y instanceof Value.Mapping n) {
      if (!m.entries().keySet().equals(n.entries().keySet())) {
        return false;
      }
      Iterator<String> keys = m.entries().keySet().iterator();
      while (keys.hasNext()) {
        String k = keys.next();
        if (!same(m.entries().get(k), n.entries().get(k))) {
          return false;
        }
      }
      return true;
    }
    return x.equals(y);
  }
}
