package io.github.frontmatter.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The {@link Limits} value: defaults, withers, checks, and the parser that carries it. */
class LimitsTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    Limits d = Limits.defaults();
    assertThat(d.maxFileBytes()).isEqualTo(16 * 1024 * 1024);
    assertThat(d.maxFrontMatterBytes()).isEqualTo(256 * 1024);
    assertThat(d.maxBodyBytes()).isEqualTo(8 * 1024 * 1024);
    assertThat(d.maxDepth()).isEqualTo(200);
    assertThat(d.maxAliases()).isEqualTo(50);
    assertThat(d.maxValues()).isEqualTo(10_000);
    assertThat(d.maxScalarBytes()).isEqualTo(64 * 1024);
    assertThat(d.maxNumberLength()).isEqualTo(1_000);
    assertThat(ArticleParser.defaults().limits()).isEqualTo(d);
    assertThat(ArticleParser.builder().build().limits()).isSameAs(d);
  }

  @Test
  void withersReturnCopiesAndLeaveTheOriginalAlone() {
    Limits d = Limits.defaults();
    Limits l = d.withMaxFileBytes(1).withMaxFrontMatterBytes(2).withMaxBodyBytes(3)
        .withMaxDepth(4).withMaxAliases(5).withMaxValues(6).withMaxScalarBytes(7)
        .withMaxNumberLength(8);
    assertThat(l.toString()).isEqualTo("Limits[maxFileBytes=1, maxFrontMatterBytes=2,"
        + " maxBodyBytes=3, maxFrontMatterDepth=4, maxAliases=5, maxValues=6, maxScalarBytes=7,"
        + " maxNumberLength=8, maxBodyDepth=128, maxBodyNodes=500000, maxBodyBlockLines=5000,"
        + " maxBodyTextPieces=5000,"
        + " maxHtmlBytes=33554432]");
    assertThat(d).isEqualTo(Limits.defaults());
    assertThat(d.maxDepth()).isEqualTo(200);
    assertThat(l).isNotEqualTo(d).isEqualTo(d.withMaxFileBytes(1).withMaxFrontMatterBytes(2)
        .withMaxBodyBytes(3).withMaxDepth(4).withMaxAliases(5).withMaxValues(6)
        .withMaxScalarBytes(7).withMaxNumberLength(8));
    assertThat(l.hashCode()).isEqualTo(d.withMaxFileBytes(1).withMaxFrontMatterBytes(2)
        .withMaxBodyBytes(3).withMaxDepth(4).withMaxAliases(5).withMaxValues(6)
        .withMaxScalarBytes(7).withMaxNumberLength(8).hashCode());
    ArticleParser p = ArticleParser.builder().limits(l).build();
    assertThat(p.limits()).isSameAs(l);
  }

  @Test
  void valuesOutOfRangeAreRefused() {
    Limits d = Limits.defaults();
    assertThatThrownBy(() -> d.withMaxDepth(Limits.MAX_DEPTH_CEILING + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be from 1 to 400 but was 401");
    assertThatThrownBy(() -> d.withMaxDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxFileBytes(0))
        .hasMessage("maxFileBytes must be from 1 to 2,147,483,639 but was 0");
    assertThatThrownBy(() -> d.withMaxFileBytes(Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxValues(-1))
        .hasMessage("maxValues must be from 0 to 2,147,483,647 but was -1");
    assertThatThrownBy(() -> d.withMaxNumberLength(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleParser.builder().limits(null))
        .isInstanceOf(NullPointerException.class).hasMessage("limits must not be null");
    // zero is a usable limit where it means "none at all"
    ArticleParser noAliases = ArticleParser.builder().limits(d.withMaxAliases(0)).build();
    assertThatThrownBy(() -> noAliases.parse("---\na: &a 1\nb: *a\n---\n", "a.md"))
        .isInstanceOf(ArticleException.class).hasMessageContaining("[limit-aliases]");
  }

  @Test
  void eachLimitIsAppliedExactlyAtItsValue() {
    String file = "---\ntitle: abcd\nn: 12345\n---\nbody\n"; // block 21 bytes, body 5
    int bytes = file.length();
    Limits exact = Limits.defaults().withMaxFileBytes(bytes).withMaxFrontMatterBytes(21)
        .withMaxBodyBytes(5).withMaxDepth(1).withMaxValues(2).withMaxScalarBytes(5)
        .withMaxNumberLength(5);
    assertThat(ArticleParser.builder().limits(exact).build().parse(file, "a.md").title())
        .contains("abcd");
    assertRule(exact.withMaxFileBytes(bytes - 1), file, "limit-file-bytes");
    assertRule(exact.withMaxFrontMatterBytes(20), file, "limit-front-matter-bytes");
    assertRule(exact.withMaxBodyBytes(4), file, "limit-body-bytes");
    assertRule(exact.withMaxValues(1), file, "limit-values");
    assertRule(exact.withMaxScalarBytes(3), file, "limit-scalar-bytes");
    assertRule(exact.withMaxNumberLength(4), file, "limit-number-length");
    assertRule(exact, "---\na: [1]\n---\n", "limit-depth");
  }

  @Test
  void utf8BytesAreCountedNotChars() {
    // "é" is one char and two bytes; "😀" is two chars and four bytes
    String file = "---\nt: é😀\n---\n"; // block: "t: é😀\n" = 3 + 2 + 4 + 1 bytes
    Limits l = Limits.defaults().withMaxFrontMatterBytes(10).withMaxScalarBytes(6);
    assertThat(ArticleParser.builder().limits(l).build().parse(file, "a.md")
        .frontMatter().values()).containsKey("t");
    assertRule(l.withMaxFrontMatterBytes(9), file, "limit-front-matter-bytes");
    assertRule(l.withMaxScalarBytes(5), file, "limit-scalar-bytes");
    // 15 chars, 18 bytes
    assertRule(l.withMaxFileBytes(file.length() + 2), file, "limit-file-bytes");
  }

  @Test
  void frontMatterDepthHasItsOwnNameAndTheOldOneStillWorks() {
    Limits d = Limits.defaults();
    assertThat(d.maxFrontMatterDepth()).isEqualTo(200);
    assertThat(d.withMaxFrontMatterDepth(7)).isEqualTo(d.withMaxDepth(7));
    assertThat(d.withMaxDepth(7).maxFrontMatterDepth()).isEqualTo(7);
    assertThat(d.withMaxFrontMatterDepth(7).maxDepth()).isEqualTo(7);
    assertThatThrownBy(() -> d.withMaxFrontMatterDepth(Limits.MAX_DEPTH_CEILING + 1))
        .hasMessage("maxFrontMatterDepth must be from 1 to 400 but was 401");
    assertRule(d.withMaxFrontMatterDepth(1), "---\na: [1]\n---\n", "limit-depth");
  }

  @Test
  void bodyDepthIsOneOfTheLimits() {
    String front = "---\ntitle: t\n---\n";
    assertThat(Limits.defaults().maxBodyDepth()).isEqualTo(128);
    assertThatThrownBy(() -> Limits.defaults().withMaxBodyDepth(0))
        .hasMessage("maxBodyDepth must be from 1 to 2,147,483,647 but was 0");
    ArticleParser p = ArticleParser.builder()
        .limits(Limits.defaults().withMaxBodyDepth(4)).build();
    assertThat(p.limits().maxBodyDepth()).isEqualTo(4);
    // depth 4 is allowed: quote, quote, paragraph, text
    assertThat(p.parse(front + "> > a\n", "a.md").body()).isNotNull();
    assertThatThrownBy(() -> p.parse(front + "> > > a\n", "a.md").body())
        .isInstanceOf(ArticleException.class)
        .hasMessageContaining("at most 4 levels").hasMessageContaining("[limit-body-depth]");
  }

  @Test
  @SuppressWarnings("deprecation")
  void theDeprecatedBuilderMethodSetsTheBodyDepthInTheLimits() {
    String front = "---\ntitle: t\n---\n";
    ArticleParser p = ArticleParser.builder().maxBodyDepth(4).build();
    assertThat(p.limits()).isEqualTo(Limits.defaults().withMaxBodyDepth(4));
    assertThat(p.maxBodyDepth()).isEqualTo(4);
    assertThatThrownBy(() -> p.parse(front + "> > > a\n", "a.md").body())
        .isInstanceOf(ArticleException.class)
        .hasMessageContaining("at most 4 levels").hasMessageContaining("[limit-body-depth]");
    // a later limits(...) replaces the whole set, the body depth with it
    assertThat(ArticleParser.builder().maxBodyDepth(4).limits(Limits.defaults()).build()
        .limits().maxBodyDepth()).isEqualTo(128);
  }

  private static void assertRule(Limits limits, String file, String rule) {
    ArticleParser p = ArticleParser.builder().limits(limits).build();
    assertThatThrownBy(() -> p.parse(file, "a.md")).isInstanceOf(ArticleException.class)
        .satisfies(e -> assertThat(((ArticleException) e).problems())
            .extracting(Problem::rule).isNotEmpty().containsOnly(rule));
  }
}
