package org.tongchou.hub.replay.app;

import java.time.Instant;
import org.tongchou.hub.person.domain.PersonEvent;

/**
 * One row of the event log as a replay sees it: its global position, its person, when the hub
 * recorded it, and the event itself when the replay asked for its type (null otherwise: most
 * replays need only some types, and skipping the rest is most of their speed).
 */
public record LoggedEvent(long position, String personKey, Instant recordedAt, PersonEvent event) {}
