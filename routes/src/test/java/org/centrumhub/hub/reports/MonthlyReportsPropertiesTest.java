package org.centrumhub.hub.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthlyReportsPropertiesTest {
    private final MonthlyReportsProperties fifth = new MonthlyReportsProperties(true, 5, LocalTime.of(6, 30));

    @Test
    void fromTheDayOnThePreviousMonthIsDue() {
        assertThat(fifth.due(LocalDate.of(2026, 3, 4))).isEmpty();
        assertThat(fifth.due(LocalDate.of(2026, 3, 5))).contains(YearMonth.of(2026, 2));
        assertThat(fifth.due(LocalDate.of(2026, 3, 31))).contains(YearMonth.of(2026, 2));
        assertThat(fifth.due(LocalDate.of(2026, 1, 5))).contains(YearMonth.of(2025, 12));
    }

    @Test
    void checkedDailyAtTheConfiguredTime() {
        assertThat(fifth.cron()).isEqualTo("0 30 6 * * *");
    }

    @Test
    void aDayEveryMonthHas() {
        assertThat(new MonthlyReportsProperties(true, 28, LocalTime.MIDNIGHT).due(LocalDate.of(2026, 2, 28)))
                .contains(YearMonth.of(2026, 1));
        assertThatThrownBy(() -> new MonthlyReportsProperties(true, 29, LocalTime.MIDNIGHT))
                .hasMessageContaining("1 to 28");
        assertThatThrownBy(() -> new MonthlyReportsProperties(true, 0, LocalTime.MIDNIGHT))
                .hasMessageContaining("1 to 28");
    }
}
