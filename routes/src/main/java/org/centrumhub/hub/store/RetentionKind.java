package org.centrumhub.hub.store;

import java.time.Period;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.intake.Outcome;

/**
 * How long a stored message is kept is decided by its kind, fixed when it is stored: each month of the message store
 * has one partition per kind, dropped as a whole when the kind's retention has passed (V10, {@link MessageRetention}).
 */
public enum RetentionKind {
    /** Declarations (323) and their answers (325): fiscal law, seven years by default. */
    DECLARATION,
    /** Assignments, starts, stops, requests and answers, and their retours (301-320). */
    CARE,
    /** Refused on transport (unreadable, unknown sender, too large...) or rejected as invalid (0001). */
    REFUSED;

    /** The value of {@code message.retention_kind}, also the last part of its partitions' names. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static RetentionKind of(String type, Outcome outcome) {
        if (type == null || outcome == Outcome.REFUSED || outcome == Outcome.INVALID) {
            return REFUSED;
        }
        MessageType.Kind kind = MessageType.valueOf(type).kind();
        return kind == MessageType.Kind.DECLARATION || kind == MessageType.Kind.DECLARATION_ANSWER ? DECLARATION : CARE;
    }

    public static RetentionKind ofColumn(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** How long messages of this kind are kept, as configured. */
    public Period retention(HubProperties.Retention retention) {
        return switch (this) {
            case DECLARATION -> retention.declaration();
            case CARE -> retention.care();
            case REFUSED -> retention.refused();
        };
    }
}
