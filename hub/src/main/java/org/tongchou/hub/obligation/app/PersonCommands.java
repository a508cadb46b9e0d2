package org.tongchou.hub.obligation.app;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import org.tongchou.hub.feed.app.FeedRecorder;
import org.tongchou.hub.person.app.RecordedDecisions;
import org.tongchou.hub.person.domain.Decision;

/**
 * Sends one command to a person and records what it decided, feed entries included, in one unit of
 * work and one transaction: an office's act is stored whole or not at all.
 */
@Component
public class PersonCommands {

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final FeedRecorder feed;

    PersonCommands(CommandGateway commands, TransactionManager transactions, FeedRecorder feed) {
        this.commands = commands;
        this.transactions = transactions;
        this.feed = feed;
    }

    public Decision send(Object command) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        var result = unitOfWork.executeWithResult(() -> {
            Decision decision = commands.sendAndWait(command);
            // Registered after the command, so it runs after Axon appended its events.
            unitOfWork.onPrepareCommit(u -> feed.record(RecordedDecisions.take(u)));
            return decision;
        });
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
        }
        return (Decision) result.getPayload();
    }
}
