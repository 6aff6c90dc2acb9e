package io.github.frontmatter.articles.internal.read;

import io.github.frontmatter.articles.internal.Pointers;
import io.github.frontmatter.articles.internal.SourceText;
import io.github.frontmatter.articles.internal.Utf8;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.ArticleException;
import io.github.frontmatter.articles.Limits;
import io.github.frontmatter.articles.Problem;
import io.github.frontmatter.articles.Problem.Severity;
import io.github.frontmatter.articles.Value;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML front-matter block into values, their positions in the file and the typed
 * fields, collecting every error before it throws.
 *
 * <p>snakeyaml-engine composes the node tree (YAML 1.2, Core schema); the conversion to
 * {@link Value}s is ours so that every value keeps its place in the file, duplicate keys are
 * reported where they are, and tags never construct anything but the Core schema's types.
 */
public final class YamlReader {
  private static final CoreSchema SCHEMA = new SharedResolverSchema();
  private static final Map<Tag, ConstructNode> SCALARS = SCHEMA.getSchemaTagConstructors();
  /** js-yaml 4's date and timestamp ({@code lib/type/timestamp.js:5-20}). */
  private static final java.util.regex.Pattern JS_YAML_DATE =
      java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final java.util.regex.Pattern JS_YAML_TIMESTAMP = java.util.regex.Pattern
      .compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
          + "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

  /** The tags the Core schema resolves plain scalars to. */
  private static final Set<Tag> CORE_SCALARS =
      Set.of(Tag.STR, Tag.BOOL, Tag.INT, Tag.FLOAT, Tag.NULL);
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setSchema(SCHEMA)
          .setAllowDuplicateKeys(true) // we report duplicates ourselves, with both places
          .setAllowNonScalarKeys(true) // likewise: reported as problems, not exceptions
          // aliases are counted, all of them, by TrackingParser against Limits.maxAliases
          .setMaxAliasesForCollections(Integer.MAX_VALUE)
          .setCodePointLimit(Integer.MAX_VALUE)
          .setUseMarks(true)
          .build();

  /**
   * The Core schema with one scalar resolver for every read: snakeyaml-engine's builds a new
   * one (a map of patterns) for every Composer, which cost a few percent of a front-matter
   * read. The resolver is never changed after construction, and resolving only reads it.
   */
  private static final class SharedResolverSchema extends CoreSchema {
    private final ScalarResolver resolver = super.getScalarResolver();

    @Override
    public ScalarResolver getScalarResolver() {
      return resolver;
    }
  }

  private final SourceText src;
  private final Dialect dialect;
  /** Warnings: a repeated key where the profile's generator keeps the last one. */
  private final List<Problem> warnings = new ArrayList<>();
  /** Checks the values as they are converted: scalars, numbers, values with aliases expanded. */
  private final LimitGuard guard;
  /** Checks the events as they are parsed: depth, aliases, values as written. */
  private final LimitGuard eventGuard;
  private final String block;
  private final int blockStart;
  private final boolean bmpOnly;
  private final int codePoints;
  private final List<Problem> errors = new ArrayList<>();
  private final Map<String, Integer> offsets = new HashMap<>();
  private final Map<String, String> scalarText = new HashMap<>();
  private final Map<String, Integer> keyOffsets = new HashMap<>();
  /**
   * Whether the block may define anchors: only then can a node be reached twice (an alias)
   * or contain itself, and only then are nodes tracked in the three maps below.
   */
  private final boolean anchors;
  private final IdentityHashMap<Node, Value> converted = new IdentityHashMap<>();
  /** The path where each converted node was first read, for the positions of its aliases. */
  private final IdentityHashMap<Node, Integer> sizes = new IdentityHashMap<>();
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlReader(SourceText src, int blockStart, int blockEnd, Limits limits,
      Dialect dialect) {
    this.src = src;
    this.dialect = dialect;
    // positions are snakeyaml-engine's code point indexes, converted only for a problem
    this.guard = new LimitGuard(src, limits, errors, true, () -> new ArticleException(errors),
        this::offsetOfCodePoint);
    this.eventGuard = new LimitGuard(src, limits, errors, true,
        () -> new ArticleException(errors), this::offsetOfCodePoint);
    this.block = src.text().substring(blockStart, blockEnd);
    this.blockStart = blockStart;
    this.codePoints = block.codePointCount(0, block.length());
    this.bmpOnly = codePoints == block.length();
    this.anchors = block.indexOf('&') >= 0;
  }

  /**
   * Reads the block {@code [blockStart, blockEnd)} of {@code src} within {@code limits}.
   *
   * @throws ArticleException listing every error found
   */
  public static BlockResult read(SourceText src, int blockStart, int blockEnd, Limits limits) {
    return read(src, blockStart, blockEnd, limits, Dialect.HUGO);
  }

  /**
   * Reads the block {@code [blockStart, blockEnd)} of {@code src} within {@code limits}, by
   * the YAML flavour ({@link Dialect#yaml11()}), date forms and repeated-key rule ({@link
   * Dialect#yamlRepeats()}) of {@code dialect}.
   *
   * @throws ArticleException listing every error found
   */
  public static BlockResult read(SourceText src, int blockStart, int blockEnd, Limits limits,
      Dialect dialect) {
    return new YamlReader(src, blockStart, blockEnd, limits, dialect).read();
  }

  private BlockResult read() {
    Optional<Node> root;
    TrackingParser events = new TrackingParser(new StreamReader(SETTINGS, block));
    try {
      root = new Composer(SETTINGS, events).getSingleNode();
    } catch (MarkedYamlEngineException e) {
      Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
      throw fail("yaml-syntax", mark == null ? blockStart : offset(mark), syntaxMessage(e));
    } catch (ReaderException e) {
      // a character YAML does not allow, such as a control character; its position counts
      // code points from the start of the block
      throw fail("yaml-syntax", offsetOfCodePoint(e.getPosition()), String.format(
          "invalid YAML: %s (found U+%04X)", e.getMessage(), e.getCodePoint()));
    } catch (ArticleException e) {
      throw e;
    } catch (RuntimeException e) {
      // snakeyaml-engine throws IllegalArgumentException and others for some bad input
      // (such as the tag "!%11"); it is still a syntax error of the file, not a crash. Such
      // exceptions carry no mark: the event being composed when it was thrown does.
      int at = events.last == null ? blockStart
          : events.last.getStartMark().map(this::offset).orElse(blockStart);
      throw fail("yaml-syntax", at, "expected valid YAML but found: " + e.getMessage());
    }
    if (root.isEmpty()) {
      return new BlockResult(Map.of(), Map.of(), Map.of()); // empty or comments only
    }
    Node node = root.get();
    if (!(node instanceof MappingNode mapping) || !Tag.MAP.equals(node.getTag())) {
      throw fail(
          "front-matter-not-mapping",
          offset(node),
          "expected the front matter to be a mapping of keys to values but found "
              + describe(node));
    }
    Map<String, Value> values = convertMapping(mapping, "", 1);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparingInt((Problem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column()));
      throw new ArticleException(errors);
    }
    // the maps are this reader's own and nobody changes them after this: no copies
    return new BlockResult(values, Collections.unmodifiableMap(offsets),
        Collections.unmodifiableMap(scalarText), Collections.unmodifiableMap(keyOffsets),
        List.copyOf(warnings));
  }

  /**
   * A parser that remembers the last event it handed to the composer, and refuses, as the
   * events go by:
   *
   * <ul>
   *   <li>nesting deeper than {@link Limits#maxFrontMatterDepth()}. snakeyaml-engine's
   *       composer recurses once per level as it pulls the events of a nested collection, so
   *       refusing the event that opens one level too many bounds its recursion (without a
   *       limit, about 1,650 levels overflow the default stack);
   *   <li>more aliases than {@link Limits#maxAliases()};
   *   <li>a merge key ({@code <<}) whose value is, or lists, an alias of a mapping that
   *       contains it. The composer applies merge keys as it builds each mapping: merging a
   *       mapping into itself loops forever in snakeyaml-engine 3.2 ({@code MergeUtils}),
   *       and merging an ancestor merges it half built. Other aliases inside their own anchor
   *       are reported when the values are converted ({@code alias-recursive}).
   *   <li>an alias that, expanded where it is used, nests values deeper than {@link
   *       Limits#maxFrontMatterDepth()}: an alias of a collection {@code h} levels high used
   *       at level {@code L} puts values at level {@code L + h}. Without this, a chain of
   *       anchors each nesting the one before within the limit expands as deep as the chain
   *       is long, and every recursive walk of the values (recording their positions here,
   *       then {@code equals}, {@code hashCode}, {@code toString}, the JSON writers)
   *       overflows the stack. The height of each anchored collection is known when its end
   *       event goes by, before any alias of it can be used.
   * </ul>
   */
  private final class TrackingParser extends ParserImpl {
    Event last;
    /** The collections open at the parser's position, innermost first. */
    private final ArrayDeque<Frame> open = new ArrayDeque<>();
    /**
     * The height in levels of the collection each anchor names (a collection holding only
     * scalars is 1 high), aliases inside it expanded; no entry for a scalar's anchor, or while
     * the anchored collection is still open.
     */
    private final Map<String, Integer> heights = new HashMap<>();

    TrackingParser(StreamReader reader) {
      super(SETTINGS, reader);
    }

    @Override
    public Event next() {
      Event e = super.next();
      last = e;
      switch (e.getEventId()) {
        case MappingStart, SequenceStart -> {
          int level = open.size() + 1;
          eventGuard.depth(level, at(e.getStartMark()));
          Frame parent = open.peek();
          countValue(parent, e);
          Frame frame = new Frame(e.getEventId() == Event.ID.MappingStart,
              ((NodeEvent) e).getAnchor().map(Anchor::getValue).orElse(null), start(e),
              parent != null && parent.inMergeValue(), level);
          if (frame.anchor != null) {
            heights.remove(frame.anchor); // a name anchored again: aliases inside are recursive
          }
          open.push(frame);
        }
        case MappingEnd, SequenceEnd -> {
          Frame done = open.pop();
          if (done.anchor != null) {
            heights.put(done.anchor, done.deepest - done.level + 1);
          }
          reached(done.deepest);
          consumed(false);
        }
        case Alias -> {
          eventGuard.alias(at(e.getStartMark()));
          Frame parent = open.peek();
          countValue(parent, e);
          String anchor = ((AliasEvent) e).getAlias().getValue();
          if (parent != null && (parent.inMergeValue() || parent.mergeList)) {
            for (Frame f : open) {
              if (anchor.equals(f.anchor)) {
                throw fail("alias-recursive", f.start, "expected a merge key (<<) to merge"
                    + " another mapping but found an alias of a mapping that contains it");
              }
            }
          }
          Integer height = heights.get(anchor);
          if (height != null) {
            // a merged mapping's entries join the mapping that merges it: one level less,
            // and one more less when the alias is an item of the merge key's list
            int merged = parent == null ? 0
                : parent.inMergeValue() ? 1 : parent.mergeList ? 2 : 0;
            int deepest = open.size() + height - merged;
            eventGuard.expandedDepth(deepest, at(e.getStartMark()));
            reached(deepest);
          }
          consumed(false);
        }
        case Scalar -> {
          ScalarEvent scalar = (ScalarEvent) e;
          countValue(open.peek(), e);
          consumed(scalar.isPlain() && scalar.getValue().equals("<<"));
        }
        default -> {}
      }
      return e;
    }

    /**
     * Counts a value as written (not a key, not the top-level mapping; an alias once) against
     * {@link Limits#maxValues()}, so that a long front matter is refused while it is parsed
     * rather than after; {@link #count} then counts aliases as what they stand for.
     */
    private void countValue(Frame parent, Event e) {
      if (parent != null && !(parent.mapping && parent.atKey)) {
        eventGuard.value(at(e.getStartMark()));
      }
    }

    private int start(Event e) {
      return e.getStartMark().map(YamlReader.this::offset).orElse(blockStart);
    }

    /** Values reach {@code level} inside the innermost open collection. */
    private void reached(int level) {
      Frame f = open.peek();
      if (f != null && level > f.deepest) {
        f.deepest = level;
      }
    }

    /** A node has been read in the innermost open collection. */
    private void consumed(boolean mergeKey) {
      Frame f = open.peek();
      if (f == null) {
        return;
      }
      if (f.mapping) {
        f.mergeKey = f.atKey && mergeKey;
        f.atKey = !f.atKey;
      }
    }
  }

  /** An open collection, as {@link TrackingParser} follows it. */
  private static final class Frame {
    final boolean mapping;
    final String anchor;
    final int start;
    /** A sequence that is the value of a merge key: its items are merged. */
    final boolean mergeList;
    /** Its level, the top-level mapping being 1. */
    final int level;
    /**
     * The deepest level its values reach so far, aliases expanded. A merge key's list is not
     * in the values (its items are merged into the mapping), so it reaches no level itself.
     */
    int deepest;
    /** In a mapping: whether the next node is a key. */
    boolean atKey = true;
    /** In a mapping: whether the last key was the merge key {@code <<}. */
    boolean mergeKey;

    Frame(boolean mapping, String anchor, int start, boolean mergeList, int level) {
      this.mapping = mapping;
      this.anchor = anchor;
      this.start = start;
      this.mergeList = !mapping && mergeList;
      this.level = level;
      this.deepest = this.mergeList ? level - 1 : level;
    }

    /** Whether the next node is the value of a merge key. */
    boolean inMergeValue() {
      return mapping && !atKey && mergeKey;
    }
  }

  private static String syntaxMessage(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    String text = context.isEmpty() ? problem : context + ": " + problem;
    // the YAML stream is the block between the fences: its end is the closing fence
    // (snakeyaml-engine 3 writes <stream end> without the quotes older versions had)
    return "invalid YAML: " + text.replace('\n', ' ').replace("'<stream end>'", "<stream end>")
        .replace("<stream end>", "the end of the front matter").strip();
  }

  private Value convert(Node node, String path, int depth) {
    Value done = anchors ? converted.get(node) : null;
    if (done != null) { // an alias: share the value, count what it expands to
      count(node, sizes.getOrDefault(node, 1));
      recordAliased(node, path, Collections.newSetFromMap(new IdentityHashMap<>()));
      return done;
    }
    if (anchors && !inProgress.add(node)) {
      error("alias-recursive", path, offset(node), "expected a value but found an alias that"
          + " contains itself");
      return Value.Null.INSTANCE;
    }
    long before = guard.valueCount();
    offsets.putIfAbsent(path, offset(node));
    Value value;
    if (node instanceof ScalarNode scalar) {
      count(node, 1);
      value = scalar(scalar, path);
    } else if (node instanceof SequenceNode seq) {
      count(node, 1);
      if (!Tag.SEQ.equals(node.getTag())) {
        value = unknownTag(node, path);
      } else {
        List<Value> items = new ArrayList<>(seq.getValue().size());
        int i = 0;
        for (Node item : seq.getValue()) {
          items.add(convert(item, path + "/" + i++, depth + 1));
        }
        value = new Value.Sequence(items);
      }
    } else {
      count(node, 1);
      MappingNode map = (MappingNode) node;
      value = Tag.MAP.equals(node.getTag())
          ? new Value.Mapping(convertMapping(map, path, depth + 1))
          : unknownTag(node, path);
    }
    if (anchors) {
      inProgress.remove(node);
      converted.put(node, value);
      sizes.put(node, (int) (guard.valueCount() - before));
    }
    return value;
  }

  /**
   * Records, under the path of an alias, where the anchored values are and how their scalars
   * are written, as the first visit did under the anchor's path: problems about a value
   * reached through an alias then point at the anchored value, and {@code title: *n} reads
   * {@code &n 1.50} as "1.50". The walk visits the values {@link #count} has just admitted,
   * so it is bounded like them.
   */
  private void recordAliased(Node node, String path, Set<Node> walking) {
    if (!walking.add(node)) {
      return; // a value inside itself, reported as alias-recursive when it was converted
    }
    offsets.putIfAbsent(path, offset(node));
    if (node instanceof ScalarNode scalar) {
      if (!Tag.STR.equals(scalar.getTag())) {
        scalarText.putIfAbsent(path, scalar.getValue());
      }
    } else if (node instanceof SequenceNode seq) {
      int i = 0;
      for (Node item : seq.getValue()) {
        recordAliased(item, path + "/" + i++, walking);
      }
    } else if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode key) {
          recordAliased(t.getValueNode(), path + "/" + Pointers.escape(key.getValue()), walking);
        }
      }
    }
    walking.remove(node);
  }

  private Map<String, Value> convertMapping(MappingNode node, String path, int depth) {
    LinkedHashMap<String, Value> out = new LinkedHashMap<>();
    Map<String, Node> firstKeys = new HashMap<>();
    boolean lastWins = dialect.yamlRepeats() == Dialect.Repeats.LAST_WINS;
    // under LAST_WINS: the tuple each repeated key's value comes from, found first, so that
    // the key keeps the place of its first occurrence (as Ruby's Hash does) with the last value
    Map<String, NodeTuple> last = lastWins ? lastOfEachKey(node) : Map.of();
    for (NodeTuple t : node.getValue()) {
      Node keyNode = t.getKeyNode();
      if (!(keyNode instanceof ScalarNode keyScalar)) {
        error("key-not-text", path, offset(keyNode),
            "expected a key that is text but found " + describe(keyNode) + " as a key");
        continue;
      }
      String key = keyScalar.getValue();
      if (!guard.keyFits(key, path, at(keyNode.getStartMark()))
          || !unicode(keyScalar, path, "a key")) {
        continue;
      }
      Node first = firstKeys.putIfAbsent(key, keyNode);
      String childPath = path + "/" + Pointers.escape(key);
      NodeTuple winner = last.get(key);
      if (winner != null && winner != t) {
        // this occurrence loses: say so here, where the line to delete is
        warnings.add(src.problem("key-repeated", Severity.WARNING, childPath, offset(keyNode),
            Pointers.display(childPath) + "expected each key once but found " + Problem.quote(key)
                + " again at line " + src.location(offset(winner.getKeyNode())).line() + "; "
                + dialect.generator() + " reads the last one, so this value is ignored"));
      }
      if (first != null) {
        if (lastWins) {
          continue; // read at its first occurrence, from the last
        }
        error("duplicate-key", childPath, offset(keyNode),
            "expected each key once but found " + Problem.quote(key) + " again (first at line "
                + src.location(offset(first)).line() + ")");
        continue;
      }
      NodeTuple read = winner == null ? t : winner;
      if (path.isEmpty()) {
        keyOffsets.put(childPath, offset(read.getKeyNode()));
      }
      out.put(key, convert(read.getValueNode(), childPath, depth));
    }
    return out;
  }

  /** The last tuple of each text key written more than once; empty when none is. */
  private static Map<String, NodeTuple> lastOfEachKey(MappingNode node) {
    Map<String, NodeTuple> last = new HashMap<>();
    Map<String, NodeTuple> repeated = new HashMap<>();
    for (NodeTuple t : node.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && last.put(k.getValue(), t) != null) {
        repeated.put(k.getValue(), t);
      }
    }
    return repeated.isEmpty() ? Map.of() : repeated;
  }

  private Value scalar(ScalarNode node, String path) {
    Tag tag = node.getTag();
    if (!guard.scalarFits(node.getValue(), path, at(node.getStartMark()))) {
      return Value.Null.INSTANCE;
    }
    if ((Tag.INT.equals(tag) || Tag.FLOAT.equals(tag))
        && !guard.numberFits(node.getValue().length(), path, at(node.getStartMark()))) {
      return Value.Null.INSTANCE;
    }
    if (dialect.yaml11() && node.isPlain() && CORE_SCALARS.contains(tag)) {
      // YAML 1.1 as Psych reads it (Jekyll): yes/off are booleans, 0755 octal, ...
      Value v = Yaml11Scalars.plain(node.getValue());
      if ((v instanceof Value.Int || v instanceof Value.Decimal)
          && !guard.numberFits(node.getValue().length(), path, at(node.getStartMark()))) {
        return Value.Null.INSTANCE;
      }
      if (!(v instanceof Value.Text)) {
        scalarText.putIfAbsent(path, node.getValue());
      }
      return v;
    }
    if (Tag.STR.equals(tag)) {
      if (!unicode(node, path, "a scalar")) {
        return Value.Null.INSTANCE;
      }
      if (dialect.jsYaml() && node.isPlain() && isBinary(node.getValue())) {
        if (!guard.numberFits(node.getValue().length(), path, at(node.getStartMark()))) {
          return Value.Null.INSTANCE;
        }
        scalarText.putIfAbsent(path, node.getValue());
        String v = node.getValue();
        boolean minus = v.charAt(0) == '-';
        BigInteger n = new BigInteger(v.substring(v.indexOf('b') + 1), 2);
        return new Value.Int(minus ? n.negate() : n);
      }
      if (node.isPlain() && looksLikeDate(node.getValue())
          && (!dialect.jsYaml() || JS_YAML_DATE.matcher(node.getValue()).matches()
              || JS_YAML_TIMESTAMP.matcher(node.getValue()).matches())) {
        // Hugo's YAML reader types unquoted timestamps as dates; the Core schema has no
        // timestamp type, so we do it here. Quoted dates stay text, as in Hugo. Other
        // profiles add their YAML reader's timestamp forms (ArticleDate.parse(text, profile)).
        try {
          return new Value.Date(ArticleDate.parse(node.getValue(), dialect.profile()));
        } catch (IllegalArgumentException e) {
          // not a real date (2025-02-30): it stays text; a date field reports it
        }
      }
      return new Value.Text(node.getValue());
    }
    scalarText.putIfAbsent(path, node.getValue());
    try {
      if (Tag.NULL.equals(tag)) {
        return Value.Null.INSTANCE;
      } else if (Tag.BOOL.equals(tag)) {
        return new Value.Bool((Boolean) SCALARS.get(Tag.BOOL).construct(node));
      } else if (Tag.INT.equals(tag)) {
        Number n = (Number) SCALARS.get(Tag.INT).construct(node);
        return new Value.Int(n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue()));
      } else if (Tag.FLOAT.equals(tag)) {
        return new Value.Decimal(((Number) SCALARS.get(Tag.FLOAT).construct(node)).doubleValue());
      }
    } catch (RuntimeException e) {
      error("yaml-syntax", path, offset(node), "expected " + tagName(tag) + " but found "
          + Problem.quote(node.getValue()));
      return Value.Null.INSTANCE;
    }
    return unknownTag(node, path);
  }

  /**
   * Whether a scalar is Unicode text: a double-quoted one may escape half a surrogate pair
   * ({@code "\\uD800"}), which no UTF-8 file can hold and every writer would turn into
   * {@code ?}. A pair of escapes ({@code "\\uD83D\\uDE00"}) is one character, as in JSON.
   * The text around the escapes has none: {@code Utf8} refuses them first.
   */
  private boolean unicode(ScalarNode node, String path, String what) {
    if (node.getScalarStyle() != ScalarStyle.DOUBLE_QUOTED) {
      return true;
    }
    int at = Utf8.loneSurrogate(node.getValue());
    if (at < 0) {
      return true;
    }
    error("encoding", path, offset(node), "expected " + what + " of Unicode characters but"
        + " found an escape of " + Utf8.loneSurrogateName(node.getValue().charAt(at)));
    return false;
  }

  /** js-yaml's binary integer: an optional sign, {@code 0b}, one or more binary digits. */
  private static boolean isBinary(String v) {
    int i = v.startsWith("-") || v.startsWith("+") ? 1 : 0;
    if (!v.startsWith("0b", i) || v.length() == i + 2) {
      return false;
    }
    for (int k = i + 2; k < v.length(); k++) {
      if (v.charAt(k) != '0' && v.charAt(k) != '1') {
        return false;
      }
    }
    return true;
  }

  /**
   * yyyy-MM-dd at the start (yyyy-M-d outside Hugo, whose timestamps have one-digit months
   * and days): the cheap test before trying to read a date.
   */
  private boolean looksLikeDate(String v) {
    if (dialect.profile() != io.github.frontmatter.articles.Profile.HUGO) {
      return v.length() >= 8 && v.length() <= 64 && v.charAt(4) == '-'
          && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(3))
          && Character.isDigit(v.charAt(5));
    }
    return v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-'
        && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(3))
        && Character.isDigit(v.charAt(5)) && Character.isDigit(v.charAt(9));
  }

  private Value unknownTag(Node node, String path) {
    error("tag-unknown", path, offset(node), "expected a value without a tag, or with one of"
        + " !!str, !!int, !!float, !!bool, !!null, !!seq, !!map, but found the tag "
        + tagName(node.getTag()));
    return Value.Null.INSTANCE;
  }

  private static String tagName(Tag tag) {
    String v = tag.getValue();
    return v.startsWith(Tag.PREFIX) ? "!!" + v.substring(Tag.PREFIX.length()) : v;
  }

  private void count(Node node, int n) {
    guard.values(n, at(node.getStartMark()));
  }

  /**
   * Where a node or event starts, as snakeyaml-engine counts (code points from the start of
   * the block): what the guards take, without the cost of {@link #offset(Mark)} per value.
   */
  private static int at(Optional<Mark> mark) {
    return mark.isPresent() ? mark.get().getIndex() : 0;
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a sequence";
    }
    ScalarNode s = (ScalarNode) node;
    if (Tag.NULL.equals(s.getTag())) {
      return "null";
    }
    return "the scalar " + Problem.quote(s.getValue());
  }

  private int offset(Node node) {
    return node.getStartMark().map(this::offset).orElse(blockStart);
  }

  /** snakeyaml-engine counts code points; file offsets are UTF-16 indexes. */
  private int offset(Mark mark) {
    return offsetOfCodePoint(mark.getIndex());
  }

  private int offsetOfCodePoint(int codePointIndex) {
    int index = Math.min(codePointIndex, codePoints);
    return blockStart + (bmpOnly ? index : block.offsetByCodePoints(0, index));
  }

  private void error(String rule, String path, int offset, String message) {
    errors.add(src.problem(rule, Severity.ERROR, path, offset, Pointers.display(path) + message));
  }


  private ArticleException fail(String rule, int offset, String message) {
    errors.add(src.problem(rule, Severity.ERROR, "", offset, message));
    return new ArticleException(errors);
  }
}
