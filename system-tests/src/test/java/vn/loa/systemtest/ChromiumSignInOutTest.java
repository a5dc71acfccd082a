package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real Chromium on a phone-sized window: a commune officer signs in at the identity service,
 * reaches the commune's data through the gateway with nothing but the session, signs out the way a
 * page does (a form posting {@code /logout} with the CSRF token the gateway handed it), and is
 * asked for the password again — not signed straight back in.
 */
class ChromiumSignInOutTest {

  @Test
  void a_commune_officer_signs_in_and_out_in_a_real_browser() {
    String gateway = SystemUnderTest.platform().gatewayUrl();
    String identity = SystemUnderTest.platform().config().identityIssuer();
    String own = gateway + "/api/statistics/totals?unit=hp-kim-thanh&period=2025";
    Chromium.journey(360, 800, browser -> signInAndOut(browser, gateway, identity, own));
  }

  private static void signInAndOut(WebDriver browser, String gateway, String identity, String own) {
    browser.get(own);
    Chromium.await(browser).until(ExpectedConditions.urlContains(identity + "/login"));
    Chromium.await(browser)
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button[type=submit]")));
    Chromium.screenshot(browser, "sign-in-360");
    Accessibility.check(browser, "the sign-in page");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
    Chromium.screenshot(browser, "sign-in-1280");
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
    browser.findElement(By.name("username")).sendKeys("officer.kim-thanh");
    browser.findElement(By.name("password")).sendKeys("loa-demo");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    Chromium.await(browser).until(ExpectedConditions.urlToBe(own));
    Chromium.await(browser).until(d -> d.getPageSource().contains("\"unitId\":\"hp-kim-thanh\""));
    Chromium.screenshot(browser, "signed-in-360");

    browser.get(gateway + "/api/statistics/totals?unit=hp-x001&period=2025");
    Chromium.await(browser).until(d -> d.getPageSource().contains("urn:loa:problem:forbidden"));
    assertThat(browser.getPageSource()).doesNotContain("\"total\"");

    // Sign-out as a page does it: a form with the CSRF token from the cookie the gateway set.
    ((JavascriptExecutor) browser)
        .executeScript(
            """
            const token = decodeURIComponent(document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1]);
            const form = document.createElement('form');
            form.method = 'post';
            form.action = '/logout';
            const field = document.createElement('input');
            field.type = 'hidden';
            field.name = '_csrf';
            field.value = token;
            form.appendChild(field);
            document.body.appendChild(form);
            form.submit();
            """);
    Chromium.await(browser).until(ExpectedConditions.urlContains(identity + "/login"));
    Chromium.await(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    Chromium.screenshot(browser, "signed-out-360");

    // The identity service's session ended too: the commune's data asks for the password again.
    browser.get(own);
    Chromium.await(browser).until(ExpectedConditions.urlContains(identity + "/login"));
    Chromium.await(browser)
        .until(ExpectedConditions.visibilityOfElementLocated(By.name("password")));
    assertThat(browser.findElement(By.name("password")).isDisplayed()).isTrue();
  }
}
