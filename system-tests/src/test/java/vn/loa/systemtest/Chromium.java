package vn.loa.systemtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium for the browser journeys: the machine's own browser and driver (Debian's {@code
 * chromium} and {@code chromium-driver}, which {@code .ci/run} installs), headless, with a fresh
 * profile and no background traffic. Without them a journey is skipped, loudly.
 */
final class Chromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  /** A browser window of {@code width} × {@code height} CSS pixels (360 wide: a phone). */
  static WebDriver open(int width, int height) {
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      String message =
          "BROWSER JOURNEY NOT RUN: "
              + BROWSER
              + " or "
              + DRIVER
              + " is missing (apt-get install -y chromium chromium-driver)";
      System.err.println(
          "*".repeat(message.length()) + "\n" + message + "\n" + "*".repeat(message.length()));
      Assumptions.abort(message);
    }
    try {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      // The journeys wait for what they expect to see (Chromium.await), not for page loads: a click
      // that starts a chain of redirects returns at once instead of holding the driver on a busy
      // machine.
      options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.NONE);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-renderer-backgrounding",
          "--disable-background-timer-throttling",
          "--disable-backgrounding-occluded-windows",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic",
          "--lang=vi",
          "--user-data-dir=" + Files.createTempDirectory("loa-chromium-"),
          "--window-size=" + width + "," + height);
      // A Vietnamese browser, as the officials' are: on Linux Chromium takes its language — and
      // with it how a date field writes a day (dd/mm/yyyy) and the file field's button — from
      // LANGUAGE (with Debian's chromium-l10n installed), not from --lang.
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "vi-VN,vi"));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(DRIVER.toFile())
              .withEnvironment(java.util.Map.of("LANGUAGE", "vi", "LANG", "vi_VN.UTF-8"))
              .build();
      // A driver command that gets no answer in 30 s fails (the default waits 3 minutes): a hung
      // renderer is told apart from a slow page well inside a journey's time.
      ChromeDriver driver =
          new ChromeDriver(
              service,
              options,
              org.openqa.selenium.remote.http.ClientConfig.defaultConfig()
                  .readTimeout(Duration.ofSeconds(30)));
      driver.manage().window().setSize(new Dimension(width, height));
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Ends the browser: quits it through the driver, and — if the driver does not answer within 10 s
   * (a hung journey) — kills the driver and every browser process this JVM started, so no Chromium
   * is left behind to hang the runs after it.
   */
  static void close(WebDriver driver) {
    Thread quit = Thread.ofVirtual().start(driver::quit);
    try {
      if (!quit.join(Duration.ofSeconds(10))) {
        System.err.println("Chromium did not quit in 10 s: killing its processes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ProcessHandle.current()
          .descendants()
          .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
          .forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** One try of a journey in a browser it opens itself (and closes, whatever happens). */
  interface Journey {
    void run(WebDriver browser);
  }

  /**
   * Runs a journey in a fresh browser, and once more in another fresh one if the browser itself
   * stopped answering (a driver command timed out or the browser went away: seen on these machines
   * late in a loaded run, the page's renderer hanging on a redirect). What the journey asserts is
   * never retried away: an {@link AssertionError}, or a page that does not show what is expected
   * within the wait, fails at once.
   */
  static void journey(int width, int height, Journey journey) {
    for (int attempt = 1; ; attempt++) {
      WebDriver browser = open(width, height);
      try {
        journey.run(browser);
        return;
      } catch (org.openqa.selenium.WebDriverException e) {
        boolean browserHung =
            !(e instanceof org.openqa.selenium.TimeoutException)
                || e.getCause() instanceof java.util.concurrent.TimeoutException;
        if (!browserHung || attempt == 2) {
          throw e;
        }
        System.err.println(
            "BROWSER STOPPED ANSWERING ("
                + e.getClass().getSimpleName()
                + "): the journey runs"
                + " again in a fresh browser");
      } finally {
        close(browser);
      }
    }
  }

  static WebDriverWait await(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /**
   * Saves what the browser shows as {@code target/screenshots/<name>.png}, for a reviewer to look
   * at.
   */
  static Path screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves the whole page, not only what the window shows, as {@code target/screenshots/<name>.png}:
   * the window is made as tall as the page for the shot, then given back its height.
   */
  static Path wholePage(WebDriver driver, String name) {
    org.openqa.selenium.Dimension size = driver.manage().window().getSize();
    Number height =
        (Number)
            ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
    int tall = Math.min(Math.max(size.getHeight(), height.intValue() + 120), 6000);
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), tall));
    try {
      return screenshot(driver, name);
    } finally {
      driver.manage().window().setSize(size);
    }
  }

  /**
   * Signs {@code account} (a demo person, password {@code loa-demo}) in the way a person does: the
   * gateway's start page sends the browser to the identity service's sign-in page, and back.
   */
  static void signIn(WebDriver browser, String gateway, String identity, String account) {
    browser.get(gateway + "/");
    awaitSignInPage(browser, identity);
    browser.findElement(org.openqa.selenium.By.name("username")).sendKeys(account);
    browser.findElement(org.openqa.selenium.By.name("password")).sendKeys("loa-demo");
    browser.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
    await(browser).until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(gateway + "/"));
  }

  /**
   * Waits for the page's confirmation ({@code .notice.ok}); if it does not come, saves the page as
   * {@code failedShot} and says what the page shows instead.
   */
  static void notice(WebDriver browser, String text, String failedShot) {
    try {
      await(browser)
          .until(
              org.openqa.selenium.support.ui.ExpectedConditions.textToBe(
                  org.openqa.selenium.By.cssSelector(".notice.ok"), text));
    } catch (org.openqa.selenium.TimeoutException e) {
      wholePage(browser, failedShot);
      throw new AssertionError(
          "no \""
              + text
              + "\"; the page says: "
              + browser.findElement(org.openqa.selenium.By.tagName("main")).getText(),
          e);
    }
  }

  /**
   * What the page and everything it loaded weigh, uncompressed, in bytes (the page, its style
   * sheet, script and images), by the browser's own resource timings.
   */
  static long pageWeight(WebDriver browser) {
    Number bytes =
        (Number)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + (e.decodedBodySize || 0), 0);");
    return bytes.longValue();
  }

  /** Nothing on the page is wider than the window (a 360 px phone scrolls only down). */
  static void assertNoHorizontalScroll(WebDriver browser) {
    Number scroll =
        (Number)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                    "return document.documentElement.scrollWidth -"
                        + " document.documentElement.clientWidth");
    org.assertj.core.api.Assertions.assertThat(scroll.intValue())
        .as("horizontal overflow in px")
        .isLessThanOrEqualTo(0);
  }

  /** Signs out with the page's button; the identity service asks for the password again. */
  static void signOut(WebDriver browser, String identity) {
    browser.findElement(org.openqa.selenium.By.cssSelector("form.signout button")).click();
    awaitSignInPage(browser, identity);
  }

  /** Waits until the browser shows the identity service's sign-in page, ready for a password. */
  static void awaitSignInPage(WebDriver browser, String identity) {
    await(browser)
        .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(identity + "/login"));
    await(browser)
        .until(
            org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.name("password")));
  }
}
