package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.loa.testsupport.Http;

/**
 * The city office watches the figures live, in a real Chromium on the whole system: admin.hp goes
 * from the overview to "Số liệu" of the city for the current quarter; a department records an
 * activity through the API; the page shows the new total without being reloaded (the gateway
 * carries the aggregator's stream to the page); from the city the office goes down to the
 * department and back up by the trail; the page at 360 px does not scroll sideways. Screenshots in
 * {@code target/screenshots/}.
 */
class ChromiumCityOfficeJourneyTest {

  private static String figure(org.openqa.selenium.WebDriver browser) {
    return browser.findElement(By.cssSelector(".kpi .figure")).getText();
  }

  private static long number(String shown) {
    return Long.parseLong(shown.replace(".", ""));
  }

  @Test
  void the_city_office_sees_a_new_activity_in_the_citys_figures_without_reloading_and_goes_down() {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    Http api = SystemUnderTest.gateway();
    String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    Chromium.journey(
        1280,
        900,
        browser -> {
          Chromium.signIn(browser, gateway, identity, "admin.hp");
          Chromium.await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Tổng quan"));
          browser.findElement(By.linkText("Xem số liệu chi tiết")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(By.tagName("h1"), "Số liệu — Thành phố Hải Phòng"));
          long before = number(figure(browser));
          // The page is not reloaded from here on: this mark would be gone.
          ((JavascriptExecutor) browser).executeScript("window.loaSamePage = true;");
          Http.Response created = api.post("/api/activities", Demo.portalPosts(7, today));
          assertThat(created.status()).as(created.toString()).isEqualTo(201);
          long acknowledged = System.nanoTime();
          String expected = String.format("%,d", before + 7).replace(',', '.');
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.cssSelector(".kpi .figure"), expected));
          System.out.printf(
              "LIVE: the city's page showed the new total %d ms after the 201%n",
              (System.nanoTime() - acknowledged) / 1_000_000);
          assertThat(
                  ((JavascriptExecutor) browser)
                      .executeScript("return window.loaSamePage === true"))
              .as("the figures changed without a reload")
              .isEqualTo(true);
          assertThat(browser.findElement(By.id("live")).getText())
              .startsWith("Số liệu vừa thay đổi, cập nhật lúc");
          Chromium.wholePage(browser, "web-statistics-city-1280");
          Accessibility.check(browser, "the city's figures");

          browser.findElement(By.linkText("Sở Khoa học và Công nghệ")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(
                      By.tagName("h1"), "Số liệu — Sở Khoa học và Công nghệ"));
          assertThat(browser.findElement(By.cssSelector("nav.trail")).getText())
              .startsWith("Thành phố Hải Phòng");
          browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
          Chromium.wholePage(browser, "web-statistics-department-360");
          Chromium.assertNoHorizontalScroll(browser);
          browser.findElement(By.linkText("Thành phố Hải Phòng")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(By.tagName("h1"), "Số liệu — Thành phố Hải Phòng"));
          Chromium.signOut(browser, identity);
        });
  }
}
