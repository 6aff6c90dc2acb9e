package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every article of the shared corpus either parses and writes back byte for byte, or is
 * rejected for the pinned reason in {@code corpus-rejected.tsv}.
 */
class CorpusRoundTripTest {

  @Test
  void everyCorpusArticleWritesBackIdenticalOrIsPinnedAsRejected() throws IOException {
    Map<String, String> pinned = pinnedRejections();
    Map<String, String> rejected = new TreeMap<>();
    List<String> different = new ArrayList<>();
    int parsed = 0;
    int identical = 0;
    for (Shared.Entry e : Shared.manifest()) {
      byte[] bytes = Files.readAllBytes(Shared.corpus().resolve(e.relative()));
      Article a;
      try {
        a = Articles.parse(bytes, e.relative());
      } catch (ArticleException ex) {
        rejected.put(e.relative(), ex.problems().get(0).rule());
        continue;
      }
      parsed++;
      a.body(); // the AST must build for every article that parses
      if (Arrays.equals(Articles.toBytes(a), bytes)) {
        identical++;
      } else {
        different.add(e.relative());
      }
    }
    System.out.printf("corpus: parsed %d, identical %d, rejected %d%n", parsed, identical,
        rejected.size());
    assertThat(different).as("parsed but not written back identical").isEmpty();
    assertThat(rejected).as("rejected files (path -> rule) against corpus-rejected.tsv")
        .isEqualTo(pinned);
  }

  /** path -> rule, from the pinned list; the third column says why, for people. */
  static Map<String, String> pinnedRejections() throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (var in = CorpusRoundTripTest.class.getResourceAsStream("/corpus-rejected.tsv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.put(f[0], f[1]);
      }
    }
    return out;
  }
}
