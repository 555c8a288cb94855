package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The database stops under load and comes back: the intake pauses, nothing is dead-lettered, and every message is
 * answered and forwarded once. The suite keeps the outage short but still far longer than every retry and timeout
 * (the connection timeout is shrunk to one second, the database is checked every second); the same test runs the
 * issue's ten minutes with {@code -Dcentrumhub.outage.seconds=600} (see the README).
 */
class DatabaseOutageTest {
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("centrumhub.outage.seconds", 30));
    private static final int MESSAGES = Integer.getInteger("centrumhub.outage.messages", 1200);
    private final HubProcess hub = new HubProcess("--centrumhub.intake.consumers=8",
            "--centrumhub.intake.database-check-every=1s", "--centrumhub.intake.transient-retry-delay=200ms",
            "--spring.datasource.hikari.connection-timeout=1000");

    @AfterEach
    void stopHub() throws Exception {
        hub.stop();
    }

    @Test
    void anOutageUnderLoadLosesNothingAndDeadLettersNothing() throws Exception {
        hub.start();
        List<byte[]> starts = Traffic.starts("DB", MESSAGES);
        Traffic.send(hub.brokerUrl(), "hub.from-provider.12345678", starts.subList(0, MESSAGES / 2));
        awaitStored(MESSAGES / 10);

        hub.stopDatabase();
        // load goes on while the database is away
        Traffic.send(hub.brokerUrl(), "hub.from-provider.12345678", starts.subList(MESSAGES / 2, MESSAGES));
        Thread.sleep(OUTAGE.toMillis());
        assertThat(hub.get("/health")).as("the hub says it is down while its database is").contains("DOWN");
        hub.startDatabase();

        Map<String, Integer> answers = Traffic.drain(hub.brokerUrl(), "hub.to-provider.12345678", MESSAGES);
        Map<String, Integer> forwards = Traffic.drain(hub.brokerUrl(), "hub.to-municipality.0935", MESSAGES);
        assertThat(answers).hasSize(MESSAGES);
        assertThat(answers.values()).as("answers per message").containsOnly(1);
        assertThat(forwards).hasSize(MESSAGES);
        assertThat(forwards.values()).as("forwards per message").containsOnly(1);
        assertThat(Traffic.empty(hub.brokerUrl(), "hub.dlq")).as("the hub's dead letters").isZero();
        assertThat(Traffic.empty(hub.brokerUrl(), "DLQ")).as("the broker's dead letters").isZero();
        assertThat(Traffic.empty(hub.brokerUrl(), "hub.errors.12345678")).as("error notices").isZero();
        assertThat(hub.count("SELECT count(*) FROM message")).isEqualTo(MESSAGES);
        assertThat(hub.count("SELECT count(*) FROM message WHERE outcome <> 'ACCEPTED'")).isZero();
    }

    private void awaitStored(int count) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (hub.count("SELECT count(*) FROM message") < count) {
            assertThat(System.currentTimeMillis()).as("stored in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
