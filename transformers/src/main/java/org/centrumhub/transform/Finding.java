package org.centrumhub.transform;

import java.util.Objects;

/**
 * One thing wrong with a message.
 *
 * @param level      the check level that found it
 * @param code       a rule code of the standard (CS002, TR101, ...) or an {@link ErrorCode} name below the rules level
 * @param retourCode the standard's retourcode (0001, 8848, 9346, ...), or null where the standard has none
 * @param path       the element path, e.g. {@code /Bericht/Client/Bsn}; for parse errors {@code line L, column C}
 * @param message    a readable explanation, never containing a BSN, name or address
 */
public record Finding(Level level, String code, String retourCode, String path, String message) {
    public Finding {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(Level level, ErrorCode code, String path, String message) {
        return new Finding(level, code.name(), null, path, message);
    }

    @Override
    public String toString() {
        return code + (retourCode == null ? "" : " (" + retourCode + ")") + (path == null ? "" : " at " + path) + ": "
                + message;
    }
}
