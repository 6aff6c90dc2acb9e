package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.frontmatter.articles.internal.json.ValueJson;
import io.github.frontmatter.articles.internal.read.Dialect;
import io.github.frontmatter.articles.internal.read.Field;
import io.github.frontmatter.articles.internal.schema.BuiltInSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profiles' schemas in the editor: the YAML language server (npm {@code
 * yaml-language-server}, the engine of VS Code's YAML extension), driven over stdio with LSP
 * JSON-RPC: one server process per YAML version (1.1 for Jekyll, 1.2 for the others), many
 * documents each.
 *
 * <p>Each document is the front matter of one file, as the library's Split finds it, with the
 * {@code # yaml-language-server: $schema=} modeline naming the profile's schema file in
 * docs/schema. YAML and JSON front matter go to the server as written; TOML front matter,
 * which the server cannot read, goes as its JSON form (the instance the library's own schema
 * check validates). The server's verdict (a diagnostic of severity error or warning, or none)
 * must agree with the library's (a problem, or none) on every file whose problems all come
 * from rules with a schema form; files with a problem of another rule are counted per rule,
 * and those rules are listed with the reason in {@code yaml-language-server/no-schema-form.tsv}.
 * Files where the verdicts still differ are listed with the reason in {@code
 * yaml-language-server/disagreements.tsv}; a listed file that agrees fails the test too, so the
 * list cannot rot. Completion at an empty key must offer every field of the profile.
 *
 * <p>The server is installed into {@code target/yaml-language-server} by this test. Without
 * node or npm that is skipped locally with a message and fails when {@code CI} is {@code
 * true}, as the other Node oracles do ({@link NodeTools}).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class YamlLanguageServerTest {
  static final String VERSION = "1.25.0";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path RESOURCES = Path.of("src/test/resources/yaml-language-server");

  /**
   * The rules the profiles' schemas encode (unknown keys are allowed in them): Validator's,
   * and the shape rule of every field owner of every profile.
   */
  private static final Set<String> SCHEMA_RULES = schemaRules();

  private static Set<String> schemaRules() {
    Set<String> rules = new TreeSet<>(Set.of("title-missing", "sidebar-value",
        "widget-unknown", "lang-tag", "thumbnail-url", "duplicate-item", "date-invalid",
        "front-matter-not-mapping"));
    for (Profile p : Profile.values()) {
      Dialect.of(p).table().fields().forEach(f -> rules.add(f.owner().shapeRule()));
    }
    return rules;
  }

  private static Path bin;
  private static final Map<String, Server> SERVERS = new TreeMap<>();

  @BeforeAll
  static void start() throws Exception {
    bin = install();
  }

  @AfterAll
  static void stop() {
    SERVERS.values().forEach(Server::close);
  }

  /**
   * The YAML version a profile's front matter is read in: 1.1 for Jekyll (Psych; {@code
   * published: yes} is a boolean), 1.2 for the others. The server's {@code yaml.yamlVersion}
   * is one setting for all documents, so each version has its own process.
   */
  private static String yamlVersion(Profile profile) {
    return profile == Profile.JEKYLL ? "1.1" : "1.2";
  }

  private static Server server(Profile profile) throws Exception {
    String version = yamlVersion(profile);
    Server s = SERVERS.get(version);
    if (s == null) {
      s = new Server(bin, version);
      SERVERS.put(version, s);
    }
    return s;
  }

  // ---- the cases ----

  private record Case(String name, Profile profile, byte[] bytes) {}

  private static final Map<String, Profile> SITE_PROFILES = new LinkedHashMap<>();

  static {
    SITE_PROFILES.put("hugo-", Profile.HUGO);
    SITE_PROFILES.put("jekyll-", Profile.JEKYLL);
    SITE_PROFILES.put("zola-", Profile.ZOLA);
    SITE_PROFILES.put("eleventy-", Profile.ELEVENTY);
    SITE_PROFILES.put("starlight-", Profile.ASTRO);
    SITE_PROFILES.put("docusaurus-", Profile.DOCUSAURUS);
  }

  /** Our fixtures (as Hugo), the profile fixtures (by folder), and the shared sites. */
  private static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/validation")) {
      for (Path p : markdown(Path.of(dir))) {
        out.add(new Case(p.toString(), Profile.HUGO, Files.readAllBytes(p)));
      }
    }
    for (Profile profile : Profile.values()) {
      for (SchemaAgreementTest.Case c : SchemaAgreementTest.profileFixtures(profile)) {
        out.add(new Case(c.name() + " (" + profile + ")", profile, c.bytes()));
      }
    }
    Path sites = sites();
    if (sites != null) {
      // the site files MANIFEST.tsv lists (not SOURCES.md), Markdown only
      List<String> lines = Files.readAllLines(sites.resolve("MANIFEST.tsv"),
          StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", 4);
        if (f.length < 4 || !f[3].matches(".*\\.(md|mdx|markdown)")) {
          continue;
        }
        String relative = f[0] + "/" + f[3];
        Path p = sites.resolve(relative);
        Profile profile = SITE_PROFILES.entrySet().stream()
            .filter(e -> relative.startsWith(e.getKey())).map(Map.Entry::getValue)
            .findFirst().orElseThrow(() -> new AssertionError("no profile for " + relative));
        out.add(new Case("sites/" + relative, profile, Files.readAllBytes(p)));
      }
    }
    return out;
  }

  /** The shared sites, or null when the shared folder is missing (which fails on CI). */
  private static Path sites() {
    try {
      return Shared.dir().resolve("sites");
    } catch (TestAbortedException e) {
      System.out.println("yaml language server: " + e.getMessage());
      return null;
    }
  }

  private static List<Path> markdown(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(md|mdx|markdown)"))
          .sorted().toList();
    }
  }

  /** The text the server gets for a file's front matter (see the class comment). */
  private static String document(FrontMatter fm) {
    if (fm.format() == Format.TOML) {
      return JSON.writeValueAsString(ValueJson.schemaInstance(new Value.Mapping(fm.values())))
          + "\n";
    }
    return fm.text();
  }

  private static String modeline(Profile profile) {
    Path schema = Path.of("docs/schema", BuiltInSchema.fileName(profile)).toAbsolutePath();
    return "# yaml-language-server: $schema=" + schema.toUri() + "\n";
  }

  private static Map<String, String> tsv(String file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 2);
      assertThat(f).as("%s: a key, a tab and the reason: %s", file, line).hasSize(2);
      assertThat(f[1]).as("%s: the reason for %s", file, f[0]).isNotBlank();
      out.put(f[0], f[1]);
    }
    return out;
  }

  @Test
  void verdictsAgreeWithTheLibraryOnEveryFileWhoseRulesHaveASchemaForm() throws Exception {
    Map<String, String> noSchemaForm = tsv("no-schema-form.tsv");
    Map<String, String> listed = tsv("disagreements.tsv");
    List<Case> cases = cases();
    Map<Profile, ArticleParser> parsers = new LinkedHashMap<>();
    Map<String, Integer> skippedByRule = new TreeMap<>();
    List<String> names = new ArrayList<>();
    List<Boolean> ours = new ArrayList<>();
    List<String> why = new ArrayList<>();
    List<String[]> documents = new ArrayList<>(); // uri, text
    List<Profile> profiles = new ArrayList<>();
    for (Case c : cases) {
      ParseResult r = parsers.computeIfAbsent(c.profile,
          p -> ArticleParser.builder().profile(p).build()).read(c.bytes, c.name);
      Set<String> others = new TreeSet<>();
      r.problems().stream().map(Problem::rule).filter(rule -> !SCHEMA_RULES.contains(rule))
          .forEach(others::add);
      if (r.article().isEmpty()) {
        others.add("(unreadable)");
      } else if (r.article().get().frontMatter().format() == Format.NONE) {
        others.add("(no front matter)");
      }
      if (!others.isEmpty()) {
        others.forEach(rule -> skippedByRule.merge(rule, 1, Integer::sum));
        continue;
      }
      FrontMatter fm = r.article().orElseThrow().frontMatter();
      names.add(c.name);
      ours.add(!r.problems().isEmpty());
      why.add(r.problems().stream().map(p -> p.path() + " " + p.rule()).toList().toString());
      profiles.add(c.profile);
      documents.add(new String[] {"file:///articles-ls/" + documents.size() + "/"
          + c.profile.name().toLowerCase(Locale.ROOT) + ".yaml",
          modeline(c.profile) + document(fm)});
    }
    long started = System.nanoTime();
    List<List<String>> diagnostics = new ArrayList<>(java.util.Collections.nCopies(
        documents.size(), (List<String>) null));
    for (String version : List.of("1.2", "1.1")) {
      List<Integer> ids = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        if (yamlVersion(profiles.get(i)).equals(version)) {
          ids.add(i);
        }
      }
      if (ids.isEmpty()) {
        continue;
      }
      List<List<String>> found = server(profiles.get(ids.get(0)))
          .diagnose(ids.stream().map(documents::get).toList());
      for (int k = 0; k < ids.size(); k++) {
        diagnostics.set(ids.get(k), found.get(k));
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;

    List<String> unlisted = new ArrayList<>();
    Set<String> disagreeing = new TreeSet<>();
    int withProblems = 0;
    for (int i = 0; i < names.size(); i++) {
      boolean theirs = !diagnostics.get(i).isEmpty();
      withProblems += ours.get(i) ? 1 : 0;
      if (theirs != ours.get(i)) {
        disagreeing.add(names.get(i));
        if (!listed.containsKey(names.get(i))) {
          unlisted.add(names.get(i) + ": library " + why.get(i) + ", server "
              + diagnostics.get(i));
        }
      }
    }
    System.out.printf("yaml language server %s: %d files compared (%d with problems), %d"
        + " disagree (all listed), %d ms; %d left out by rule:%n  %s%n", VERSION,
        names.size(), withProblems, disagreeing.size(), millis, cases.size() - names.size(),
        skippedByRule);
    unlisted.stream().limit(30).forEach(u -> System.out.println("  differs: " + u));
    assertThat(unlisted).as("files where the server and the library disagree that"
        + " yaml-language-server/disagreements.tsv does not list").isEmpty();
    assertThat(skippedByRule.keySet()).as("rules without a schema form that"
        + " yaml-language-server/no-schema-form.tsv does not list")
        .isSubsetOf(noSchemaForm.keySet());
    boolean sitesPresent = names.stream().anyMatch(n -> n.startsWith("sites/"));
    for (String file : listed.keySet()) {
      if (file.startsWith("sites/") && !sitesPresent) {
        continue;
      }
      assertThat(disagreeing).as("%s is listed as a disagreement: it must still be one",
          file).contains(file);
    }
    // floors, so that a change that empties the comparison cannot pass
    assertThat(names.size()).as("files compared").isGreaterThan(sitesPresent ? 1_000 : 50);
    assertThat(withProblems).as("compared files with problems").isGreaterThan(15);
  }

  @Test
  void completionAtAnEmptyKeyOffersTheProfilesFields() throws Exception {
    int nested = 0;
    for (Profile profile : Profile.values()) {
      String uri = "file:///articles-ls/completion/" + profile.name().toLowerCase(Locale.ROOT)
          + ".yaml";
      String text = modeline(profile) + "title: x\n\n";
      JsonNode items = server(profile).complete(uri, text, 2, 0);
      Map<String, JsonNode> byLabel = new LinkedHashMap<>();
      items.forEach(item -> byLabel.put(item.get("label").stringValue(), item));
      List<String> expected = Dialect.of(profile).table().fields().stream()
          .filter(f -> f.parent() == null).map(Field::name)
          .filter(n -> !n.equals("title")).toList();
      assertThat(byLabel.keySet()).as("%s: keys offered at an empty key", profile)
          .containsAll(expected);
      for (String name : expected) {
        assertThat(byLabel.get(name).toString()).as("%s: %s offered with its description",
            profile, name).contains(name + ": ");
      }
      System.out.println("yaml language server completion, " + profile + ": " + byLabel.size()
          + " keys offered");
      // inside a field that holds fields (Starlight's sidebar.order, Zola's taxonomies.tags)
      for (Field<?> parent : Dialect.of(profile).table().fields()) {
        List<String> children = Dialect.of(profile).table().children(parent).stream()
            .map(Field::name).toList();
        if (children.isEmpty() || parent.parent() != null) {
          continue;
        }
        // a new uri: the server caches a document by uri and version
        JsonNode inner = server(profile).complete(uri.replace(".yaml", "-" + parent.name() + ".yaml"),
            modeline(profile) + "title: x\n" + parent.name()
            + ":\n  \n", 3, 2);
        List<String> labels = new ArrayList<>();
        inner.forEach(item -> labels.add(item.get("label").stringValue()));
        assertThat(labels).as("%s: keys offered inside %s", profile, parent.name())
            .containsAll(children);
        nested++;
      }
    }
    assertThat(nested).as("fields holding fields whose keys were completed").isGreaterThan(2);
  }

  // ---- the server ----

  /** Installs the server into target/yaml-language-server unless it is there. */
  private static Path install() throws IOException, InterruptedException {
    Path dir = Path.of("target", "yaml-language-server").toAbsolutePath();
    Files.createDirectories(dir);
    String test = "the YAML language server test";
    if (NodeTools.run(dir, "node", "--version") == null) {
      NodeTools.unavailable(test, "node is not installed");
    }
    Path installed = dir.resolve("node_modules/yaml-language-server/package.json");
    if (!Files.exists(installed) || !version(installed).equals(VERSION)) {
      String npm = NodeTools.run(dir, "npm", "install", "--prefix", dir.toString(),
          "yaml-language-server@" + VERSION, "--no-audit", "--no-fund");
      if (npm == null || !Files.exists(installed)) {
        NodeTools.unavailable(test, "npm could not install yaml-language-server@" + VERSION
            + " into " + dir + (npm == null ? " (npm missing or failed)" : ""));
      }
    }
    assertThat(version(installed)).isEqualTo(VERSION);
    return dir.resolve("node_modules/yaml-language-server/bin/yaml-language-server");
  }

  private static String version(Path packageJson) throws IOException {
    return JSON.readTree(Files.readString(packageJson)).get("version").stringValue();
  }

  /** One server process over stdio: LSP messages framed by Content-Length. */
  private static final class Server implements AutoCloseable {
    private static final int BATCH = 40;
    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final Thread reader;
    private int nextId;

    private final String yamlVersion;

    Server(Path bin, String yamlVersion) throws Exception {
      this.yamlVersion = yamlVersion;
      process = new ProcessBuilder("node", bin.toString(), "--stdio")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      in = process.getOutputStream();
      InputStream out = process.getInputStream();
      reader = new Thread(() -> read(out), "yaml-language-server reader");
      reader.setDaemon(true);
      reader.start();
      ObjectNode capabilities = JSON.createObjectNode();
      capabilities.putObject("workspace").put("configuration", true);
      capabilities.putObject("textDocument").putObject("completion")
          .putObject("completionItem").put("snippetSupport", false);
      ObjectNode init = JSON.createObjectNode();
      init.putNull("processId");
      init.putNull("rootUri");
      init.set("capabilities", capabilities);
      request("initialize", init);
      notify("initialized", JSON.createObjectNode());
      ObjectNode settings = JSON.createObjectNode();
      settings.set("settings", JSON.createObjectNode().set("yaml", yamlSettings()));
      notify("workspace/didChangeConfiguration", settings);
    }

    /**
     * Validation and completion on, nothing fetched (no schema store), the YAML version
     * said (1.2 is the server's default; said here so that it cannot change under the test).
     */
    private ObjectNode yamlSettings() {
      ObjectNode yaml = JSON.createObjectNode();
      yaml.put("validate", true);
      yaml.put("completion", true);
      yaml.put("hover", true);
      yaml.put("yamlVersion", yamlVersion);
      yaml.putObject("schemaStore").put("enable", false);
      yaml.putObject("format").put("enable", false);
      return yaml;
    }

    private void read(InputStream out) {
      try {
        while (true) {
          int length = -1;
          StringBuilder line = new StringBuilder();
          while (true) {
            int b = out.read();
            if (b < 0) {
              return;
            }
            if (b == '\n') {
              String header = line.toString().strip();
              line.setLength(0);
              if (header.isEmpty()) {
                break;
              }
              if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).strip());
              }
            } else {
              line.append((char) b);
            }
          }
          byte[] body = out.readNBytes(length);
          messages.add(JSON.readTree(new String(body, StandardCharsets.UTF_8)));
        }
      } catch (IOException | RuntimeException e) {
        // the process ended: the waits below time out and say so
      }
    }

    private synchronized void send(ObjectNode message) throws IOException {
      message.put("jsonrpc", "2.0");
      byte[] body = JSON.writeValueAsString(message).getBytes(StandardCharsets.UTF_8);
      in.write(("Content-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      in.write(body);
      in.flush();
    }

    private void notify(String method, JsonNode params) throws IOException {
      ObjectNode m = JSON.createObjectNode();
      m.put("method", method);
      m.set("params", params);
      send(m);
    }

    private JsonNode request(String method, JsonNode params) throws Exception {
      int id = ++nextId;
      ObjectNode m = JSON.createObjectNode();
      m.put("id", id);
      m.put("method", method);
      m.set("params", params);
      send(m);
      JsonNode answer = await(a -> a.path("id").isInt() && a.get("id").intValue() == id
          && !a.has("method"));
      if (answer.has("error")) {
        fail(method + " failed: " + answer.get("error"));
      }
      return answer.get("result");
    }

    /**
     * The next message that {@code wanted} accepts; answers the server's own requests on the
     * way (its settings for workspace/configuration, null for the rest).
     */
    private JsonNode await(Predicate<JsonNode> wanted) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        long left = deadline - System.nanoTime();
        JsonNode m = left <= 0 ? null : messages.poll(left, TimeUnit.NANOSECONDS);
        if (m == null) {
          fail("the YAML language server did not answer within 60 s (alive: "
              + process.isAlive() + ")");
        }
        if (m.has("method") && m.has("id")) {
          ObjectNode answer = JSON.createObjectNode();
          answer.set("id", m.get("id"));
          if (m.get("method").stringValue().equals("workspace/configuration")) {
            var result = answer.putArray("result");
            for (JsonNode item : m.path("params").path("items")) {
              result.add("yaml".equals(item.path("section").stringValue()) ? yamlSettings()
                  : JSON.createObjectNode());
            }
          } else {
            answer.putNull("result");
          }
          send(answer);
          continue;
        }
        if (wanted.test(m)) {
          return m;
        }
      }
    }

    private void open(String uri, String text) throws IOException {
      ObjectNode doc = JSON.createObjectNode();
      doc.put("uri", uri);
      doc.put("languageId", "yaml");
      doc.put("version", 1);
      doc.put("text", text);
      notify("textDocument/didOpen", JSON.createObjectNode().set("textDocument", doc));
    }

    private void closeDocument(String uri) throws IOException {
      notify("textDocument/didClose", JSON.createObjectNode().set("textDocument",
          JSON.createObjectNode().put("uri", uri)));
    }

    /**
     * Opens each document (uri, text), in batches, and returns the diagnostics of severity
     * error or warning the server publishes for each, as "line: message".
     */
    List<List<String>> diagnose(List<String[]> documents) throws Exception {
      List<List<String>> out = new ArrayList<>();
      for (int from = 0; from < documents.size(); from += BATCH) {
        List<String[]> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String[] d : batch) {
          open(d[0], d[1]);
        }
        while (found.size() < batch.size()) {
          JsonNode m = await(x -> "textDocument/publishDiagnostics".equals(
              x.path("method").stringValue()));
          String uri = m.get("params").get("uri").stringValue();
          if (batch.stream().noneMatch(d -> d[0].equals(uri)) || found.containsKey(uri)) {
            continue; // an earlier batch's document being closed
          }
          List<String> list = new ArrayList<>();
          for (JsonNode d : m.get("params").get("diagnostics")) {
            int severity = d.path("severity").asInt(1);
            if (severity <= 2) {
              list.add(d.get("range").get("start").get("line").intValue() + ": "
                  + d.get("message").stringValue());
            }
          }
          found.put(uri, list);
        }
        for (String[] d : batch) {
          out.add(found.get(d[0]));
          closeDocument(d[0]);
        }
      }
      return out;
    }

    /** The completion items at a position of a document. */
    JsonNode complete(String uri, String text, int line, int character) throws Exception {
      open(uri, text);
      ObjectNode params = JSON.createObjectNode();
      params.set("textDocument", JSON.createObjectNode().put("uri", uri));
      params.set("position", JSON.createObjectNode().put("line", line)
          .put("character", character));
      JsonNode result = request("textDocument/completion", params);
      closeDocument(uri);
      return result.isArray() ? result : result.get("items");
    }

    @Override
    public void close() {
      try {
        request("shutdown", null);
        notify("exit", null);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
  }
}
