package org.centrumhub.schema;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Binds {@code xs:time} to {@link LocalTime}, written as HH:MM:SS without a time zone (RS034). */
public final class LocalTimeAdapter extends XmlAdapter<String, LocalTime> {
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("HH:mm:ss[.SSS]");

    @Override
    public LocalTime unmarshal(String value) {
        return value == null ? null : LocalTime.parse(value.trim());
    }

    @Override
    public String marshal(LocalTime value) {
        return value == null ? null : OUT.format(value);
    }
}
