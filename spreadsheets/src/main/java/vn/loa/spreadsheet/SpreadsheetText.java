package vn.loa.spreadsheet;

/**
 * Text that ends up in spreadsheets and XML documents: what a spreadsheet program would run as a
 * formula, and which characters XML cannot carry. Inputs refuse both; exports neutralise formulas
 * in every text cell, so data stored before the rule (or from another path) cannot run either.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /**
   * Whether a spreadsheet could read {@code value} as a formula: it starts with {@code =}, {@code
   * +}, {@code @}, a tab or carriage return, or {@code -} followed by something other than a space
   * or a digit ("- Phát thanh" and "-5" are text; "-A1" is not).
   */
  public static boolean looksLikeFormula(String value) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
      return true;
    }
    return first == '-'
        && value.length() > 1
        && !Character.isWhitespace(value.charAt(1))
        && !Character.isDigit(value.charAt(1));
  }

  /**
   * The text as a spreadsheet cell shows it but never runs it: a leading {@code '} where it could
   * be a formula.
   */
  public static String neutralize(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return risky ? "'" + value : value;
  }

  /**
   * Whether {@code value} holds a character that is no text: C0 controls other than tab, line feed
   * and carriage return, DEL, C1 controls, the non-characters U+FFFE and U+FFFF, or half of a
   * surrogate pair. None of them can be written into the XML of a Word or Excel document.
   */
  public static boolean hasControlCharacters(String value) {
    if (value == null) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || (c >= 0x7F && c <= 0x9F)
          || c == '\uFFFE'
          || c == '\uFFFF') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
