package io.github.frontmatter.articles.internal.cli;

import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 log of one {@code check}: one run whose driver is "articles", listing every
 * rule it can report, and one result per problem.
 *
 * <p>Locations: files under the current directory get a relative URI with {@code uriBaseId
 * "%SRCROOT%"}, which {@code originalUriBaseIds} maps to the directory; other files get an
 * absolute {@code file:} URI. Columns count UTF-16 code units, as {@link
 * io.github.frontmatter.articles.Location} does, and the run says so ({@code columnKind}).
 */
final class Sarif {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private Sarif() {}

  static ObjectNode log(List<Check.Checked> checked, List<Check.Unreadable> unreadable,
      boolean complete, Path cwd, String version) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Path base = cwd.toAbsolutePath().normalize();

    // the table's rules first, then any other rule id in order of first appearance
    Map<String, Integer> index = new LinkedHashMap<>();
    List<Rules.Rule> rules = new ArrayList<>(Rules.ALL);
    for (Rules.Rule r : rules) {
      index.put(r.id(), index.size());
    }
    for (Check.Checked c : checked) {
      for (Problem p : c.problems()) {
        if (!index.containsKey(p.rule())) {
          index.put(p.rule(), rules.size());
          rules.add(Rules.of(p.rule(), p.severity()));
        }
      }
    }

    ObjectNode log = f.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "articles");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/frontmatter/articles");
    ArrayNode ruleArray = driver.putArray("rules");
    for (Rules.Rule r : rules) {
      ObjectNode o = ruleArray.addObject();
      o.put("id", r.id());
      o.putObject("shortDescription").put("text", r.description());
      o.putObject("defaultConfiguration").put("level", level(r.severity()));
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", complete && unreadable.isEmpty());
    if (!unreadable.isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (Check.Unreadable u : unreadable) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", u.file() + ": " + u.message());
        artifact(n.putArray("locations").addObject().putObject("physicalLocation"), u.file(),
            base);
      }
    }

    String root = base.toUri().toASCIIString();
    run.putObject("originalUriBaseIds").putObject(SRCROOT)
        .put("uri", root.endsWith("/") ? root : root + "/");
    run.put("columnKind", "utf16CodeUnits");

    ArrayNode results = run.putArray("results");
    for (Check.Checked c : checked) {
      for (Problem p : c.problems()) {
        ObjectNode r = results.addObject();
        r.put("ruleId", p.rule());
        r.put("ruleIndex", index.get(p.rule()));
        r.put("level", level(p.severity()));
        r.putObject("message").put("text", p.message());
        ObjectNode physical =
            r.putArray("locations").addObject().putObject("physicalLocation");
        artifact(physical, c.file(), base);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", p.location().line());
        region.put("startColumn", p.location().column());
        if (!p.path().isEmpty()) {
          r.putObject("properties").put("path", p.path());
        }
      }
    }
    return log;
  }

  private static void artifact(ObjectNode physical, Path file, Path base) {
    ObjectNode location = physical.putObject("artifactLocation");
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(base) && !abs.equals(base)) {
      location.put("uri", relativeUri(base.relativize(abs)));
      location.put("uriBaseId", SRCROOT);
    } else {
      location.put("uri", abs.toUri().toASCIIString());
    }
  }

  /** A relative path as a URI reference: its segments, each {@link #segment escaped}. */
  static String relativeUri(Path relative) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < relative.getNameCount(); i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(segment(relative.getName(i).toString()));
    }
    return out.toString();
  }

  /**
   * One path segment with each byte of its UTF-8 percent-encoded except the unreserved
   * characters, the sub-delimiters and "@": spaces, "#", "%", "?", "[", "]", ":" (which would
   * read as a scheme) and non-ASCII characters are escaped.
   */
  static String segment(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static String level(Severity s) {
    return s == Severity.ERROR ? "error" : "warning";
  }
}
