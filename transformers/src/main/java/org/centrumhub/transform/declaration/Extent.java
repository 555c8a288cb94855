package org.centrumhub.transform.declaration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.Tariff;

/**
 * The most an assignment's extent (Omvang: Volume, Eenheid, Frequentie) allows to be declared, in the unit of the
 * declared line (hours declared as minutes count 60 a hour) (rules.md section 11, IV076-IV078): per product period
 * and over the whole assignment.
 */
final class Extent {
    private static final Set<String> OUTPUT_UNITS = Set.of("82", "83");
    private static final String PER_DAY = "1";
    private static final String PER_WEEK = "2";
    private static final String PER_MONTH = "4";
    private static final String IN_TOTAL = "6";

    private Extent() {
    }

    /** The most one line for this product period may hold; empty when the assignment has no extent. */
    static Optional<Long> perPeriod(Assignment assignment, LocalDate begin, LocalDate end, String unit) {
        if (assignment.volume() == null || assignment.frequency() == null) {
            return Optional.empty();
        }
        LocalDate from = later(begin, assignment.start());
        LocalDate to = assignment.end() == null ? end : earlier(end, assignment.end());
        long times = switch (assignment.frequency()) {
            case PER_DAY -> Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
            case PER_WEEK -> OUTPUT_UNITS.contains(assignment.unit()) ? sundays(from, to, assignment.end()) : weeks(from, to);
            case PER_MONTH, IN_TOTAL -> 1;
            default -> -1;
        };
        return times < 0 ? Optional.empty() : Optional.of(times * assignment.volume() * factor(assignment, unit));
    }

    /** The most all lines on the assignment may hold together; empty when unbounded (no extent, or no end date). */
    static Optional<Long> total(Assignment assignment, String unit) {
        if (assignment.volume() == null || assignment.frequency() == null) {
            return Optional.empty();
        }
        if (IN_TOTAL.equals(assignment.frequency())) {
            return Optional.of(assignment.volume() * factor(assignment, unit));
        }
        if (assignment.end() == null) {
            return Optional.empty();
        }
        LocalDate from = assignment.start();
        LocalDate to = assignment.end();
        long times = switch (assignment.frequency()) {
            case PER_DAY -> ChronoUnit.DAYS.between(from, to) + 1;
            case PER_WEEK -> OUTPUT_UNITS.contains(assignment.unit()) ? sundays(from, to, to) : weeks(from, to);
            case PER_MONTH -> ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
            default -> -1;
        };
        return times < 0 ? Optional.empty() : Optional.of(times * assignment.volume() * factor(assignment, unit));
    }

    /** Hours declared in minutes: 60 per assigned hour. */
    private static long factor(Assignment assignment, String unit) {
        return Tariff.HOUR.equals(assignment.unit()) && Tariff.MINUTE.equals(unit) ? 60 : 1;
    }

    /** The (partial) ISO weeks a period touches (effort-based, IV076). */
    static long weeks(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.DAYS.between(monday, to) / 7 + 1;
    }

    /**
     * The Sundays in a period, plus one when the assignment's last Sunday falls in it and the assignment does not end
     * on a Sunday (output-based, IV077).
     */
    static long sundays(LocalDate from, LocalDate to, LocalDate assignmentEnd) {
        if (to.isBefore(from)) {
            return 0;
        }
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        long count = first.isAfter(to) ? 0 : ChronoUnit.DAYS.between(first, to) / 7 + 1;
        if (assignmentEnd != null && assignmentEnd.getDayOfWeek() != DayOfWeek.SUNDAY) {
            LocalDate lastSunday = assignmentEnd.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            if (!lastSunday.isBefore(from) && !lastSunday.isAfter(to)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
