package io.github.frontmatter.articles.internal.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A stack overflow that something wrapped on its way out (the fuzzer's hooks on regular
 * expressions do) is still reported as {@code limit-body-stack}; anything else is not taken
 * for one.
 */
class OverflowedTest {
  @Test
  void aStackOverflowIsFoundUnderItsWrappers() {
    assertThat(BodyGuard.overflowed(new StackOverflowError())).isTrue();
    assertThat(BodyGuard.overflowed(new RuntimeException("hook", new StackOverflowError())))
        .isTrue();
    assertThat(BodyGuard.overflowed(new IllegalStateException(
        new RuntimeException(new StackOverflowError())))).isTrue();
  }

  @Test
  void otherFailuresAreNotOverflows() {
    assertThat(BodyGuard.overflowed(new IllegalStateException("x"))).isFalse();
    assertThat(BodyGuard.overflowed(new RuntimeException(new OutOfMemoryError()))).isFalse();
    Throwable deep = new StackOverflowError();
    for (int i = 0; i < 8; i++) {
      deep = new RuntimeException(deep);
    }
    assertThat(BodyGuard.overflowed(deep)).as("more than eight wrappers deep").isFalse();
  }
}
