package org.centrumhub.hub.store;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.support.SqlBinaryValue;

/**
 * The rows one message writes, collected and then sent as one statement string: PostgreSQL's driver sends the
 * statements of such a string together and waits once, so a message's writes to every table cost one round trip.
 * They run in the order added, each seeing the ones before; one that fails fails the caller's transaction, as it
 * would alone. Collect only writes whose values do not depend on what a write before them returns, and send before
 * reading in the same transaction.
 */
public final class Writes {
    private final List<String> statements = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /**
     * A statement and its values, for {@link #send}. Bytes go to the driver as a stream of known length
     * ({@code setBinaryStream}), which PostgreSQL's driver sends as they are; with {@code setBytes} it first copies
     * them, and a message's writes hold its stored body and every part at once (for a 25 MB declaration some 60 MB
     * more at its peak: {@code LargeDeclarationTest} ran out of its 512 MB heap there).
     */
    public Writes add(String sql, Object... sqlValues) {
        statements.add(sql.strip());
        for (Object value : sqlValues) {
            values.add(value instanceof byte[] bytes
                    ? new SqlBinaryValue(new ByteArrayInputStream(bytes), bytes.length) : value);
        }
        return this;
    }

    /** Sends what was added, in one round trip, and forgets it. */
    public void send(JdbcTemplate jdbc) {
        if (statements.isEmpty()) {
            return;
        }
        jdbc.update(String.join(";\n", statements), values.toArray());
        statements.clear();
        values.clear();
    }
}
