package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A commune officer imports a file of activities, in a real Chromium on the whole system, at 360
 * px: from the list of the commune's activities to the import page, a CSV in the template's columns
 * chosen and sent, the import's page following the import by itself until it is done, with the row
 * recorded and the refused row's reason in words; the same file sent again records nothing twice.
 * Screenshots in {@code target/screenshots/}.
 */
class ChromiumImportJourneyTest {

  @Test
  void a_commune_officer_imports_a_file_sees_the_refused_row_and_sending_it_again_adds_nothing()
      throws Exception {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    String day =
        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String title = "Phát thanh CCHC nhập từ tệp " + UUID.randomUUID().toString().substring(0, 8);
    Path file = Files.createTempFile("hoat-dong-", ".csv");
    Files.writeString(
        file,
        "\uFEFF\"Mã đơn vị\",\"Hình thức\",\"Ngày thực hiện\",\"Nội dung\",\"Số lượng\"\r\n"
            + "\"hp-kim-thanh-vhxh\",\"BROADCAST\",\""
            + day
            + "\",\""
            + title
            + "\",\"4\"\r\n"
            + "\"hp-kim-thanh-vhxh\",\"BROADCAST\",\""
            + day
            + "\",\"Dòng có số lượng sai\",\"0\"\r\n",
        StandardCharsets.UTF_8);
    Chromium.journey(
        360,
        800,
        browser -> {
          Chromium.signIn(browser, gateway, identity, "officer.kim-thanh");
          browser.get(gateway + "/activities");
          browser.findElement(By.linkText("Nhập hoạt động từ tệp")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Nhập hoạt động từ tệp"));
          Chromium.assertNoHorizontalScroll(browser);
          Accessibility.check(browser, "the import form");
          for (int sending = 1; sending <= 2; sending++) {
            browser.get(gateway + "/activities/import");
            browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.cssSelector("button[type=submit].primary")).click();
            Chromium.await(browser)
                .until(ExpectedConditions.textToBe(By.cssSelector("main .badge"), "Đã xong"));
            String page = browser.findElement(By.tagName("main")).getText();
            assertThat(page).contains("Dòng bị từ chối", "Số lượng");
            assertThat(page)
                .as("sending " + sending)
                .contains(
                    sending == 1
                        ? "Hoạt động đã ghi nhận\n1"
                        : "Dòng đã có từ trước (không ghi lại)\n1");
            Chromium.wholePage(browser, "web-import-done-360-" + sending);
            Chromium.assertNoHorizontalScroll(browser);
          }
          Accessibility.check(browser, "the import's outcome");
          browser.findElement(By.linkText("Xem hoạt động của đơn vị")).click();
          Chromium.await(browser)
              .until(ExpectedConditions.textToBe(By.tagName("h1"), "Hoạt động của đơn vị"));
          Chromium.signOut(browser, identity);
        });
    Files.deleteIfExists(file);
  }
}
