package vn.loa.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.Yaml;
import vn.loa.contracts.Catalogue;
import vn.loa.contracts.Topic;
import vn.loa.platform.Service;
import vn.loa.testsupport.ContainerInfrastructure;

/**
 * There is no Docker engine to run docker-compose.yml here, so this reads it and checks it against
 * the services' own configuration: names, ports, environment variables, health checks, images and
 * topics. Renaming a property, moving a port or adding a service without updating the compose file
 * fails here.
 */
class DeploymentConfigurationTest {

  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  static Map<String, Object> yaml(Path file) {
    try (Reader reader = Files.newBufferedReader(file)) {
      return new Yaml().load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o == null ? List.of() : (List<Object>) o;
  }

  static Map<String, Object> compose() {
    return map(yaml(REPO.resolve("docker-compose.yml")).get("services"));
  }

  /** A service's application.yml flattened to dotted keys. */
  static Map<String, Object> applicationYml(Service service) {
    Map<String, Object> flat = new LinkedHashMap<>();
    flatten(
        "",
        yaml(REPO.resolve(service.module()).resolve("src/main/resources/application.yml")),
        flat);
    return flat;
  }

  static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> into) {
    tree.forEach(
        (k, v) -> {
          String key = prefix.isEmpty() ? k : prefix + "." + k;
          if (v instanceof Map<?, ?> m) {
            flatten(key, map(m), into);
          } else {
            into.put(key, v);
          }
        });
  }

  /**
   * Spring's relaxed binding: LOA_KAFKA_BOOTSTRAP_SERVERS and loa.kafka.bootstrap-servers are one
   * property.
   */
  static String canonical(String name) {
    return name.toLowerCase().replaceAll("[^a-z0-9]", "");
  }

  static int serverPort(Service service) {
    return ((Number) applicationYml(service).get("server.port")).intValue();
  }

  @Test
  void every_service_and_the_infrastructure_is_in_the_compose_file() {
    Set<String> expected =
        new TreeSet<>(List.of("kafka", "mongo", "prometheus", "grafana", "jaeger"));
    for (Service s : Service.values()) {
      expected.add(s.module());
    }
    assertThat(compose().keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void kafka_is_the_official_image_in_kraft_mode_and_the_same_one_the_container_tests_use() {
    Map<String, Object> kafka = map(compose().get("kafka"));
    assertThat(kafka.get("image")).isEqualTo(ContainerInfrastructure.KAFKA_IMAGE);
    Map<String, Object> env = map(kafka.get("environment"));
    assertThat(String.valueOf(env.get("KAFKA_PROCESS_ROLES")))
        .contains("broker")
        .contains("controller");
    assertThat(env.keySet()).noneMatch(k -> k.contains("ZOOKEEPER"));
    assertThat(compose().keySet()).noneMatch(k -> k.contains("zookeeper"));
  }

  @Test
  void mongo_is_the_official_image_as_a_replica_set_and_the_same_one_the_container_tests_use() {
    Map<String, Object> mongo = map(compose().get("mongo"));
    assertThat(mongo.get("image")).isEqualTo(ContainerInfrastructure.MONGO_IMAGE);
    assertThat(list(mongo.get("command"))).contains("--replSet");
    assertThat(mongo.get("healthcheck")).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void each_service_is_built_from_its_module_and_listens_where_its_configuration_says(
      Service service) {
    Map<String, Object> spec = map(compose().get(service.module()));
    assertThat(map(map(spec.get("build")).get("args")).get("MODULE")).isEqualTo(service.module());
    int port = serverPort(service);
    assertThat(port).isEqualTo(service.defaultPort());
    List<String> ports = new ArrayList<>();
    list(spec.get("expose")).forEach(p -> ports.add(String.valueOf(p)));
    list(spec.get("ports")).forEach(p -> ports.add(String.valueOf(p).replaceAll(".*:", "")));
    assertThat(ports).contains(Integer.toString(port));
    assertThat(String.valueOf(map(spec.get("healthcheck")).get("test")))
        .contains("localhost:" + port + "/readyz");
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void every_environment_variable_sets_a_property_the_service_has(Service service) {
    Map<String, Object> env = map(map(compose().get(service.module())).get("environment"));
    Set<String> known =
        applicationYml(service).keySet().stream()
            .map(DeploymentConfigurationTest::canonical)
            .collect(Collectors.toCollection(java.util.HashSet::new));
    // Spring Boot makes the OTLP span exporter only when the endpoint is set (an empty default in
    // application.yml would make one that sends nowhere), so that one property is not in the file.
    known.add(canonical("management.opentelemetry.tracing.export.otlp.endpoint"));
    assertThat(env.keySet())
        .isNotEmpty()
        .allSatisfy(name -> assertThat(known).contains(canonical(name)));
  }

  @ParameterizedTest
  @EnumSource(
      value = Service.class,
      names = {"GATEWAY", "IDENTITY", "WEB"},
      mode = EnumSource.Mode.EXCLUDE)
  void back_end_services_reach_the_broker_and_their_own_database(Service service) {
    Map<String, Object> env = map(map(compose().get(service.module())).get("environment"));
    assertThat(env.get("LOA_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
    assertThat(String.valueOf(env.get("SPRING_MONGODB_URI")))
        .startsWith("mongodb://loa:${LOA_MONGO_PASSWORD:?")
        .contains("@mongo:27017/loa_" + service.module().replace('-', '_') + "?");
    Map<String, Object> dependsOn = map(map(compose().get(service.module())).get("depends_on"));
    assertThat(dependsOn.keySet()).contains("kafka", "mongo");
  }

  @ParameterizedTest
  @EnumSource(
      value = Service.class,
      names = {"PLAN", "TASK", "AGGREGATOR", "WEB"})
  void back_end_services_check_tokens_of_the_identity_service_by_its_keys(Service service) {
    Map<String, Object> env = map(map(compose().get(service.module())).get("environment"));
    Map<String, Object> identity =
        map(map(compose().get(Service.IDENTITY.module())).get("environment"));
    assertThat(env.get("LOA_IDENTITY_ISSUER")).isEqualTo(identity.get("LOA_IDENTITY_ISSUER"));
    assertThat(env.get("LOA_IDENTITY_JWK_SET_URI"))
        .isEqualTo(
            "http://"
                + Service.IDENTITY.module()
                + ":"
                + serverPort(Service.IDENTITY)
                + "/oauth2/jwks");
  }

  @Test
  void the_web_application_owns_no_data_and_reaches_the_api_through_the_gateway() {
    Map<String, Object> spec = map(compose().get(Service.WEB.module()));
    Map<String, Object> env = map(spec.get("environment"));
    assertThat(env.get("LOA_WEB_API_URL"))
        .isEqualTo("http://" + Service.GATEWAY.module() + ":" + serverPort(Service.GATEWAY));
    assertThat(env.keySet()).noneMatch(k -> k.contains("MONGODB") || k.contains("KAFKA"));
  }

  @Test
  void the_identity_service_keeps_its_users_clients_and_key_in_its_own_database() {
    Map<String, Object> env = map(map(compose().get(Service.IDENTITY.module())).get("environment"));
    assertThat(String.valueOf(env.get("SPRING_MONGODB_URI")))
        .startsWith("mongodb://loa:${LOA_MONGO_PASSWORD:?")
        .contains("@mongo:27017/loa_identity?");
    assertThat(map(map(compose().get(Service.IDENTITY.module())).get("depends_on")).keySet())
        .containsExactly("mongo");
  }

  @Test
  void the_gateway_routes_to_each_service_by_its_compose_name_and_port() {
    Map<String, Object> env = map(map(compose().get(Service.GATEWAY.module())).get("environment"));
    for (Service s : List.of(Service.PLAN, Service.TASK, Service.AGGREGATOR, Service.WEB)) {
      String variable = "LOA_SERVICES_" + s.module().toUpperCase().replace('-', '_');
      assertThat(env.get(variable)).isEqualTo("http://" + s.module() + ":" + serverPort(s));
    }
  }

  @Test
  void prometheus_scrapes_every_service_on_its_management_port() {
    String config = text("docker/prometheus/prometheus.yml");
    for (Service s : Service.values()) {
      int management = ((Number) applicationYml(s).get("management.server.port")).intValue();
      assertThat(management).isEqualTo(s.defaultManagementPort()).isNotEqualTo(serverPort(s));
      assertThat(config).contains(s.module() + ":" + management);
    }
  }

  static String text(String file) {
    try {
      return Files.readString(REPO.resolve(file));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A secret in the compose file: named like one, or a URI or login that carries a password. */
  static boolean secret(String name, String value) {
    return name.matches(".*(PASSWORD|SECRET|_KEY|JAAS).*")
        || value.matches(".*://[^/@]+@.*")
        || value.contains("password=");
  }

  @Test
  void every_secret_comes_from_the_environment_with_no_default() {
    String file = text("docker-compose.yml");
    // No ${VAR:-default} and no ${VAR} that would quietly be empty: each reference demands its
    // value.
    java.util.regex.Matcher refs =
        java.util.regex.Pattern.compile("\\$\\{([A-Z0-9_]+)([^}]*)}").matcher(file);
    int count = 0;
    while (refs.find()) {
      count++;
      assertThat(refs.group(2)).as(refs.group()).startsWith(":?");
    }
    assertThat(count).isPositive();
    List<String> secrets = new ArrayList<>();
    compose()
        .forEach(
            (service, spec) -> {
              Object environment = map(spec).get("environment");
              if (environment == null) {
                return;
              }
              map(environment)
                  .forEach(
                      (name, value) -> {
                        String v = String.valueOf(value);
                        if (secret(name, v)) {
                          secrets.add(service + "." + name);
                          // The secret part is a reference to the environment, never a literal.
                          String withoutReferences = v.replaceAll("\\$\\{[A-Z0-9_]+:\\?[^}]*}", "");
                          assertThat(v).as(service + "." + name).contains("${");
                          assertThat(withoutReferences)
                              .as(service + "." + name + " without its references")
                              .doesNotContainPattern("password=\"[^\"]+\"")
                              .doesNotContainPattern("://[^/@:]+:[^/@]+@");
                        }
                      });
            });
    assertThat(secrets)
        .contains(
            "mongo.MONGO_INITDB_ROOT_PASSWORD",
            "kafka.KAFKA_LISTENER_NAME_SASL__PLAINTEXT_PLAIN_SASL_JAAS_CONFIG",
            "grafana.GF_SECURITY_ADMIN_PASSWORD",
            "gateway.LOA_IDENTITY_GATEWAY_CLIENT_SECRET",
            "identity-service.LOA_IDENTITY_GATEWAY_CLIENT_SECRET",
            "task-service.LOA_KAFKA_SASL_JAAS_CONFIG",
            "task-service.SPRING_MONGODB_URI");
  }

  @Test
  void the_production_like_set_has_no_demo_accounts_and_the_demo_profile_is_a_file_of_its_own() {
    compose()
        .forEach(
            (service, spec) -> {
              Object environment = map(spec).get("environment");
              if (environment != null) {
                assertThat(map(environment).get("LOA_DEMO_ENABLED")).as(service).isNull();
              }
            });
    Map<String, Object> demo = map(yaml(REPO.resolve("docker-compose.demo.yml")).get("services"));
    assertThat(demo.keySet())
        .containsExactlyInAnyOrder(Service.IDENTITY.module(), Service.PLAN.module());
    demo.values()
        .forEach(
            spec ->
                assertThat(map(map(spec).get("environment")))
                    .containsEntry("LOA_DEMO_ENABLED", "true"));
  }

  @Test
  void the_broker_and_the_store_require_credentials_and_grafana_has_no_default_login() {
    Map<String, Object> kafka = map(map(compose().get("kafka")).get("environment"));
    assertThat(List.of(String.valueOf(kafka.get("KAFKA_LISTENERS")).split(",")))
        .contains("SASL_PLAINTEXT://:9092")
        .noneMatch(listener -> listener.startsWith("PLAINTEXT://"));
    assertThat(String.valueOf(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP")))
        .doesNotContain("SASL_PLAINTEXT:PLAINTEXT");
    for (Service s : List.of(Service.PLAN, Service.TASK, Service.AGGREGATOR)) {
      Map<String, Object> env = map(map(compose().get(s.module())).get("environment"));
      assertThat(env).containsEntry("LOA_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
      assertThat(String.valueOf(env.get("LOA_KAFKA_SASL_JAAS_CONFIG")))
          .contains("password=\"${LOA_KAFKA_PASSWORD:?");
    }
    Map<String, Object> mongo = map(compose().get("mongo"));
    assertThat(list(mongo.get("command"))).contains("--keyFile");
    assertThat(map(mongo.get("environment"))).containsKey("MONGO_INITDB_ROOT_USERNAME");
    Map<String, Object> grafana = map(map(compose().get("grafana")).get("environment"));
    assertThat(String.valueOf(grafana.get("GF_SECURITY_ADMIN_PASSWORD")))
        .startsWith("${LOA_GRAFANA_ADMIN_PASSWORD:?");
    assertThat(grafana.get("GF_AUTH_ANONYMOUS_ENABLED")).isEqualTo("false");
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void only_the_public_ports_are_published_and_metrics_stay_on_the_compose_network(
      Service service) {
    Map<String, Object> spec = map(compose().get(service.module()));
    List<String> published = list(spec.get("ports")).stream().map(String::valueOf).toList();
    boolean isPublic = service == Service.GATEWAY || service == Service.IDENTITY;
    assertThat(published)
        .isEqualTo(isPublic ? List.of(serverPort(service) + ":" + serverPort(service)) : List.of());
    assertThat(published)
        .noneMatch(p -> p.contains(Integer.toString(service.defaultManagementPort())));
  }

  @ParameterizedTest
  @EnumSource(Service.class)
  void every_binding_reads_a_topic_of_the_catalogue(Service service) {
    Set<String> topics = Catalogue.TOPICS.stream().map(Topic::name).collect(Collectors.toSet());
    applicationYml(service)
        .forEach(
            (key, value) -> {
              if (key.startsWith("spring.cloud.stream.bindings.") && key.endsWith(".destination")) {
                assertThat(topics).as(key).contains(String.valueOf(value));
              }
            });
  }
}
