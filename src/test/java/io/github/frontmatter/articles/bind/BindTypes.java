package io.github.frontmatter.articles.bind;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Value;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The types the binding fixtures bind to, by the name in each fixture's {@code type.txt}. */
public final class BindTypes {
  private BindTypes() {}

  /** The status of a post. */
  public enum Status {
    draft,
    review,
    @JsonProperty("published") PUBLISHED
  }

  /** An author. */
  @JsonClassDescription("Who wrote the post")
  public record Author(
      @JsonPropertyDescription("Full name") String name,
      @JsonAlias("mail") Optional<String> email) {}

  /** The documented example: nested records, a list of objects, an enum, a date, an optional. */
  @JsonClassDescription("A blog post")
  public record Post(
      @JsonPropertyDescription("The title shown on the page") String title,
      LocalDate date,
      List<String> tags,
      Author author,
      List<Author> reviewers,
      Status status,
      Optional<Integer> weight,
      @JsonProperty("sidebar_position") Optional<Integer> sidebarPosition) {

    /** A copy with another title. */
    public Post withTitle(String title) {
      return new Post(title, date, tags, author, reviewers, status, weight, sidebarPosition);
    }

    /** A copy with other tags. */
    public Post withTags(List<String> tags) {
      return new Post(title, date, tags, author, reviewers, status, weight, sidebarPosition);
    }
  }

  /** Every supported Java type once. */
  public record Types(
      String text,
      boolean flag,
      byte b,
      short s,
      int i,
      long l,
      BigInteger big,
      float f,
      double d,
      BigDecimal dec,
      LocalDate day,
      LocalDateTime at,
      OffsetDateTime stamp,
      Instant instant,
      ArticleDate any,
      URI link,
      Value raw,
      Object obj,
      List<String> list,
      Set<String> set,
      Collection<Integer> numbers,
      Map<String, Integer> map,
      Optional<String> opt,
      OptionalInt count,
      Status status,
      Author nested,
      @JsonProperty("sidebar_position") int sidebarPosition) {}

  /** Bean Validation constraints. */
  public record Checked(
      @NotBlank String title,
      @Size(max = 3) List<@NotBlank String> tags,
      @Pattern(regexp = "[a-z-]+") String slug) {}

  /** The four fields every article has, for the corpus comparison. */
  public record Basic(
      Optional<String> title, Optional<ArticleDate> date, List<String> tags,
      Optional<Boolean> draft) {}

  /** A class with properties rather than a record. */
  public static final class Page {
    private String title = "untitled";
    @JsonProperty(required = true)
    public int order;

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    @Override
    public String toString() {
      return "Page[title=" + title + ", order=" + order + "]";
    }
  }

  /** The type named in a fixture. */
  public static Class<?> named(String name) {
    return switch (name) {
      case "Post" -> Post.class;
      case "Types" -> Types.class;
      case "Checked" -> Checked.class;
      case "Basic" -> Basic.class;
      case "Page" -> Page.class;
      case "Map" -> Map.class;
      default -> throw new IllegalArgumentException("no type " + name);
    };
  }
}
