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
 * The city office, in a real Chromium on the whole system: admin.hp goes from the overview to "Số
 * liệu" of the city for the current quarter; xã Kim Thành's own system records an activity through
 * the API; the page shows the new total without being reloaded (the gateway carries the
 * aggregator's stream to the page); from the city the office goes down to the commune and back up
 * by the trail (at 360 px, nothing scrolls sideways), opens the indicator table with its Excel
 * download, the audit trail, where the commune's activity is the newest change, and who has issued
 * their plan for decision 3041. Then the commune submits its 2025 report and the city office's
 * officer (Văn phòng UBND thành phố, its first receiver) takes it in from "Báo cáo nhận được".
 * Screenshots in {@code target/screenshots/}.
 */
class ChromiumCityOfficeJourneyTest {

  private static String figure(org.openqa.selenium.WebDriver browser) {
    return browser.findElement(By.cssSelector(".kpi .figure")).getText();
  }

  /** How often the page's script read the page again (its fetches). */
  private static long pageReads(org.openqa.selenium.WebDriver browser) {
    return ((Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "return performance.getEntriesByType('resource')"
                        + ".filter(e => e.initiatorType === 'fetch').length;"))
        .longValue();
  }

  private static long number(String shown) {
    return Long.parseLong(shown.replace(".", ""));
  }

  @Test
  void the_city_office_watches_a_communes_activity_arrive_live_goes_down_and_takes_a_report_in() {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    Http commune = SystemUnderTest.gatewayAs("integrator-kim-thanh", "integrator-kim-thanh-secret");
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
          // An activity of another quarter: the page hears of it and leaves its figures alone.
          long third = Demo.total(SystemUnderTest.gateway(), Demo.PROVINCE, "2026Q3");
          java.util.Map<String, Object> earlier = Demo.portalPosts(3, "2026-07-10");
          earlier.put("unitId", Demo.COMMUNE);
          earlier.put("evidence", java.util.List.of("https://kimthanh.haiphong.gov.vn/cchc"));
          assertThat(commune.post("/api/activities", earlier).status()).isEqualTo(201);
          org.awaitility.Awaitility.await()
              .atMost(java.time.Duration.ofSeconds(30))
              .until(
                  () ->
                      Demo.total(SystemUnderTest.gateway(), Demo.PROVINCE, "2026Q3") == third + 3);
          // The feed announces a roll-up within milliseconds: a second is ample for it to arrive.
          java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);
          assertThat(pageReads(browser)).as("reads of the page for another quarter").isZero();

          java.util.Map<String, Object> activity = Demo.portalPosts(7, today);
          activity.put("unitId", Demo.COMMUNE);
          activity.put("title", "Đăng tin CCHC trên Trang thông tin điện tử xã Kim Thành");
          activity.put("evidence", java.util.List.of("https://kimthanh.haiphong.gov.vn/cchc"));
          Http.Response created = commune.post("/api/activities", activity);
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
          assertThat(pageReads(browser)).isPositive();
          assertThat(browser.findElement(By.id("live")).getText())
              .startsWith("Số liệu vừa thay đổi, cập nhật lúc");
          Chromium.wholePage(browser, "web-statistics-city-1280");
          // The table by unit as Excel, through the gateway with the page's session.
          String href =
              browser
                  .findElement(By.cssSelector("a[href*='breakdown.xlsx'][href*='by=child']"))
                  .getDomAttribute("href");
          Object type =
              ((JavascriptExecutor) browser)
                  .executeAsyncScript(
                      "const done = arguments[arguments.length - 1];"
                          + " fetch(arguments[0]).then(r => done(r.status + ' '"
                          + " + r.headers.get('Content-Type')), e => done(String(e)));",
                      href);
          assertThat(String.valueOf(type))
              .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
          Accessibility.check(browser, "the city's figures");

          browser.findElement(By.linkText("Xã Kim Thành")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Số liệu — Xã Kim Thành"));
          assertThat(browser.findElement(By.cssSelector("nav.trail")).getText())
              .startsWith("Thành phố Hải Phòng");
          browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
          Chromium.wholePage(browser, "web-statistics-commune-360");
          Chromium.assertNoHorizontalScroll(browser);
          browser.findElement(By.linkText("Thành phố Hải Phòng")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(By.tagName("h1"), "Số liệu — Thành phố Hải Phòng"));
          browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

          browser.findElement(By.linkText("Bảng chỉ tiêu theo năm")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(
                      By.tagName("h1"),
                      "Thống kê tuyên truyền cải cách hành chính của thành phố Hải Phòng"));
          assertThat(browser.findElement(By.linkText("Tải về Excel")).getDomAttribute("href"))
              .startsWith("/api/statistics/indicators.xlsx?unit=hp&from=");
          Chromium.wholePage(browser, "web-indicators-city-1280");
          Accessibility.check(browser, "the indicator table");

          browser.findElement(By.linkText("Nhật ký thay đổi")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Nhật ký thay đổi"));
          // The audit trail is fed by events: the commune's change is there within seconds.
          Chromium.await(browser)
              .until(
                  b -> {
                    String newest =
                        b.findElements(By.cssSelector("table.figures tbody tr")).stream()
                            .findFirst()
                            .map(org.openqa.selenium.WebElement::getText)
                            .orElse("");
                    if (newest.contains("integrator-kim-thanh")) {
                      return true;
                    }
                    b.navigate().refresh();
                    return false;
                  });
          assertThat(browser.findElement(By.cssSelector("table.figures tbody tr")).getText())
              .contains("Hoạt động", "Ghi nhận", "integrator-kim-thanh", "Xã Kim Thành");
          Chromium.wholePage(browser, "web-audit-city-1280");
          Accessibility.check(browser, "the audit trail");

          // The follow-up of decision 3041: who has issued their implementing plan.
          browser.get(gateway + "/plans/hp-qd-3041-2025");
          browser.findElement(By.partialLinkText("Tình hình ban hành kế hoạch của")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(
                      By.tagName("h1"), "Tình hình ban hành kế hoạch thực hiện"));
          assertThat(browser.findElement(By.tagName("main")).getText())
              .contains("3041/QĐ-UBND", "Đã ban hành kế hoạch", "Sở Tư pháp");
          Chromium.wholePage(browser, "web-compliance-3041-1280");
          Accessibility.check(browser, "the compliance of 3041");
          Chromium.signOut(browser, identity);

          // The commune submits its report for 2025 (as its officer would on its page).
          String report = submittedReportOfKimThanh();
          Chromium.signIn(browser, gateway, identity, "officer.vp-ubnd");
          browser.get(gateway + "/reports");
          Chromium.await(browser)
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("received-heading")));
          browser.findElement(By.cssSelector("a[href='/reports/" + report + "']")).click();
          Chromium.await(browser)
              .until(
                  ExpectedConditions.textToBe(
                      By.tagName("h1"), "Báo cáo của Xã Kim Thành — Năm 2025"));
          Chromium.wholePage(browser, "web-report-city-office-1280");
          if (!browser.findElements(By.xpath("//button[text()='Tiếp nhận']")).isEmpty()) {
            browser.findElement(By.xpath("//button[text()='Tiếp nhận']")).click();
            Chromium.notice(browser, "Đã tiếp nhận báo cáo.", "web-report-city-office-failed");
          }
          assertThat(browser.findElement(By.cssSelector("dl.details")).getText())
              .contains("Đã tiếp nhận");
          Chromium.signOut(browser, identity);
        });
  }

  /** Xã Kim Thành's report for 2025, submitted by its officer if it was still a draft. */
  private static String submittedReportOfKimThanh() {
    try {
      BrowserSession officer = BrowserSession.signIn("officer.kim-thanh");
      tools.jackson.databind.JsonNode report =
          officer.get("/api/reports?unit=hp-kim-thanh&window=2025").json().get(0);
      String id = report.get("id").asString();
      String status = report.get("status").asString();
      if (status.equals("DRAFT") || status.equals("RETURNED")) {
        BrowserSession.Answer submitted = officer.post("/api/reports/" + id + "/submit", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
      }
      return id;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
