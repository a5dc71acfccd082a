package vn.loa.web.platform;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code @fields} in the templates: the element id of a form field and the API's message for it.
 * The API names a field as the JSON path it refused ({@code assignments[0].duties[1]}); a form
 * field that holds a list shows the first message about any of its items.
 */
@Component("fields")
public class Fields {

  /**
   * An id for a field's name: {@code assignments[0].duties} becomes {@code assignments-0-duties}.
   */
  public String id(String name) {
    return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }

  /** The message for {@code name} or for one of its items or parts, or {@code null}. */
  public String error(Map<String, String> errors, String name) {
    if (errors == null || errors.isEmpty()) {
      return null;
    }
    String exact = errors.get(name);
    if (exact != null) {
      return exact;
    }
    return errors.entrySet().stream()
        .filter(e -> e.getKey().startsWith(name + "[") || e.getKey().startsWith(name + "."))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
