package vn.loa.web.activity;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.loa.web.platform.ApiProblem;
import vn.loa.web.platform.LoaApi;

/**
 * {@code /activities/import}: many activities at once from a CSV or Excel file in the template's
 * columns — the template to download, the file sent to the API as it lies on disk, then the
 * import's page: its progress while the API reads it (the page looks again every two seconds,
 * without a script), what was recorded, and every refused row with its reasons in words.
 */
@Controller
@RequestMapping("/activities/import")
class ImportPages {

  /** How often a page of an import under way looks again, in seconds. */
  static final int LOOK_AGAIN = 2;

  private final LoaApi api;

  ImportPages(LoaApi api) {
    this.api = api;
  }

  @GetMapping
  String form() {
    return "activity/import";
  }

  @PostMapping
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      HttpServletResponse response) {
    ActivityImport started;
    try {
      started =
          api.upload(
              ActivityImport.class,
              file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
              file == null || file.getContentType() == null
                  ? "application/octet-stream"
                  : file.getContentType(),
              file == null
                  ? new org.springframework.core.io.ByteArrayResource(new byte[0])
                  : file.getResource(),
              "/api/activities/imports");
    } catch (ApiProblem refused) {
      if (!refused.aboutTheInput()) {
        throw refused;
      }
      response.setStatus(refused.status());
      model.addAttribute("problem", refused);
      return "activity/import";
    }
    return "redirect:/activities/import/" + started.id();
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    ActivityImport job = api.get(ActivityImport.class, "/api/activities/imports/{id}", id);
    model.addAttribute("job", job);
    if (job.underWay()) {
      model.addAttribute("lookAgain", LOOK_AGAIN);
    }
    return "activity/import-status";
  }
}
