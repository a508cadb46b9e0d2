package org.tongchou.hub.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.EventHashes;

class IdentityLinksTest {

  static final String ALIAS = "p" + "a".repeat(40);
  static final String PRIMARY = "p" + "b".repeat(40);
  static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

  static PersonState aliasWith(PersonEvent... events) {
    PersonState state = new PersonState();
    for (PersonEvent e : events) {
      state.evolve(e);
    }
    return state;
  }

  @Test
  void aLinkIdNamesTheAliasAndThePrimary() {
    String id = IdentityLinks.linkId(ALIAS, PRIMARY, 2);

    assertThat(IdentityLinks.keysOf(id))
        .hasValueSatisfying(keys -> assertThat(keys).containsExactly(ALIAS, PRIMARY));
    assertThat(IdentityLinks.keysOf("link/x")).isEmpty();
  }

  @Test
  void aPersonCannotBeLinkedIntoItself() {
    Decision d =
        IdentityLinks.request(
            ALIAS, new PersonState(), new IdentityLinks.Request(ALIAS, false, "320200", "r", AT));

    assertThat(((Decision.Refused) d).refusal().violations())
        .extracting(v -> v.field())
        .containsExactly("alias_id_number");
  }

  @Test
  void anAliasAlreadyLinkedMustBeSplitBeforeAnotherLink() {
    PersonState linked =
        aliasWith(
            new IdentityLinked(
                ALIAS,
                1,
                IdentityLinks.linkId(ALIAS, PRIMARY, 1),
                PRIMARY,
                ALIAS,
                "320200",
                "410000",
                AT,
                EventHashes.GENESIS,
                "h"));

    Decision d =
        IdentityLinks.request(
            ALIAS,
            linked,
            new IdentityLinks.Request("p" + "c".repeat(40), false, "320200", "r", AT));

    assertThat(((Decision.Refused) d).refusal().reason()).isEqualTo("ALREADY_LINKED");
    assertThat(linked.linkedInto(ALIAS)).hasValue(PRIMARY);
  }

  @Test
  void nothingCanBeLinkedIntoAnAlias() {
    Decision d =
        IdentityLinks.request(
            ALIAS, new PersonState(), new IdentityLinks.Request(PRIMARY, true, "320200", "r", AT));

    assertThat(((Decision.Refused) d).refusal().reason()).isEqualTo("PRIMARY_IS_AN_ALIAS");
  }

  @Test
  void aSplitEndsTheLinkSoThatTheAliasTakesItsOwnFactsAgain() {
    String id = IdentityLinks.linkId(ALIAS, PRIMARY, 1);
    PersonState state =
        aliasWith(
            new IdentityLinked(
                ALIAS, 1, id, PRIMARY, ALIAS, "320200", "410000", AT, EventHashes.GENESIS, "h"));

    Decision split =
        IdentityLinks.end(
            ALIAS,
            state,
            new IdentityLinks.Ending(
                id, ALIAS, PRIMARY, IdentityUnlinked.SPLIT, "410000", "r", AT));
    ((Decision.Accepted) split).events().forEach(state::evolve);

    assertThat(state.linkedInto(ALIAS)).isEmpty();
    assertThat(state.link(id).orElseThrow().status()).isEqualTo(IdentityLink.Status.SPLIT);
  }
}
