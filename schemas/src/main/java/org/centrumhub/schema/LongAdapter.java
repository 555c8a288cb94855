package org.centrumhub.schema;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Binds {@code xs:integer} to {@link Long}. Every integer type of the standard is bounded well inside a long
 * (the largest is LDT_TotaalBedrag, 999 999 999 999), and the schema is validated before binding.
 */
public final class LongAdapter extends XmlAdapter<String, Long> {
    @Override
    public Long unmarshal(String value) {
        return value == null ? null : Long.valueOf(value.trim());
    }

    @Override
    public String marshal(Long value) {
        return value == null ? null : value.toString();
    }
}
