package io.github.frontmatter.articles;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The menus a page belongs to, read from Hugo's {@code menu} field in any of its shapes:
 * a menu name ({@code menu: main}), a list of names ({@code menu: [main, footer]}) or a
 * mapping from menu name to entry properties ({@code menu: {main: {weight: 10}}}).
 *
 * @param entries menu name to the entry's properties (empty for the name and list shapes),
 *     in file order
 * @since 0.1.0
 */
public record Menu(Map<String, Map<String, Value>> entries) {

  /**
   * Copies the entries, keeping their order and rejecting null names or properties.
   *
   * @param entries menu name to the entry's properties (empty for the name and list shapes),
   *     in file order
   */
  public Menu {
    requireNonNull(entries, "entries must not be null");
    LinkedHashMap<String, Map<String, Value>> copy = new LinkedHashMap<>();
    entries.forEach((name, props) -> copy.put(
        requireNonNull(name, "menu names must not be null"),
        new Value.Mapping(requireNonNull(props, "entry properties must not be null"))
            .entries()));
    entries = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the menu names in file order.
   *
   * @return the menu names in file order
   */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }
}
