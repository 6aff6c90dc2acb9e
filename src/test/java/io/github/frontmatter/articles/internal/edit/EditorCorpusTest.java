package io.github.frontmatter.articles.internal.edit;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.internal.edit.Editor;
import io.github.frontmatter.articles.internal.edit.JsonEditor;
import io.github.frontmatter.articles.internal.edit.TomlEditor;
import io.github.frontmatter.articles.internal.read.Split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded edits of every TOML and JSON article of the shared corpus. After each edit the new
 * text must parse, hold exactly the new value for the edited key and the old values for all
 * others, keep the body, change only the lines of the edited key (a new key: only inserted
 * lines), and give the same bytes when the edit is made again, on the original or on the
 * result.
 */
class EditorCorpusTest {

  private static final String[] TITLES = {
    "Edited title",
    "Say \"hi\" and 'bye'",
    "C:\\path\\to it's",
    "标题 😀 with emoji",
    "two\nlines",
    "tab\there # not a comment",
  };

  private static final String[] DATES = {
    "2024-02-29",
    "2024-02-29T13:45:00",
    "2024-02-29 13:45:07+08:00",
    "2019-01-17T10:20:00.500Z",
    "2023-12-31T23:59:59-07:00",
  };

  /** One edit: set {@code key} to {@code value}, or remove it when {@code value} is null. */
  private record Edit(String what, String key, Value value) {}

  @Test
  void seededEditsKeepEverythingElse() throws IOException {
    Path corpus = corpus();
    List<String> lines = Files.readAllLines(corpus.resolve("MANIFEST.tsv"),
        StandardCharsets.UTF_8);
    int files = 0;
    int checked = 0;
    int unchanged = 0;
    List<String> refusals = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", 4);
      String name = f[0] + "/" + f[3];
      Article a;
      try {
        a = Articles.parse(Files.readAllBytes(corpus.resolve(name)), name);
      } catch (ArticleException e) {
        continue;
      }
      if (a.format() != Format.TOML && a.format() != Format.JSON) {
        continue;
      }
      files++;
      Editor editor = a.format() == Format.TOML ? new TomlEditor() : new JsonEditor();
      for (Edit edit : edits(a, new Random(name.hashCode()))) {
        try {
          if (check(editor, a, edit)) {
            unchanged++;
          }
          checked++;
        } catch (IllegalArgumentException e) {
          refusals.add(name + ": " + edit.what() + ": " + e.getMessage());
        } catch (AssertionError | RuntimeException e) {
          failures.add(name + ": " + edit.what() + ": " + e);
        }
      }
    }
    System.out.printf("editor corpus: %d TOML/JSON files, %d edits checked (%d left the text"
        + " unchanged), %d refused%n", files, checked, unchanged, refusals.size());
    refusals.forEach(r -> System.out.println("  refused: " + r));
    failures.stream().limit(20).forEach(r -> System.out.println("  FAILED: " + r));
    assertThat(failures).isEmpty();
    assertThat(files).as("TOML and JSON files in the corpus").isGreaterThan(700);
    assertThat(checked).isGreaterThan(files * 6);
    // the only refusal the corpus can meet: an array of tables rewritten ([[extra.see_also]])
    assertThat(refusals).allMatch(r -> r.contains("array of tables"));
  }

  /** The seeded edits for one article. */
  private static List<Edit> edits(Article a, Random rnd) {
    Map<String, Value> values = a.frontMatter().values();
    List<Edit> out = new ArrayList<>();
    out.add(new Edit("set title", "title", new Value.Text(TITLES[rnd.nextInt(TITLES.length)])));
    out.add(new Edit("set date", "date",
        new Value.Date(ArticleDate.parse(DATES[rnd.nextInt(DATES.length)]))));
    String listKey = "tags";
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (e.getValue() instanceof Value.Sequence s
          && s.items().stream().allMatch(i -> i instanceof Value.Text)
          && (e.getKey().equals("tags") || !(values.get("tags") instanceof Value.Sequence))) {
        listKey = e.getKey();
        break;
      }
    }
    List<Value> items = values.get(listKey) instanceof Value.Sequence s
        ? new ArrayList<>(s.items()) : new ArrayList<>();
    List<Value> added = new ArrayList<>(items);
    added.add(rnd.nextInt(added.size() + 1), new Value.Text("added-" + rnd.nextInt(1000)));
    out.add(new Edit("add an item to " + listKey, listKey, new Value.Sequence(added)));
    if (!items.isEmpty()) {
      List<Value> fewer = new ArrayList<>(items);
      fewer.remove(rnd.nextInt(fewer.size()));
      out.add(new Edit("remove an item from " + listKey, listKey, new Value.Sequence(fewer)));
    }
    if (items.size() > 1) {
      List<Value> reordered = new ArrayList<>(items);
      Collections.reverse(reordered);
      out.add(new Edit("reorder " + listKey, listKey, new Value.Sequence(reordered)));
    }
    Value[] fresh = {
      new Value.Text("new 値 ✓"),
      Value.Int.of(rnd.nextInt(100)),
      new Value.Bool(rnd.nextBoolean()),
      new Value.Sequence(List.of(new Value.Text("x"), Value.Int.of(2))),
      new Value.Mapping(Map.of("a", Value.Int.of(1))),
      new Value.Date(ArticleDate.parse(DATES[rnd.nextInt(DATES.length)])),
    };
    out.add(new Edit("add a new key", "edited_" + rnd.nextInt(1000),
        fresh[rnd.nextInt(fresh.length)]));
    List<String> keys = new ArrayList<>(values.keySet());
    if (!keys.isEmpty()) {
      String k = keys.get(rnd.nextInt(keys.size()));
      out.add(new Edit("remove " + k, k, null));
    }
    for (Map.Entry<String, Value> e : values.entrySet()) {
      if (e.getValue() instanceof Value.Mapping m) {
        Map<String, Value> changed = new LinkedHashMap<>(m.entries());
        changed.replaceAll((k, v) -> v instanceof Value.Bool b ? new Value.Bool(!b.value()) : v);
        changed.put("edited_flag", new Value.Bool(true));
        out.add(new Edit("edit table " + e.getKey(), e.getKey(), new Value.Mapping(changed)));
        break;
      }
    }
    return out;
  }

  /** Makes one edit and checks it; returns whether the text stayed the same. */
  private static boolean check(Editor editor, Article a, Edit edit) {
    String text = a.text();
    Split split = Split.of(new SourceText(a.sourceName(), text));
    String nl = text.contains("\r\n") ? "\r\n" : "\n";
    String out = apply(editor, text, edit, nl);
    assertThat(apply(editor, text, edit, nl)).as("the same edit again").isEqualTo(out);
    Article b = Articles.parse(out, a.sourceName());
    boolean json = a.format() == Format.JSON;

    // (a) the edited key has the new value, every other key its old one
    Map<String, Value> expected = new LinkedHashMap<>(a.frontMatter().values());
    if (edit.value() == null) {
      expected.remove(edit.key());
    } else {
      expected.put(edit.key(), json ? asJson(edit.value()) : edit.value());
    }
    assertThat(b.frontMatter().values()).isEqualTo(expected);
    List<String> keysNow = new ArrayList<>(b.frontMatter().values().keySet());
    List<String> keysBefore = new ArrayList<>(a.frontMatter().values().keySet());
    keysNow.remove(edit.key());
    keysBefore.remove(edit.key());
    assertThat(keysNow).as("order of the other keys").isEqualTo(keysBefore);
    assertThat(b.bodyText()).isEqualTo(a.bodyText());

    // (c) making the edit on the result changes nothing
    assertThat(apply(editor, out, edit.value() == null || !json ? edit
        : new Edit(edit.what(), edit.key(), asJson(edit.value())), nl)).isEqualTo(out);

    // (b) only the lines of the edited key change
    lineDiff(a, split, edit, text, out, json);
    return out.equals(text);
  }

  private static String apply(Editor editor, String text, Edit edit, String nl) {
    Split split = Split.of(new SourceText("x", text));
    return edit.value() == null ? editor.remove(text, split, edit.key(), nl)
        : editor.set(text, split, edit.key(), edit.value(), nl);
  }

  private static void lineDiff(Article a, Split split, Edit edit, String text, String out,
      boolean json) {
    List<String> before = lines(text);
    List<String> after = lines(out);
    int p = 0;
    while (p < before.size() && p < after.size() && before.get(p).equals(after.get(p))) {
      p++;
    }
    int q = 0;
    while (q < before.size() - p && q < after.size() - p
        && before.get(before.size() - 1 - q).equals(after.get(after.size() - 1 - q))) {
      q++;
    }
    List<String> oldHunk = before.subList(p, before.size() - q);
    List<String> newHunk = after.subList(p, after.size() - q);
    if (oldHunk.isEmpty() && newHunk.isEmpty()) {
      return;
    }
    // the first line of each top-level key, in file order (0-based)
    List<Integer> starts = new ArrayList<>();
    for (String k : a.frontMatter().values().keySet()) {
      starts.add(a.frontMatter().locationOf("/" + Pointers.escape(k)).orElseThrow().line() - 1);
    }
    Collections.sort(starts);
    SourceText src = new SourceText("x", text);
    int lastLine = json ? src.location(split.blockEnd() - 1).line() - 1
        : src.location(split.blockEnd()).line() - 2;
    int firstLine = src.location(split.blockStart()).line() - 1;
    String diff = "\n--- lines " + (p + 1) + "..\n" + String.join("", oldHunk) + "+++\n"
        + String.join("", newHunk);
    boolean exists = a.frontMatter().values().containsKey(edit.key());
    if (!exists) {
      assertThat(newHunk).as("no blank lines added" + diff).noneMatch(String::isBlank);
      if (json) {
        // a comma after the last member, then the new member
        assertThat(oldHunk.size()).as("lines changed for a new key" + diff).isLessThanOrEqualTo(1);
        assertThat(isOneInsertion(String.join("", oldHunk), String.join("", newHunk)))
            .as("only an insertion" + diff).isTrue();
      } else {
        assertThat(oldHunk).as("a new key only inserts lines" + diff).isEmpty();
        assertThat(p).as("inserted in the block").isBetween(firstLine, lastLine + 1);
      }
      return;
    }
    int keyLine = a.frontMatter().locationOf("/" + Pointers.escape(edit.key())).orElseThrow()
        .line() - 1;
    int i = starts.indexOf(keyLine);
    int regionEnd = i + 1 < starts.size() ? starts.get(i + 1) - 1 : lastLine;
    int regionStart = keyLine;
    if (edit.value() == null) {
      int prev = i > 0 ? starts.get(i - 1) : firstLine - 1;
      regionStart = json ? Math.max(prev, firstLine) : prev + 1; // JSON: the comma before
      assertThat(p).as("the key's line is removed" + diff).isLessThanOrEqualTo(keyLine);
      assertThat(before.size() - q).as("the key's line is removed" + diff).isGreaterThan(keyLine);
      if (json) {
        assertThat(isSubsequence(String.join("", newHunk), String.join("", oldHunk)))
            .as("only deletions" + diff).isTrue();
      } else {
        assertThat(newHunk).as("only deletions" + diff).isEmpty();
        for (int l = p; l < keyLine; l++) {
          assertThat(before.get(l).strip()).as("removed before the key" + diff)
              .matches("|#.*");
        }
      }
    }
    assertThat(p).as("first changed line" + diff).isGreaterThanOrEqualTo(regionStart);
    assertThat(before.size() - q - 1).as("last changed line" + diff)
        .isLessThanOrEqualTo(regionEnd);
  }

  /** Lines with their line breaks. */
  private static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from < s.length()) {
      int nl = s.indexOf('\n', from);
      int end = nl < 0 ? s.length() : nl + 1;
      out.add(s.substring(from, end));
      from = end;
    }
    return out;
  }

  /** Whether {@code after} is {@code before} with one run of characters inserted. */
  private static boolean isOneInsertion(String before, String after) {
    int p = 0;
    while (p < before.length() && p < after.length() && before.charAt(p) == after.charAt(p)) {
      p++;
    }
    return after.length() >= before.length()
        && after.endsWith(before.substring(p))
        && after.length() - (before.length() - p) >= p;
  }

  private static boolean isSubsequence(String small, String big) {
    int j = 0;
    for (int i = 0; i < big.length() && j < small.length(); i++) {
      if (big.charAt(i) == small.charAt(j)) {
        j++;
      }
    }
    return j == small.length();
  }

  private static Value asJson(Value v) {
    return JsonEditorTest.asJson(v);
  }

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("articles.shared", "../shared")).toAbsolutePath()
        .normalize().resolve("corpus");
    if (!Files.isDirectory(dir)) {
      if ("true".equals(System.getenv("CI"))) {
        fail("the shared folder is missing on CI: " + dir);
      }
      assumeTrue(false, "no shared corpus at " + dir + "; corpus tests skipped");
    }
    return dir;
  }
}
