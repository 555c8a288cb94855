package org.centrumhub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrumhub.hub.CoreClient.text;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicReference;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The hub's JVM runs in Europe/Amsterdam (so its database sessions do too) while messages arrive around month ends:
 * each is stored in the partition of its UTC month (and its retention kind), a month without a partition yet lands in
 * the default partition and moves into its own when that is made, and the answer carries the Dutch date.
 */
@SpringBootTest(classes = {CentrumhubApplication.class, MonthBoundaryTest.Clocks.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MonthBoundaryTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final TimeZone JVM_ZONE = TimeZone.getDefault();
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-11-30T22:30:00Z"));

    static {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Amsterdam"));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    /** The hub's clock, set by the test. */
    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("Europe/Amsterdam");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return Clock.fixed(NOW.get(), zone);
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(JVM_ZONE);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessagePartitions partitions;

    @Test
    void messagesAroundMonthEndsAreStoredInTheirUtcMonth() throws Exception {
        assertThat(jdbc.queryForObject("SHOW TimeZone", String.class)).isEqualTo("Europe/Amsterdam");
        try (CoreClient client = SERVERS.client()) {
            String lastHourOfNovember = judged(client, "MB-1", "2026-11-30T22:30:00Z");
            String firstDutchHourOfDecember = judged(client, "MB-2", "2026-11-30T23:30:00Z");
            String firstHourOfDecember = judged(client, "MB-3", "2026-12-01T00:30:00Z");
            assertThat(partition("MB-1")).isEqualTo("message_2026_11_care");
            assertThat(partition("MB-2")).as("still November in UTC").isEqualTo("message_2026_11_care");
            assertThat(partition("MB-3")).isEqualTo("message_2026_12_care");
            assertThat(lastHourOfNovember).contains("<wmo306:DagtekeningRetour>2026-11-30</");
            assertThat(firstDutchHourOfDecember).as("the answer's date is Dutch")
                    .contains("<wmo306:DagtekeningRetour>2026-12-01</");
            assertThat(firstHourOfDecember).contains("<wmo306:DagtekeningRetour>2026-12-01</");

            judged(client, "MB-4", "2027-09-15T12:00:00Z");
            assertThat(partition("MB-4")).as("no partition for September 2027 yet").isEqualTo("message_default");
            partitions.ensureAhead();
            assertThat(partition("MB-4")).isEqualTo("message_2027_09_care");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM message_default", Integer.class)).isZero();
            assertThat(jdbc.queryForList("SELECT tableoid::regclass::text FROM message WHERE identificatie LIKE 'MB-%' "
                    + "AND received_at >= '2026-11-30 23:00+00' AND received_at < '2026-12-01 00:00+00'", String.class))
                    .containsExactly("message_2026_11_care");
        }
    }

    /** Sends a start at the given moment of the hub's clock and returns its answer. */
    private String judged(CoreClient client, String identificatie, String at) throws Exception {
        NOW.set(Instant.parse(at));
        byte[] start = Fixture.load("iwmo/wmo305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Client/Bsn", TestBsns.nth(700 + Integer.parseInt(identificatie.substring("MB-".length()))))
                .remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes();
        client.send("hub.from-provider.12345678", start);
        String answer = text(client.receive("hub.to-provider.12345678"));
        assertThat(answer).as("accepted").doesNotContain("RetourCode");
        client.receive("hub.to-municipality.0935");
        return answer;
    }

    private String partition(String identificatie) {
        return jdbc.queryForObject("SELECT tableoid::regclass::text FROM message WHERE identificatie = ?", String.class,
                identificatie);
    }
}
