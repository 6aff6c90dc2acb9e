package io.github.frontmatter.articles.internal.files;

import io.github.frontmatter.articles.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which generator a folder belongs to, from the configuration files each one reads, as real
 * sites lay them out (docs/profiles.md, "Detection", cites each generator's rule):
 *
 * <ul>
 *   <li>Docusaurus: {@code docusaurus.config.{js,mjs,cjs,ts,mts,cts}};
 *   <li>Astro: {@code astro.config.{mjs,js,ts,mts}};
 *   <li>Eleventy: {@code .eleventy.js}, {@code eleventy.config.{js,mjs,cjs,ts,mts,cts}};
 *   <li>Zola: {@code zola.toml}, or a {@code config.toml} with a top-level {@code base_url}
 *       (Zola requires it; Hugo spells it {@code baseURL});
 *   <li>Hugo: {@code hugo.{toml,yaml,yml,json}}, a {@code config/_default/} folder, or a
 *       {@code config.{toml,yaml,yml,json}} with a Hugo key ({@code baseURL}, {@code theme},
 *       {@code languageCode}, {@code module}, {@code params}, {@code title}) and no Zola one;
 *   <li>Jekyll: {@code _config.yml}, {@code _config.yaml}, {@code _config.toml}.
 * </ul>
 *
 * <p>Where: the folder given (a file's folder for a file), then each of its parents, nearest
 * first, each with its {@code website/} subfolder (a Docusaurus {@code docs/} folder is found
 * from its sibling {@code website/}); then one and two levels below the folder given, in
 * name order (Docusaurus in {@code website/}, Starlight in {@code docs/}). Hidden folders and
 * {@code node_modules} are not searched. A folder that cannot be listed is passed over: the
 * answer is about the folders that could be read.
 */
public final class SiteDetection {
  private SiteDetection() {}

  private static final String[] JS = {"js", "mjs", "cjs", "ts", "mts", "cts"};

  /** A key at the start of a line before any table, in a TOML or YAML config. */
  private static final Pattern ZOLA_KEY = Pattern.compile("(?m)^base_url\\s*=");
  private static final Pattern HUGO_KEY = Pattern.compile(
      "(?mi)^\\s*\"?(baseurl|theme|languagecode|module|params|title|defaultcontentlanguage)"
          + "\"?\\s*[=:]|^\\s*\\[(params|module|menu|markup|languages)");

  /** How much of a config file is read to look for keys. */
  private static final int CONFIG_BYTES = 256 * 1024;

  /**
   * The profile of the site that {@code path} is in, or holds.
   *
   * @param path a folder or file of the site
   * @return the profile, or empty when no generator's configuration is found
   * @throws IOException if {@code path} does not exist or is not readable
   */
  public static Optional<Profile> detect(Path path) throws IOException {
    Path start = path.toAbsolutePath().normalize();
    if (!Files.isDirectory(start)) {
      if (!Files.exists(start)) {
        throw new java.nio.file.NoSuchFileException(path.toString());
      }
      start = start.getParent();
    }
    Optional<Profile> found = in(start);
    if (found.isPresent()) {
      return found;
    }
    for (Path up = start.getParent(); up != null; up = up.getParent()) {
      Path website = up.resolve("website");
      found = in(up).or(() -> in(website));
      if (found.isPresent()) {
        return found;
      }
    }
    List<Path> level = List.of(start);
    for (int depth = 1; depth <= 2; depth++) {
      List<Path> next = new ArrayList<>();
      for (Path dir : level) {
        next.addAll(subfolders(dir));
      }
      for (Path dir : next) {
        found = in(dir);
        if (found.isPresent()) {
          return found;
        }
      }
      level = next;
    }
    return Optional.empty();
  }

  /** The generator whose configuration is in {@code dir} itself. */
  static Optional<Profile> in(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    if (any(dir, "docusaurus.config", JS)) {
      return Optional.of(Profile.DOCUSAURUS);
    }
    if (any(dir, "astro.config", "mjs", "js", "ts", "mts")) {
      return Optional.of(Profile.ASTRO);
    }
    if (Files.isRegularFile(dir.resolve(".eleventy.js")) || any(dir, "eleventy.config", JS)) {
      return Optional.of(Profile.ELEVENTY);
    }
    if (Files.isRegularFile(dir.resolve("zola.toml"))) {
      return Optional.of(Profile.ZOLA);
    }
    if (any(dir, "hugo", "toml", "yaml", "yml", "json")
        || Files.isDirectory(dir.resolve("config/_default"))) {
      return Optional.of(Profile.HUGO);
    }
    Path configToml = dir.resolve("config.toml");
    if (Files.isRegularFile(configToml)) {
      String head = head(configToml);
      if (ZOLA_KEY.matcher(topLevel(head)).find()) {
        return Optional.of(Profile.ZOLA);
      }
      if (HUGO_KEY.matcher(head).find()) {
        return Optional.of(Profile.HUGO);
      }
    }
    for (String ext : new String[] {"yaml", "yml", "json"}) {
      Path config = dir.resolve("config." + ext);
      if (Files.isRegularFile(config) && HUGO_KEY.matcher(head(config)).find()) {
        return Optional.of(Profile.HUGO);
      }
    }
    if (any(dir, "_config", "yml", "yaml", "toml")) {
      return Optional.of(Profile.JEKYLL);
    }
    return Optional.empty();
  }

  private static boolean any(Path dir, String base, String... exts) {
    for (String ext : exts) {
      if (Files.isRegularFile(dir.resolve(base + "." + ext))) {
        return true;
      }
    }
    return false;
  }

  /** The text of a TOML file before its first table header: where top-level keys are. */
  private static String topLevel(String toml) {
    java.util.regex.Matcher m = Pattern.compile("(?m)^\\s*\\[").matcher(toml);
    return m.find() ? toml.substring(0, m.start()) : toml;
  }

  /** The first bytes of a config file as text; empty when it cannot be read. */
  private static String head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(CONFIG_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The subfolders of {@code dir} in name order, without hidden ones and node_modules. */
  private static List<Path> subfolders(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        if (!name.startsWith(".") && !name.toLowerCase(Locale.ROOT).equals("node_modules")) {
          out.add(p);
        }
      }
    } catch (IOException e) {
      return List.of(); // a folder that cannot be listed is passed over (see the class)
    }
    out.sort(null);
    return out;
  }
}
