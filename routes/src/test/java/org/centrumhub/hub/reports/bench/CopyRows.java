package org.centrumhub.hub.reports.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows of one table streamed into PostgreSQL with {@code COPY ... FROM STDIN} in its text format (tab-separated,
 * {@code \N} for null, bytea as hex, arrays as {@code {a,b}}), over a connection of its own: the server stores one
 * table's rows while the generator makes the next ones, and the whole table commits at {@link #finish()}.
 */
final class CopyRows implements AutoCloseable {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final String table;
    private final Connection connection;
    private final PGCopyOutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    private boolean first = true;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        this.connection = connection;
        this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16);
    }

    String table() {
        return table;
    }

    CopyRows text(String value) {
        separate();
        if (value == null) {
            ascii("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> ascii("\\\\");
                case '\t' -> ascii("\\t");
                case '\n' -> ascii("\\n");
                case '\r' -> ascii("\\r");
                default -> {
                    if (c < 0x80) {
                        put((byte) c);
                    } else {
                        for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                            put(b);
                        }
                    }
                }
            }
        }
        return this;
    }

    CopyRows number(Long value) {
        return raw(value == null ? null : value.toString());
    }

    CopyRows number(long value) {
        return raw(Long.toString(value));
    }

    CopyRows bool(boolean value) {
        return raw(value ? "t" : "f");
    }

    CopyRows uuid(UUID value) {
        return raw(value == null ? null : value.toString());
    }

    CopyRows date(LocalDate value) {
        return raw(value == null ? null : value.toString());
    }

    CopyRows instant(Instant value) {
        return raw(value == null ? null : TIMESTAMP.format(value.atOffset(ZoneOffset.UTC)) + "+00");
    }

    CopyRows timestamp(LocalDateTime value) {
        return raw(value == null ? null : TIMESTAMP.format(value));
    }

    /** A bytea as hex: {@code \\x} (the text format escapes the backslash) and two digits a byte. */
    CopyRows bytes(byte[] value) {
        separate();
        if (value == null) {
            ascii("\\N");
            return this;
        }
        ascii("\\\\x");
        for (byte b : value) {
            put(HEX[(b >> 4) & 0xf]);
            put(HEX[b & 0xf]);
        }
        return this;
    }

    /** A text[] or bigint[] of simple values (codes, keys, numbers: nothing to quote). */
    CopyRows array(Collection<?> values) {
        separate();
        put((byte) '{');
        boolean next = false;
        for (Object value : values) {
            if (next) {
                put((byte) ',');
            }
            ascii(value.toString());
            next = true;
        }
        put((byte) '}');
        return this;
    }

    /** Ends the row. */
    void end() {
        put((byte) '\n');
        first = true;
    }

    /** Ends the COPY: the rows are committed; answers how many. */
    long finish() throws SQLException {
        flush();
        return out.endCopy();
    }

    @Override
    public void close() throws SQLException {
        try {
            if (out.isActive()) {
                out.cancelCopy();
            }
        } finally {
            connection.close();
        }
    }

    private CopyRows raw(String value) {
        separate();
        ascii(value == null ? "\\N" : value);
        return this;
    }

    private void separate() {
        if (!first) {
            put((byte) '\t');
        }
        first = false;
    }

    private void ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            put((byte) value.charAt(i));
        }
    }

    private void put(byte b) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = b;
    }

    private void flush() {
        try {
            out.write(buffer, 0, used);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into " + table + " failed", e);
        }
        used = 0;
    }
}
