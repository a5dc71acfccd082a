package vn.loa.testsupport;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring application context at this JVM's real broker and store.
 *
 * <p>Each context gets its own database and its own consumer groups, so contexts that the test
 * framework keeps cached never compete for partitions or share state: every test context is a fresh
 * deployment reading the topics from the start.
 */
public class InfrastructureInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    Infrastructure.Endpoints endpoints = Infrastructure.endpoints();
    String application = context.getEnvironment().getProperty("spring.application.name", "loa");
    String deployment = application + "-" + UUID.randomUUID().toString().substring(0, 8);
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "loaTestInfrastructure",
                Map.of(
                    "loa.kafka.bootstrap-servers", endpoints.kafkaBootstrapServers(),
                    "spring.mongodb.uri", endpoints.mongoUri(deployment.replace('-', '_')),
                    "loa.messaging.consumer-group", deployment,
                    "loa.identity.issuer", TestIdentity.get().issuer(),
                    "loa.identity.jwk-set-uri", TestIdentity.get().jwkSetUri())));
  }
}
