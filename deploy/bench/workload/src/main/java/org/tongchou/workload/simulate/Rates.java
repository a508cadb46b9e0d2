package org.tongchou.workload.simulate;

/**
 * How often things go wrong or happen in a simulation, each a fraction from 0 to 1.
 *
 * @param late of the certificate checks and of the verification answers, those made after the 30
 *     days allowed (31 to 60 days after arrival, 31 to 45 days after the request)
 * @param unanswered of the verification requests and of the birth notices, those the registration
 *     county never answers; half as many women never get a certificate
 * @param conflict of the persons, those a second province also registers as arriving
 * @param birth of the women, those who give birth during the residence
 * @param returns of the persons, those who return home before the range ends
 */
public record Rates(double late, double unanswered, double conflict, double birth, double returns) {

  /** The defaults of {@code tongchou-workload simulate}. */
  public static final Rates DEFAULT = new Rates(0.15, 0.2, 0.05, 0.1, 0.1);

  /** Checks the ranges; a person gets a conflict or a return, never both. */
  public Rates {
    for (double rate : new double[] {late, unanswered, conflict, birth, returns}) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("every rate must be a fraction from 0 to 1");
      }
    }
    if (conflict + returns > 1) {
      throw new IllegalArgumentException(
          "the conflict and return rates together must not exceed 1");
    }
  }
}
