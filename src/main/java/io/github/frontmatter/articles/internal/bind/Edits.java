package io.github.frontmatter.articles.internal.bind;

import io.github.frontmatter.articles.ArticleDate;
import io.github.frontmatter.articles.Format;
import io.github.frontmatter.articles.Value;
import io.github.frontmatter.articles.internal.bind.Shape.Kind;
import io.github.frontmatter.articles.internal.json.ValueJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The front-matter value a typed edit writes for a property, from the property's JSON form
 * (Jackson's serialization of the new value) and its shape, in the style of the value it
 * replaces where there is a choice: a date stays text if it was text (and in JSON, which has
 * no dates), a single item that was written without brackets stays so.
 */
public final class Edits {
  private Edits() {}

  /**
   * The value to write.
   *
   * @param node the JSON form of the new value, not null
   * @param shape its shape
   * @param old the value in the file now, or null
   * @param format the front matter's format
   * @return the value
   */
  public static Value value(JsonNode node, Shape shape, Value old, Format format) {
    if (node.isNull()) {
      return Value.Null.INSTANCE;
    }
    if (shape instanceof Shape.OptionalShape o) {
      return value(node, o.inner(), old, format);
    }
    if (shape instanceof Shape.EnumShape) {
      return new Value.Text(node.asString());
    }
    if (shape instanceof Shape.Scalar s) {
      return scalar(node, s.kind(), old, format);
    }
    if (shape instanceof Shape.ListShape l) {
      List<Value> items = new ArrayList<>();
      List<Value> olds = old instanceof Value.Sequence seq ? seq.items() : List.of();
      int i = 0;
      for (JsonNode item : node) {
        items.add(value(item, l.item(), i < olds.size() ? olds.get(i) : null, format));
        i++;
      }
      boolean single = old != null && !(old instanceof Value.Sequence) && items.size() == 1;
      return single ? items.get(0) : new Value.Sequence(items);
    }
    Map<String, Value> olds = old instanceof Value.Mapping m ? m.entries() : Map.of();
    LinkedHashMap<String, Value> entries = new LinkedHashMap<>();
    if (shape instanceof Shape.MapShape m) {
      node.properties().forEach(e -> entries.put(e.getKey(),
          value(e.getValue(), m.value(), olds.get(e.getKey()), format)));
      return new Value.Mapping(entries);
    }
    Shape.ObjectShape o = (Shape.ObjectShape) shape;
    for (Shape.Property p : o.properties()) {
      JsonNode v = node.get(p.name());
      if (v != null && !v.isNull()) { // absent and null read the same: nothing is written
        entries.put(p.name(), value(v, p.shape(), olds.get(p.name()), format));
      }
    }
    return new Value.Mapping(entries);
  }

  private static Value scalar(JsonNode node, Kind kind, Value old, Format format) {
    switch (kind) {
      case TEXT, URI:
        return new Value.Text(node.asString());
      case BOOLEAN:
        return new Value.Bool(node.booleanValue());
      case BYTE, SHORT, INT, LONG, BIG_INTEGER:
        return new Value.Int(node.bigIntegerValue());
      case FLOAT, DOUBLE, BIG_DECIMAL:
        return new Value.Decimal(node.doubleValue());
      case VALUE, ANY:
        return ValueJson.readValue(node);
      default:
        ArticleDate d = ArticleDate.parse(node.isObject() ? node.get("text").asString()
            : node.asString());
        boolean asText = old instanceof Value.Text || format == Format.JSON;
        return asText ? new Value.Text(d.text()) : new Value.Date(d);
    }
  }
}
