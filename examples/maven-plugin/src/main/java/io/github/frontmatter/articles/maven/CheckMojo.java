package io.github.frontmatter.articles.maven;

import io.github.frontmatter.articles.ArticleParser;
import io.github.frontmatter.articles.FrontMatterSchema;
import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.ParseResult;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Profile;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the front matter of every Markdown article under the content directories, as the
 * command line's {@code check} does, and fails the build on errors (and, if asked, on
 * warnings).
 *
 * <p>Each problem is logged on one line in the form Maven's compiler plugin uses, which IDEs
 * turn into a link: {@code /abs/path/post.md:[3,8] date: expected … but found … [date-invalid]}.
 * Every problem is also written to a SARIF 2.1.0 report ({@code target/articles.sarif} by
 * default) for code-scanning tools.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractMojo {

  /** The project's folder: SARIF locations are relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  /**
   * The folders that hold the articles; each must exist. A comma-separated list on the
   * command line.
   */
  @Parameter(property = "articles.contentDirectories",
      defaultValue = "${project.basedir}/content")
  List<File> contentDirectories;

  /**
   * Which files under the content directories are articles, as patterns relative to each
   * directory ({@code **} for any folders). Default: the file name extensions the profile's
   * generator reads ({@code **}{@code /*.md} and {@code **}{@code /*.markdown} for Hugo;
   * {@code .mdx} too for Astro and Docusaurus...), as the library's {@code parseAll} picks them.
   */
  @Parameter
  List<String> includes;

  /**
   * Files under the content directories to leave out, such as {@code **}{@code /README.md};
   * Maven's usual patterns, applied after {@link #includes}. Version-control folders are
   * always left out, and so are the partials the profile's generator never reads as pages
   * ({@code _}-prefixed files under Astro and Docusaurus, and Docusaurus's {@code _} folders
   * and {@code *.test.*} files).
   */
  @Parameter
  List<String> excludes;

  /**
   * Whose rules the articles are read by: {@code hugo} (the default), {@code jekyll},
   * {@code zola}, {@code eleventy}, {@code astro} or {@code docusaurus}, in any case; or
   * {@code auto}: the generator whose configuration file is found in the first content
   * directory or a folder above it.
   */
  @Parameter(property = "articles.profile", defaultValue = "hugo")
  String profile;

  /** A JSON Schema file to validate the front matter against instead of the built-in rules. */
  @Parameter(property = "articles.schema")
  File schema;

  /**
   * Reports every warning as an error (the command line's {@code --strict}), so warnings fail
   * the build and show as errors in the log and the report.
   */
  @Parameter(property = "articles.strict", defaultValue = "false")
  boolean strict;

  /**
   * Fails the build when there are warnings, but reports them as warnings (unlike {@link
   * #strict}).
   */
  @Parameter(property = "articles.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * Fails the build when the content directories hold no file that matches: a path typed
   * wrong would otherwise check nothing and pass.
   */
  @Parameter(property = "articles.failIfNoFiles", defaultValue = "true")
  boolean failIfNoFiles;

  /**
   * The project's own front-matter class, such as {@code com.example.Post} (a record or a
   * Jackson-annotated class; docs/own-types.md): each article's front matter is also bound
   * to it, and what does not fit is reported at its place (the command line's {@code check
   * --type}). The class is loaded from the project's compile class path, so it must be
   * compiled before the check runs, which the default phase ({@code verify}) ensures.
   */
  @Parameter(property = "articles.type")
  String type;

  /** The project's compile class path, where {@link #type} is looked for. */
  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true,
      required = true)
  List<String> classpathElements;

  /** Where the SARIF 2.1.0 report is written. */
  @Parameter(property = "articles.sarifFile",
      defaultValue = "${project.build.directory}/articles.sarif")
  File sarifFile;

  /** Skips the check. */
  @Parameter(property = "articles.skip", defaultValue = "false")
  boolean skip;

  static final String AUTO = "auto";

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("Skipping the articles check (articles.skip)");
      return;
    }
    List<Path> files = files(); // the folders first: "auto" looks for the site from them
    ArticleParser parser = parser();
    FrontMatterType<?> binding = binding();
    if (files.isEmpty()) {
      String where = "no Markdown file matched in " + directoryList();
      if (failIfNoFiles) {
        throw new MojoFailureException(where
            + " (set failIfNoFiles to false if that is expected)");
      }
      log.warn(where);
    }

    List<SarifReport.Checked> checked = new ArrayList<>(files.size());
    List<SarifReport.Unreadable> unreadable = new ArrayList<>();
    int errors = 0;
    int warnings = 0;
    int filesWithErrors = 0;
    for (Path file : files) {
      List<Problem> problems;
      try {
        ParseResult read = parser.read(file);
        problems = binding == null ? read.problems() : strictly(binding.bind(read).problems());
      } catch (IOException e) {
        String reason = "cannot be read: " + reason(e);
        log.error(file + ": " + reason);
        unreadable.add(new SarifReport.Unreadable(file, reason));
        continue;
      }
      checked.add(new SarifReport.Checked(file, problems));
      boolean fileHasError = false;
      for (Problem p : problems) {
        String line = MavenMessages.line(file, p);
        if (p.severity() == Problem.Severity.ERROR) {
          errors++;
          fileHasError = true;
          log.error(line);
        } else {
          warnings++;
          log.warn(line);
        }
      }
      if (fileHasError) {
        filesWithErrors++;
      }
    }

    writeSarif(checked, unreadable);
    String counts = MavenMessages.counts(checked.size(), errors, warnings, unreadable.size());
    log.info("Articles (" + profile().displayName() + "): " + counts + "; SARIF report: "
        + sarifFile);
    if (!unreadable.isEmpty()) {
      throw new MojoFailureException(MavenMessages.plural(unreadable.size(), "file")
          + " could not be read; see the messages above");
    }
    if (errors > 0) {
      throw new MojoFailureException(MavenMessages.plural(errors, "error") + " in "
          + MavenMessages.plural(filesWithErrors, "file") + " of "
          + Problem.formatNumber(checked.size())
          + "; see the messages above or " + sarifFile);
    }
    if (warnings > 0 && failOnWarning) {
      throw new MojoFailureException(MavenMessages.plural(warnings, "warning")
          + " and failOnWarning is set; see the messages above or " + sarifFile);
    }
  }

  /** The parser the parameters ask for; a bad profile or schema stops here. */
  ArticleParser parser() throws MojoExecutionException {
    ArticleParser.Builder builder = ArticleParser.builder()
        .profile(profile())
        .warningsAsErrors(strict);
    if (schema != null) {
      try {
        builder.schema(FrontMatterSchema.of(schema.toPath()));
      } catch (NoSuchFileException e) {
        throw new MojoExecutionException("schema: " + schema + ": no such file");
      } catch (IOException e) {
        throw new MojoExecutionException("schema: " + schema + ": cannot be read: "
            + reason(e), e);
      } catch (IllegalArgumentException e) {
        // FrontMatterSchema.of says what is wrong with the schema's text
        throw new MojoExecutionException("schema: " + schema + ": " + e.getMessage(), e);
      }
    }
    return builder.build();
  }

  /**
   * The binding of {@link #type}, loaded from {@link #classpathElements} (the plugin's own
   * classes first, so the library and Jackson the type is read with are the plugin's), or null
   * when no type is named.
   */
  FrontMatterType<?> binding() throws MojoExecutionException {
    String name = type == null ? "" : type.trim();
    if (name.isEmpty()) {
      return null;
    }
    List<URL> urls = new ArrayList<>();
    List<String> elements = classpathElements == null ? List.of() : classpathElements;
    for (String element : elements) {
      try {
        urls.add(Path.of(element).toUri().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("type: cannot use the class path entry " + element
            + ": " + e.getMessage(), e);
      }
    }
    // never closed: the type's classes are used until the check ends
    ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
        CheckMojo.class.getClassLoader());
    try {
      return FrontMatterType.builder(Class.forName(name, true, loader)).build();
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new MojoExecutionException("type: expected a class on the project's compile class"
          + " path but found none named " + Problem.quote(name) + " (searched: "
          + String.join(File.pathSeparator, elements) + ")"
          + (e instanceof NoClassDefFoundError ? ": " + e.getMessage() : ""), e);
    } catch (IllegalArgumentException | LinkageError e) {
      throw new MojoExecutionException("type: " + name + ": " + e.getMessage(), e);
    }
  }

  /** Binding's warnings made errors under {@link #strict}, as reading's are by the parser. */
  private List<Problem> strictly(List<Problem> problems) {
    if (!strict) {
      return problems;
    }
    List<Problem> out = new ArrayList<>(problems);
    out.replaceAll(p -> p.severity() == Problem.Severity.WARNING ? new Problem(p.rule(),
        Problem.Severity.ERROR, p.path(), p.location(), p.message(), p.excerpt()) : p);
    return out;
  }

  /** The profile last resolved, and the {@link #profile} text it was resolved from. */
  private Profile resolved;
  private String resolvedFrom;

  /**
   * The profile named by {@link #profile}; for {@code auto}, the one {@link Profile#detect}
   * finds from the first content directory (its configuration files, in that folder or a
   * parent).
   */
  Profile profile() throws MojoExecutionException {
    String name = profile == null ? "" : profile.trim();
    if (resolved != null && name.equals(resolvedFrom)) {
      return resolved; // detect once per run, and log it once
    }
    resolvedFrom = name;
    resolved = null;
    if (name.equalsIgnoreCase(AUTO)) {
      Path from = directories().get(0).toPath().toAbsolutePath().normalize();
      Optional<Profile> found;
      try {
        found = Files.exists(from) ? Profile.detect(from) : Optional.empty();
      } catch (IOException e) {
        throw new MojoExecutionException("profile: auto: cannot look for the site's"
            + " configuration from " + from + ": " + reason(e), e);
      }
      if (found.isEmpty()) {
        throw new MojoExecutionException("profile: auto expected a generator's configuration"
            + " file (hugo.toml, _config.yml, zola.toml, eleventy.config.js,"
            + " astro.config.mjs, docusaurus.config.js...) in " + from
            + " or a folder above it but found none; set profile to one of "
            + profileNames());
      }
      getLog().info("profile auto: " + found.get().displayName() + " (detected from " + from
          + ")");
      return resolved = found.get();
    }
    for (Profile p : Profile.values()) {
      if (p.name().equalsIgnoreCase(name)) {
        return resolved = p;
      }
    }
    throw new MojoExecutionException("profile: expected one of " + profileNames() + " or "
        + AUTO + " but found " + Problem.quote(name));
  }

  private static String profileNames() {
    return Arrays.stream(Profile.values())
        .map(p -> p.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  /** The files to check, in path order; a content directory that is missing stops here. */
  List<Path> files() throws MojoExecutionException {
    List<Path> dirs = new ArrayList<>();
    for (File d : directories()) {
      Path dir = d.toPath().toAbsolutePath().normalize();
      if (!Files.isDirectory(dir)) {
        throw new MojoExecutionException("contentDirectories: expected a folder but found "
            + (Files.exists(dir) ? "a file" : "nothing") + " at " + dir);
      }
      dirs.add(dir);
    }
    return ContentFiles.find(dirs, profile(), includes, excludes);
  }

  private List<File> directories() {
    if (contentDirectories == null || contentDirectories.isEmpty()) {
      return List.of(new File(basedir, "content"));
    }
    return contentDirectories;
  }

  private String directoryList() {
    return directories().stream().map(File::toString).collect(Collectors.joining(", "));
  }

  private void writeSarif(List<SarifReport.Checked> checked,
      List<SarifReport.Unreadable> unreadable) throws MojoExecutionException {
    try {
      SarifReport.write(sarifFile.toPath(), checked, unreadable,
          basedir.toPath().toAbsolutePath().normalize());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write the SARIF report " + sarifFile + ": "
          + reason(e), e);
    }
  }

  /** What went wrong, without the path the caller already printed. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
