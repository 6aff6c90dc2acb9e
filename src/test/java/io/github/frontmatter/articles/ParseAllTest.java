package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parseAll}: every file a result, in path order, failures as results. */
class ParseAllTest {

  static Path site(Path tmp) throws IOException {
    write(tmp.resolve("b-good.md"), "---\ntitle: Good\ntags: [a]\n---\n\n# Hello\n");
    write(tmp.resolve("a-warn.md"), "---\nsidebar: middle\n---\nNo title.\n");
    write(tmp.resolve("c-bad-yaml.md"), "---\ntitle: [unclosed\n---\nbody\n");
    write(tmp.resolve("d-bad-date.md"), "---\ntitle: D\ndate: 2025-02-30\n---\nbody\n");
    Files.write(tmp.resolve("e-latin1.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ',
        (byte) 0xE9, '\n', '-', '-', '-', '\n'});
    write(tmp.resolve("nested/deeper/f.markdown"), "+++\ntitle = \"TOML\"\n+++\nbody\n");
    write(tmp.resolve("notes.txt"), "---\ntitle: not an article name\n---\n");
    return tmp;
  }

  static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  static List<FileResult> all(Stream<FileResult> s) {
    try (s) {
      return s.collect(Collectors.toList());
    }
  }

  static List<String> names(Path root, List<FileResult> results) {
    return results.stream().map(r -> root.relativize(r.path()).toString()).toList();
  }

  @Test
  void everyFileIsAResultInPathOrderWithItsProblems(@TempDir Path tmp) throws IOException {
    Path root = site(tmp);
    List<FileResult> results = all(ArticleParser.defaults().parseAll(root, 2));
    assertThat(names(root, results)).containsExactly("a-warn.md", "b-good.md",
        "c-bad-yaml.md", "d-bad-date.md", "e-latin1.md", "nested/deeper/f.markdown");
    assertThat(results).extracting(FileResult::hasErrors)
        .containsExactly(false, false, true, true, true, false);
    FileResult warn = results.get(0);
    assertThat(warn.problems()).extracting(Problem::rule)
        .containsExactly("title-missing", "sidebar-value");
    FileResult good = results.get(1);
    assertThat(good.article().orElseThrow().title()).contains("Good");
    assertThat(good.article().get().body().getFirstChild().getChars().toString())
        .isEqualTo("# Hello");
    assertThat(good.ioError()).isEmpty();
    assertThat(results.get(2).article()).isEmpty();
    assertThat(results.get(2).problems()).extracting(Problem::rule).containsExactly("yaml-syntax");
    assertThat(results.get(3).article()).as("read leniently, as read(path)").isPresent();
    assertThat(results.get(3).problems()).extracting(Problem::rule).contains("date-invalid");
    assertThat(results.get(4).problems()).extracting(Problem::rule).containsExactly("encoding");
    assertThat(results.get(5).article().orElseThrow().format()).isEqualTo(Format.TOML);
  }

  @Test
  void resultsAreThoseOfReadWhateverTheThreads(@TempDir Path tmp) throws IOException {
    Path root = site(tmp);
    List<String> one = describe(all(ArticleParser.defaults().parseAll(root, 1)));
    assertThat(describe(all(ArticleParser.defaults().parseAll(root, 3)))).isEqualTo(one);
    assertThat(describe(all(Articles.parseAll(root)))).isEqualTo(one);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThat(describe(all(ArticleParser.defaults().parseAll(root, pool, 1))))
          .isEqualTo(one);
      assertThat(pool.isShutdown()).as("the caller's executor stays up").isFalse();
    } finally {
      pool.shutdown();
    }
    List<String> read = new ArrayList<>();
    for (FileResult r : all(ArticleParser.defaults().parseAll(root, 1))) {
      ParseResult p = ArticleParser.defaults().read(r.path());
      read.add(r.path() + " " + p.article() + " " + p.problems());
    }
    assertThat(one).isEqualTo(read);
  }

  static List<String> describe(List<FileResult> results) {
    return results.stream().map(r -> r.path() + " " + r.article() + " " + r.problems()).toList();
  }

  /** The files are read as the stream is consumed: one removed meanwhile is an I/O result. */
  @Test
  void aFileThatCannotBeReadIsAResultNotAnException(@TempDir Path tmp) throws IOException {
    Path root = site(tmp);
    try (Stream<FileResult> s = ArticleParser.defaults().parseAll(root, 1)) {
      Files.delete(root.resolve("c-bad-yaml.md"));
      List<FileResult> results = s.toList();
      assertThat(results).hasSize(6);
      FileResult gone = results.get(2);
      assertThat(gone.path()).isEqualTo(root.resolve("c-bad-yaml.md"));
      assertThat(gone.ioError()).containsInstanceOf(NoSuchFileException.class);
      assertThat(gone.hasErrors()).isTrue();
      assertThat(gone.article()).isEmpty();
      assertThat(gone.problems()).isEmpty();
    }
  }

  @Test
  void linksThatAreNotFollowedAreResultsToo(@TempDir Path tmp) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("site"));
    write(root.resolve("a.md"), "---\ntitle: A\n---\n");
    write(tmp.resolve("outside.md"), "---\ntitle: Outside\n---\n");
    try {
      Files.createSymbolicLink(root.resolve("b-out.md"), tmp.resolve("outside.md"));
      Files.createSymbolicLink(root.resolve("c-broken.md"), tmp.resolve("missing.md"));
      Files.createSymbolicLink(root.resolve("d-in.md"), root.resolve("a.md"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here: " + e);
    }
    List<FileResult> results = all(ArticleParser.defaults().parseAll(root, 2));
    assertThat(names(root, results)).containsExactly("a.md", "b-out.md", "c-broken.md",
        "d-in.md");
    assertThat(results.get(1).ioError()).containsInstanceOf(FileSystemException.class);
    assertThat(results.get(1).ioError().get().getMessage())
        .contains("a symbolic link leading out of");
    assertThat(results.get(2).ioError()).containsInstanceOf(NoSuchFileException.class);
    assertThat(results.get(3).article().orElseThrow().title()).contains("A");
  }

  @Test
  void aFifoNamedLikeAnArticleIsAResult(@TempDir Path tmp) throws Exception {
    write(tmp.resolve("a.md"), "---\ntitle: A\n---\n");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", tmp.resolve("b-fifo.md").toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e);
      return;
    }
    assumeTrue(p.waitFor() == 0, "mkfifo failed");
    List<FileResult> results = all(ArticleParser.defaults().parseAll(tmp, 2));
    assertThat(names(tmp, results)).containsExactly("a.md", "b-fifo.md");
    assertThat(results.get(1).ioError().orElseThrow().getMessage())
        .contains("not a regular file");
  }

  @Test
  void theDirectoryItselfMustBeReadable(@TempDir Path tmp) throws IOException {
    Path file = Files.writeString(tmp.resolve("a.md"), "x");
    assertThatThrownBy(() -> Articles.parseAll(file)).isInstanceOf(NotDirectoryException.class);
    assertThatThrownBy(() -> Articles.parseAll(tmp.resolve("missing")))
        .isInstanceOf(NotDirectoryException.class);
    assertThatThrownBy(() -> ArticleParser.defaults().parseAll(tmp, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1, but was 0");
    assertThatThrownBy(() -> ArticleParser.defaults().parseAll(null, 1))
        .isInstanceOf(NullPointerException.class).hasMessage("directory must not be null");
  }

  @Test
  void anEmptyDirectoryIsAnEmptyStream(@TempDir Path tmp) throws IOException {
    assertThat(all(ArticleParser.defaults().parseAll(tmp, 2))).isEmpty();
  }

  /** Closing a stream that was not consumed to its end stops its threads. */
  @Test
  void closingTheStreamStopsItsThreads(@TempDir Path tmp) throws Exception {
    for (int i = 0; i < 40; i++) {
      write(tmp.resolve("f" + i + ".md"), "---\ntitle: T" + i + "\n---\n\n*body*\n");
    }
    Stream<FileResult> s = ArticleParser.defaults().parseAll(tmp, 2);
    Iterator<FileResult> it = s.iterator();
    assertThat(it.next().path()).isEqualTo(tmp.resolve("f0.md"));
    assertThat(threads()).isPositive();
    s.close();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (threads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(threads()).isZero();
    assertThat(it.hasNext()).as("closed").isFalse();
  }

  static long threads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("articles-parseAll") && t.isAlive()).count();
  }

  /** The whole corpus: one result per article file, each as read(path) gives it. */
  @Test
  void corpusGivesOneResultPerArticleFile() throws IOException {
    Path corpus = Shared.corpus();
    List<Path> expected;
    try (Stream<Path> s = Files.walk(corpus)) {
      expected = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")
          || p.toString().endsWith(".markdown")).sorted().toList();
    }
    List<FileResult> results = all(ArticleParser.defaults().parseAll(corpus, 2));
    assertThat(results).extracting(FileResult::path).containsExactlyElementsOf(expected);
    assertThat(results).allSatisfy(r -> assertThat(r.ioError()).isEmpty());
    int withArticle = 0;
    for (FileResult r : results) {
      ParseResult p = ArticleParser.defaults().read(r.path());
      assertThat(r.problems()).isEqualTo(p.problems());
      assertThat(r.article()).isEqualTo(p.article());
      withArticle += r.article().isPresent() ? 1 : 0;
    }
    assertThat(withArticle).isGreaterThan(2900);
  }
}
