package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.FrontMatterType;
import io.github.frontmatter.articles.UnknownKeys;
import java.io.PrintStream;

/**
 * {@code articles schema --type CLASS [--class-path PATHS] [--unknown-keys allow|warn|reject]}:
 * prints the JSON Schema of the caller's own front-matter type ({@link
 * FrontMatterType#jsonSchema()}), for an editor's {@code $schema} or {@code check --schema}.
 *
 * <p>The options every command has ({@link Common}) are read as for the others; of the
 * configuration file only {@code unknown-keys} matters here (the options given override it).
 * The schema does not depend on the profile, and there is no PATH to exclude.
 */
final class SchemaCommand {
  private SchemaCommand() {}

  static int run(String[] args, Common common, PrintStream out, PrintStream err) {
    String type = null;
    String classPath = null;
    UnknownKeys unknownKeys = common.config().unknownKeys() != null
        ? common.config().unknownKeys() : UnknownKeys.ALLOW;
    Args in = new Args(args, 0);
    for (String a = in.nextOption(); a != null; a = in.nextOption()) {
      int eq = a.indexOf('=');
      String name = a.startsWith("--") && eq > 0 ? a.substring(0, eq) : a;
      if (!Command.SCHEMA.takesValue(name)) {
        return Main.usageError(err, Command.SCHEMA, "unknown option \"" + a + "\"");
      }
      // "--type=X" or "--type X" (Args.value() is "" when nothing follows)
      String value = eq > 0 ? a.substring(eq + 1) : in.value();
      if (value.isEmpty()) {
        return Main.usageError(err, Command.SCHEMA, name + " needs a value");
      }
      switch (name) {
        case "--type" -> type = value;
        case "--class-path" -> classPath = value;
        default -> { // --unknown-keys
          unknownKeys = Main.named(value, UnknownKeys.values());
          if (unknownKeys == null) {
            return Main.usageError(err, Command.SCHEMA, "--unknown-keys expects allow, warn or"
                + " reject but found \"" + value + "\"");
          }
        }
      }
    }
    Config config = common.config();
    String from = type != null ? "--type" : config.file() + ": type";
    type = type != null ? type : config.type();
    classPath = classPath != null ? classPath : config.classPathValue();
    if (type == null) {
      return Main.usageError(err, Command.SCHEMA, "schema needs --type CLASS");
    }
    if (!in.paths().isEmpty()) {
      return Main.usageError(err, Command.SCHEMA,
          "schema takes no PATH but found \"" + in.paths().get(0) + "\"");
    }
    FrontMatterType<?> binding = TypeCheck.binding(type, classPath, unknownKeys, err, from);
    if (binding == null) {
      return 2;
    }
    out.println(binding.jsonSchema());
    out.flush();
    return 0;
  }
}
