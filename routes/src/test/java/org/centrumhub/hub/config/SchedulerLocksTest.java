package org.centrumhub.hub.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.security.DataKeys;
import org.centrumhub.hub.security.MessageCipher;
import org.centrumhub.hub.security.SecretFiles;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.hub.store.Reencryption;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.intake.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Scheduled jobs run on one hub node at a time: while another node (here a second lock provider on the same
 * database, as another hub process has) holds a job, this node's scheduled run of it does nothing; once released, it
 * runs. And every {@code @Scheduled} job of the hub either takes such a lock or is listed as every node's own.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SchedulerLocksTest {
    static final HubTestServers SERVERS = new HubTestServers();

    /**
     * Jobs every node runs for itself: each node must see the key folder's new keys on its own, and reads its own
     * embedded broker's party queues for its metrics.
     */
    private static final List<String> PER_NODE = List.of("MessageCipher.rescan", "PartyQueueBacklog.refresh");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        registry.add("centrumhub.encryption.reencrypt-initial-delay", () -> "PT10H");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageStore store;
    @Autowired
    MessageCipher cipher;
    @Autowired
    Reencryption reencryption;

    @Test
    void whileAnotherNodeHoldsTheJobThisNodesScheduledRunDoesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        store.save(new MessageStore.Stored(id, Instant.now(), Party.provider("12345678"), null, 305, "JW305",
                "12345678", "0935", "LOCK-1", null, List.of(), List.of(), Outcome.ACCEPTED, List.of(), List.of(),
                "<care/>".getBytes(StandardCharsets.UTF_8), null, null, null));
        int before = keyOf(id);
        int newer = cipher.keys().newest() + 1;
        SecretFiles.createPrivate(cipher.keys().folder().resolve(DataKeys.fileName(newer)),
                HexFormat.of().formatHex(SecretFiles.randomBytes(32)));

        // the other node: its own lock provider on the same database, holding the job until told to let go
        DefaultLockingTaskExecutor otherNode = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withTableName("shedlock").usingDbTime().build()));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> otherNode.executeWithLock((Runnable) () -> {
            holding.countDown();
            try {
                letGo.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, new LockConfiguration(Instant.now(), SchedulerLocks.REENCRYPTION, Duration.ofMinutes(5), Duration.ZERO)));
        assertThat(holding.await(30, TimeUnit.SECONDS)).as("the other node took the job").isTrue();

        reencryption.scheduled();
        assertThat(keyOf(id)).as("this node skipped the run the other node holds").isEqualTo(before);

        letGo.countDown();
        other.get(30, TimeUnit.SECONDS);
        reencryption.scheduled();
        assertThat(keyOf(id)).as("released, this node's run rewrote the value").isEqualTo(newer);
        assertThat(jdbc.queryForObject("SELECT lock_until > timezone('utc', now()) + interval '23 hours' FROM shedlock "
                + "WHERE name = ?", Boolean.class, SchedulerLocks.REENCRYPTION))
                .as("the job is held for its interval, so the other nodes' schedules skip it until then").isTrue();
    }

    @Test
    void everyScheduledJobRunsOnceAcrossNodesOrIsListedAsEveryNodesOwn() {
        List<String> unlocked = new ArrayList<>();
        List<String> locked = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("org.centrumhub.")) {
                continue;
            }
            for (Method method : ClassUtils.getUserClass(type).getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
                    continue;
                }
                String job = ClassUtils.getUserClass(type).getSimpleName() + "." + method.getName();
                (method.isAnnotationPresent(SchedulerLock.class) ? locked : unlocked).add(job);
            }
        }
        assertThat(unlocked).as("scheduled jobs without a lock across nodes").containsExactlyInAnyOrderElementsOf(PER_NODE);
        assertThat(locked).contains("MessagePartitions.ensureAhead", "MessageRetention.scheduled",
                "Reencryption.scheduled");
    }

    private int keyOf(UUID id) {
        return jdbc.queryForObject("SELECT stored_key(raw_xml) FROM message WHERE id = ?", Integer.class, id);
    }
}
