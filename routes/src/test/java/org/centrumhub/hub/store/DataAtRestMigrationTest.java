package org.centrumhub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centrumhub.hub.security.DataKeys;
import org.centrumhub.hub.security.MessageCipher;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A store written before V10 (plaintext XML and notices) is migrated by a role that is no superuser and owns its
 * schema: the rows keep their content, read as before, in their (month, kind) partitions, with every client they
 * concern; the re-encryption job then encrypts every one of them.
 */
class DataAtRestMigrationTest {
    private static final String BSN = "999990019";
    private static final String OTHER = "999990020";

    @TempDir
    Path folder;

    @Test
    void rowsStoredBeforeEncryptionAreMigratedAndThenEncrypted() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("pg"))
                .setOverrideWorkingDirectory(folder.resolve("bin").toFile()).start()) {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE hub LOGIN PASSWORD 'hub' NOSUPERUSER NOCREATEDB NOCREATEROLE");
                statement.execute("CREATE SCHEMA centrumhub AUTHORIZATION hub");
                statement.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            }
            try (HikariDataSource hub = new HikariDataSource()) {
                hub.setJdbcUrl(postgres.getJdbcUrl("hub", "postgres") + "&currentSchema=centrumhub");
                hub.setPassword("hub");
                JdbcTemplate jdbc = new JdbcTemplate(hub);
                assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user",
                        Boolean.class)).isFalse();
                flyway(hub).target("9").load().migrate();

                UUID care = UUID.randomUUID();
                UUID refused = UUID.randomUUID();
                UUID oversize = UUID.randomUUID();
                UUID declaration = UUID.randomUUID();
                jdbc.queryForList("SELECT ensure_message_partition(?::timestamptz)", "2026-10-15T00:00:00Z");
                insertV9(jdbc, care, "2026-10-31T23:30:00Z", 438, "JW305", "ACCEPTED", "k-care",
                        "<jw305>" + BSN + "</jw305>", "<jw306/>", null);
                insertV9(jdbc, refused, "2026-10-02T08:00:00Z", null, null, "REFUSED", null, "<broken>" + BSN,
                        null, "{\"code\":\"NOT_WELL_FORMED\",\"value\":\"" + BSN + "\"}");
                insertV9(jdbc, oversize, "2026-10-02T09:00:00Z", null, null, "REFUSED", null, "", null,
                        "{\"code\":\"MESSAGE_TOO_LARGE\"}");
                insertV9(jdbc, declaration, "2026-11-05T10:00:00Z", 490, "JW323", "PARTIAL", null,
                        "<jw323>" + BSN + OTHER + "</jw323>", "<jw325/>", null);
                for (String client : List.of("k-one", "k-two", "k-one")) {
                    jdbc.update("""
                            INSERT INTO declaration_line (message_id, domain, provider, municipality, client_key,
                                reference, assignment_number, category, code, begin_date, end_date, volume, unit,
                                amount_cents, granted)
                            VALUES (?, 'IJW', '12345678', '0935', ?, ?, 1, '45', '45A01', '2026-10-01', '2026-10-31',
                                    1, '04', 100, true)""", declaration, client, UUID.randomUUID().toString());
                }
                jdbc.update("INSERT INTO declaration_part (message_id, municipality, xml) VALUES (?, '0935', ?)",
                        declaration, ("<part>" + BSN + "</part>").getBytes(StandardCharsets.UTF_8));

                flyway(hub).load().migrate();

                // through V10 and whatever later migrations there are
                assertThat(jdbc.queryForObject("SELECT max(version::int) FROM flyway_schema_history", Integer.class))
                        .isGreaterThanOrEqualTo(10);
                assertThat(flyway(hub).load().info().pending()).as("migrations left").isEmpty();
                assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", Long.class))
                        .as("nothing in public").isZero();
                assertThat(jdbc.queryForList("SELECT tableoid::regclass::text || ' ' || array_to_string(client_keys, ',') "
                        + "FROM message ORDER BY received_at", String.class)).containsExactly(
                        "message_2026_10_refused ", "message_2026_10_refused ", "message_2026_10_care k-care",
                        "message_2026_11_declaration k-one,k-two");
                assertThat(jdbc.queryForList("SELECT stored_key(raw_xml) FROM message ORDER BY received_at",
                        Integer.class)).as("marked as stored before encryption; the empty one holds nothing")
                        .containsExactly(0, null, 0, 0);

                MessageCipher cipher = new MessageCipher(new DataKeys(folder.resolve("keys")));
                MessageStore store = new MessageStore(jdbc, cipher);
                assertThat(text(store.find(care).orElseThrow().raw())).isEqualTo("<jw305>" + BSN + "</jw305>");
                assertThat(text(store.find(care).orElseThrow().answer())).isEqualTo("<jw306/>");
                assertThat(store.find(refused).orElseThrow().notice()).contains(BSN);
                assertThat(store.find(oversize).orElseThrow().raw()).isEmpty();
                assertThat(text(store.parts(declaration).get("0935"))).isEqualTo("<part>" + BSN + "</part>");

                Reencryption reencryption = new Reencryption(jdbc,
                        new TransactionTemplate(new DataSourceTransactionManager(hub)), cipher, 2);
                assertThat(reencryption.valuesPerKey()).containsEntry(MessageCipher.NO_KEY, 8L);
                Reencryption.Pass pass = reencryption.run();
                assertThat(pass.rewritten()).isEqualTo(8);
                assertThat(pass.failed()).isZero();
                assertThat(pass.valuesPerKey()).isEqualTo(Map.of(1, 8L));

                for (Map<String, Object> row : jdbc.queryForList("SELECT raw_xml, answer_xml, notice FROM message")) {
                    for (Object value : row.values()) {
                        if (value != null) {
                            assertThat(new String((byte[]) value, StandardCharsets.ISO_8859_1)).doesNotContain(BSN);
                        }
                    }
                }
                assertThat(text(store.find(declaration).orElseThrow().raw())).isEqualTo("<jw323>" + BSN + OTHER + "</jw323>");
                assertThat(store.find(refused).orElseThrow().notice()).contains(BSN);
                assertThat(text(store.parts(declaration).get("0935"))).isEqualTo("<part>" + BSN + "</part>");
                assertThat(reencryption.run().rewritten()).as("nothing left to do").isZero();
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(HikariDataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    }

    private static void insertV9(JdbcTemplate jdbc, UUID id, String at, Integer code, String type, String outcome,
                                 String client, String raw, String answer, String notice) {
        jdbc.update("""
                INSERT INTO message (id, received_at, party_role, party_code, bericht_code, message_type, sender,
                                     receiver, client_key, outcome, raw_xml, answer_xml, notice)
                VALUES (?, ?::timestamptz, 'PROVIDER', '12345678', ?, ?, '12345678', '0935', ?, ?, ?, ?, ?)""",
                id, at, code, type, client, outcome, raw.getBytes(StandardCharsets.UTF_8),
                answer == null ? null : answer.getBytes(StandardCharsets.UTF_8), notice);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
