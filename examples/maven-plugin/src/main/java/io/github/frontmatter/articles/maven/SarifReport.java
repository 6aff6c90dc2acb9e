package io.github.frontmatter.articles.maven;

import io.github.frontmatter.articles.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SARIF 2.1.0 log of one check: one run, one result per problem.
 *
 * <p>Files under the project's folder get a relative URI with {@code uriBaseId "%SRCROOT%"}
 * (which {@code originalUriBaseIds} maps to that folder), so that code scanning on GitHub
 * places them in the repository; other files get an absolute {@code file:} URI. Columns count
 * UTF-16 code units, as the library's {@code Location} does, and the run says so.
 */
final class SarifReport {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  /** A file that was read, and its problems. */
  record Checked(Path file, List<Problem> problems) {}

  /** A file that could not be read, and why. */
  record Unreadable(Path file, String reason) {}

  private SarifReport() {}

  static void write(Path target, List<Checked> checked, List<Unreadable> unreadable,
      Path base) throws IOException {
    String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
        .writeValueAsString(log(checked, unreadable, base));
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
  }

  static ObjectNode log(List<Checked> checked, List<Unreadable> unreadable, Path base) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode log = f.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();

    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "articles-maven-plugin");
    driver.put("version", version());
    driver.put("informationUri", "https://github.com/frontmatter/articles");
    // the rules that occur, in order of first appearance (results point at them by index);
    // the library has no public list of its rules to describe them with
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode rules = driver.putArray("rules");
    for (Checked c : checked) {
      for (Problem p : c.problems()) {
        if (!ruleIndex.containsKey(p.rule())) {
          ruleIndex.put(p.rule(), ruleIndex.size());
          rules.addObject().put("id", p.rule());
        }
      }
    }

    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", unreadable.isEmpty());
    if (!unreadable.isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (Unreadable u : unreadable) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", u.file() + ": " + u.reason());
        artifact(n.putArray("locations").addObject().putObject("physicalLocation"),
            u.file(), base);
      }
    }

    String root = base.toUri().toASCIIString();
    run.putObject("originalUriBaseIds").putObject(SRCROOT)
        .put("uri", root.endsWith("/") ? root : root + "/");
    run.put("columnKind", "utf16CodeUnits");

    ArrayNode results = run.putArray("results");
    for (Checked c : checked) {
      for (Problem p : c.problems()) {
        ObjectNode r = results.addObject();
        r.put("ruleId", p.rule());
        r.put("ruleIndex", ruleIndex.get(p.rule()));
        r.put("level", p.severity() == Problem.Severity.ERROR ? "error" : "warning");
        r.putObject("message").put("text", p.message());
        ObjectNode physical = r.putArray("locations").addObject()
            .putObject("physicalLocation");
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

  /**
   * A relative path as a URI reference: segments joined by "/", every byte of each segment's
   * UTF-8 percent-encoded except RFC 3986's unreserved characters. That escapes more than
   * needed, but never leaves a ":" that would read as a scheme, nor a "#", "?" or "%".
   */
  static String relativeUri(Path relative) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < relative.getNameCount(); i++) {
      if (i > 0) {
        out.append('/');
      }
      for (byte b : relative.getName(i).toString().getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xFF;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~') {
          out.append((char) c);
        } else {
          out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
              .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
      }
    }
    return out.toString();
  }

  /** The plugin's version, from a resource Maven fills in at build time. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = SarifReport.class.getResourceAsStream("plugin.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // a jar we built ourselves cannot lack it; report no version rather than fail the check
    }
    return p.getProperty("version", "unknown");
  }
}
