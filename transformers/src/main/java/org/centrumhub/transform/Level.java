package org.centrumhub.transform;

import java.util.Locale;

/** How far a message got through the standard's checks: parsing, schema, in-message rules. */
public enum Level {
    XML, XSD, RULES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
