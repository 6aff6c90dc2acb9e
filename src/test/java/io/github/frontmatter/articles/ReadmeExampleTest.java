package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, verbatim: the first {@code ```java} block of README.md is
 * compiled in memory inside a class with the imports it needs, and run in a child JVM whose
 * working directory holds {@code content/post/paris-ai-summit.md} (a copy of an example
 * article). Afterwards only the tags lines of that file have changed.
 */
class ReadmeExampleTest {
  private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  private static final Path ARTICLE = BASE.resolve("examples/articles/river-cleanup-volunteers.md");

  static String firstJavaBlock(String readme) {
    Matcher m = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("a ```java block in README.md").isTrue();
    return m.group(1);
  }

  @Test
  void readmeExampleRunsAndChangesOnlyTheTagsLines(@TempDir Path tmp) throws Exception {
    String block = firstJavaBlock(Files.readString(BASE.resolve("README.md")));
    assertThat(block).contains("Articles.parse(path)", "withTags(List.of(\"ai\", \"deepseek\"))");
    String source = """
        import com.vladsch.flexmark.util.ast.Document;
        import io.github.frontmatter.articles.*;
        import java.nio.file.Path;
        import java.util.List;

        public class ReadmeExample {
          public static void main(String[] args) throws Exception {
        %s  }
        }
        """.formatted(block);

    Map<String, byte[]> classes = compile("ReadmeExample", source);
    Path classDir = Files.createDirectories(tmp.resolve("classes"));
    for (Map.Entry<String, byte[]> e : classes.entrySet()) {
      Files.write(classDir.resolve(e.getKey() + ".class"), e.getValue());
    }

    Path work = Files.createDirectories(tmp.resolve("site"));
    Path post = Files.createDirectories(work.resolve("content/post")).resolve("paris-ai-summit.md");
    Files.copy(ARTICLE, post);
    List<String> before = Files.readAllLines(post, StandardCharsets.UTF_8);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp",
        classDir + File.pathSeparator + System.getProperty("java.class.path"), "ReadmeExample")
        .directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();

    List<String> after = Files.readAllLines(post, StandardCharsets.UTF_8);
    int prefix = 0;
    while (prefix < before.size() && prefix < after.size()
        && before.get(prefix).equals(after.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
        && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
      suffix++;
    }
    assertThat(before.get(prefix - 1)).isEqualTo("tags:");
    assertThat(before.subList(prefix, before.size() - suffix))
        .containsExactly("  - \"environment\"", "  - \"volunteering\"");
    assertThat(after.subList(prefix, after.size() - suffix))
        .containsExactly("  - \"ai\"", "  - \"deepseek\"");

    Article edited = Articles.parse(post);
    assertThat(edited.tags()).containsExactly("ai", "deepseek");
    assertThat(edited.without("tags").frontMatter())
        .isEqualTo(Articles.parse(ARTICLE).without("tags").frontMatter());
  }

  /** Compiles one class with javax.tools, in memory, against the test class path. */
  static Map<String, byte[]> compile(String name, String source) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> out = new HashMap<>();
    try (StandardJavaFileManager std = compiler.getStandardFileManager(diagnostics, null,
        StandardCharsets.UTF_8)) {
      JavaFileManager memory = new ForwardingJavaFileManager<>(std) {
        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className,
            JavaFileObject.Kind kind, FileObject sibling) {
          return new SimpleJavaFileObject(URI.create("mem:///" + className + ".class"), kind) {
            @Override
            public OutputStream openOutputStream() {
              return out.computeIfAbsent(className, k -> new ByteArrayOutputStream());
            }
          };
        }
      };
      JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"),
          JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      boolean ok = compiler.getTask(null, memory, diagnostics,
          List.of("-classpath", System.getProperty("java.class.path"), "-Xlint:all"), null,
          List.of(file)).call();
      List<String> messages = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        messages.add(d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(null));
      }
      assertThat(ok).as("compiling\n" + source + "\n" + messages).isTrue();
      assertThat(messages).as("no warnings").isEmpty();
    }
    Map<String, byte[]> classes = new HashMap<>();
    out.forEach((k, v) -> classes.put(k, v.toByteArray()));
    return classes;
  }
}
