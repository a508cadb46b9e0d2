package org.tongchou.hub.stream.app;

import java.util.Set;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Axon's caching event-sourcing repository for persons, with one addition: a batch that has already
 * established, in one query, which of its persons have no events at all marks them in its unit of
 * work, and loading such a person then skips the two per-person reads (snapshot and events) that
 * would only return nothing. Everyone else loads exactly as in Axon.
 */
public class PersonRepository extends CachingEventSourcingRepository<PersonAggregate> {

  /** Root unit-of-work resource: the person keys the current batch knows to have no events. */
  public static final String KNOWN_NEW_PERSONS = PersonRepository.class.getName() + ".knownNew";

  PersonRepository(EventSourcingRepository.Builder<PersonAggregate> builder) {
    super(builder);
  }

  @Override
  protected DomainEventStream readEvents(String personKey) {
    if (CurrentUnitOfWork.isStarted()) {
      Set<String> knownNew = CurrentUnitOfWork.get().root().getResource(KNOWN_NEW_PERSONS);
      if (knownNew != null && knownNew.contains(personKey)) {
        return DomainEventStream.empty();
      }
    }
    return super.readEvents(personKey);
  }
}
