package org.budgetperf.lifecycle;

import java.util.Locale;

/**
 * The names the event feed gave the four lifecycle transitions before it carried every change: its deprecated
 * {@code items} still list transitions under these, while the feed's {@code events} call them {@code budget.submitted},
 * {@code budget.returned}, {@code budget.approved} and {@code budget.adjusting}.
 */
public final class BudgetEvent {

    private BudgetEvent() {}

    /** The state a transition led to, which names the event. */
    public enum Type {
        SUBMITTED,
        RETURNED,
        APPROVED,
        ADJUSTING;

        /** The event's type in the change feed. */
        public String feedType() {
            return "budget." + name().toLowerCase(Locale.ROOT);
        }

        /** The transition a feed type names, or null for any other event. */
        public static Type ofFeedType(String type) {
            for (Type t : values()) {
                if (t.feedType().equals(type)) {
                    return t;
                }
            }
            return null;
        }
    }
}
