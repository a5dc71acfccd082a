package vn.loa.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import vn.loa.platform.RunningPlatform;

/**
 * Imports a 100,000-row CSV of activities through the gateway, from upload to the import's end, and
 * in the same run inserts the same 100,000 rows directly with the MongoDB driver (batches of 1,000)
 * into the same store: rows/s of each and their ratio. Also reports when the city's total reflects
 * every row (outbox, Kafka, roll-up). Usage: {@code scripts/benchmark-import [rows]}.
 */
public final class ImportBenchmark {

  static final String UNIT = "hp-kim-thanh-vhxh";
  static final String[] CATEGORIES = {
    "BROADCAST", "PORTAL_POST", "SOCIAL_POST", "VISUAL", "PRINTED"
  };

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    RunningPlatform platform = Bench.platform();
    String gateway = platform.gatewayUrl();

    byte[] csv = csv(rows);
    System.out.printf("CSV: %d rows, %.1f MiB%n", rows, csv.length / 1048576.0);
    long cityBefore = cityTotal(gateway);

    long t0 = System.nanoTime();
    String boundary = "bench-" + UUID.randomUUID();
    byte[] body = multipart(boundary, csv);
    HttpResponse<byte[]> accepted =
        Bench.send(
            Bench.request(gateway + "/api/activities/imports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException(
          "upload: " + accepted.statusCode() + " " + new String(accepted.body()));
    }
    String job = gateway + accepted.headers().firstValue("Location").orElseThrow();
    JsonNode status;
    do {
      Thread.sleep(250);
      status = Bench.getJson(job);
    } while (status.get("status").asString().matches("QUEUED|RUNNING"));
    long importNanos = System.nanoTime() - t0;
    long created = status.get("created").asLong();
    System.out.printf(
        "Import: %s, %d created, %d rejected%n",
        status.get("status").asString(), created, status.get("rejectedCount").asLong());

    long expected = cityBefore + expectedQuantity(rows);
    while (cityTotal(gateway) < expected) {
      Thread.sleep(250);
    }
    long rolledUpNanos = System.nanoTime() - t0;

    long directNanos = direct(platform, rows);

    double importRate = rows / (importNanos / 1e9);
    double directRate = rows / (directNanos / 1e9);
    System.out.println();
    System.out.printf(
        "import (upload to DONE):        %8.1f s  %8.0f rows/s%n", importNanos / 1e9, importRate);
    System.out.printf("  ... until the city total has every row: %.1f s%n", rolledUpNanos / 1e9);
    System.out.printf(
        "direct driver insertMany:       %8.1f s  %8.0f rows/s%n", directNanos / 1e9, directRate);
    System.out.printf("ratio import/direct:            %8.2f%n", importRate / directRate);
    platform.close();
    System.exit(0);
  }

  static long cityTotal(String gateway) throws Exception {
    return Bench.getJson(gateway + "/api/statistics/totals?unit=hp&period=2025S2")
        .get("total")
        .get("quantity")
        .asLong();
  }

  static long quantity(int i) {
    return 1 + (i % 20);
  }

  static long expectedQuantity(int rows) {
    long sum = 0;
    for (int i = 0; i < rows; i++) {
      sum += quantity(i);
    }
    return sum;
  }

  static LocalDate day(int i) {
    return LocalDate.of(2025, 7, 1).plusDays(i % 180);
  }

  static byte[] csv(int rows) {
    StringBuilder out =
        new StringBuilder("Mã đơn vị,Hình thức,Ngày thực hiện,Nội dung,Số lượng\r\n");
    for (int i = 0; i < rows; i++) {
      out.append(UNIT)
          .append(',')
          .append(CATEGORIES[i % CATEGORIES.length])
          .append(',')
          .append(day(i))
          .append(",Tuyên truyền CCHC số ")
          .append(i)
          .append(',')
          .append(quantity(i))
          .append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] multipart(String boundary, byte[] csv) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(csv);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** The same rows, as documents of the same shape, inserted straight into the same store. */
  static long direct(RunningPlatform platform, int rows) {
    try (MongoClient client = MongoClients.create(platform.config().mongoUri("bench_direct"))) {
      MongoCollection<Document> collection =
          client.getDatabase("bench_direct").getCollection("activities");
      long t0 = System.nanoTime();
      List<Document> batch = new ArrayList<>(1000);
      for (int i = 0; i < rows; i++) {
        batch.add(
            new Document("_id", "a-" + UUID.randomUUID())
                .append("unitId", UNIT)
                .append("category", CATEGORIES[i % CATEGORIES.length])
                .append(
                    "occurredOn",
                    Date.from(day(i).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .append("title", "Tuyên truyền CCHC số " + i)
                .append("quantity", quantity(i))
                .append("withdrawn", false)
                .append("version", 1L)
                .append("recordedAt", Date.from(Instant.now())));
        if (batch.size() == 1000) {
          collection.insertMany(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        collection.insertMany(batch);
      }
      return System.nanoTime() - t0;
    }
  }
}
