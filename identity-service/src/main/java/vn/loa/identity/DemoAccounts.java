package vn.loa.identity;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.loa.contracts.identity.Role;

/**
 * The demo accounts of the local default (README): one person per role on the demo hierarchy, an
 * integrator client per sample unit and an operations client for the scripts (the gateway's client
 * is {@link GatewayClient}'s, from configuration, on the local default as anywhere else). Written
 * on every start, so the README's passwords always work; never enabled in production.
 */
@Component
@ConditionalOnProperty(name = "loa.demo.enabled", havingValue = "true")
class DemoAccounts {

  /** The one password of every demo person (local default only). */
  static final String PASSWORD = "loa-demo";

  private final MongoTemplate mongo;
  private final PasswordEncoder encoder;

  DemoAccounts(MongoTemplate mongo, PasswordEncoder encoder) {
    this.mongo = mongo;
    this.encoder = encoder;
  }

  @EventListener(ApplicationReadyEvent.class)
  void write() {
    String hash = encoder.encode(PASSWORD);
    List.of(
            new LoaUser(
                "admin.hp",
                hash,
                "Quản trị Văn phòng UBND thành phố",
                "hp",
                List.of(Role.CITY_ADMIN.name()),
                true),
            new LoaUser(
                "viewer.hp",
                hash,
                "Lãnh đạo theo dõi (thành phố)",
                "hp",
                List.of(Role.CITY_VIEWER.name()),
                true),
            new LoaUser(
                "officer.skhcn",
                hash,
                "Cán bộ Sở Khoa học và Công nghệ",
                "hp-skhcn",
                List.of(Role.DEPARTMENT_OFFICER.name()),
                true),
            new LoaUser(
                "officer.sngv",
                hash,
                "Cán bộ Sở Ngoại vụ",
                "hp-sngv",
                List.of(Role.DEPARTMENT_OFFICER.name()),
                true),
            new LoaUser(
                "officer.stp",
                hash,
                "Cán bộ Sở Tư pháp",
                "hp-stp",
                List.of(Role.DEPARTMENT_OFFICER.name()),
                true),
            new LoaUser(
                "officer.vp-ubnd",
                hash,
                "Chuyên viên Văn phòng UBND thành phố (tiếp nhận báo cáo)",
                "hp-vp-ubnd",
                List.of(Role.DEPARTMENT_OFFICER.name(), Role.COORDINATOR.name()),
                true),
            new LoaUser(
                "officer.svhttdl",
                hash,
                "Cán bộ Sở Văn hóa, Thể thao và Du lịch (tổng hợp báo cáo của thành phố)",
                "hp-svhttdl",
                List.of(Role.DEPARTMENT_OFFICER.name(), Role.COORDINATOR.name()),
                true),
            new LoaUser(
                "officer.snv",
                hash,
                "Cán bộ Sở Nội vụ (tổng hợp báo cáo của thành phố)",
                "hp-snv",
                List.of(Role.DEPARTMENT_OFFICER.name(), Role.COORDINATOR.name()),
                true),
            new LoaUser(
                "officer.kim-thanh",
                hash,
                "Cán bộ UBND xã Kim Thành",
                "hp-kim-thanh",
                List.of(Role.COMMUNE_OFFICER.name()),
                true),
            new LoaUser(
                "officer.x001",
                hash,
                "Cán bộ UBND xã An Hưng",
                "hp-x001",
                List.of(Role.COMMUNE_OFFICER.name()),
                true),
            new LoaUser(
                "officer.kim-thanh-vhxh",
                hash,
                "Cán bộ Phòng Văn hóa – Xã hội xã Kim Thành",
                "hp-kim-thanh-vhxh",
                List.of(Role.UNIT_OFFICER.name()),
                true))
        .forEach(mongo::save);
    List.of(
            new LoaClient(
                "loa-ops",
                encoder.encode("loa-ops-secret"),
                "Operations scripts (local default)",
                List.of("client_credentials"),
                null,
                "hp",
                List.of(Role.CITY_ADMIN.name()),
                null),
            new LoaClient(
                "integrator-kim-thanh",
                encoder.encode("integrator-kim-thanh-secret"),
                "Phần mềm một cửa xã Kim Thành (mẫu)",
                List.of("client_credentials"),
                null,
                "hp-kim-thanh",
                List.of(Role.INTEGRATOR.name()),
                null),
            new LoaClient(
                "integrator-skhcn",
                encoder.encode("integrator-skhcn-secret"),
                "Hệ thống của Sở KH&CN (mẫu)",
                List.of("client_credentials"),
                null,
                "hp-skhcn",
                List.of(Role.INTEGRATOR.name()),
                null))
        .forEach(mongo::save);
  }
}
