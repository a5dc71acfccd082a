package vn.loa.web.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C's Nu HTML Checker run on a page as the web application sent it: the errors it reports,
 * each with line and column (its warnings are advice and left out). The checker and the Jetty 11 it
 * needs live in {@code target/html-checker} (copied by the build) and run in a class loader of
 * their own, so they never meet the application's libraries; only {@code org.xml.sax}, from the
 * JDK, is shared.
 */
public final class ValidHtml {

  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static final Path JARS = Path.of("target", "html-checker");
  private static Object validator;
  private static Method checkHtml;
  private static Collected collected;

  private ValidHtml() {}

  /**
   * The checker's own thread: its schema machinery recurses deeper than a default stack allows (the
   * checker's documentation asks for a larger one), and the one thread also takes pages one at a
   * time, as the single checker instance requires.
   */
  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(
          work -> {
            Thread thread = new Thread(null, work, "html-checker", 64L << 20);
            thread.setDaemon(true);
            return thread;
          });

  /** The checker's errors on {@code html}; empty when the page is valid. */
  public static List<String> errors(String html) {
    try {
      return THREAD.submit(() -> check(html)).get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(
          "the HTML checker failed",
          cause instanceof InvocationTargetException invoked ? invoked.getCause() : cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> check(String html) throws ReflectiveOperationException {
    if (validator == null) {
      collected = new Collected();
      validator = checker();
    }
    collected.errors.clear();
    InputSource source = new InputSource(new StringReader(html));
    source.setEncoding("UTF-8");
    checkHtml.invoke(validator, source);
    return List.copyOf(collected.errors);
  }

  private static Object checker() throws ReflectiveOperationException {
    ClassLoader loader = new URLClassLoader(jars(), ClassLoader.getPlatformClassLoader());
    Class<?> type = Class.forName("nu.validator.validation.SimpleDocumentValidator", true, loader);
    Thread.currentThread().setContextClassLoader(loader);
    Object checker =
        type.getConstructor(boolean.class, boolean.class, boolean.class)
            .newInstance(true, false, false);
    type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
        .invoke(checker, SCHEMA, collected);
    type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
        .invoke(checker, collected, true, false);
    checkHtml = type.getMethod("checkHtmlInputSource", InputSource.class);
    return checker;
  }

  private static URL[] jars() {
    try (Stream<Path> files = Files.list(JARS)) {
      List<URL> urls = new ArrayList<>();
      for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
        urls.add(jar.toUri().toURL());
      }
      if (urls.isEmpty()) {
        throw new IllegalStateException("no HTML checker in " + JARS.toAbsolutePath());
      }
      return urls.toArray(URL[]::new);
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no HTML checker in " + JARS.toAbsolutePath() + " (the build copies it there)", e);
    }
  }

  private static final class Collected implements ErrorHandler {
    final List<String> errors = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      // advice, not validity
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }
}
