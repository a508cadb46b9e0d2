package org.tongchou.hub.stream.app;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.policy.app.PolicyCatalog;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.stream.domain.PersonDecider;
import org.tongchou.hub.stream.domain.Sealing;

/**
 * What the person decider needs from the running hub, handed to the aggregate's handlers as one
 * resource: the policies in force, the division table, the access policy, the person's keys for
 * sealing texts, and the clock.
 */
@Component
public class PersonDeciding {

  private final PolicyCatalog policies;
  private final RegionDirectory regions;
  private final PersonAccess access;
  private final Clock clock;
  private final Sealing sealing;

  public PersonDeciding(
      PolicyCatalog policies,
      RegionDirectory regions,
      PersonAccess access,
      PersonalTexts texts,
      Clock clock) {
    this.policies = policies;
    this.regions = regions;
    this.access = access;
    this.clock = clock;
    this.sealing =
        new Sealing() {
          @Override
          public String seal(String personKey, String text) {
            return texts.seal(personKey, text);
          }

          @Override
          public FactData seal(String personKey, FactData data) {
            return texts.seal(personKey, data);
          }

          @Override
          public String digestName(String personKey, String name) {
            return texts.digestName(personKey, name);
          }
        };
  }

  /** The context of a decision taken now (to the millisecond, as events record time). */
  PersonDecider.Context now() {
    return new PersonDecider.Context(
        policies.book(), regions, access, sealing, clock.instant().truncatedTo(ChronoUnit.MILLIS));
  }
}
