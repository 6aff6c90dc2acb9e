package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The shared default parser gives, from many threads at once, exactly what it gives from one:
 * the same fields, warnings, bytes and body tree, and the same exception messages.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 60;

  /** Fixtures with CJK, emoji, CRLF, a BOM, warnings, extras, no front matter, and errors. */
  private static final List<String> CASES = List.of(
      "valid/mainroad-shape",
      "valid/crlf",
      "valid/emoji-and-cjk-values",
      "valid/extras-in-file-order",
      "valid/utf8-byte-order-mark",
      "valid/theme-field-in-wrong-shape",
      "valid/no-front-matter",
      "invalid/error-on-cjk-line",
      "invalid/dates-two-bad");

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void parsingFromEightThreadsGivesTheSingleThreadedResults() throws Exception {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    for (String c : CASES) {
      inputs.put(c, Files.readAllBytes(FixtureTest.fixtures().resolve(c).resolve("in.md")));
    }
    Map<String, String> expected = new LinkedHashMap<>();
    inputs.forEach((name, bytes) -> expected.put(name, fingerprint(name, bytes)));
    List<String> names = List.copyOf(inputs.keySet());

    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int offset = t; // each thread walks the cases in a different order
      workers.add(() -> {
        start.await();
        int parsed = 0;
        for (int round = 0; round < ROUNDS; round++) {
          for (int k = 0; k < names.size(); k++) {
            String name = names.get((k + offset + round) % names.size());
            String actual = fingerprint(name, inputs.get(name));
            if (!actual.equals(expected.get(name))) {
              mismatches.add(name + " in " + Thread.currentThread().getName() + ":\n" + actual);
            }
            parsed++;
          }
        }
        return parsed;
      });
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (Callable<Integer> w : workers) {
        results.add(pool.submit(w));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get();
      }
      assertThat(total).isEqualTo(THREADS * ROUNDS * names.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).as("results that differ from the single-threaded ones").isEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oneArticleSharedByEightThreadsBuildsOneBodyTree() throws Exception {
    byte[] bytes = Files.readAllBytes(
        FixtureTest.fixtures().resolve("valid/mainroad-shape").resolve("in.md"));
    Article shared = Articles.parse(bytes, "shared.md");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Document>> bodies = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        bodies.add(pool.submit(() -> {
          start.await();
          return shared.body();
        }));
      }
      start.countDown();
      Document first = bodies.get(0).get();
      for (Future<Document> f : bodies) {
        assertThat(f.get()).isSameAs(first);
      }
      assertThat(nodes(first)).isEqualTo(nodes(Articles.parse(bytes, "again.md").body()));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Everything a parse gives, as text: the fixture dump, the bytes written back, and every body
   * node with its offset, line and text; or the exception's message.
   */
  private static String fingerprint(String name, byte[] bytes) {
    Article a;
    try {
      a = Articles.parse(bytes, name + "/in.md");
    } catch (ArticleException e) {
      return "rejected:\n" + e.getMessage();
    }
    return FixtureTest.dump(a)
        + "\nbytes: " + Arrays.hashCode(Articles.toBytes(a))
        + (Arrays.equals(Articles.toBytes(a), bytes) ? " (same)" : " (DIFFERENT)")
        + "\n" + nodes(a.body());
  }

  private static String nodes(Document body) {
    StringBuilder out = new StringBuilder();
    for (Node n : body.getDescendants()) {
      out.append(n.getNodeName()).append(" @").append(n.getStartOffset())
          .append(" line ").append(n.getLineNumber()).append(": ")
          .append(FixtureTest.quote(n.getChars().toString())).append('\n');
    }
    return out.toString();
  }

  @Test
  void fingerprintsTellTheCasesApart() throws IOException {
    // guards the test above: a fingerprint that ignored its input would pass it vacuously
    List<String> prints = new ArrayList<>();
    for (String c : CASES) {
      prints.add(fingerprint(c, Files.readAllBytes(
          FixtureTest.fixtures().resolve(c).resolve("in.md"))));
    }
    assertThat(prints).doesNotHaveDuplicates();
    assertThat(prints.get(0)).contains("Paragraph @").contains("北京举办春季书展");
    assertThat(prints.get(CASES.size() - 1)).startsWith("rejected:\n");
  }
}
