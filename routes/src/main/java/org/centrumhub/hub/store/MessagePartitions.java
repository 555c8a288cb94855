package org.centrumhub.hub.store;

import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Creates the message store's monthly partitions for the current and the next month (idempotent). */
@Component
@DependsOn("flywayInitializer")
public class MessagePartitions {
    private final JdbcTemplate jdbc;

    public MessagePartitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void ensureCurrentMonths() {
        LocalDate today = LocalDate.now();
        ensure(today);
        ensure(today.plusMonths(1));
    }

    public void ensure(LocalDate month) {
        jdbc.queryForList("SELECT ensure_message_partition(?)", month);
    }
}
