package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.loa.testsupport.Http;

/**
 * The commune officer's journey in the web application, in a real Chromium on a 360 px phone
 * screen, on the whole system: signs in at {@code /}, sees "Việc cần làm" with the commune's
 * reports owed, records an activity with a photo (the API's field errors shown beside the fields
 * first), sees the commune's figure grow by it, finds it in the list, corrects it; cannot reach
 * another commune's pages or data by a typed address; signs out with the button of the page.
 * Screenshots of each step at 360 px and 1280 px are in {@code target/screenshots/}.
 */
class ChromiumCommuneOfficerJourneyTest {

  @Test
  void a_commune_officer_on_a_phone_records_an_activity_with_a_photo_sees_it_and_corrects_it()
      throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    Http ops = SystemUnderTest.gateway();
    // Another commune's activity, which the officer of Kim Thành must not reach.
    Http.Response foreign =
        ops.post(
            "/api/activities",
            Map.of(
                "unitId", "hp-x001",
                "category", "BROADCAST",
                "occurredOn", "2026-11-03",
                "title", "Hoạt động của xã An Hưng",
                "quantity", 3));
    assertThat(foreign.status()).isEqualTo(201);
    String foreignId = foreign.json().get("id").asString();
    Path photo = Files.createTempFile("loa-photo-", ".png");
    ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
    String title = "Phát thanh chuyên mục CCHC " + UUID.randomUUID().toString().substring(0, 8);

    Chromium.journey(
        360,
        800,
        browser -> {
          long before = quarterTotal(ops);
          Chromium.signIn(browser, gateway, identity, "officer.kim-thanh");
          todo(browser);
          String id = record(browser, gateway, title, photo, before, ops);
          correct(browser, id);
          otherCommune(browser, gateway, foreignId);
          Chromium.signOut(browser, identity);
        });
  }

  private static void todo(WebDriver browser) {
    Chromium.await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Việc cần làm"));
    assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("vi");
    long weight = Chromium.pageWeight(browser);
    System.out.println("PAGE WEIGHT: Việc cần làm " + weight + " bytes");
    assertThat(weight).as("bytes of the officer's first page").isLessThan(300_000);
    String header = browser.findElement(By.cssSelector("header")).getText();
    assertThat(header).contains("Xã Kim Thành", "Cán bộ UBND xã, phường, đặc khu", "Đăng xuất");
    String reports =
        browser.findElement(By.cssSelector("section[aria-labelledby=reports-heading]")).getText();
    // The commune's Q3/2025 report is owed (demo data): window, cut-off and deadline in words.
    assertThat(reports)
        .contains("Quý III năm 2025", "15/06/2025 – 14/09/2025", "19/09/2025", "quá hạn");
    String directives =
        browser
            .findElement(By.cssSelector("section[aria-labelledby=directives-heading]"))
            .getText();
    assertThat(directives).contains("3041/QĐ-UBND");
    Chromium.assertNoHorizontalScroll(browser);
    // The whole first load of the officer's page (HTML, style sheet, script, icon), as transferred.
    Number bytes =
        (Number)
            ((JavascriptExecutor) browser)
                .executeScript(
                    """
                    return performance.getEntriesByType('navigation')
                      .concat(performance.getEntriesByType('resource'))
                      .reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0);
                    """);
    assertThat(bytes.longValue()).as("bytes of the first load").isPositive().isLessThan(300_000);
    Chromium.wholePage(browser, "web-todo-360");
    Accessibility.check(browser, "to-do");
    browser.manage().window().setSize(new Dimension(1280, 800));
    Chromium.wholePage(browser, "web-todo-1280");
    browser.manage().window().setSize(new Dimension(360, 800));
  }

  private static String record(
      WebDriver browser, String gateway, String title, Path photo, long before, Http ops) {
    browser.findElement(By.linkText("Ghi nhận hoạt động")).click();
    Chromium.await(browser)
        .until(ExpectedConditions.textToBe(By.tagName("h1"), "Ghi nhận hoạt động"));
    // First without a form and with a quantity of 0: the API's reasons, beside their fields.
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("quantity")).sendKeys("0");
    browser.findElement(By.cssSelector("button.primary")).click();
    Chromium.await(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("quantity-error")));
    assertThat(browser.findElement(By.id("quantity-error")).getText())
        .isEqualTo("Số lượng phải nằm trong khoảng từ 1 đến 100.000.");
    assertThat(browser.findElement(By.id("category-error")).getText()).contains("Hình thức");
    assertThat(browser.findElement(By.id("quantity")).getAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
    Chromium.assertNoHorizontalScroll(browser);
    Chromium.wholePage(browser, "web-record-errors-360");
    Accessibility.check(browser, "the refused form");
    assertThat(quarterTotal(ops)).as("a refused form records nothing").isEqualTo(before);

    new Select(browser.findElement(By.id("category")))
        .selectByVisibleText("Phát thanh, truyền thanh, truyền hình");
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('occurredOn').value = '2026-11-20'");
    WebElement quantity = browser.findElement(By.id("quantity"));
    quantity.clear();
    quantity.sendKeys("12");
    browser.findElement(By.id("outlet")).sendKeys("Đài truyền thanh xã Kim Thành");
    browser.findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("button.primary")).click();
    try {
      Chromium.await(browser)
          .until(ExpectedConditions.urlMatches(gateway + "/activities/a-[0-9a-f-]+$"));
    } catch (org.openqa.selenium.TimeoutException e) {
      Chromium.wholePage(browser, "web-record-failed-360");
      throw new AssertionError(
          "not recorded; the page says: " + browser.findElement(By.tagName("main")).getText(), e);
    }
    String id = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    assertThat(browser.findElement(By.cssSelector(".notice.ok")).getText())
        .isEqualTo("Đã ghi nhận hoạt động.");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    assertThat(browser.findElement(By.cssSelector("dd.quantity")).getText()).isEqualTo("12");
    assertThat(browser.findElement(By.cssSelector("dl.details")).getText())
        .contains(
            "20/11/2026", "Phát thanh, truyền thanh, truyền hình", "Đài truyền thanh xã Kim Thành");
    assertThat(browser.findElements(By.cssSelector("a.file"))).hasSize(1);
    // The commune's figure for the quarter, once the roll-up has the activity: twelve more.
    String expected = "Xã Kim Thành trong Quý IV năm 2026: " + vietnamese(before + 12);
    Chromium.await(browser)
        .until(
            d -> {
              if (d.findElement(By.cssSelector("p.figure")).getText().contains(expected)) {
                return true;
              }
              d.navigate().refresh();
              return false;
            });
    Chromium.assertNoHorizontalScroll(browser);
    Chromium.wholePage(browser, "web-recorded-360");
    Accessibility.check(browser, "the recorded activity");
    browser.manage().window().setSize(new Dimension(1280, 800));
    Chromium.wholePage(browser, "web-recorded-1280");
    browser.manage().window().setSize(new Dimension(360, 800));

    browser.findElement(By.linkText("Hoạt động")).click();
    Chromium.await(browser)
        .until(ExpectedConditions.textToBe(By.tagName("h1"), "Hoạt động của đơn vị"));
    assertThat(browser.findElement(By.cssSelector("ul.cards")).getText())
        .contains(title, "20/11/2026", "12");
    Chromium.wholePage(browser, "web-activities-360");
    Accessibility.check(browser, "the activities");
    return id;
  }

  private static void correct(WebDriver browser, String id) {
    browser
        .findElement(
            By.linkText(
                browser.findElements(By.cssSelector("ul.cards a")).stream()
                    .filter(a -> a.getAttribute("href").endsWith(id))
                    .findFirst()
                    .orElseThrow()
                    .getText()))
        .click();
    Chromium.await(browser).until(ExpectedConditions.urlContains("/activities/" + id));
    browser.findElement(By.linkText("Sửa")).click();
    Chromium.await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), "Sửa hoạt động"));
    WebElement quantity = browser.findElement(By.id("quantity"));
    assertThat(quantity.getAttribute("value")).isEqualTo("12");
    quantity.clear();
    quantity.sendKeys("15");
    browser.findElement(By.cssSelector("button.primary")).click();
    Chromium.await(browser)
        .until(ExpectedConditions.textToBe(By.cssSelector(".notice.ok"), "Đã lưu thay đổi."));
    assertThat(browser.findElement(By.cssSelector("dd.quantity")).getText()).isEqualTo("15");
    Chromium.wholePage(browser, "web-corrected-360");
  }

  private static void otherCommune(WebDriver browser, String gateway, String foreignId) {
    for (String path :
        new String[] {
          "/activities?unit=hp-x001",
          "/activities/" + foreignId,
          "/activities/" + foreignId + "/edit",
          "/statistics?unit=hp-x001",
          "/statistics/indicators?unit=hp-x001",
          "/statistics?unit=hp",
          "/audit",
          "/plans/hp-qd-3041-2025/compliance"
        }) {
      browser.get(gateway + path);
      Chromium.await(browser)
          .until(ExpectedConditions.textToBe(By.tagName("h1"), "Không thực hiện được"));
      assertThat(browser.findElement(By.cssSelector("main")).getText())
          .as(path)
          .contains("Bạn không có quyền xem hoặc thay đổi dữ liệu này.")
          .doesNotContain("Hoạt động của xã An Hưng");
    }
    Chromium.wholePage(browser, "web-other-commune-360");
    Accessibility.check(browser, "the refusal");
    // Nor the live feed of another commune's figures, asked for from the page's own origin.
    Object status =
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " fetch('/api/statistics/stream?unit=hp-x001',"
                    + " {headers: {Accept: 'text/event-stream'}}).then(r => done(r.status),"
                    + " e => done(String(e)));");
    assertThat(status).isEqualTo(403L);
  }

  /** Nothing on the page is wider than the phone's screen. */
  private static long quarterTotal(Http ops) {
    Http.Response r = ops.get("/api/statistics/totals?unit=hp-kim-thanh&period=2026Q4");
    assertThat(r.status()).isEqualTo(200);
    return r.json().get("total").get("quantity").asLong();
  }

  /** 2500 as Vietnamese writes it: 2.500. */
  private static String vietnamese(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
  }
}
