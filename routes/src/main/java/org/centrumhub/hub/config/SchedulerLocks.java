package org.centrumhub.hub.config;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several hub nodes share one PostgreSQL, and each runs the same {@code @Scheduled} jobs; a job that must run once
 * (not once per node) carries ShedLock's {@code @SchedulerLock} with one of the names below. The node whose schedule
 * fires first takes the job's row in table {@code shedlock} (V15) until {@code lockAtLeastFor} after it started, so
 * a node whose clock or start-up is a little later finds it held and skips that run. Times come from the database's
 * clock, so the nodes' clocks do not have to agree. A node that dies mid-run holds the job until
 * {@code lockAtMostFor}. Only a call through the scheduler is locked: an operator's call of the same work (the admin
 * API) and a job's own run at start-up go straight to it.
 * <p>
 * Not here, on purpose: {@code MessageCipher}'s rescan of the key folder (every node must see new keys itself),
 * the monthly reports ({@code MonthlyReports}: once per municipality and month through its {@code report_run} rows)
 * and the look for waiting declarations ({@code WaitingDeclarations#takeDue}: a claim on rows, safe on every node).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
public class SchedulerLocks {
    /** Making the message store's monthly partitions ahead ({@code MessagePartitions}). */
    public static final String PARTITIONS = "message-partitions";
    /** Dropping what retention no longer allows to keep ({@code MessageRetention}). */
    public static final String RETENTION = "message-retention";
    /** Rewriting stored values under the newest data key ({@code Reencryption}). */
    public static final String REENCRYPTION = "reencryption";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
    }
}
