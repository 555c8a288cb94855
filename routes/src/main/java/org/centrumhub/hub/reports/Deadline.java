package org.centrumhub.hub.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.transform.declaration.WorkingDays;

/**
 * A deadline on a given day, as a signal sees it: the last day something may still be done in time. It is overdue on
 * every day after it, and at risk from the day it falls within the next {@value #AT_RISK_WORKING_DAYS} working days
 * until it passes. Distances are Dutch working days ({@link WorkingDays}: weekends and public holidays do not count).
 */
record Deadline(LocalDate due) {
    /** How many working days ahead a deadline counts as at risk. */
    static final int AT_RISK_WORKING_DAYS = 2;

    /** Where a deadline stands on a day. */
    enum Status {
        /** the day is after the deadline */
        OVERDUE,
        /** not yet passed, but due within the next {@value Deadline#AT_RISK_WORKING_DAYS} working days */
        AT_RISK
    }

    Deadline {
        Objects.requireNonNull(due);
    }

    /** The deadline {@code days} working days after {@code from} (a retour 3, a 325 10, a 301 or 319 5). */
    static Deadline workingDaysAfter(LocalDate from, int days) {
        return new Deadline(WorkingDays.add(from, days));
    }

    /** Overdue, at risk, or nothing to signal yet. */
    Optional<Status> status(LocalDate today) {
        if (today.isAfter(due)) {
            return Optional.of(Status.OVERDUE);
        }
        return due.isAfter(WorkingDays.add(today, AT_RISK_WORKING_DAYS)) ? Optional.empty()
                : Optional.of(Status.AT_RISK);
    }

    /**
     * Working days past the deadline on {@code today}: after it, the working days from the day after it up to and
     * including today (0 on a weekend or holiday right after it); on or before it, minus the working days still left
     * after today up to and including the deadline (0 when it is due today).
     */
    long daysOver(LocalDate today) {
        return today.isAfter(due) ? workingDaysIn(due, today) : -workingDaysIn(today, due);
    }

    /** The working days after {@code from} up to and including {@code to}; each year's holidays computed once. */
    private static long workingDaysIn(LocalDate from, LocalDate to) {
        Map<Integer, Set<LocalDate>> holidays = new HashMap<>();
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holidays.computeIfAbsent(day.getYear(), WorkingDays::holidays).contains(day)) {
                count++;
            }
        }
        return count;
    }
}
