package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A periodic report from the commune to the department that takes it in, in a real Chromium on the
 * whole system: the officer of xã An Hưng writes the Q3/2025 report over the figures drafted from
 * the window and submits it; Sở VHTTDL, one of its receivers, returns it with a reason; the commune
 * sees the reason on its to-do page, completes the report and submits it again; the department
 * takes it in. Screenshots in {@code target/screenshots/}.
 */
class ChromiumReportJourneyTest {

  private static final String REPORT = "/reports/r-hp-x001-2025Q3";

  @Test
  void a_commune_submits_its_report_the_department_returns_it_then_takes_it_in() {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    Chromium.journey(
        360,
        800,
        browser -> {
          Chromium.signIn(browser, gateway, identity, "officer.x001");
          browser.get(gateway + REPORT);
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(
                      By.tagName("h1"), "Báo cáo của Xã An Hưng — Quý III năm 2025"));
          assertThat(browser.findElement(By.cssSelector("dl.details")).getText())
              .contains("15/06/2025 – 14/09/2025", "19/09/2025");
          browser.findElement(By.id("results")).clear();
          browser
              .findElement(By.id("results"))
              .sendKeys("Đã tổ chức phát thanh về cải cách hành chính.");
          Chromium.wholePage(browser, "web-report-draft-360");
          Accessibility.check(browser, "the report to write");
          browser.findElement(By.cssSelector("button[name=submit]")).click();
          Chromium.notice(browser, "Đã gửi báo cáo.", "web-report-failed-360");
          assertThat(browser.findElement(By.cssSelector("dl.details")).getText())
              .contains("Đã gửi", "trễ hạn");
          Chromium.signOut(browser, identity);

          Chromium.signIn(browser, gateway, identity, "officer.svhttdl");
          browser.get(gateway + "/reports");
          Chromium.await(browser)
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("received-heading")));
          browser.findElement(By.partialLinkText("Xã An Hưng — Quý III năm 2025")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("comment")));
          assertThat(browser.findElement(By.tagName("main")).getText())
              .contains("Đã tổ chức phát thanh về cải cách hành chính.");
          browser.findElement(By.id("comment")).sendKeys("Đề nghị bổ sung số liệu hội nghị.");
          Chromium.wholePage(browser, "web-report-review-360");
          Accessibility.check(browser, "the report to take in");
          browser.findElement(By.xpath("//button[text()='Trả lại']")).click();
          Chromium.notice(browser, "Đã trả lại báo cáo cho đơn vị.", "web-report-failed-360");
          Chromium.signOut(browser, identity);

          Chromium.signIn(browser, gateway, identity, "officer.x001");
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Việc cần làm"));
          assertThat(
                  browser
                      .findElement(By.cssSelector("section[aria-labelledby=reports-heading]"))
                      .getText())
              .contains("Bị trả lại: Đề nghị bổ sung số liệu hội nghị.");
          browser.get(gateway + REPORT);
          Chromium.await(browser)
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
          assertThat(browser.findElement(By.id("results")).getAttribute("value"))
              .isEqualTo("Đã tổ chức phát thanh về cải cách hành chính.");
          browser
              .findElement(By.id("difficulties"))
              .sendKeys("Chưa tổ chức được hội nghị trong quý.");
          browser.findElement(By.cssSelector("button[name=submit]")).click();
          Chromium.notice(browser, "Đã gửi báo cáo.", "web-report-failed-360");
          Chromium.signOut(browser, identity);

          Chromium.signIn(browser, gateway, identity, "officer.svhttdl");
          browser.get(gateway + REPORT);
          Chromium.await(browser)
              .until(
                  ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Tiếp nhận']")))
              .click();
          Chromium.notice(browser, "Đã tiếp nhận báo cáo.", "web-report-failed-360");
          assertThat(browser.findElement(By.cssSelector("dl.details")).getText())
              .contains("Đã tiếp nhận");
          assertThat(browser.findElements(By.id("comment"))).isEmpty();
          Chromium.wholePage(browser, "web-report-received-360");
          Accessibility.check(browser, "the received report");
          Chromium.signOut(browser, identity);
        });
  }
}
