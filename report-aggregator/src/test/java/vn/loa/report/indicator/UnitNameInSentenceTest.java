package vn.loa.report.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The title of a statistics table names its unit as a sentence does: type words small, agencies
 * capitalised.
 */
class UnitNameInSentenceTest {

  @Test
  void type_words_are_lower_case_and_agency_names_keep_their_capitals() {
    assertThat(IndicatorTable.inSentence("Thành phố Hải Phòng")).isEqualTo("thành phố Hải Phòng");
    assertThat(IndicatorTable.inSentence("Xã Kim Thành")).isEqualTo("xã Kim Thành");
    assertThat(IndicatorTable.inSentence("Đặc khu Cát Hải")).isEqualTo("đặc khu Cát Hải");
    assertThat(IndicatorTable.inSentence("Thị xã Kinh Môn")).isEqualTo("thị xã Kinh Môn");
    assertThat(IndicatorTable.inSentence("Sở Nội vụ")).isEqualTo("Sở Nội vụ");
    assertThat(IndicatorTable.inSentence("Văn phòng Ủy ban nhân dân thành phố"))
        .isEqualTo("Văn phòng Ủy ban nhân dân thành phố");
    assertThat(IndicatorTable.inSentence("Xã")).isEqualTo("Xã");
  }
}
