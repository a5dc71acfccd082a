package vn.loa.web.platform;

import java.util.Locale;

/** A form of communication ({@code GET /api/categories}), named in the page's language. */
public record Category(String code, String nameVi, String nameEn, int order, boolean active) {

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
  }
}
