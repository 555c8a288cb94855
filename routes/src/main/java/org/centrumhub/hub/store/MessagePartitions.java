package org.centrumhub.hub.store;

import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Creates the message store's monthly partitions for the current and the next month (idempotent). */
@Component
@DependsOn("flywayInitializer")
public class MessagePartitions {
    private final JdbcTemplate jdbc;
    /** Months known to have their partition, so the store asks the database once per month, not per message. */
    private final Set<YearMonth> ensured = ConcurrentHashMap.newKeySet();

    public MessagePartitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void ensureCurrentMonths() {
        LocalDate today = LocalDate.now();
        ensure(today);
        ensure(today.plusMonths(1));
    }

    public void ensure(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        if (!ensured.contains(month)) {
            jdbc.queryForList("SELECT ensure_message_partition(?)", month.atDay(1));
            ensured.add(month);
        }
    }
}
