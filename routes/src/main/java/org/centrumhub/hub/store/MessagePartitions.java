package org.centrumhub.hub.store;

import jakarta.annotation.PostConstruct;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.SchedulerLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the message store's monthly partitions ahead (each split into one partition per {@link RetentionKind}, which
 * {@link MessageRetention} drops when its time has come): at start-up and every day, the current UTC month and the
 * next few. Nothing per message: a message whose month has no partition (a clock far ahead, a job that did not run)
 * lands in the default partition and moves into its month when that partition is made. The daily run is made by one
 * hub node ({@link SchedulerLocks}); the run at start-up is every node's own, which is safe: making a partition takes
 * a database lock and makes it once.
 */
@Component
@DependsOn("flywayInitializer")
public class MessagePartitions {
    private static final Logger LOG = LoggerFactory.getLogger(MessagePartitions.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int monthsAhead;

    public MessagePartitions(JdbcTemplate jdbc, Clock clock, HubProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.monthsAhead = properties.intake().partitionsAhead();
    }

    @PostConstruct
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    @SchedulerLock(name = SchedulerLocks.PARTITIONS, lockAtLeastFor = "PT5M", lockAtMostFor = "PT10M")
    public void ensureAhead() {
        ZonedDateTime now = clock.instant().atZone(ZoneOffset.UTC);
        for (int month = 0; month <= monthsAhead; month++) {
            jdbc.queryForList("SELECT ensure_message_partition(?)", now.plusMonths(month).toOffsetDateTime());
        }
        LOG.debug("message store partitions ensured for {} and {} months ahead", now.toLocalDate().withDayOfMonth(1),
                monthsAhead);
    }
}
