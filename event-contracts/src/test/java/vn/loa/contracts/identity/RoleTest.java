package vn.loa.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The rights each role carries in every service (docs/security.md), and the token's role names. */
class RoleTest {

  @Test
  void viewers_and_coordinators_change_nothing_and_only_officials_act_for_their_unit() {
    assertThat(Arrays.stream(Role.values()).filter(r -> !r.writes()))
        .containsExactlyInAnyOrder(Role.CITY_VIEWER, Role.COORDINATOR);
    assertThat(Arrays.stream(Role.values()).filter(Role::official))
        .containsExactlyInAnyOrder(
            Role.CITY_ADMIN, Role.DEPARTMENT_OFFICER, Role.COMMUNE_OFFICER, Role.UNIT_OFFICER);
  }

  @Test
  void a_role_name_this_version_does_not_know_is_no_role() {
    assertThat(Role.parse("COMMUNE_OFFICER")).isEqualTo(Role.COMMUNE_OFFICER);
    assertThat(Role.parse("commune_officer")).as("names are exact").isNull();
    assertThat(Role.parse("SUPER_ADMIN")).isNull();
    assertThat(Role.parse(null)).isNull();
  }

  @Test
  void the_claims_are_named_as_identity_service_writes_them() {
    assertThat(TokenClaims.UNIT).isEqualTo("loa_unit");
    assertThat(TokenClaims.ROLES).isEqualTo("loa_roles");
    assertThat(TokenClaims.AUDIENCE).isEqualTo("loa");
  }
}
