package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Edits every corpus article (YAML, TOML and JSON) through the public withers with a seeded
 * set of random edits, and checks for each: the written bytes re-parse to exactly the edited
 * model; only the lines of the edited key (or only the body) changed; the same edit always
 * gives the same bytes.
 */
class EditFidelityTest {
  private static final String[] TITLES = {
    "A plain title", "Title: with a colon", "# not a comment", "*starred*", "yes", "2024",
    "1.50", "null", "中文标题：巴黎峰会", "emoji 😀 title", "it's \"quoted\"", "- dash", "  padded  ",
    "line one\nline two", "~", "[brackets]", "{braces}", "@at", "%percent", "trailing:"
  };
  private static final String[] WIDGETS = {"search", "recent", "categories", "taglist",
      "social", "languages"};

  private record Edit(String name, String key, UnaryOperator<Article> apply) {}

  @Test
  void everyEditChangesOnlyWhatWasEditedAndReadsBackAsTheEditedModel() throws IOException {
    int checked = 0;
    Map<String, Integer> refused = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Shared.Entry e : Shared.manifest()) {
      Article original;
      try {
        original = Articles.parse(Files.readAllBytes(Shared.corpus().resolve(e.relative())),
            e.relative());
      } catch (ArticleException rejected) {
        continue;
      }
      Random rnd = new Random(e.sha1().hashCode());
      for (Edit edit : edits(original, rnd)) {
        Article edited;
        try {
          edited = edit.apply().apply(original);
        } catch (IllegalArgumentException refusal) {
          refused.merge(original.format() + ": " + refusal.getMessage()
              .replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("^[^:]*: ", ""), 1, Integer::sum);
          continue;
        }
        checked++;
        String problem = check(original, edit, edited);
        if (problem != null && failures.size() < 50) {
          failures.add(e.relative() + " [" + edit.name() + "]: " + problem);
        }
      }
    }
    System.out.printf("edit fidelity: %d edits checked, %d refused%n", checked,
        refused.values().stream().mapToInt(Integer::intValue).sum());
    refused.forEach((k, v) -> System.out.printf("  refused %4d  %s%n", v, k));
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(10_000);
  }

  private static List<Edit> edits(Article a, Random rnd) {
    List<Edit> out = new ArrayList<>();
    String title = TITLES[rnd.nextInt(TITLES.length)];
    out.add(new Edit("title", key(a, "title"), x -> x.withTitle(title)));
    ArticleDate date = ArticleDate.parse(String.format("20%02d-%02d-%02dT%02d:%02d:00%s",
        10 + rnd.nextInt(15), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), rnd.nextInt(24),
        rnd.nextInt(60), rnd.nextBoolean() ? "+08:00" : ""));
    out.add(new Edit("date", key(a, "date"), x -> x.withDate(date)));
    List<String> tags = a.tags();
    List<String> added = new ArrayList<>(tags);
    added.add("edited-" + rnd.nextInt(1000));
    out.add(new Edit("tags add", key(a, "tags"), x -> x.withTags(added)));
    if (!tags.isEmpty()) {
      List<String> removed = new ArrayList<>(tags);
      removed.remove(rnd.nextInt(removed.size()));
      out.add(new Edit("tags remove", key(a, "tags"), x -> x.withTags(removed)));
    }
    if (tags.size() >= 2) {
      List<String> shuffled = new ArrayList<>(tags);
      Collections.shuffle(shuffled, rnd);
      out.add(new Edit("tags reorder", key(a, "tags"), x -> x.withTags(shuffled)));
    }
    List<String> widgets = new ArrayList<>(a.widgets());
    widgets.add(WIDGETS[rnd.nextInt(WIDGETS.length)]);
    out.add(new Edit("widget", key(a, "widgets"), x -> x.withWidgets(widgets)));
    String unknown = "x-edited-" + rnd.nextInt(100);
    Value value = switch (rnd.nextInt(4)) {
      case 0 -> new Value.Text("some text: " + rnd.nextInt());
      case 1 -> Value.Int.of(rnd.nextInt());
      case 2 -> new Value.Bool(rnd.nextBoolean());
      default -> new Value.Sequence(List.of(new Value.Text("a"), Value.Int.of(2)));
    };
    out.add(new Edit("unknown key", unknown, x -> x.with(unknown, value)));
    String body = a.bodyText() + (a.bodyText().endsWith("\n") ? "" : "\n")
        + "\nAn appended paragraph " + rnd.nextInt() + ".\n";
    out.add(new Edit("body", null, x -> x.withBody(body)));
    return out;
  }

  /** The key as the file spells it (Hugo's keys match regardless of case). */
  private static String key(Article a, String field) {
    for (String k : a.frontMatter().values().keySet()) {
      if (k.equalsIgnoreCase(field)) {
        return k;
      }
    }
    return field;
  }

  /** Returns what is wrong with an edit, or null. */
  private static String check(Article original, Edit edit, Article edited) {
    Article reread = Articles.parse(Articles.toBytes(edited), edited.sourceName());
    if (!reread.equals(edited)) {
      return "the written bytes do not read back as the edited model";
    }
    Article again = edit.apply().apply(original);
    if (!again.text().equals(edited.text())) {
      return "the same edit gave different bytes";
    }
    if (edit.key() != null) {
      for (Map.Entry<String, Value> kv : original.frontMatter().values().entrySet()) {
        if (!kv.getKey().equals(edit.key())
            && !kv.getValue().equals(edited.frontMatter().values().get(kv.getKey()))) {
          return "the value of another key changed: " + kv.getKey();
        }
      }
      if (!edited.bodyText().equals(original.bodyText())) {
        return "the body changed";
      }
    }
    return changedLinesProblem(original, edit, edited);
  }

  /** The original lines that changed must be the edited key's own lines, or the body's. */
  private static String changedLinesProblem(Article original, Edit edit, Article edited) {
    if (original.text().equals(edited.text())) {
      return null; // e.g. tags "reordered" into their own order
    }
    List<String> a = lines(original.text());
    List<String> b = lines(edited.text());
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    int from = prefix; // first changed original line (0-based)
    int to = a.size() - suffix; // one past the last changed original line
    if (edit.key() == null) {
      int bodyLine = original.bodyLine() - 1;
      return from >= bodyLine || original.format() == Format.JSON && from >= bodyLine - 1
          ? null : "a line before the body changed: " + (from + 1);
    }
    FrontMatter fm = original.frontMatter();
    int keyOffset = fm.keyOffsetOf(edit.key());
    // JSON, and YAML front matter that is a flow mapping ({"title": ...}): commas between
    boolean commas = original.format() == Format.JSON || original.format() == Format.YAML
        && original.text().substring(original.text().indexOf('\n') + 1).stripLeading()
            .startsWith("{");
    if (keyOffset < 0) { // a new key: lines inserted, none changed (JSON: the comma before)
      int allowed = commas ? 1 : 0;
      return to - from <= allowed ? null
          : "adding a key changed " + (to - from) + " existing lines from line " + (from + 1);
    }
    int keyLine = line(original, keyOffset);
    int next = Integer.MAX_VALUE;
    for (String k : fm.values().keySet()) {
      int o = fm.keyOffsetOf(k);
      if (o > keyOffset) {
        next = Math.min(next, line(original, o));
      }
    }
    int end = next == Integer.MAX_VALUE ? original.bodyLine() - 1 : next;
    // JSON: the member before may lose or gain its comma
    int start = commas ? keyLine - 1 : keyLine;
    if (from < start || to > end) {
      return "changed lines " + (from + 1) + "-" + to + " outside the key's lines "
          + (keyLine + 1) + "-" + end;
    }
    return null;
  }

  private static int line(Article a, int offset) {
    int n = 0;
    String t = a.text();
    for (int i = 0; i < offset; i++) {
      if (t.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(from, i + 1));
        from = i + 1;
      }
    }
    out.add(text.substring(from));
    return out;
  }
}
