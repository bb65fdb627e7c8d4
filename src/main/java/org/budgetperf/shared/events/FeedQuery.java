package org.budgetperf.shared.events;

import java.util.Set;
import java.util.UUID;

/**
 * What a reader asks of the feed.
 *
 * @param after only events with a higher seq
 * @param limit at most this many
 * @param types the types asked for; null for every type
 * @param visibleCodes the department codes the reader may see; null for every department (and the events of none)
 */
public record FeedQuery(
        long after,
        int limit,
        EventTypes.Selection types,
        UUID departmentId,
        String departmentCode,
        Integer fiscalYear,
        Set<String> visibleCodes) {

    public FeedQuery after(long seq) {
        return new FeedQuery(seq, limit, types, departmentId, departmentCode, fiscalYear, visibleCodes);
    }

    /** Whether an event is one this query asks for (the same test as the SQL of {@link EventFeed#read}). */
    public boolean matches(FeedEvent e) {
        return (types == null || types.matches(e.type()))
                && (departmentId == null || departmentId.equals(e.departmentId()))
                && (departmentCode == null || departmentCode.equals(e.departmentCode()))
                && (fiscalYear == null || fiscalYear.equals(e.fiscalYear()))
                && (visibleCodes == null || (e.departmentCode() != null && visibleCodes.contains(e.departmentCode())));
    }
}
