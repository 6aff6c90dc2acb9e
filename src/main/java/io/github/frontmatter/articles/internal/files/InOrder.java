package io.github.frontmatter.articles.internal.files;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Applies a function to each item of a list on an executor and streams the results in the
 * list's order, with at most {@code window} items submitted ahead of the consumer: the work
 * runs in parallel, but memory holds a bounded number of results, not all of them.
 */
public final class InOrder {
  private InOrder() {}

  /**
   * Returns the lazily computed results of {@code work} over {@code items}, in order.
   *
   * @param executor where the work runs; {@code null} runs it on the consumer's thread
   * @param window how many items may be in flight at once (at least 1)
   * @param onClose run when the stream is closed or its last result has been taken
   */
  public static <T, R> Stream<R> map(List<T> items, Function<T, R> work, Executor executor,
      int window, Runnable onClose) {
    Results<T, R> results = new Results<>(items, work, executor, Math.max(1, window), onClose);
    return StreamSupport.stream(
        Spliterators.spliterator(results, items.size(),
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED),
        false).onClose(results::close);
  }

  private static final class Results<T, R> implements Iterator<R> {
    private final List<T> items;
    private final Function<T, R> work;
    private final Executor executor;
    private final int window;
    private final Runnable onClose;
    private final ArrayDeque<CompletableFuture<R>> inFlight = new ArrayDeque<>();
    private int submitted;
    private int taken;
    private boolean closed;

    Results(List<T> items, Function<T, R> work, Executor executor, int window,
        Runnable onClose) {
      this.items = items;
      this.work = work;
      this.executor = executor;
      this.window = window;
      this.onClose = onClose;
    }

    @Override
    public boolean hasNext() {
      return !closed && taken < items.size();
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      R r;
      if (executor == null) {
        r = work.apply(items.get(taken));
      } else {
        while (submitted < items.size() && inFlight.size() < window) {
          T item = items.get(submitted++);
          inFlight.add(CompletableFuture.supplyAsync(() -> work.apply(item), executor));
        }
        r = join(inFlight.poll());
      }
      taken++;
      if (taken == items.size()) {
        close();
      }
      return r;
    }

    private static <R> R join(CompletableFuture<R> f) {
      try {
        return f.join();
      } catch (CompletionException | CancellationException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }

    void close() {
      if (closed) {
        return;
      }
      closed = true;
      for (CompletableFuture<R> f : inFlight) {
        f.cancel(false);
      }
      inFlight.clear();
      onClose.run();
    }
  }
}
