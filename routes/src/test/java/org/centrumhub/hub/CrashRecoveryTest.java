package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kills the hub process for real (SIGKILL) several times while thousands of messages sent over STOMP (which carry no
 * JMS message id of their own) are in flight, starts it again on the same data each time, and checks that every
 * message was answered and forwarded exactly once, judged once, and that no store row is doubled. The suite kills it
 * three times; {@code -Dcentrumhub.crash.kills=8} kills it eight (see the README).
 */
class CrashRecoveryTest {
    private static final int MESSAGES = Integer.getInteger("centrumhub.crash.messages", 3000);
    private static final int KILLS = Integer.getInteger("centrumhub.crash.kills", 3);
    private final HubProcess hub = new HubProcess("--centrumhub.intake.consumers=8");

    @AfterEach
    void stopHub() throws Exception {
        hub.stop();
    }

    @Test
    void killedMidStreamEveryMessageIsAnsweredOnce() throws Exception {
        hub.start();
        List<byte[]> starts = Traffic.starts("CR", MESSAGES);
        try (StompClient stomp = new StompClient("127.0.0.1", hub.brokerPort, hub.dataDir, "12345678")) {
            for (int from = 0; from < MESSAGES; from += 500) {
                stomp.sendAll("hub.from-provider.12345678", starts.subList(from, Math.min(MESSAGES, from + 500)));
            }
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            long judged = hub.awaitJudged((long) MESSAGES * kill / (KILLS + 2));
            assertThat(judged).as("killed while messages were still in flight").isLessThan(MESSAGES);
            hub.kill();
            hub.start();
        }

        Traffic.eachAnsweredAndForwardedOnce(hub.brokerUrl(), hub.dataDir, MESSAGES);
        assertThat(hub.count("SELECT count(*) FROM message")).isEqualTo(MESSAGES);
        assertThat(hub.count("SELECT count(DISTINCT identificatie) FROM message")).isEqualTo(MESSAGES);
        assertThat(hub.count("SELECT count(*) FROM message WHERE outcome <> 'ACCEPTED'")).as("none judged twice").isZero();
        assertThat(hub.count("SELECT count(*) FROM delivery")).isEqualTo(MESSAGES);
        assertThat(Traffic.count(hub.brokerUrl(), hub.dataDir, "hub.dlq")).isZero();
        assertThat(Traffic.count(hub.brokerUrl(), hub.dataDir, "hub.errors.12345678")).isZero();
    }
}
