package org.centrumhub.hub.intake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants go to the database with their offset, so the session's time zone cannot move them. */
final class MessageStoreTime {
    private MessageStoreTime() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
