package vn.loa.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each field the API refuses lands beside the input the person typed it in. */
class PlanFormTest {

  @Test
  void the_apis_field_names_are_the_forms_fields() {
    assertThat(PlanForm.fieldOf("coverage")).isEqualTo("coverageFrom");
    assertThat(PlanForm.fieldOf("coverage.from")).isEqualTo("coverageFrom");
    assertThat(PlanForm.fieldOf("coverage.to")).isEqualTo("coverageTo");
    assertThat(PlanForm.fieldOf("signer.authority")).isEqualTo("signerAuthority");
    assertThat(PlanForm.fieldOf("assignments[3].due")).isEqualTo("assignments[3].dueKind");
    assertThat(PlanForm.fieldOf("assignments[3].due.kind")).isEqualTo("assignments[3].dueKind");
    assertThat(PlanForm.fieldOf("assignments[3].due.date")).isEqualTo("assignments[3].dueDate");
    assertThat(PlanForm.fieldOf("assignments[3].due.every")).isEqualTo("assignments[3].dueEvery");
    assertThat(PlanForm.fieldOf("assignments[3].duties[1]")).isEqualTo("assignments[3].duties[1]");
    assertThat(PlanForm.fieldOf("reporting.deadlineRule.days")).isEqualTo("deadlineDay");
    assertThat(PlanForm.fieldOf("reporting.deadlineRule.kind")).isEqualTo("deadlineKind");
    assertThat(PlanForm.fieldOf("reporting.deadlineRule.wording")).isEqualTo("deadlineWording");
    assertThat(PlanForm.fieldOf("reporting.recipients[0]")).isEqualTo("reportingRecipients");
    assertThat(PlanForm.fieldOf("reporting.windows[1]")).isEqualTo("windows");
    assertThat(PlanForm.fieldOf("reporting.owedBy[0]")).isEqualTo("owedBy");
    assertThat(PlanForm.fieldOf("title")).isEqualTo("title");
  }

  @Test
  void two_messages_for_one_field_show_the_first() {
    Map<String, String> api = new LinkedHashMap<>();
    api.put("coverage", "Thời gian thực hiện là bắt buộc.");
    api.put("coverage.from", "Ngày bắt đầu là bắt buộc.");
    assertThat(PlanForm.errors(api))
        .containsExactly(Map.entry("coverageFrom", "Thời gian thực hiện là bắt buộc."));
  }
}
