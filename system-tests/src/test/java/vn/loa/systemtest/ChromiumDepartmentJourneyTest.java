package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A department turns the city's directive into its own issued plan, in a real Chromium on the whole
 * system, on a desktop window: the officer of Sở Tư pháp finds decision 3041 among the directives
 * to implement, drafts the implementing plan from it (basis, coverage and reporting regime filled
 * in), is told beside the field what a duty lacks, saves the draft, is told that a plan is issued
 * only with its number, adds it and issues the plan; the duty becomes a task of its Văn phòng, and
 * the directive shows the plan that fulfils it. Screenshots in {@code target/screenshots/}.
 */
class ChromiumDepartmentJourneyTest {

  @Test
  void a_department_officer_turns_a_directive_into_an_issued_plan() {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    Chromium.journey(
        1280,
        900,
        browser -> {
          Chromium.signIn(browser, gateway, identity, "officer.stp");
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Việc cần làm"));
          String inbox =
              browser
                  .findElement(By.cssSelector("section[aria-labelledby=directives-heading]"))
                  .getText();
          assertThat(inbox).contains("3041/QĐ-UBND", "Quá hạn ban hành kế hoạch");
          browser.findElement(By.linkText("Xây dựng kế hoạch")).click();

          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Xây dựng kế hoạch"));
          assertThat(browser.findElement(By.id("basis-0-citation")).getAttribute("value"))
              .startsWith(
                  "Quyết định số 3041/QĐ-UBND ngày 26/7/2025 của Ủy ban nhân dân thành phố Hải"
                      + " Phòng về việc ban hành Kế hoạch tuyên truyền");
          assertThat(browser.findElement(By.id("coverageTo")).getAttribute("value"))
              .isEqualTo("2025-12-31");
          assertThat(
                  browser
                      .findElement(By.cssSelector("input[name=windows][value=QUARTERLY]"))
                      .isSelected())
              .isTrue();
          // The same form on a phone: one column, nothing wider than the screen.
          browser.manage().window().setSize(new Dimension(360, 800));
          Chromium.assertNoHorizontalScroll(browser);
          Chromium.wholePage(browser, "web-plan-form-360");
          browser.manage().window().setSize(new Dimension(1280, 900));
          browser
              .findElement(By.id("title"))
              .sendKeys("Tuyên truyền cải cách hành chính nhà nước 6 tháng cuối năm 2025");
          browser.findElement(By.id("purposes")).sendKeys("Nâng cao nhận thức của công chức");
          new Select(browser.findElement(By.id("assignments-0-unitId")))
              .selectByVisibleText("Văn phòng Sở Tư pháp");
          browser
              .findElement(By.id("assignments-0-duties"))
              .sendKeys("Đăng tin, bài về cải cách hành chính trên Cổng thông tin của Sở");
          // Due by a date, with no date: the API's reason, beside the field.
          new Select(browser.findElement(By.id("assignments-0-dueKind")))
              .selectByVisibleText("Có thời hạn");
          browser.findElement(By.cssSelector("button.primary")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.id("assignments-0-dueDate-error")));
          assertThat(
                  browser.findElement(By.id("assignments-0-dueDate")).getAttribute("aria-invalid"))
              .isEqualTo("true");
          assertThat(browser.findElement(By.id("title")).getAttribute("value"))
              .startsWith("Tuyên truyền cải cách hành chính");
          Chromium.wholePage(browser, "web-plan-refused-1280");
          Accessibility.check(browser, "the refused plan form");
          ((JavascriptExecutor) browser)
              .executeScript(
                  "document.getElementById('assignments-0-dueDate').value = '2025-12-15'");
          browser.findElement(By.cssSelector("button.primary")).click();
          Chromium.notice(browser, "Đã lưu dự thảo kế hoạch.", "web-plan-failed-1280");
          assertThat(browser.findElement(By.tagName("main")).getText())
              .contains("Dự thảo", "Văn phòng Sở Tư pháp", "đến 15/12/2025");

          // Issued without a number: the page says what is missing.
          browser.findElement(By.xpath("//button[text()='Ban hành']")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("form-problem")));
          assertThat(browser.findElement(By.id("form-problem")).getText())
              .contains("Chưa ban hành được kế hoạch", "Số");
          browser.findElement(By.linkText("Sửa dự thảo")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("number")))
              .sendKeys("15/KH-STP");
          browser.findElement(By.cssSelector("button.primary")).click();
          Chromium.notice(browser, "Đã lưu dự thảo kế hoạch.", "web-plan-failed-1280");
          browser.findElement(By.xpath("//button[text()='Ban hành']")).click();
          Chromium.notice(
              browser,
              "Đã ban hành kế hoạch. Nhiệm vụ được chuyển đến các đơn vị được giao.",
              "web-plan-failed-1280");

          // The duty becomes the Văn phòng's task once task-service has read the plan's event.
          String tasks = awaitTasks(browser);
          assertThat(tasks)
              .contains("Văn phòng Sở Tư pháp", "15/12/2025", "chủ trì", "Chưa thực hiện");
          Chromium.wholePage(browser, "web-plan-issued-1280");
          Accessibility.check(browser, "the issued plan");

          browser.get(gateway + "/directives");
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Văn bản chỉ đạo"));
          String row = browser.findElement(By.xpath("//tr[td[text()='3041/QĐ-UBND']]")).getText();
          assertThat(row).contains("Ban hành kế hoạch trễ hạn", "15/KH-STP");
          Chromium.wholePage(browser, "web-directives-1280");
          Accessibility.check(browser, "the directives");

          browser.findElement(By.linkText("Kế hoạch")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Kế hoạch của đơn vị"));
          assertThat(browser.findElement(By.id("main")).getText())
              .contains("Đã ban hành", "15/KH-STP", "Tuyên truyền cải cách hành chính nhà nước");
          Chromium.wholePage(browser, "web-plans-1280");
          Accessibility.check(browser, "the plans");
          Chromium.signOut(browser, identity);
        });
  }

  /** The plan page's tasks, read again (the wait polls) until the task service has made them. */
  private static String awaitTasks(WebDriver browser) {
    By tasks = By.cssSelector("section[aria-labelledby=tasks-heading]");
    return Chromium.await(browser)
        .until(
            b -> {
              String section = b.findElement(tasks).getText();
              if (section.contains("Văn phòng Sở Tư pháp")) {
                return section;
              }
              b.navigate().refresh();
              return null;
            });
  }
}
