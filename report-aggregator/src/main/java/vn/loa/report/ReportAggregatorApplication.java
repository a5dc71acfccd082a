package vn.loa.report;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** report-aggregator: exact roll-ups, statistics, indicators and periodic reports. */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
public class ReportAggregatorApplication {

  public static void main(String[] args) {
    SpringApplication.run(ReportAggregatorApplication.class, args);
  }
}
