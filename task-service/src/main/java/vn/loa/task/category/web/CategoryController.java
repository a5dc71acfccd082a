package vn.loa.task.category.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.loa.task.category.Categories;
import vn.loa.task.category.Category;

@RestController
@RequestMapping("/api/categories")
class CategoryController {

  private final Categories categories;

  CategoryController(Categories categories) {
    this.categories = categories;
  }

  @GetMapping
  List<Category> list() {
    return categories.all();
  }
}
