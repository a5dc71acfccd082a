package vn.loa.web.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the frame of every page shows — the system's name, the person's unit and role, the language
 * link, sign-out — and the page for a request the API refused: {@code 403} and {@code 404} in
 * words, never a raw problem; {@code 503} when the API cannot be reached.
 */
@ControllerAdvice(basePackages = "vn.loa.web")
class PageModel {

  private final LoaApi api;

  PageModel(LoaApi api) {
    this.api = api;
  }

  @ModelAttribute("frame")
  Frame frame(HttpServletRequest request, Locale locale) {
    SignedIn me = SignedIn.current();

    OrgUnit unit =
        api.find(OrgUnit.class, "/api/org-units/{id}", me.unitId())
            .orElse(new OrgUnit(me.unitId(), null, me.unitId(), null, null));
    String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
    String url =
        ServletUriComponentsBuilder.fromRequest(request)
            .replaceQueryParam("lang", other)
            .build()
            .toUriString();
    // Relative to the host: the page is served through the gateway under its own address.
    String path = url.replaceFirst("^[a-z]+://[^/]+", "");
    return new Frame(me, unit, path, "en".equals(locale.getLanguage()) ? "en" : "vi");
  }

  /**
   * The gateway's CSRF token for its sign-out form: the cookie {@code XSRF-TOKEN} the gateway
   * writes on its responses, which the browser sends with every request (the gateway forwards it
   * here). On a first page without it, the page's script takes it from the cookie at sign-out.
   */
  @ModelAttribute("gatewayCsrf")
  String gatewayCsrf(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (jakarta.servlet.http.Cookie c : request.getCookies()) {
        if ("XSRF-TOKEN".equals(c.getName())) {
          return c.getValue();
        }
      }
    }
    return "";
  }

  @ExceptionHandler(ApiProblem.class)
  String refused(
      ApiProblem problem,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale) {
    withFrame(model, request, locale);
    int status =
        switch (problem.status()) {
          case 401, 403, 404 -> problem.status();
          default -> problem.status() >= 500 ? 503 : problem.status();
        };
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("problem", problem);
    return "error/refused";
  }

  /**
   * The frame on a refusal page too (the person can sign out, go home, switch language), unless the
   * API cannot even name the person's unit.
   */
  private void withFrame(Model model, HttpServletRequest request, Locale locale) {
    model.addAttribute("gatewayCsrf", gatewayCsrf(request));
    try {
      model.addAttribute("frame", frame(request, locale));
    } catch (ApiProblem | ResourceAccessException noFrame) {
      // The page stands without it.
    }
  }

  @ExceptionHandler(ResourceAccessException.class)
  String unreachable(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    model.addAttribute("status", 503);
    return "error/refused";
  }

  @ExceptionHandler(NoResourceFoundException.class)
  String notFound(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.NOT_FOUND.value());
    model.addAttribute("status", 404);
    return "error/refused";
  }
}
