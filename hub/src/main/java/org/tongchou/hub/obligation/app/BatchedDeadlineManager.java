package org.tongchou.hub.obligation.app;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Axon's db-scheduler deadline manager, except that the deadlines a unit of work schedules are
 * inserted together, in one JDBC batch when the root unit of work prepares to commit, instead of a
 * look-up and an insert each when every command's own unit of work commits (a batch of 500 new
 * persons schedules about 1,500 wake-ups: BENCHMARKS.md, "Durable ingest", 2026-12-01 profile).
 *
 * <p>The rows are the ones Axon writes: its task name, its binary details, the same serializer, so
 * that Axon's own task fires them. As with Axon, a deadline is scheduled only if the unit of work
 * that asked for it commits, and in the same transaction as the events that asked for it.
 * Cancelling, firing and the scheduler's lifecycle are Axon's, unchanged.
 */
final class BatchedDeadlineManager extends DbSchedulerDeadlineManager {

  /**
   * Axon's task for binary deadline details ({@code DbSchedulerDeadlineToken.TASK_NAME}, not
   * public).
   */
  static final String AXON_DEADLINE_TASK = "AxonDeadline";

  private static final TaskDescriptor<DbSchedulerBinaryDeadlineDetails> TASK =
      TaskDescriptor.of(AXON_DEADLINE_TASK, DbSchedulerBinaryDeadlineDetails.class);

  /** Root unit-of-work resource: the deadlines its commands asked for, in order. */
  private static final String PENDING = BatchedDeadlineManager.class.getName() + ".pending";

  private final Scheduler scheduler;
  private final Serializer serializer;

  /**
   * {@code builder} must use binary details (Axon's default), with this scheduler and serializer.
   */
  BatchedDeadlineManager(Builder builder, Scheduler scheduler, Serializer serializer) {
    super(builder.scheduler(scheduler).serializer(serializer).useBinaryPojo(true));
    this.scheduler = scheduler;
    this.serializer = serializer;
  }

  /** A deadline asked for, inserted when its batch is. */
  private record Pending(
      String id, String name, ScopeDescriptor scope, DeadlineMessage<Object> message, Instant at) {}

  @Override
  public String schedule(
      Instant triggerDateTime,
      String deadlineName,
      Object messageOrPayload,
      ScopeDescriptor deadlineScope) {
    if (!CurrentUnitOfWork.isStarted()) {
      return super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
    }
    String id = IdentifierFactory.getInstance().generateIdentifier();
    Pending pending =
        new Pending(
            id,
            deadlineName,
            deadlineScope,
            GenericDeadlineMessage.asDeadlineMessage(
                deadlineName, messageOrPayload, triggerDateTime),
            triggerDateTime);
    UnitOfWork<?> current = CurrentUnitOfWork.get();
    if (current.isRoot()) {
      enqueue(current, pending);
    } else {
      // A command's own unit of work may still roll back on its own: only once it commits does the
      // deadline count.
      current.onPrepareCommit(u -> enqueue(u.root(), pending));
    }
    return id;
  }

  private void enqueue(UnitOfWork<?> root, Pending pending) {
    if (root.phase().isAfter(UnitOfWork.Phase.STARTED)) {
      // Asked for while the root commits already: too late to join its batch, inserted at once.
      insert(List.of(pending));
      return;
    }
    root.<List<Pending>>getOrComputeResource(
            PENDING,
            key -> {
              List<Pending> batch = new ArrayList<>();
              root.onPrepareCommit(u -> insert(batch));
              return batch;
            })
        .add(pending);
  }

  private void insert(List<Pending> batch) {
    List<SchedulableInstance<?>> instances = new ArrayList<>(batch.size());
    for (Pending p : batch) {
      DeadlineMessage<Object> message = processDispatchInterceptors(p.message());
      instances.add(
          SchedulableInstance.of(
              TASK.instance(p.id()).data(details(p.name(), p.scope(), message)).build(), p.at()));
    }
    scheduler.scheduleBatch(instances);
  }

  /**
   * What Axon's {@code DbSchedulerBinaryDeadlineDetails.serialized} makes (package-private there).
   */
  private DbSchedulerBinaryDeadlineDetails details(
      String name, ScopeDescriptor scope, DeadlineMessage<?> message) {
    SerializedObject<byte[]> scopeBytes = serializer.serialize(scope, byte[].class);
    SerializedObject<byte[]> payload = serializer.serialize(message.getPayload(), byte[].class);
    SerializedObject<byte[]> metaData = serializer.serialize(message.getMetaData(), byte[].class);
    return new DbSchedulerBinaryDeadlineDetails(
        name,
        scopeBytes.getData(),
        scopeBytes.getType().getName(),
        payload.getData(),
        payload.getType().getName(),
        payload.getType().getRevision(),
        metaData.getData());
  }
}
