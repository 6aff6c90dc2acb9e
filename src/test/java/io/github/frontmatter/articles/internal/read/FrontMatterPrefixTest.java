package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.SourceText;

import io.github.frontmatter.articles.internal.read.FrontMatterPrefix;
import io.github.frontmatter.articles.internal.read.Split;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.frontmatter.articles.Shared;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Where the front matter ends, found in bytes read a piece at a time. */
class FrontMatterPrefixTest {

  /** A stream that hands out its bytes in pieces of random size, and counts what it gave. */
  static final class Pieces extends InputStream {
    private final InputStream in;
    private final Random random;
    private final int max;
    long given;

    Pieces(InputStream in, long seed, int max) {
      this.in = in;
      this.random = new Random(seed);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      given += b < 0 ? 0 : 1;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, Math.min(len, 1 + random.nextInt(max)));
      given += Math.max(n, 0);
      return n;
    }
  }

  static int wholeEnd(byte[] bytes) {
    return new FrontMatterPrefix().end(bytes, bytes.length, true);
  }

  /**
   * For every corpus file: the prefix is the same whether the bytes come at once or in pieces
   * of 1 to 7 bytes, and Split finds in it the very front matter it finds in the whole text.
   */
  @Test
  void corpusPrefixesHoldTheWholeFrontMatterHoweverTheBytesArrive() throws IOException {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    long kept = 0;
    long total = 0;
    List<Path> files;
    try (Stream<Path> s = Files.walk(Shared.corpus())) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path p : files) {
      byte[] bytes = Files.readAllBytes(p);
      int end = wholeEnd(bytes);
      byte[] pieces = FrontMatterPrefix.read(new Pieces(new ByteArrayInputStream(bytes),
          p.hashCode(), 7));
      if (!Arrays.equals(pieces, Arrays.copyOf(bytes, end))) {
        bad.add(p + ": pieces gave " + pieces.length + " bytes, whole " + end);
        continue;
      }
      String whole = new String(bytes, StandardCharsets.UTF_8);
      String prefix = new String(bytes, 0, end, StandardCharsets.UTF_8);
      if (whole.startsWith("\uFEFF")) {
        whole = whole.substring(1);
        prefix = prefix.substring(1);
      }
      Object a = split(whole);
      Object b = split(prefix);
      if (!a.equals(b)) {
        bad.add(p + ": " + a + " but from the prefix " + b);
      }
      checked++;
      kept += end;
      total += bytes.length;
    }
    System.out.printf("front-matter prefixes: %d files, %d of %d bytes read%n", checked, kept,
        total);
    assertThat(bad).isEmpty();
    assertThat(checked).isGreaterThan(2900);
    assertThat(kept).isLessThan(total / 4);
  }

  /** The split, or the rule of the error it throws. */
  static Object split(String text) {
    try {
      Split s = Split.of(new SourceText("x", text));
      return s.format() == io.github.frontmatter.articles.Format.NONE ? "NONE" : s;
    } catch (io.github.frontmatter.articles.ArticleException e) {
      return e.problems().get(0).rule();
    }
  }

  /** A front matter in front of a 50 MB body: what is read stays near the front matter. */
  @Test
  void aHugeBodyIsNotRead() throws IOException {
    byte[] head = "---\ntitle: big\ntags: [a, b]\n---\n".getBytes(StandardCharsets.UTF_8);
    long size = 50L << 20;
    InputStream endless = new InputStream() {
      long pos;

      @Override
      public int read() {
        if (pos >= size) {
          return -1;
        }
        return pos < head.length ? head[(int) pos++] : (pos++ % 80 == 79 ? '\n' : 'x');
      }
    };
    Pieces in = new Pieces(endless, 1, 4096);
    byte[] prefix = FrontMatterPrefix.read(in);
    assertThat(prefix).isEqualTo(head);
    assertThat(in.given).isLessThan(head.length + 8192);
  }

  @Test
  void aFileWithoutFrontMatterCostsItsFirstLineAtMost() throws IOException {
    byte[] one = ("Plain text." + "\n".repeat(3) + "x".repeat(100_000)).getBytes(
        StandardCharsets.UTF_8);
    assertThat(wholeEnd(one)).isEqualTo("Plain text.\n".length());
    byte[] longLine = ("\u00e9".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8);
    int end = wholeEnd(longLine);
    assertThat(end).isBetween(FrontMatterPrefix.FIRST_LINE_BYTES - 1,
        FrontMatterPrefix.FIRST_LINE_BYTES);
    assertThat(end % 2).as("not inside a two-byte character").isZero();
    Pieces in = new Pieces(new ByteArrayInputStream(longLine), 3, 100);
    assertThat(FrontMatterPrefix.read(in)).hasSize(end);
  }

  @Test
  void aBackslashAtTheEndOfAPieceSkipsTheNextByte() throws IOException {
    byte[] json = "{\"t\": \"a\\\"}\"}\nbody }\n".getBytes(StandardCharsets.UTF_8);
    for (int max = 1; max <= 4; max++) {
      for (long seed = 0; seed < 20; seed++) {
        assertThat(FrontMatterPrefix.read(new Pieces(new ByteArrayInputStream(json), seed, max)))
            .asString(StandardCharsets.UTF_8).isEqualTo("{\"t\": \"a\\\"}\"}\n");
      }
    }
  }
}
