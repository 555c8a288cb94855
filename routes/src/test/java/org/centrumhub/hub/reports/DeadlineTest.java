package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline arithmetic of the signals, counted by hand on the 2025 and 2026 calendars. */
class DeadlineTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // a retour: King's Day 2026 is Monday 27 April
            "2026-04-23, 3, 2026-04-29",
            // King's Day 2025 falls on Sunday 27 April and moves to Saturday 26 April: no working day lost
            "2025-04-24, 3, 2025-04-29",
            // a 325: Good Friday 3 April and Easter Monday 6 April 2026
            "2026-04-01, 10, 2026-04-17",
            // a 301 or 319 after a request received on the Thursday before Easter
            "2026-04-02, 5, 2026-04-13",
            // a stop after care ended on Friday 1 May 2026: Liberation Day 5 May and Ascension Day 14 May
            "2026-05-01, 5, 2026-05-11",
            // a retour on a 301 of 23 December 2026: Christmas Day (Friday) and New Year's Day 2027 (Friday)
            "2026-12-23, 3, 2026-12-29",
            "2026-12-30, 3, 2027-01-05"})
    void dueDates(LocalDate from, int days, LocalDate due) {
        assertThat(Deadline.workingDaysAfter(from, days).due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "due {0}, on {1}: {2} {3}")
    @CsvSource({
            // due Wednesday 29 April 2026, after King's Day
            "2026-04-23, 2026-04-29, , 0",                  // Thursday: Fri 24, (Mon 27), Tue 28 - not yet at risk
            "2026-04-24, 2026-04-29, AT_RISK, -2",          // Friday: Tue 28 and Wed 29 left, King's Day skipped
            "2026-04-27, 2026-04-29, AT_RISK, -2",          // on King's Day itself
            "2026-04-28, 2026-04-29, AT_RISK, -1",
            "2026-04-29, 2026-04-29, AT_RISK, 0",           // due today
            "2026-04-30, 2026-04-29, OVERDUE, 1",
            "2026-05-04, 2026-04-29, OVERDUE, 3",           // Thu 30, Fri 1, Mon 4
            "2026-05-05, 2026-04-29, OVERDUE, 3",           // Liberation Day adds none
            "2026-05-06, 2026-04-29, OVERDUE, 4",
            // around Easter 2026
            "2026-04-02, 2026-04-07, AT_RISK, -1",          // Thursday before Easter: Good Friday and Easter Monday skipped
            "2026-04-07, 2026-04-02, OVERDUE, 1",           // due Maundy Thursday: only Tuesday 7 April counts
            "2026-04-15, 2026-04-17, AT_RISK, -2",
            "2026-04-14, 2026-04-17, , 0",
            // a weekend right after the due day: overdue, no working day past it yet
            "2026-05-09, 2026-05-08, OVERDUE, 0",
            "2026-05-11, 2026-05-08, OVERDUE, 1"})
    void statusAndDaysOver(LocalDate today, LocalDate due, Deadline.Status status, long daysOver) {
        Deadline deadline = new Deadline(due);
        assertThat(deadline.status(today).orElse(null)).isEqualTo(status);
        if (status != null) {
            assertThat(deadline.daysOver(today)).isEqualTo(daysOver);
        }
    }
}
