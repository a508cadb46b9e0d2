package org.tongchou.hub.erasure.app;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.cli.CommandLine;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.IdNumber;

/**
 * {@code hub person erase ID_NUMBER --office CODE|national --reason TEXT}: the operator erases a
 * person on behalf of an office, under the same rule as {@code Erasure.ErasePerson} (the national
 * office, or the office over the person's registration region). Prints the erasure's place in the
 * chain; every refusal goes to standard error and exits 1.
 */
@Component
@ConditionalOnProperty(name = "tongchou.command", havingValue = "person")
class EraseCommand implements ApplicationRunner {

  static final String USAGE =
      "usage: hub person erase ID_NUMBER --office CODE|national --reason TEXT";

  private final PersonIndex keys;
  private final PersonErasures erasures;
  private final Clock clock;

  EraseCommand(PersonIndex keys, PersonErasures erasures, Clock clock) {
    this.keys = keys;
    this.erasures = erasures;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> words = List.of(args.getSourceArgs());
    Map<String, String> options = CommandLine.parse(words).options();
    int erase = words.indexOf("erase");
    String office = options.get("office");
    String reason = options.get("reason");
    if (erase < 0
        || erase + 1 >= words.size()
        || words.get(erase + 1).startsWith("--")
        || office == null
        || reason == null) {
      throw refused(USAGE);
    }
    IdNumber.Parsed parsed = IdNumber.parse(words.get(erase + 1));
    if (!parsed.isValid()) {
      throw refused("ID_NUMBER: " + parsed.problem());
    }
    String why = reason.strip();
    if (why.isEmpty() || why.length() > 500 || why.chars().anyMatch(Character::isISOControl)) {
      throw refused("--reason: 1 to 500 characters, no control characters");
    }
    String personKey = keys.keyOf(parsed.number());
    String jurisdiction = Caller.jurisdictionOfOffice(office);
    if (!erasures.mayErase(personKey, jurisdiction).orElse(false)) {
      throw refused("no person with that ID number that office " + office + " may erase");
    }
    Decision decision =
        erasures.erase(
            personKey,
            jurisdiction == null ? Caller.NATIONAL : jurisdiction,
            why,
            clock.instant().truncatedTo(ChronoUnit.MILLIS));
    if (decision instanceof Decision.Refused refused) {
      throw refused(refused.refusal().reason() + ": " + refused.refusal().message());
    }
    PersonErasures.Erased erased =
        erasures.located((PersonErased) ((Decision.Accepted) decision).events().get(0));
    System.out.println(
        "erased "
            + personKey
            + " at "
            + erased.event().recordedAt()
            + " (position "
            + erased.position()
            + ", hash "
            + erased.event().hash()
            + ")");
  }

  private static IllegalArgumentException refused(String message) {
    System.err.println("hub person erase: " + message);
    return new IllegalArgumentException(message);
  }
}
