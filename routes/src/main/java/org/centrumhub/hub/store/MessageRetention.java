package org.centrumhub.hub.store;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.SchedulerLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drops what the hub no longer may keep: every day, each month's partition of a retention kind whose whole month is
 * older than the kind's retention ({@code centrumhub.retention.*}) is dropped, in one transaction with what belongs to
 * its messages elsewhere (the parts of its split declarations, its places among the waiting declarations). The
 * stores the rules read (assignments, deliveries, requests, declaration lines, the ledger) hold no XML and no BSN,
 * only client keys; they are kept. A month with no partition left is dropped too. With several hub nodes one of them
 * runs it each day ({@link SchedulerLocks}): two would only wait for each other's drops and log failures.
 */
@Component
public class MessageRetention {
    private static final Logger LOG = LoggerFactory.getLogger(MessageRetention.class);
    private static final Pattern MONTH = Pattern.compile("message_(\\d{4})_(\\d{2})");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HubProperties.Retention retention;

    public MessageRetention(JdbcTemplate jdbc, TransactionTemplate storeTransactions, Clock clock,
                            HubProperties properties) {
        this.jdbc = jdbc;
        this.transactions = storeTransactions;
        this.clock = clock;
        this.retention = properties.retention();
        for (RetentionKind kind : RetentionKind.values()) {
            Period period = kind.retention(retention);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException("centrumhub.retention." + kind.column() + " must be a positive period, "
                        + "not " + period);
            }
        }
    }

    /** One (month, kind) partition dropped. */
    public record Dropped(String partition, String kind, YearMonth month, Period retention, long messages,
                          long declarationParts) {
    }

    @Scheduled(cron = "${centrumhub.retention.cron:0 37 3 * * *}", zone = "UTC")
    @SchedulerLock(name = SchedulerLocks.RETENTION, lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void scheduled() {
        dropExpired(clock.instant());
    }

    /** Drops every (month, kind) partition whose month ended at least the kind's retention before {@code now}. */
    public synchronized List<Dropped> dropExpired(Instant now) {
        List<Dropped> dropped = new ArrayList<>();
        List<String> months = jdbc.queryForList("""
                SELECT c.relname::text FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                WHERE i.inhparent = 'message'::regclass ORDER BY 1""", String.class);
        for (String month : months) {
            Matcher name = MONTH.matcher(month);
            if (!name.matches()) {
                continue; // the default partition: rows of months without a partition yet
            }
            YearMonth yearMonth = YearMonth.of(Integer.parseInt(name.group(1)), Integer.parseInt(name.group(2)));
            Instant end = yearMonth.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            for (RetentionKind kind : RetentionKind.values()) {
                Period period = kind.retention(retention);
                if (!end.isAfter(now.atZone(ZoneOffset.UTC).minus(period).toInstant())) {
                    drop(month, yearMonth, kind, period).ifPresent(dropped::add);
                }
            }
            dropMonthWhenEmpty(month);
        }
        return dropped;
    }

    private java.util.Optional<Dropped> drop(String month, YearMonth yearMonth, RetentionKind kind, Period period) {
        String partition = month + "_" + kind.column();
        try {
            Dropped dropped = transactions.execute(tx -> {
                if (!exists(partition)) {
                    return null;
                }
                jdbc.execute("SET LOCAL lock_timeout = " + retention.lockTimeout().toMillis());
                String table = "\"" + partition + "\"";
                long parts = jdbc.update("DELETE FROM declaration_part WHERE message_id IN (SELECT id FROM " + table + ")");
                jdbc.update("DELETE FROM waiting_declaration WHERE message_id IN (SELECT id FROM " + table + ")");
                Long messages = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
                jdbc.execute("DROP TABLE " + table);
                return new Dropped(partition, kind.column(), yearMonth, period, messages == null ? 0 : messages, parts);
            });
            if (dropped != null) {
                LOG.info("retention: dropped {} ({} messages received in {}, kept {}): {} messages, {} declaration "
                        + "parts", partition, kind.column(), yearMonth, period, dropped.messages(),
                        dropped.declarationParts());
            }
            return java.util.Optional.ofNullable(dropped);
        } catch (DataAccessException e) {
            LOG.warn("retention: {} not dropped this time (tried again on the next run): {}", partition,
                    e.getMostSpecificCause().getMessage());
            return java.util.Optional.empty();
        }
    }

    private void dropMonthWhenEmpty(String month) {
        try {
            transactions.executeWithoutResult(tx -> {
                Boolean empty = jdbc.queryForObject("SELECT NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhparent = "
                        + "to_regclass(?)) AND (SELECT relkind FROM pg_class WHERE oid = to_regclass(?)) = 'p'",
                        Boolean.class, month, month);
                if (Boolean.TRUE.equals(empty)) {
                    jdbc.execute("SET LOCAL lock_timeout = " + retention.lockTimeout().toMillis());
                    jdbc.execute("DROP TABLE \"" + month + "\"");
                    LOG.info("retention: dropped {}: none of its partitions is left", month);
                }
            });
        } catch (DataAccessException e) {
            LOG.warn("retention: {} not dropped this time: {}", month, e.getMostSpecificCause().getMessage());
        }
    }

    private boolean exists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table));
    }
}
