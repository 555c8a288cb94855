package org.centrumhub.hub.reports;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the monthly reports run ({@code centrumhub.reports.monthly.*}): each day from {@code day} on, at {@code at}
 * in the hub's time zone, the previous month's reports of every municipality that has not had them yet are written
 * and announced. So the run happens on that day, or on the first day after it that a hub node is up.
 *
 * @param enabled whether the scheduled run happens at all (the operators' run-now endpoint works either way)
 * @param day     the day of the month, 1 to 28 (every month has it)
 * @param at      the time of day
 */
@ConfigurationProperties("centrumhub.reports.monthly")
public record MonthlyReportsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("5") int day,
                                       @DefaultValue("06:00") LocalTime at) {

    public MonthlyReportsProperties {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("centrumhub.reports.monthly.day must be 1 to 28, not " + day);
        }
    }

    /** The month to write on a day: the previous one, from the configured day of the month on; else none. */
    public Optional<YearMonth> due(LocalDate today) {
        return today.getDayOfMonth() >= day ? Optional.of(YearMonth.from(today).minusMonths(1)) : Optional.empty();
    }

    /** The Spring cron expression of the daily check: second, minute, hour. */
    String cron() {
        return "%d %d %d * * *".formatted(at.getSecond(), at.getMinute(), at.getHour());
    }
}
