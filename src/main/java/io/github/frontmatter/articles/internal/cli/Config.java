package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Profile;
import io.github.frontmatter.articles.UnknownKeys;
import io.github.frontmatter.articles.internal.files.FileErrors;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The configuration file {@code .articles.yml} at the site's root (docs/cli.md, "Configuration
 * file"): a YAML mapping with {@code profile}, {@code exclude}, {@code schema}, {@code strict},
 * {@code unknown-keys}, {@code severity}, {@code type} and {@code class-path}, every key
 * optional. A key it does not know, or a
 * value of the wrong shape, stops the command (exit status 2) with the file, line and column:
 * a setting that is silently ignored is worse than none.
 *
 * @param file the file read, or null when there is none
 * @param profile the profile named, or null for none or {@code auto}
 * @param excludes the {@code exclude} globs, relative to the file's folder
 * @param schema the schema file, resolved against the file's folder, or null
 * @param strict whether {@code strict: true}
 * @param unknownKeys the {@code unknown-keys} mode, or null
 * @param severity the severity of a rule ({@code error}, {@code warning}), or null for
 *     {@code off}, per rule id, in file order
 * @param type the class that {@code check} and {@code schema} bind the front matter to, as
 *     their {@code --type}, or null
 * @param classPath the jars and class folders to find {@code type} in, as {@code
 *     --class-path}, resolved against the file's folder (each exists when the file is read)
 */
record Config(Path file, Profile profile, List<String> excludes, Path schema, boolean strict,
    UnknownKeys unknownKeys, Map<String, Severity> severity, String type, List<Path> classPath) {

  /** The file's name, looked for in the current folder and the folders above it. */
  static final String NAME = ".articles.yml";

  /** No configuration file. */
  /** Settings are two levels deep at most (severity: rule: level); allow some slack. */
  private static final int MAX_DEPTH = 8;

  static final Config NONE =
      new Config(null, null, List.of(), null, false, null, Map.of(), null, List.of());

  /** The settings, as messages list them. */
  private static final String KEYS =
      "profile, exclude, schema, strict, unknown-keys, severity, type, class-path";

  /** Why a configuration file cannot be used: its message names the file and place. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /**
   * The nearest {@value #NAME}: in {@code dir} or a folder above it, stopping at the root of
   * the repository (a folder holding {@code .git}) so that a checkout never picks up a file
   * from outside it; null when there is none.
   */
  static Path find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path f = d.resolve(NAME);
      if (Files.isRegularFile(f)) {
        return f;
      }
      if (Files.exists(d.resolve(".git"))) {
        return null;
      }
    }
    return null;
  }

  /** Reads {@code file}. */
  static Config read(Path file) throws Invalid {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Invalid(file + ": cannot be read: " + FileErrors.reason(e, file.toString()));
    }
    Optional<Node> root;
    LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
    try {
      // composing recurses once per level: count the levels from the events first, so that
      // a deeply nested file is an error message, not a stack overflow
      int depth = 0;
      ParserImpl events = new ParserImpl(settings, new StreamReader(settings, text));
      while (events.hasNext()) {
        Event e = events.next();
        switch (e.getEventId()) {
          case MappingStart, SequenceStart -> depth++;
          case MappingEnd, SequenceEnd -> depth--;
          default -> { }
        }
        if (depth > MAX_DEPTH) {
          throw invalid(file, e.getStartMark(), "expected settings nested at most "
              + MAX_DEPTH + " levels deep but found more");
        }
      }
      Composer composer = new Composer(settings,
          new ParserImpl(settings, new StreamReader(settings, text)));
      root = composer.hasNext() ? Optional.of(composer.next()) : Optional.empty();
      if (composer.hasNext()) {
        throw invalid(file, composer.next().getStartMark(),
            "expected one YAML document but found another");
      }
    } catch (RuntimeException e) {
      // YamlEngineException, and IllegalArgumentException for some malformed tags
      throw new Invalid(file + ": expected well-formed YAML but found an error: "
          + e.getMessage().strip().replace("\n", " "));
    }
    if (root.isEmpty()) {
      return new Config(file, null, List.of(), null, false, null, Map.of(), null, List.of());
    }
    if (!(root.get() instanceof MappingNode map)) {
      throw invalid(file, root.get(), "expected a mapping of settings (" + KEYS
          + ") but found " + shape(root.get()));
    }
    Path folder = file.toAbsolutePath().getParent();
    Profile profile = null;
    List<String> excludes = new ArrayList<>();
    Path schema = null;
    boolean strict = false;
    UnknownKeys unknownKeys = null;
    Map<String, Severity> severity = new LinkedHashMap<>();
    String type = null;
    List<Path> classPath = new ArrayList<>();
    Node classPathKey = null;
    for (NodeTuple t : map.getValue()) {
      String key = text(file, t.getKeyNode(), "a setting's name");
      Node v = t.getValueNode();
      switch (key) {
        case "profile" -> {
          String name = text(file, v, "a profile");
          profile = name.equalsIgnoreCase("auto") ? null : Main.named(name, Profile.values());
          if (profile == null && !name.equalsIgnoreCase("auto")) {
            throw invalid(file, v, "expected one of auto, " + Main.profileNames()
                + " but found \"" + name + "\"");
          }
        }
        case "exclude" -> {
          List<Node> items = v instanceof SequenceNode s ? s.getValue() : List.of(v);
          for (Node item : items) {
            String glob = text(file, item, "a glob");
            Excludes probe = new Excludes();
            String wrong = probe.add(glob, folder);
            if (wrong != null) {
              throw invalid(file, item, "expected " + wrong);
            }
            excludes.add(glob);
          }
        }
        case "schema" -> schema = folder.resolve(text(file, v, "a schema file"));
        case "strict" -> strict = bool(file, v);
        case "unknown-keys" -> {
          String name = text(file, v, "allow, warn or reject");
          unknownKeys = Main.named(name, UnknownKeys.values());
          if (unknownKeys == null) {
            throw invalid(file, v, "expected allow, warn or reject but found \"" + name + "\"");
          }
        }
        case "severity" -> {
          if (!(v instanceof MappingNode rules)) {
            throw invalid(file, v, "expected a mapping of rule ids to error, warning or off"
                + " but found " + shape(v));
          }
          for (NodeTuple r : rules.getValue()) {
            String rule = text(file, r.getKeyNode(), "a rule id");
            if (!Rules.known(rule)) {
              throw invalid(file, r.getKeyNode(), "expected a rule id that check reports"
                  + " (articles check --help lists them) but found \"" + rule + "\"");
            }
            String level = text(file, r.getValueNode(), "error, warning or off");
            switch (level) {
              case "error" -> severity.put(rule, Severity.ERROR);
              case "warning" -> severity.put(rule, Severity.WARNING);
              case "off" -> severity.put(rule, null);
              default -> throw invalid(file, r.getValueNode(),
                  "expected error, warning or off but found \"" + level + "\"");
            }
          }
        }
        case "type" -> {
          type = text(file, v, "a class name");
          if (!CLASS_NAME.matcher(type).matches()) {
            throw invalid(file, v, "expected a class name such as com.example.Post but found \""
                + type + "\"");
          }
        }
        case "class-path" -> {
          classPathKey = t.getKeyNode();
          List<Node> items = v instanceof SequenceNode s ? s.getValue() : List.of(v);
          for (Node item : items) {
            String entry = text(file, item, "a jar or a class folder");
            Path p = folder.resolve(entry).normalize();
            if (!Files.exists(p)) {
              throw invalid(file, item, "expected a jar or a class folder but found nothing at "
                  + p);
            }
            classPath.add(p);
          }
        }
        default -> throw invalid(file, t.getKeyNode(), "expected one of " + KEYS
            + " but found \"" + key + "\"");
      }
    }
    if (classPathKey != null && type == null) {
      throw invalid(file, classPathKey, "expected type (the class to bind the front matter to)"
          + " with class-path but found no type");
    }
    return new Config(file, profile, List.copyOf(excludes), schema, strict, unknownKeys,
        java.util.Collections.unmodifiableMap(severity), type, List.copyOf(classPath));
  }

  /** A binary class name: dotted Java identifiers, {@code $} for a nested class. */
  private static final Pattern CLASS_NAME = Pattern.compile(
      "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
          + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  /** {@link #classPath()} as one {@code --class-path} value, or null when it is empty. */
  String classPathValue() {
    return classPath.isEmpty() ? null : String.join(File.pathSeparator,
        classPath.stream().map(Path::toString).toList());
  }

  private static String text(Path file, Node n, String what) throws Invalid {
    if (n instanceof ScalarNode s && !s.getValue().isEmpty()) {
      return s.getValue();
    }
    throw invalid(file, n, "expected " + what + " but found " + shape(n));
  }

  private static boolean bool(Path file, Node n) throws Invalid {
    if (n instanceof ScalarNode s && (s.getValue().equals("true") || s.getValue().equals("false"))) {
      return s.getValue().equals("true");
    }
    throw invalid(file, n, "expected true or false but found " + shape(n));
  }

  private static String shape(Node n) {
    if (n instanceof ScalarNode s) {
      return s.getValue().isEmpty() ? "nothing" : "\"" + s.getValue() + "\"";
    }
    return n instanceof SequenceNode ? "a list" : "a mapping";
  }

  private static Invalid invalid(Path file, Node at, String message) {
    return invalid(file, at.getStartMark(), message);
  }

  private static Invalid invalid(Path file, Optional<Mark> m, String message) {
    String where = m.map(mark -> ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1))
        .orElse("");
    return new Invalid(file + where + ": " + message);
  }
}
