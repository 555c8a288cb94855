package org.centrumhub.hub.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A report's month in the forms the stores need: its business days (the standard's dates, assignment times), the
 * instants it spans in the hub's zone (message receipt), and its first day (a DeclaratiePeriode, a ledger period).
 */
record MonitoringMonth(YearMonth period, ZoneId zone) {

    Date firstDay() {
        return Date.valueOf(period.atDay(1));
    }

    Date lastDay() {
        return Date.valueOf(period.atEndOfMonth());
    }

    /** Midnight starting the month, as a date-time without zone (Toewijzingsdatum + Toewijzingstijd). */
    LocalDateTime start() {
        return period.atDay(1).atStartOfDay();
    }

    LocalDateTime end() {
        return period.plusMonths(1).atDay(1).atStartOfDay();
    }

    /** The instant the month begins in the hub's zone. */
    OffsetDateTime from() {
        return period.atDay(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** The instant the next month begins in the hub's zone. */
    OffsetDateTime until() {
        return period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }

    LocalDate date(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(zone).toLocalDate();
    }

    /** Cents as euros with two decimals (a report's AMOUNT). */
    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** part of whole as a percentage with two decimals (half up), null when whole is 0 (a report's PERCENT). */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP).doubleValue();
    }
}
