package io.github.frontmatter.articles.bench;

import io.github.frontmatter.articles.Article;
import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.Articles;
import io.github.frontmatter.articles.FrontMatter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the main calls on a few representative files: the reference
 * article (YAML front matter, Chinese body, 10 KB), a commented YAML example, a TOML example
 * and a 126 KB page that is mostly one big table. Run with {@code src/scripts/jmh.sh} (any JMH
 * options after it, e.g. {@code src/scripts/jmh.sh 'ArticlesJmh.readFrontMatter.*' -p
 * file=examples/articles/commented-front-matter.md}). Paths are relative to the repository;
 * those under {@code ../shared} need the shared folder.
 *
 * <p>{@code toBytes} against {@code copyBytes} and {@code write} against {@code
 * writeBytesAtomically} say what writing an unedited article costs over copying its bytes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ArticlesJmh {
  @Param({
      "../shared/reference/paris-ai-summit.md",
      "examples/articles/commented-front-matter.md",
      "src/test/resources/validation/valid/mainroad-toml/in.md",
      "../shared/corpus/gohugoio-hugoDocs/content/en/quick-reference/emojis.md"})
  public String file;

  private Path path;
  private byte[] bytes;
  private String text;
  private Article article;
  private Path tmpDir;
  private Path target;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    path = Path.of(file);
    bytes = Files.readAllBytes(path);
    text = new String(bytes, StandardCharsets.UTF_8);
    article = Articles.parse(bytes, file);
    tmpDir = Files.createTempDirectory("articles-jmh");
    target = tmpDir.resolve("article.md");
    Files.write(target, bytes);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(tmpDir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The full parse of text in memory, with the lazy body AST forced. */
  @Benchmark
  public Object parse() {
    return ArticleParser.defaults().parse(text, file).body();
  }

  /** The full parse of bytes (strict UTF-8 decoding included), body forced. */
  @Benchmark
  public Object parseBytes() {
    return ArticleParser.defaults().parse(bytes, file).body();
  }

  /** Front matter only, bytes in memory. */
  @Benchmark
  public FrontMatter readFrontMatter() {
    return Articles.parseFrontMatter(bytes, file);
  }

  /** Front matter only, read from the file (page cache). */
  @Benchmark
  public FrontMatter readFrontMatterFromDisk() throws IOException {
    return Articles.parseFrontMatter(path);
  }

  /** The bytes of an unedited article. */
  @Benchmark
  public byte[] toBytes() {
    return Articles.toBytes(article);
  }

  /** Baseline of {@link #toBytes}: a copy of the bytes. */
  @Benchmark
  public byte[] copyBytes() {
    return bytes.clone();
  }

  /** Writing an unedited article to disk (atomic replace, forced to disk). */
  @Benchmark
  public Path write() throws IOException {
    Articles.write(article, target);
    return target;
  }

  /**
   * Baseline of {@link #write}: the same bytes written with the same steps by hand (a
   * temporary file beside the target, forced to disk, moved over the target).
   */
  @Benchmark
  public Path writeBytesAtomically() throws IOException {
    Path tmp = Files.createTempFile(tmpDir, ".article.md.", ".tmp");
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    return target;
  }
}
