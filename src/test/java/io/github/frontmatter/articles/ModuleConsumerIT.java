package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a user gets it, run by the failsafe plugin after {@code package}: a small
 * consumer is compiled with javax.tools against {@code target/articles-*.jar} and the runtime
 * dependencies Maven resolves (nothing else), then run in a child JVM, once as a named module
 * on the module path and once on the class path.
 */
class ModuleConsumerIT {
  private static Path jar;
  private static List<Path> runtime;

  private static final String MAIN = """
      package consumer;

      import com.vladsch.flexmark.util.ast.Document;
      import io.github.frontmatter.articles.Article;
      import io.github.frontmatter.articles.Articles;
      import io.github.frontmatter.articles.FrontMatterSchema;
      import io.github.frontmatter.articles.jackson.ArticlesModule;
      import java.util.List;
      import java.util.TreeSet;
      import tools.jackson.databind.ObjectMapper;
      import tools.jackson.databind.json.JsonMapper;

      public class Main {
        public static void main(String[] args) throws Exception {
          Article a = Articles.parse(
              "---\\ntitle: Hello\\ndate: 2025-02-12\\ntags: [a, b] # kept\\n---\\n# Hi\\n\\n"
                  + "<script>alert(1)</script>\\n", "hello.md");
          Document body = a.body();
          System.out.println("title=" + a.title().orElseThrow());
          System.out.println("first=" + body.getFirstChild().getClass().getSimpleName());
          System.out.println("html=" + a.html().trim().replace('\\n', '|'));
          System.out.println("edit=" + a.withTags(List.of("c")).text().lines().toList().get(3));
          ObjectMapper mapper = JsonMapper.builder().addModule(new ArticlesModule()).build();
          Article back = mapper.readValue(mapper.writeValueAsString(a), Article.class);
          System.out.println("json=" + back.equals(a));
          System.out.println("schema=" + FrontMatterSchema.builtIn().validate(a.frontMatter()));
          Module m = Article.class.getModule();
          System.out.println("module=" + m.getName());
          if (m.isNamed()) {
            TreeSet<String> exports = new TreeSet<>();
            m.getDescriptor().exports().forEach(e -> exports.add(e.source()));
            System.out.println("exports=" + exports);
          }
          try {
            Class.forName("io.github.frontmatter.articles.internal.body.Markdown")
                .getConstructor(java.util.Set.class).newInstance(java.util.Set.of());
            System.out.println("internal=accessible");
          } catch (IllegalAccessException e) {
            System.out.println("internal=encapsulated");
          }
        }
      }
      """;

  @BeforeAll
  static void builtJar() throws IOException {
    jar = Path.of(System.getProperty("articles.jar", "target/missing.jar"));
    assertThat(jar).as("the packaged jar").isRegularFile();
    String cp = Files.readString(Path.of(System.getProperty("articles.runtimeClasspath",
        "target/runtime-classpath.txt"))).trim();
    runtime = new ArrayList<>();
    for (String s : cp.split(File.pathSeparator)) {
      runtime.add(Path.of(s));
    }
    // runtime dependencies only: no test, benchmark or command-line parsing libraries
    assertThat(runtime).extracting(p -> p.getFileName().toString())
        .noneMatch(n -> n.matches("(?i).*(junit|assertj|jmh|picocli|jqwik|opentest4j|slf4j-"
            + "(simple|nop)|logback).*"));
  }

  private static String path(Path first, List<Path> rest) {
    List<String> parts = new ArrayList<>();
    parts.add(first.toString());
    parts.add(jar.toString());
    rest.forEach(p -> parts.add(p.toString()));
    return String.join(File.pathSeparator, parts);
  }

  /** Compiles the files under {@code src}; returns the diagnostics (empty when clean). */
  private static List<String> compile(Path src, Path out, List<String> options)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> files;
    try (var s = Files.walk(src)) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      List<String> args = new ArrayList<>(options);
      args.addAll(List.of("-d", out.toString(), "-Xlint:all"));
      boolean ok = compiler.getTask(null, fm, diagnostics, args, null,
          fm.getJavaFileObjectsFromPaths(files)).call();
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        messages.add(d.getKind() + ": " + d.getMessage(Locale.ROOT));
      }
      if (!ok && messages.isEmpty()) {
        messages.add("ERROR: compilation failed");
      }
      return messages;
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run java(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(List.of(args));
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, Files.readString(err));
  }

  private static void assertWorks(Run r) {
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains(
        "title=Hello\n",
        "first=Heading\n",
        "html=<h1>Hi</h1>|<!-- raw HTML omitted -->\n",
        "edit=tags: [c] # kept\n",
        "json=true\n",
        "schema=[]\n");
  }

  @Test
  void onTheModulePath(@TempDir Path tmp) throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src/consumer"));
    Files.writeString(tmp.resolve("src/module-info.java"),
        "module consumer {\n  requires io.github.frontmatter.articles;\n}\n");
    Files.writeString(src.resolve("Main.java"), MAIN);
    Path out = Files.createDirectories(tmp.resolve("out"));
    String modulePath = path(out, runtime);
    // only "requires io.github.frontmatter.articles": flexmark's AST and Jackson come along
    // through "requires transitive"; the consumer compiles without a warning
    assertThat(compile(tmp.resolve("src"), out, List.of("--module-path", modulePath)))
        .isEmpty();

    Run r = java(tmp, "--module-path", modulePath, "-m", "consumer/consumer.Main");
    assertWorks(r);
    assertThat(r.out()).contains(
        "module=io.github.frontmatter.articles\n",
        "exports=[io.github.frontmatter.articles, io.github.frontmatter.articles.jackson]\n",
        "internal=encapsulated\n");
  }

  @Test
  void internalPackagesAreNotVisibleToModules(@TempDir Path tmp) throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src/consumer"));
    Files.writeString(tmp.resolve("src/module-info.java"),
        "module consumer {\n  requires io.github.frontmatter.articles;\n}\n");
    Files.writeString(src.resolve("Peek.java"), """
        package consumer;
        public class Peek {
          Object o = io.github.frontmatter.articles.internal.body.SafeHtml.class;
        }
        """);
    Path out = Files.createDirectories(tmp.resolve("out"));
    assertThat(compile(tmp.resolve("src"), out, List.of("--module-path", path(out, runtime))))
        .anySatisfy(m -> assertThat(m).startsWith("ERROR")
            .contains("package io.github.frontmatter.articles.internal.body is not visible"));
  }

  @Test
  void onTheClassPath(@TempDir Path tmp) throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src/consumer"));
    Files.writeString(src.resolve("Main.java"), MAIN);
    Path out = Files.createDirectories(tmp.resolve("out"));
    String classPath = path(out, runtime);
    assertThat(compile(tmp.resolve("src"), out, List.of("-classpath", classPath))).isEmpty();

    Run r = java(tmp, "-cp", classPath, "consumer.Main");
    assertWorks(r);
    assertThat(r.out()).contains("module=null\n", "internal=accessible\n")
        .doesNotContain("exports=");
  }

  @Test
  void theJarCarriesTheModuleDescriptorAndTheSchemas() throws IOException {
    try (var fs = java.nio.file.FileSystems.newFileSystem(jar)) {
      assertThat(fs.getPath("module-info.class")).isRegularFile();
      assertThat(fs.getPath("io/github/frontmatter/articles/article.schema.json"))
          .isRegularFile();
      assertThat(fs.getPath("io/github/frontmatter/articles/article-strict-keys.schema.json"))
          .isRegularFile();
    }
    var descriptor = java.lang.module.ModuleFinder.of(jar).findAll().iterator().next()
        .descriptor();
    assertThat(descriptor.name()).isEqualTo("io.github.frontmatter.articles");
    assertThat(descriptor.exports()).extracting(e -> e.source()).containsExactlyInAnyOrder(
        "io.github.frontmatter.articles", "io.github.frontmatter.articles.jackson");
    assertThat(descriptor.exports()).allMatch(e -> !e.isQualified());
    assertThat(descriptor.opens()).isEmpty();
    // the sources and Javadoc jars beside it
    String base = jar.getFileName().toString().replace(".jar", "");
    assertThat(jar.resolveSibling(base + "-sources.jar")).isRegularFile();
    assertThat(jar.resolveSibling(base + "-javadoc.jar")).isRegularFile();
  }
}
