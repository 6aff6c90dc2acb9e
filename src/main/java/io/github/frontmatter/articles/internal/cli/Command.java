package io.github.frontmatter.articles.internal.cli;

import java.io.File;
import java.util.Locale;
import java.util.Set;

/**
 * The commands, each with its help ({@code articles COMMAND --help}) and the options of its
 * own that take a value (so that the options every command shares, read first by {@link
 * Common}, never take another option's value for one of theirs). A new command or option is
 * one entry here, its help text, and its parsing in the command's class.
 */
enum Command {
  SHOW("Print the articles as a JSON array.",
      Set.of(),
      String.join("\n",
          "Usage: articles show [OPTION...] PATH...",
          "",
          "Prints the articles at each PATH as one JSON array (UTF-8): typed front matter,",
          "other keys in file order, the body's outline. A file that is not a readable",
          "article gives {source, error} and the others are still printed.",
          "")),
  CHECK("Validate the articles: problems as text, JSON or SARIF.",
      Set.of("--unknown-keys", "--format", "--schema", "--type", "--class-path"),
      String.join("\n",
          "Usage: articles check [OPTION...] PATH...",
          "",
          "Validates each article and prints one line per problem",
          "(file:line:col: severity: message [rule]), then \"N files, E errors, W warnings\".",
          "",
          "  --strict             warnings count as errors (also strict: true in .articles.yml)",
          "  --unknown-keys MODE  keys that are not the profile's fields: allow (default),",
          "                       warn or reject",
          "  --format FORMAT      text (default), json, or sarif (SARIF 2.1.0)",
          "  --schema FILE        validate against your own JSON Schema instead of the",
          "                       built-in rules",
          "  --verbose, -v        show the source line and a caret (text)",
          "  --type CLASS         also bind each front matter to your own record or class",
          "                       (docs/own-types.md) and report its problems; --unknown-keys",
          "                       then means the keys the type does not take",
          "  --class-path PATHS   the jars and class folders holding CLASS, separated by "
              + File.pathSeparator,
          "")),
  SET("Edit every article the same way (tags, categories, any key).",
      Set.of("--add-tag", "--remove-tag", "--add-category", "--remove-category",
          "--add-widget", "--remove-widget", "--set", "--unset", "--write-mode"),
      String.join("\n",
          "Usage: articles set EDIT... [--dry-run] [--write-mode MODE] [OPTION...] PATH...",
          "",
          "Edits every article the same way, in place, changing only the text of the edited",
          "values; files the edits leave as they are are not written.",
          "",
          "  --add-tag T, --remove-tag T, --add-category C, --remove-category C,",
          "  --add-widget W, --remove-widget W",
          "                     add an item at the end of the list, or remove every copy",
          "  --set KEY=VALUE    VALUE is JSON (true, 3, \"x\", [\"a\"]) or else text",
          "  --unset KEY        remove the key",
          "  --dry-run          print a unified diff and write nothing",
          "  --write-mode MODE  auto (default): replace each file atomically, or write into",
          "                     it where a replace would lose something (hard links,",
          "                     another user's file) or is not allowed (a sticky folder);",
          "                     replace: always replace it or fail; in-place: write into it",
          "                     (keeps owner and links, not atomic)",
          "")),
  CONVERT("Rewrite the front matter in YAML, TOML or JSON.",
      Set.of("--to", "--write-mode"),
      String.join("\n",
          "Usage: articles convert --to yaml|toml|json [--dry-run] [--write-mode MODE]",
          "                        [OPTION...] PATH...",
          "",
          "Rewrites the front matter of each article in another format, in place, the body",
          "unchanged. Values the target cannot hold (null in TOML) are refused, never",
          "dropped; other changes (key order, dates as strings) are reported.",
          "",
          "  --to FORMAT        yaml, toml or json",
          "  --dry-run          print what would change and write nothing",
          "  --write-mode MODE  as for set (articles set --help)",
          "")),
  SCHEMA("Print the JSON Schema of your own front-matter type.",
      Set.of("--type", "--class-path", "--unknown-keys"),
      String.join("\n",
          "Usage: articles schema --type CLASS [--class-path PATHS] [--unknown-keys MODE]",
          "",
          "Prints the JSON Schema (draft 2020-12) of your own record or class",
          "(docs/own-types.md): for an editor's $schema or check --schema. Takes no PATH.",
          "",
          "  --type CLASS         the type's fully qualified name (required)",
          "  --class-path PATHS   the jars and class folders holding CLASS, separated by "
              + File.pathSeparator,
          "  --unknown-keys MODE  reject: the schema refuses keys the type does not take",
          "                       (additionalProperties false); allow (default) or warn:",
          "                       it accepts them",
          ""));

  private final String summary;
  private final Set<String> valueOptions;
  private final String usage;

  Command(String summary, Set<String> valueOptions, String usage) {
    this.summary = summary;
    this.valueOptions = valueOptions;
    this.usage = usage;
  }

  /** The name typed on the command line. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  String summary() {
    return summary;
  }

  /** Whether {@code option} is one of this command's own options that take a value. */
  boolean takesValue(String option) {
    return valueOptions.contains(option);
  }

  /** This command's help: its usage and options, then the options every command has. */
  String help() {
    return usage + "\n" + Common.HELP + "\n" + Main.EXIT_STATUS;
  }

  /** The command called {@code name}, or null. */
  static Command of(String name) {
    for (Command c : values()) {
      if (c.label().equals(name)) {
        return c;
      }
    }
    return null;
  }
}
