package org.tongchou.hub.stream.app;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the person a command is for the way Axon's annotation resolver does (the record component
 * marked {@link TargetAggregateIdentifier}), but looks for the annotation once per command type
 * instead of once per command: searching annotations took about 4% of the hub's CPU per ingested
 * fact (BENCHMARKS.md, "Durable ingest"). Person commands are records and carry no expected
 * version; a command type that did would be refused at its first use rather than silently judged
 * without it.
 */
final class PersonCommandTargets implements CommandTargetResolver {

  private final Map<Class<?>, Method> accessors = new ConcurrentHashMap<>();

  @Override
  public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
    Object payload = command.getPayload();
    Object identifier;
    try {
      identifier =
          accessors
              .computeIfAbsent(payload.getClass(), PersonCommandTargets::accessorOf)
              .invoke(payload);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "the person key of " + payload.getClass().getName() + " cannot be read", e);
    }
    if (identifier == null) {
      // As Axon's resolver: a command without a target names no aggregate.
      throw new IllegalArgumentException(
          "Invalid command. It does not identify the target aggregate. "
              + "Make sure at least one of the fields or methods in the ["
              + payload.getClass().getSimpleName()
              + "] class contains the @TargetAggregateIdentifier annotation and that it returns a non-null value.");
    }
    return new VersionedAggregateIdentifier(identifier, null);
  }

  private static Method accessorOf(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record; person commands are");
    }
    Method found = null;
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getAccessor().isAnnotationPresent(TargetAggregateVersion.class)) {
        throw new IllegalArgumentException(
            type.getName()
                + " carries an expected version, which "
                + PersonCommandTargets.class.getSimpleName()
                + " does not check");
      }
      if (component.getAccessor().isAnnotationPresent(TargetAggregateIdentifier.class)) {
        found = component.getAccessor();
      }
    }
    if (found == null) {
      throw new IllegalArgumentException(
          "Invalid command. It does not identify the target aggregate. "
              + "Make sure at least one of the fields or methods in the ["
              + type.getSimpleName()
              + "] class contains the @TargetAggregateIdentifier annotation and that it returns a non-null value.");
    }
    found.setAccessible(true);
    return found;
  }
}
