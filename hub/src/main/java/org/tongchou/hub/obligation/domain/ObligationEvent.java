package org.tongchou.hub.obligation.domain;

import java.util.LinkedHashSet;
import java.util.Set;
import org.tongchou.hub.person.domain.PersonEvent;

/**
 * An event of an obligation, recorded in the stream of the person it concerns. Each names the two
 * regions it binds, so that the feed delivers it to them (and their offices), and its
 * {@code cause}: the record key of the fact that led to it, {@code deadline:DATE} when time alone
 * did, or {@code office:CODE} for a coordination office's act.
 */
public interface ObligationEvent extends PersonEvent {

    String obligationId();

    String responsible();

    String owed();

    String cause();

    @Override
    default Set<String> addressees() {
        Set<String> regions = new LinkedHashSet<>();
        regions.add(responsible());
        regions.add(owed());
        return regions;
    }
}
