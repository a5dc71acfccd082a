package vn.loa.support.web;

import java.util.Collection;
import java.util.List;

/**
 * The values a field accepts, for a message ("phải là một trong các giá trị: …"): each is shown by
 * its label {@code label.<kind>.<VALUE>} of the service's bundle with the value a client sends
 * beside it — "chủ trì (LEAD), phối hợp (COOPERATING)" — so no message shows a bare code.
 *
 * @param kind the label family, e.g. {@code AssignmentRole}
 * @param values the accepted values, in the order shown
 */
public record Choices(String kind, List<String> values) {

  public Choices {
    values = List.copyOf(values);
  }

  /** The values of a list in its order, of any other collection sorted. */
  public static Choices of(String kind, Collection<String> values) {
    return new Choices(
        kind, values instanceof List<String> list ? list : values.stream().sorted().toList());
  }

  /** The values in the order given (for lists whose order means something). */
  public static Choices ordered(String kind, String... values) {
    return new Choices(kind, List.of(values));
  }

  @Override
  public String toString() {
    return String.join(", ", values);
  }
}
