package vn.loa.report.reporting;

import org.springframework.stereotype.Component;
import vn.loa.contracts.plan.PlanSnapshot;
import vn.loa.support.messaging.Replicas;

/** Keeps each plan's reporting regime, newest version only. */
@Component
public class Regimes {

  private final Replicas replicas;

  Regimes(Replicas replicas) {
    this.replicas = replicas;
  }

  public void apply(PlanSnapshot plan) {
    replicas.saveIfNewer(Regime.of(plan));
  }
}
