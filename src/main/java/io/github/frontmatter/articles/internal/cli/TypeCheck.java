package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.UnknownKeys;
import java.io.File;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --type CLASS [--class-path PATHS]} of {@code check} and {@code schema}: the caller's
 * own front-matter type, loaded from their jars or class folders, bound to each article
 * ({@link FrontMatterType}). Under {@code --type}, {@code --unknown-keys} is about the keys the
 * type does not take.
 */
final class TypeCheck {
  private final FrontMatterType<?> type;
  private final boolean strict;

  private TypeCheck(FrontMatterType<?> type, boolean strict) {
    this.type = type;
    this.strict = strict;
  }

  /** The binding of {@code name}, or null after saying on {@code err} why not (status 2). */
  static TypeCheck load(String name, String classPath, UnknownKeys unknownKeys, boolean strict,
      PrintStream err, String from) {
    FrontMatterType<?> type = binding(name, classPath, unknownKeys, err, from);
    return type == null ? null : new TypeCheck(type, strict);
  }

  /**
   * The binding of {@code name}, or null after saying on {@code err} why not; {@code from}
   * names where the class name came from in that message ({@code --type}, or the
   * configuration file's {@code type}).
   */
  static FrontMatterType<?> binding(String name, String classPath, UnknownKeys unknownKeys,
      PrintStream err, String from) {
    List<URL> urls = new ArrayList<>();
    if (classPath != null) {
      for (String entry : classPath.split(File.pathSeparator)) {
        if (entry.isEmpty()) {
          continue;
        }
        Path p = Path.of(entry);
        if (!Files.exists(p)) {
          err.println("articles: --class-path: " + entry + ": no such file or directory");
          err.flush();
          return null;
        }
        try {
          urls.add(p.toUri().toURL());
        } catch (MalformedURLException e) {
          err.println("articles: --class-path: " + entry + ": " + e.getMessage());
          err.flush();
          return null;
        }
      }
    }
    // never closed: the type's classes are used until the command ends
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        TypeCheck.class.getClassLoader());
    try {
      Class<?> c = Class.forName(name, true, loader);
      return FrontMatterType.builder(c).unknownKeys(unknownKeys).build();
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      err.println("articles: " + from + " " + name + ": expected a class on the class path but found"
          + " none" + (classPath == null ? " (give its jar or folder with --class-path)"
              : " in " + classPath) + (e instanceof NoClassDefFoundError ? ": " + e.getMessage()
                  : ""));
    } catch (IllegalArgumentException | LinkageError e) {
      err.println("articles: " + from + " " + name + ": " + e.getMessage());
    }
    err.flush();
    return null;
  }

  /** Reading's problems and binding's, binding's warnings made errors under --strict. */
  List<Problem> problems(ParseResult read) {
    List<Problem> out = new ArrayList<>(type.bind(read).problems());
    if (strict) {
      out.replaceAll(p -> p.severity() == Severity.WARNING ? new Problem(p.rule(),
          Severity.ERROR, p.path(), p.location(), p.message(), p.excerpt()) : p);
    }
    return out;
  }
}
