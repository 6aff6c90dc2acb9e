package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.Profile;
import java.util.Set;

/**
 * What reading does differently under one {@link Profile}: the field table, where the
 * opening fence may start, which fences it reads and what text after one means, the lines
 * that close a block, the YAML flavour, the date forms and what a repeated key does. One
 * constant per profile; the stages take the dialect rather than the profile, so each rule is
 * decided here once. docs/profiles.md ("Reading rules") cites the generator's source each
 * rule follows.
 *
 * @param profile the profile
 * @param table the typed fields of the profile
 */
public record Dialect(Profile profile, FieldTable table) {
  /** Hugo's: the default. */
  public static final Dialect HUGO = new Dialect(Profile.HUGO, HugoFields.TABLE);

  /**
   * The dialect of {@code profile}.
   *
   * @param profile the profile
   * @return its dialect
   */
  public static Dialect of(Profile profile) {
    return switch (profile) {
      case HUGO -> HUGO;
      case JEKYLL -> new Dialect(profile, JekyllFields.TABLE);
      case ZOLA -> new Dialect(profile, ZolaFields.TABLE);
      case ELEVENTY -> new Dialect(profile, EleventyFields.TABLE);
      case ASTRO -> new Dialect(profile, AstroFields.TABLE);
      case DOCUSAURUS -> new Dialect(profile, DocusaurusFields.TABLE);
    };
  }

  /** What may come before the opening fence. */
  public enum Lead {
    /** Nothing: the fence is the first character (after a byte order mark). */
    NONE,
    /** Blank lines: the fence starts its own line after lines of white space only. */
    BLANK_LINES,
    /** Any ASCII white space, indentation of the fence line included. */
    WHITE_SPACE
  }

  /** What text after {@code ---} (or {@code +++}) on the opening fence line means. */
  public enum FenceText {
    /**
     * Hugo: {@code ---yaml} and {@code ---json} are read (an extension of this library);
     * any other text is refused, quoting the line (Hugo reads it as front matter and fails).
     */
    TAG_OR_ERROR,
    /** Zola: the opening fence is exactly three characters; anything else is refused. */
    ERROR,
    /** Jekyll: the line is not a fence; the file has no front matter. */
    NO_FRONT_MATTER,
    /**
     * gray-matter (Eleventy, Docusaurus): the trimmed text is the language: {@code yaml},
     * {@code yml}, {@code json}; code ({@code js}) and other words are refused.
     */
    LANGUAGE,
    /** Astro: the text is the first line of the front matter itself. */
    CONTENT
  }

  /** What a key written twice in one mapping does. */
  public enum Repeats {
    /** The file is refused ({@code duplicate-key}). */
    ERROR,
    /** The last one is read, with a warning naming it ({@code key-repeated}). */
    LAST_WINS
  }

  /**
   * Returns what may come before the opening fence.
   *
   * @return the rule
   */
  public Lead lead() {
    return switch (profile) {
      case HUGO, ZOLA -> Lead.WHITE_SPACE;
      case ASTRO -> Lead.BLANK_LINES;
      case JEKYLL, ELEVENTY, DOCUSAURUS -> Lead.NONE;
    };
  }

  /**
   * Returns what text after the opening fence means.
   *
   * @return the rule
   */
  public FenceText fenceText() {
    return switch (profile) {
      case HUGO -> FenceText.TAG_OR_ERROR;
      case ZOLA -> FenceText.ERROR;
      case JEKYLL -> FenceText.NO_FRONT_MATTER;
      case ELEVENTY, DOCUSAURUS -> FenceText.LANGUAGE;
      case ASTRO -> FenceText.CONTENT;
    };
  }

  /**
   * Returns whether {@code +++} opens TOML front matter.
   *
   * @return whether TOML is read
   */
  public boolean readsToml() {
    return profile == Profile.HUGO || profile == Profile.ZOLA || profile == Profile.ASTRO;
  }

  /**
   * Returns whether a leading <code>{</code> object is JSON front matter (Hugo's form).
   *
   * @return whether the unfenced JSON object is read
   */
  public boolean readsJsonObject() {
    return profile == Profile.HUGO;
  }

  /**
   * Returns whether blanks may follow the opening fence on its line (all but Zola, whose
   * fence is followed by the line break at once).
   *
   * @return whether trailing blanks are allowed on the opening line
   */
  public boolean blanksAfterOpeningFence() {
    return profile != Profile.ZOLA;
  }

  /**
   * Returns the lines that close a YAML block ({@code ...} only where YAML's document end
   * marker closes it).
   *
   * @return the closing fences
   */
  public String[] yamlClosers() {
    return switch (profile) {
      case HUGO, JEKYLL -> new String[] {"---", "..."};
      case ASTRO -> new String[] {"---", "+++"};
      case ZOLA, ELEVENTY, DOCUSAURUS -> new String[] {"---"};
    };
  }

  /**
   * Returns the lines that close a TOML block.
   *
   * @return the closing fences
   */
  public String[] tomlClosers() {
    return profile == Profile.ASTRO ? new String[] {"+++", "---"} : new String[] {"+++"};
  }

  /**
   * Returns whether plain YAML scalars are read as YAML 1.1 (Ruby's Psych): {@code yes},
   * {@code off} are booleans, {@code 0755} octal, {@code 1,000} a thousand.
   *
   * @return whether the YAML 1.1 scalars apply
   */
  public boolean yaml11() {
    return profile == Profile.JEKYLL;
  }

  /**
   * Returns whether plain YAML scalars are typed as js-yaml 4 types them (Eleventy, Astro and
   * Docusaurus load front matter with js-yaml): {@code 0b101} is a binary integer ({@code
   * lib/type/int.js}, {@code resolveYamlInteger}), where the YAML 1.2 Core schema reads text;
   * a date only in js-yaml's timestamp forms ({@code lib/type/timestamp.js:5-20}: {@code
   * 2013-11-22 5:00:00 +00:00} is one, {@code ... +0000} and {@code 2025-02-12T07:02} are
   * text).
   *
   * @return whether js-yaml's scalar types apply
   */
  public boolean jsYaml() {
    return profile == Profile.ELEVENTY || profile == Profile.ASTRO
        || profile == Profile.DOCUSAURUS;
  }

  /**
   * Returns what a repeated key in YAML does.
   *
   * @return the rule
   */
  public Repeats yamlRepeats() {
    return profile == Profile.JEKYLL ? Repeats.LAST_WINS : Repeats.ERROR;
  }

  /**
   * Returns what a repeated key in JSON does: gray-matter's {@code JSON.parse} keeps the last.
   *
   * @return the rule
   */
  public Repeats jsonRepeats() {
    return profile == Profile.ELEVENTY || profile == Profile.DOCUSAURUS
        ? Repeats.LAST_WINS : Repeats.ERROR;
  }

  /**
   * Returns the file name extensions (without the dot) of the files the generator reads as
   * Markdown content.
   *
   * @return the extensions
   */
  public Set<String> extensions() {
    return switch (profile) {
      case HUGO -> Set.of("md", "markdown");
      case JEKYLL -> Set.of("md", "markdown", "mkdown", "mkdn", "mkd");
      case ZOLA, ELEVENTY -> Set.of("md");
      case ASTRO -> Set.of("md", "markdown", "mdown", "mkdn", "mkd", "mdwn", "mdx");
      case DOCUSAURUS -> Set.of("md", "mdx");
    };
  }

  /**
   * Returns whether files whose name starts with {@code _} are left out (Starlight's and
   * Docusaurus's partials).
   *
   * @return whether {@code _}-prefixed files are skipped
   */
  public boolean skipsUnderscoreFiles() {
    return profile == Profile.ASTRO || profile == Profile.DOCUSAURUS;
  }

  /**
   * Returns whether folders whose name starts with {@code _} are left out (Docusaurus).
   *
   * @return whether {@code _}-prefixed folders are skipped
   */
  public boolean skipsUnderscoreFolders() {
    return profile == Profile.DOCUSAURUS;
  }

  /**
   * Returns the generator's name for messages.
   *
   * @return the name
   */
  public String generator() {
    return profile.displayName();
  }
}
