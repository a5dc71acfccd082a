package vn.loa.task.activity.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an import file: Vietnamese headers as in the template (the field names work too).
 */
enum ImportColumns {
  UNIT("Mã đơn vị", "unitId", true),
  CATEGORY("Hình thức", "category", true),
  DATE("Ngày thực hiện", "occurredOn", true),
  TITLE("Nội dung", "title", true),
  QUANTITY("Số lượng", "quantity", true),
  PARTICIPANTS("Số lượt người", "participants", false),
  OUTLET("Kênh, cơ quan đăng phát", "outlet", false),
  EVIDENCE("Minh chứng (URL)", "evidence", false),
  TASK("Mã nhiệm vụ", "taskId", false),
  PLAN("Mã kế hoạch", "planId", false);

  final String header;
  final String field;
  final boolean required;

  ImportColumns(String header, String field, boolean required) {
    this.header = header;
    this.field = field;
    this.required = required;
  }

  static String normalise(String header) {
    return Normalizer.normalize(header == null ? "" : header.strip(), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }

  static Optional<ImportColumns> of(String header) {
    String h = normalise(header);
    for (ImportColumns c : values()) {
      if (normalise(c.header).equals(h) || normalise(c.field).equals(h)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Where each column is in a header row, and which required ones are missing. */
  record Layout(Map<ImportColumns, Integer> index, List<String> missing) {}

  static Layout layout(List<String> headers) {
    Map<ImportColumns, Integer> index = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      int at = i;
      of(headers.get(i)).ifPresent(c -> index.putIfAbsent(c, at));
    }
    List<String> missing = new ArrayList<>();
    for (ImportColumns c : values()) {
      if (c.required && !index.containsKey(c)) {
        missing.add(c.header);
      }
    }
    return new Layout(index, missing);
  }
}
