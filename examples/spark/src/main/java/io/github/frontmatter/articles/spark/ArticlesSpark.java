package io.github.frontmatter.articles.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import io.github.frontmatter.articles.spark.ArticleRows.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads Markdown articles into a Spark table with the Articles library: one row per file, in
 * the schema {@link ArticleRows#SCHEMA} (see docs/spark.md).
 *
 * <pre>{@code
 * Dataset<Row> articles = ArticlesSpark.parse(spark, "hdfs:///sites/{blog,docs}/content");
 * articles.where("rejected").select("path", "problems").show();
 * ArticlesSpark.summary(articles).show();
 * }</pre>
 *
 * <p>Files are read with Spark's {@code binaryFile} source ({@code recursiveFileLookup},
 * {@code pathGlobFilter}). That source silently leaves out two kinds of files, which this
 * class reads itself so that every matching file gets exactly one row: files or folders
 * whose name starts with {@code _} or {@code .} (Spark takes them for hidden or metadata
 * files; Hugo's {@code _index.md} and Jekyll's {@code _posts/} are articles), and empty files.
 * It lists the input once more with Hadoop's {@code FileSystem} on the driver to find them,
 * and reads them in a small Spark job of their own.
 *
 * <p>Parsing is lenient: a file the library rejects becomes a row with {@code rejected =
 * true} and its problems; a task never fails because of a file's content.
 */
public final class ArticlesSpark {
  /** The default file filter: Markdown files, {@code *.md} and {@code *.markdown}. */
  public static final String DEFAULT_FILE_FILTER = "*.{md,markdown}";

  /** The columns of Spark's {@code binaryFile} source, which {@link #rowMapper} reads. */
  public static final StructType BINARY_FILE_SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("modificationTime", DataTypes.TimestampType, false),
      DataTypes.createStructField("length", DataTypes.LongType, false),
      DataTypes.createStructField("content", DataTypes.BinaryType, true),
  });

  private ArticlesSpark() {}

  /**
   * Reads every {@code *.md} and {@code *.markdown} file under {@code pathOrGlob} (folders
   * are searched recursively) into a table of articles.
   *
   * @param pathOrGlob a file, a folder or a Hadoop glob ({@code
   *     s3a://b/sites/{blog,docs}/content})
   */
  public static Dataset<Row> parse(SparkSession spark, String pathOrGlob) {
    return parse(spark, pathOrGlob, DEFAULT_FILE_FILTER, Validation.BUILT_IN_RULES);
  }

  /**
   * Reads the files under {@code pathOrGlob} whose names match {@code fileFilter} into a table
   * of articles.
   *
   * @param fileFilter a Hadoop glob on file names, as {@code binaryFile}'s {@code
   *     pathGlobFilter} ({@code *.{md,markdown}}, {@code *.txt})
   * @param validation which of the library's validations to run
   */
  public static Dataset<Row> parse(SparkSession spark, String pathOrGlob, String fileFilter,
      Validation validation) {
    return parseFiles(readFiles(spark, pathOrGlob, fileFilter), validation);
  }

  /**
   * Turns a table in the {@code binaryFile} shape (at least {@code path} and {@code content})
   * into a table of articles.
   */
  public static Dataset<Row> parseFiles(Dataset<Row> files, Validation validation) {
    return files.mapPartitions(rowMapper(validation), encoder());
  }

  /**
   * Returns the function {@link #parseFiles} maps partitions with, for use in your own
   * pipelines: it takes rows with a {@code path} string (as {@code binaryFile} gives it) and a
   * {@code content} binary column, and returns rows of {@link ArticleRows#SCHEMA}. Pair it
   * with {@link #encoder()}.
   */
  public static MapPartitionsFunction<Row, Row> rowMapper(Validation validation) {
    return new RowMapper(validation);
  }

  /**
   * Returns the encoder of {@link ArticleRows#SCHEMA}. It is lenient, as {@code
   * createDataFrame} is: timestamps may be {@code java.time.Instant} or {@code
   * java.sql.Timestamp} whatever {@code spark.sql.datetime.java8API.enabled} says. Arrays
   * must be Scala sequences, as in the rows {@link ArticleRows#toRow} makes.
   */
  public static Encoder<Row> encoder() {
    return RowEncoder.encoderFor(ArticleRows.SCHEMA, true);
  }

  /**
   * Lists and reads the files under {@code pathOrGlob} whose names match {@code fileFilter}:
   * a table in the {@code binaryFile} shape ({@code path, modificationTime, length,
   * content}), one row per file, including the files {@code binaryFile} leaves out (names
   * starting with {@code _} or {@code .}, empty files).
   */
  public static Dataset<Row> readFiles(SparkSession spark, String pathOrGlob,
      String fileFilter) {
    Dataset<Row> bySpark = spark.read().format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", fileFilter)
        .load(pathOrGlob);
    Set<String> listedBySpark = new HashSet<>();
    for (String file : bySpark.inputFiles()) {
      listedBySpark.add(key(file));
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> skipped = new ArrayList<>();
    long skippedBytes = 0;
    for (FileStatus status : list(conf, pathOrGlob, fileFilter)) {
      if (status.getLen() == 0 || !listedBySpark.contains(key(status.getPath()))) {
        skipped.add(RowFactory.create(status.getPath().toString(),
            new Timestamp(status.getModificationTime()), status.getLen()));
        skippedBytes += status.getLen();
      }
    }
    // binaryFile gives no row for an empty file (its scan skips them): they all come below
    Dataset<Row> read = bySpark.where(col("length").gt(0));
    if (skipped.isEmpty()) {
      return read;
    }
    int slices = slices(spark, skipped.size(), skippedBytes);
    JavaRDD<Row> listed = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(skipped, slices);
    StructType listedSchema = new StructType(new StructField[] {
        BINARY_FILE_SCHEMA.fields()[0], BINARY_FILE_SCHEMA.fields()[1],
        BINARY_FILE_SCHEMA.fields()[2]});
    Dataset<Row> rest = spark.createDataFrame(listed, listedSchema)
        .mapPartitions(new ContentReader(settings(conf)),
            RowEncoder.encoderFor(BINARY_FILE_SCHEMA, true));
    return read.unionByName(rest);
  }

  /**
   * Counts problems per severity and rule across {@code articles}: columns {@code severity},
   * {@code rule}, {@code problems} (how many), {@code files} (in how many files). Rows with a
   * null {@code rule} are the totals of a severity, the row with both null the grand total
   * (a {@code rollup}). Sorted: errors first, then rules by name.
   */
  public static Dataset<Row> summary(Dataset<Row> articles) {
    return articles.select(col("path"), explode(col("problems")).as("p"))
        .select(col("path"), col("p.severity").as("severity"), col("p.rule").as("rule"))
        .rollup("severity", "rule")
        .agg(count(lit(1)).as("problems"), countDistinct("path").as("files"))
        .orderBy(col("severity").asc_nulls_last(), col("rule").asc_nulls_last());
  }

  /**
   * Formats {@link #summary} rows (collected) as a text table, with the number of files and
   * of rejected files first; a null {@code rule} or {@code severity} prints as {@code (all)}.
   */
  public static String formatSummary(List<Row> summary, long files, long rejected) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d files, %d rejected%n", files, rejected));
    int ruleWidth = "rule".length();
    for (Row r : summary) {
      ruleWidth = Math.max(ruleWidth, label(r, 1).length());
    }
    String format = "%-8s  %-" + ruleWidth + "s  %8s  %6s%n";
    out.append(String.format(format, "severity", "rule", "problems", "files"));
    for (Row r : summary) {
      out.append(String.format(format, label(r, 0), label(r, 1), r.getLong(2), r.getLong(3)));
    }
    return out.toString();
  }

  private static String label(Row r, int i) {
    return r.isNullAt(i) ? "(all)" : r.getString(i);
  }

  /**
   * Lists the files the input names, recursively, as Hadoop sees them: nothing hidden. A
   * breadth-first walk with {@code listStatus}, one call per folder as Spark's own listing
   * makes: {@code listFiles(path, true)} would build a {@code LocatedFileStatus} per file, and
   * on the local file system that runs a process per file to read its permissions (20 s for
   * the 2,944 files of the test corpus, against 0.3 s for this walk).
   */
  static List<FileStatus> list(Configuration conf, String pathOrGlob, String fileFilter) {
    try {
      Path input = new Path(pathOrGlob);
      FileSystem fs = input.getFileSystem(conf);
      GlobFilter names = new GlobFilter(fileFilter);
      FileStatus[] matches = fs.globStatus(input);
      List<FileStatus> files = new ArrayList<>();
      if (matches == null) {
        return files;
      }
      ArrayDeque<Path> folders = new ArrayDeque<>();
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          folders.add(match.getPath());
        } else if (names.accept(match.getPath())) {
          files.add(match);
        }
      }
      while (!folders.isEmpty()) {
        for (FileStatus status : fs.listStatus(folders.poll())) {
          if (status.isDirectory()) {
            folders.add(status.getPath());
          } else if (status.isFile() && names.accept(status.getPath())) {
            files.add(status);
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pathOrGlob, e);
    }
  }

  /** A file's identity whatever its spelling: scheme, authority and decoded path. */
  static String key(String uri) {
    try {
      return key(new URI(uri));
    } catch (URISyntaxException e) {
      return key(new Path(uri).toUri());
    }
  }

  private static String key(Path path) {
    return key(path.toUri());
  }

  private static String key(URI uri) {
    String authority = uri.getAuthority() == null ? "" : uri.getAuthority();
    return uri.getScheme() + "|" + authority + "|" + uri.getPath();
  }

  /** As many slices as Spark would make partitions: maxPartitionBytes, openCostInBytes. */
  private static int slices(SparkSession spark, int files, long bytes) {
    long maxPartitionBytes = JavaUtils.byteStringAsBytes(
        spark.conf().get("spark.sql.files.maxPartitionBytes", "128m"));
    long openCost = JavaUtils.byteStringAsBytes(
        spark.conf().get("spark.sql.files.openCostInBytes", "4m"));
    long total = bytes + files * openCost;
    int parallelism = spark.sparkContext().defaultParallelism();
    long byBytes = (total + maxPartitionBytes - 1) / maxPartitionBytes;
    return (int) Math.max(1, Math.min(files, Math.max(parallelism, byBytes)));
  }

  private static Map<String, String> settings(Configuration conf) {
    Map<String, String> settings = new HashMap<>();
    for (Map.Entry<String, String> e : conf) {
      settings.put(e.getKey(), e.getValue());
    }
    return settings;
  }

  /** Parses each file of a partition; see {@link #rowMapper}. */
  private static final class RowMapper implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Validation validation;

    RowMapper(Validation validation) {
      this.validation = validation;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
      return new Iterator<>() {
        private int pathIndex = -1;
        private int contentIndex = -1;

        @Override
        public boolean hasNext() {
          return files.hasNext();
        }

        @Override
        public Row next() {
          Row file = files.next();
          if (pathIndex < 0) {
            pathIndex = file.fieldIndex("path");
            contentIndex = file.fieldIndex("content");
          }
          byte[] content = file.isNullAt(contentIndex) ? new byte[0]
              : (byte[]) file.get(contentIndex);
          return ArticleRows.toRow(file.getString(pathIndex), content, validation.parser());
        }
      };
    }
  }

  /** Reads the content of listed files with Hadoop's FileSystem, as binaryFile does. */
  private static final class ContentReader implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> settings;

    ContentReader(Map<String, String> settings) {
      this.settings = new HashMap<>(settings);
    }

    @Override
    public Iterator<Row> call(Iterator<Row> listed) {
      Configuration conf = new Configuration(false);
      settings.forEach(conf::set);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return listed.hasNext();
        }

        @Override
        public Row next() {
          Row r = listed.next();
          Path path = new Path(r.getString(0));
          byte[] content;
          try (InputStream in = path.getFileSystem(conf).open(path)) {
            content = in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
          }
          return RowFactory.create(r.getString(0), r.get(1), (long) content.length, content);
        }
      };
    }
  }
}
