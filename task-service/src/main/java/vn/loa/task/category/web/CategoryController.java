package vn.loa.task.category.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.contracts.identity.Role;
import vn.loa.support.security.Access;
import vn.loa.support.web.IfMatch;
import vn.loa.task.category.Categories;
import vn.loa.task.category.Category;

@Tag(name = "Hình thức tuyên truyền", description = "Activity categories")
@RestController
@RequestMapping("/api/categories")
class CategoryController {

  private final Categories categories;
  private final Access access;

  CategoryController(Categories categories, Access access) {
    this.categories = categories;
    this.access = access;
  }

  @Operation(summary = "Danh sách hình thức tuyên truyền")
  @GetMapping
  List<Category> list() {
    return categories.all();
  }

  @Operation(summary = "Thêm một hình thức tuyên truyền")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Category> add(@RequestBody Categories.NewCategory category) {
    access.requireRole(Role.CITY_ADMIN);
    Category added = categories.add(category);
    return ResponseEntity.created(URI.create("/api/categories/" + added.code()))
        .eTag(IfMatch.etag(added.version()))
        .body(added);
  }

  /** Renames, retires ({@code active: false}) or restores a category. */
  @Operation(summary = "Sửa tên hoặc ngừng dùng một hình thức tuyên truyền")
  @PatchMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Category> change(
      @PathVariable String code,
      @RequestBody Categories.Change change,
      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
    access.requireRole(Role.CITY_ADMIN);
    Category changed = categories.change(code, change, IfMatch.required(ifMatch));
    return ResponseEntity.ok().eTag(IfMatch.etag(changed.version())).body(changed);
  }
}
