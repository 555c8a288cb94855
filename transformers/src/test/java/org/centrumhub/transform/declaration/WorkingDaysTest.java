package org.centrumhub.transform.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void easter(int year, LocalDate sunday) {
        assertThat(WorkingDays.easter(year)).isEqualTo(sunday);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-11-05, 10, 2026-11-19",   // two plain weeks
            "2026-12-17, 10, 2027-01-04",   // Christmas, Boxing Day and New Year's Day are not working days
            "2026-04-01, 10, 2026-04-17",   // Good Friday 3 April and Easter Monday 6 April
            "2026-05-01, 10, 2026-05-19",   // Liberation Day 5 May, Ascension Day 14 May
            "2025-04-24, 3, 2025-04-29",    // King's Day 2025 (27 April a Sunday) moves to Saturday 26 April
            "2026-11-06, 0, 2026-11-06"})
    void addsWorkingDays(LocalDate from, int days, LocalDate expected) {
        assertThat(WorkingDays.add(from, days)).isEqualTo(expected);
    }

    @Test
    void whitMondayAndKingsDay2026AreHolidays() {
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 5, 25))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(WorkingDays.isWorkingDay(LocalDate.of(2026, 4, 28))).isTrue();
    }
}
