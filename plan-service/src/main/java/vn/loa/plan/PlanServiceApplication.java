package vn.loa.plan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** plan-service: the organisation hierarchy, plans, directives and compliance. */
@SpringBootApplication
@ConfigurationPropertiesScan
@org.springframework.scheduling.annotation.EnableScheduling
public class PlanServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlanServiceApplication.class, args);
  }
}
