package vn.loa.web.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/**
 * Codes of the API in words for the pages ({@code @words} in the templates): reporting windows
 * ("Quý III năm 2025"), categories by their names, the days left until a date, the current quarter.
 * Nothing a person reads is a raw code.
 */
@Component("words")
public class Words {

  private static final Pattern WINDOW = Pattern.compile("(\\d{4})(?:(Q|S|M)(\\d{1,2}))?");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  private final MessageSource messages;
  private final LoaApi api;
  private final Clock clock;

  Words(MessageSource messages, LoaApi api, Clock clock) {
    this.messages = messages;
    this.api = api;
    this.clock = clock;
  }

  /** {@code 2025Q3} → "Quý III năm 2025", {@code 2025S1} → "6 tháng đầu năm 2025", … */
  public String window(String code) {
    Locale locale = LocaleContextHolder.getLocale();
    Matcher m = code == null ? null : WINDOW.matcher(code);
    if (m == null || !m.matches()) {
      return code;
    }
    String year = m.group(1);
    if (m.group(2) == null) {
      return messages.getMessage("window.year", new Object[] {year}, locale);
    }
    int n = Integer.parseInt(m.group(3));
    return switch (m.group(2)) {
      case "Q" -> messages.getMessage("window.quarter", new Object[] {ROMAN[n - 1], year}, locale);
      case "S" ->
          messages.getMessage(
              "window.half",
              new Object[] {messages.getMessage("window.half." + n, null, locale), year},
              locale);
      default -> messages.getMessage("window.month", new Object[] {n, year}, locale);
    };
  }

  /** An instant as the time and date in Vietnam: {@code 12:09:36 02/12/2026}. */
  public String time(java.time.temporal.TemporalAccessor instant) {
    if (instant == null) {
      return "";
    }
    return java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
        .withZone(clock.getZone())
        .format(
            instant instanceof java.time.OffsetDateTime o
                ? o.toInstant()
                : java.time.Instant.from(instant));
  }

  /** Days from today to {@code date}: negative when it has passed. */
  public long daysUntil(LocalDate date) {
    return ChronoUnit.DAYS.between(today(), date);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The calendar quarter of today, as the API names it ({@code 2026Q4}). */
  public String currentQuarter() {
    LocalDate today = today();
    return today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
  }

  /** The first day of the current quarter. */
  public LocalDate quarterStart() {
    LocalDate today = today();
    return LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1);
  }

  /** The categories, in their order, by code. */
  public Map<String, Category> categories() {
    return api.list(new ParameterizedTypeReference<List<Category>>() {}, "/api/categories").stream()
        .sorted(java.util.Comparator.comparingInt(Category::order))
        .collect(
            Collectors.toMap(
                Category::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  /** The name of category {@code code} in the page's language (the code if it is unknown). */
  public String category(Map<String, Category> categories, String code) {
    Category c = categories.get(code);
    return c == null ? code : c.name(LocaleContextHolder.getLocale());
  }
}
