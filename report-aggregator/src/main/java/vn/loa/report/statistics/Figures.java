package vn.loa.report.statistics;

/**
 * Counted figures.
 *
 * @param quantity items (articles, broadcasts, banners...)
 * @param participants people reached
 * @param activities activities recorded
 */
public record Figures(long quantity, long participants, long activities) {

  public static final Figures ZERO = new Figures(0, 0, 0);

  public Figures plus(Figures o) {
    return new Figures(
        quantity + o.quantity, participants + o.participants, activities + o.activities);
  }

  public Figures minus(Figures o) {
    return new Figures(
        quantity - o.quantity, participants - o.participants, activities - o.activities);
  }

  public boolean hasNothing() {
    return quantity == 0 && participants == 0 && activities == 0;
  }
}
