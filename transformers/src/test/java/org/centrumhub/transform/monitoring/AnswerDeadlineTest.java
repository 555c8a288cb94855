package org.centrumhub.transform.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.centrumhub.transform.monitoring.AnswerDeadline.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerDeadlineTest {

    @ParameterizedTest(name = "received {0}, declaration {1}: due {2}")
    @CsvSource({
            "2026-10-02, false, 2026-10-07",   // a Friday: Monday, Tuesday, Wednesday
            "2026-10-05, false, 2026-10-08",
            "2026-12-23, false, 2026-12-29",   // Christmas Day and Boxing Day are no working days
            "2026-11-06, true,  2026-11-20",   // ten working days: two weeks
            "2026-04-24, true,  2026-05-12"})  // King's Day (Monday 27 April) and Liberation Day (5 May) skipped
    void due(LocalDate received, boolean declaration, LocalDate due) {
        assertThat(AnswerDeadline.due(received, declaration)).isEqualTo(due);
    }

    @ParameterizedTest(name = "answered {1}, today {2}: {3}")
    @CsvSource({
            "2026-10-02, 2026-10-02, 2026-10-30, ON_TIME",
            "2026-10-02, 2026-10-07, 2026-10-30, ON_TIME",   // on the last day
            "2026-10-02, 2026-10-08, 2026-10-30, LATE",
            "2026-10-02,           , 2026-10-07, PENDING",   // not answered, still in time
            "2026-10-02,           , 2026-10-08, LATE"})
    void verdict(LocalDate received, LocalDate answered, LocalDate today, Verdict verdict) {
        assertThat(AnswerDeadline.verdict(received, false, answered, today)).isEqualTo(verdict);
    }
}
