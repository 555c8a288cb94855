package org.centrumhub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.security.DataKeys;
import org.centrumhub.hub.security.MessageCipher;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.centrumhub.transform.intake.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Personal data at rest in the running hub: what the intake stores is encrypted and read back; a key rotation with
 * re-encryption, after which the old key file can go; altered or moved values fail loudly; retention drops whole
 * (month, kind) partitions; erasure of one client.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataAtRestTest {
    static final HubTestServers SERVERS = new HubTestServers();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
        // the tests run the jobs themselves
        registry.add("centrumhub.encryption.reencrypt-initial-delay", () -> "PT10H");
        registry.add("centrumhub.retention.cron", () -> "-");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageStore store;
    @Autowired
    MessageCipher cipher;
    @Autowired
    MessageRetention retention;
    @Autowired
    ClientKeys clientKeys;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whatTheIntakeStoresIsEncryptedAndReadBackDecrypted() throws Exception {
        String bsn = TestBsns.nth(901);
        byte[] request = Fixture.load("ijw/jw315-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "DAR-1")
                .set("Client/Bsn", bsn)
                .set("Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder", "DAR-1-1")
                .set("Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder", "DAR-1-2").toBytes();
        UUID id = post(request);
        assertThat(awaitStatus(id).get("outcome").asText()).isEqualTo("ACCEPTED");

        Map<String, Object> row = jdbc.queryForMap("SELECT raw_xml, answer_xml, client_keys::text AS keys "
                + "FROM message WHERE id = ?", id);
        for (String column : List.of("raw_xml", "answer_xml")) {
            byte[] stored = (byte[]) row.get(column);
            assertThat(stored[0]).as(column).isEqualTo(MessageCipher.AES_GCM);
            assertThat(latin1(stored)).as(column).doesNotContain(bsn).doesNotContain("Bsn").doesNotContain("Bericht");
        }
        assertThat(row.get("keys").toString()).contains(clientKeys.of(bsn));
        assertThat(store.find(id).orElseThrow().raw()).as("read back as received").isEqualTo(request);
        HttpResponse<String> answer = get("/api/v1/messages/" + id + "/answer");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("DAR-1").contains("<jw316:BerichtCode>");

        // a refused message: its content and its notice are encrypted too (the notice names the element, not the value)
        String wrong = bsn + "0";
        UUID broken = post(Fixture.load("ijw/jw315-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "DAR-2")
                .set("Client/Bsn", wrong).toBytes());
        assertThat(awaitStatus(broken).get("outcome").asText()).isEqualTo("REFUSED");
        Map<String, Object> refused = jdbc.queryForMap("SELECT raw_xml, notice, retention_kind FROM message WHERE id = ?",
                broken);
        assertThat(refused.get("retention_kind")).isEqualTo("refused");
        assertThat(((byte[]) refused.get("notice"))[0]).isEqualTo(MessageCipher.AES_GCM);
        assertThat(latin1((byte[]) refused.get("raw_xml"))).doesNotContain(wrong);
        assertThat(latin1((byte[]) refused.get("notice"))).doesNotContain(wrong);
        assertThat(store.find(broken).orElseThrow().notice()).as("the notice, read back decrypted")
                .contains("\"code\":\"XSD_INVALID\"").contains("/Bericht/Client/Bsn").doesNotContain(wrong);
    }

    @Test
    void afterARotationAndReencryptionNoValueUsesTheOldKeyAndItsFileCanGo() throws Exception {
        int before = cipher.keys().newest();
        UUID first = save(RetentionKind.DECLARATION, Instant.now(), List.of(clientKeys.of(TestBsns.nth(911))),
                "<decl>" + TestBsns.nth(911) + "</decl>", "<answer/>", null);
        store.savePart(first, "0935", "<part>first</part>".getBytes(StandardCharsets.UTF_8));
        assertThat(keyOf("raw_xml", first)).isEqualTo(before);

        HttpResponse<String> rotated = post("/api/v1/admin/keys/rotate", "");
        assertThat(rotated.statusCode()).isEqualTo(201);
        int after = json.readTree(rotated.body()).get("newest").asInt();
        assertThat(after).isEqualTo(before + 1);
        assertThat(cipher.keys().folder().resolve(DataKeys.fileName(after))).exists();

        UUID second = save(RetentionKind.CARE, Instant.now(), List.of(clientKeys.of(TestBsns.nth(912))),
                "<care>" + TestBsns.nth(912) + "</care>", null, "{\"notice\":1}");
        assertThat(keyOf("raw_xml", second)).isEqualTo(after);
        assertThat(keyOf("raw_xml", first)).isEqualTo(before);
        assertThat(text(store.find(first).orElseThrow().raw())).contains(TestBsns.nth(911));
        assertThat(text(store.find(second).orElseThrow().raw())).contains(TestBsns.nth(912));

        HttpResponse<String> reencrypted = post("/api/v1/admin/keys/reencrypt", "");
        assertThat(reencrypted.statusCode()).isEqualTo(200);
        JsonNode pass = json.readTree(reencrypted.body());
        assertThat(pass.get("newestKey").asInt()).isEqualTo(after);
        assertThat(pass.get("rewritten").asLong()).as("at least the first message, its answer and its part")
                .isGreaterThanOrEqualTo(3);
        assertThat(pass.get("failed").asLong()).isZero();
        assertThat(pass.get("valuesPerKey").has(String.valueOf(before))).isFalse();
        assertThat(pass.get("removable").toString()).contains(String.valueOf(before));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM message WHERE stored_key(raw_xml) = ? "
                + "OR stored_key(answer_xml) = ? OR stored_key(notice) = ?", Long.class, before, before, before)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM declaration_part WHERE stored_key(xml) <> ?", Long.class,
                after)).isZero();

        JsonNode keys = json.readTree(get("/api/v1/admin/keys").body());
        assertThat(keys.get("newest").asInt()).isEqualTo(after);
        JsonNode old = keys.get("keys").get(0);
        assertThat(old.get("id").asInt()).isEqualTo(before);
        assertThat(old.get("values").asLong()).isZero();
        assertThat(old.get("removable").asBoolean()).isTrue();

        // the operator removes the old key file: everything is still read
        Files.delete(cipher.keys().files().get(before));
        cipher.keys().rescan();
        assertThat(cipher.keys().ids()).doesNotContain(before);
        assertThat(text(store.find(first).orElseThrow().raw())).contains(TestBsns.nth(911));
        assertThat(text(store.find(first).orElseThrow().answer())).isEqualTo("<answer/>");
        assertThat(text(store.parts(first).get("0935"))).isEqualTo("<part>first</part>");
        assertThat(store.find(second).orElseThrow().notice()).isEqualTo("{\"notice\":1}");
        assertThat(json.readTree(get("/api/v1/admin/keys").body()).get("keys")).hasSize(1);
    }

    @Test
    void anAlteredValueOrAValueMovedToAnotherRowFailsLoudly() throws Exception {
        UUID one = save(RetentionKind.CARE, Instant.now(), List.of(), "<one/>", "<answer-one/>", null);
        UUID two = save(RetentionKind.CARE, Instant.now(), List.of(), "<two/>", "<answer-two/>", null);

        jdbc.update("UPDATE message SET answer_xml = set_byte(answer_xml, 20, get_byte(answer_xml, 20) # 1) WHERE id = ?",
                one);
        assertThatThrownBy(() -> store.find(one)).isInstanceOf(MessageCipher.StoredValueException.class)
                .hasMessageContaining("message/" + one + "/answer_xml").hasMessageContaining("does not authenticate");
        assertThat(get("/api/v1/messages/" + one + "/answer").statusCode()).as("no garbage is served").isEqualTo(500);
        jdbc.update("UPDATE message SET answer_xml = set_byte(answer_xml, 20, get_byte(answer_xml, 20) # 1) WHERE id = ?",
                one);
        assertThat(text(store.find(one).orElseThrow().answer())).isEqualTo("<answer-one/>");

        byte[] own = jdbc.queryForObject("SELECT raw_xml FROM message WHERE id = ?", byte[].class, two);
        jdbc.update("UPDATE message SET raw_xml = (SELECT raw_xml FROM message WHERE id = ?) WHERE id = ?", one, two);
        assertThatThrownBy(() -> store.find(two)).as("the first message's XML in the second's row")
                .isInstanceOf(MessageCipher.StoredValueException.class).hasMessageContaining("message/" + two);
        jdbc.update("UPDATE message SET raw_xml = (SELECT answer_xml FROM message WHERE id = ?) WHERE id = ?", two, two);
        assertThatThrownBy(() -> store.find(two)).as("its answer as its message")
                .isInstanceOf(MessageCipher.StoredValueException.class);
        jdbc.update("UPDATE message SET raw_xml = ? WHERE id = ?", own, two);
        assertThat(text(store.find(two).orElseThrow().raw())).isEqualTo("<two/>");
    }

    @Test
    void retentionDropsTheExpiredPartitionsOfAMonthAndKeepsItsOtherKinds() throws Exception {
        UUID today = save(RetentionKind.REFUSED, Instant.now(), List.of(), "today", null, null);
        Instant january = Instant.parse("2001-01-20T10:00:00Z");
        UUID refused = save(RetentionKind.REFUSED, january, List.of(), "not xml", null, "{\"code\":\"NOT_WELL_FORMED\"}");
        UUID care = save(RetentionKind.CARE, january, List.of(), "<care/>", "<answer/>", null);
        UUID declaration = save(RetentionKind.DECLARATION, january, List.of(), "<declaration/>", "<answer/>", null);
        store.savePart(declaration, "0935", "<part/>".getBytes(StandardCharsets.UTF_8));
        jdbc.queryForList("SELECT ensure_message_partition(?::timestamptz)", "2001-01-15T00:00:00Z");
        assertThat(partition(refused)).isEqualTo("message_2001_01_refused");
        assertThat(partition(care)).isEqualTo("message_2001_01_care");
        assertThat(partition(declaration)).isEqualTo("message_2001_01_declaration");

        // June 2001: refused messages are kept three months, so January's went at the start of May; the others stay
        List<MessageRetention.Dropped> dropped = retention.dropExpired(Instant.parse("2001-06-01T00:00:00Z"));
        assertThat(dropped).extracting(MessageRetention.Dropped::partition).containsExactly("message_2001_01_refused");
        assertThat(dropped.get(0).messages()).isEqualTo(1);
        assertThat(exists("message_2001_01_refused")).isFalse();
        assertThat(store.find(refused)).isEmpty();
        assertThat(store.find(care)).isPresent();
        assertThat(store.find(declaration)).isPresent();
        assertThat(store.parts(declaration)).hasSize(1);

        // March 2008: care kept two years, declarations seven (January 2001 ended seven years before February 2008)
        dropped = retention.dropExpired(Instant.parse("2008-03-01T00:00:00Z"));
        assertThat(dropped).extracting(MessageRetention.Dropped::partition)
                .containsExactlyInAnyOrder("message_2001_01_care", "message_2001_01_declaration");
        assertThat(dropped).filteredOn(d -> d.kind().equals("declaration")).singleElement()
                .satisfies(d -> assertThat(d.declarationParts()).as("its parts go with it").isEqualTo(1));
        assertThat(store.find(care)).isEmpty();
        assertThat(store.find(declaration)).isEmpty();
        assertThat(store.parts(declaration)).isEmpty();
        assertThat(exists("message_2001_01")).as("an empty month goes too").isFalse();
        assertThat(store.find(today)).as("today's messages stay").isPresent();
    }

    @Test
    void erasureRemovesOneClientFromEveryStore() throws Exception {
        String bsn = TestBsns.nth(931);
        String other = TestBsns.nth(932);
        String key = clientKeys.of(bsn);
        String otherKey = clientKeys.of(other);
        Instant now = Instant.now();
        UUID own = save(RetentionKind.CARE, now, List.of(key), "<a>" + bsn + "</a>", "<answer/>", null);
        UUID declaration = save(RetentionKind.DECLARATION, now, List.of(key, otherKey),
                "<d>" + bsn + other + "</d>", "<answer>" + bsn + "</answer>", null);
        store.savePart(declaration, "0935", ("<part>" + bsn + "</part>").getBytes(StandardCharsets.UTF_8));
        jdbc.update("INSERT INTO waiting_declaration (message_id, provider, received_at, due, judged_at) "
                + "VALUES (?, 'ERASURE1', now(), current_date + 30, now())", declaration);
        UUID othersOwn = save(RetentionKind.CARE, now, List.of(otherKey), "<a>" + other + "</a>", null, null);
        UUID unattributed = save(RetentionKind.REFUSED, now, List.of(), "<broken><Bsn>" + bsn, null,
                "{\"reason\":\"value '" + bsn + "' is not valid\"}");
        UUID unrelated = save(RetentionKind.REFUSED, now, List.of(), "<broken><Bsn>" + other, null, null);
        jdbc.update("""
                INSERT INTO assignment (domain, municipality, number, provider, client_key, start_date, assigned_at,
                                        message_id) VALUES ('IJW', '0935', 930001, '12345678', ?, current_date, now(), ?)""",
                key, own);
        jdbc.update("""
                INSERT INTO delivery (kind, domain, provider, municipality, client_key, begin_date, message_id)
                VALUES ('START', 'IJW', '12345678', '0935', ?, current_date, ?)""", key, own);
        jdbc.update("""
                INSERT INTO request (domain, provider, reference, municipality, client_key, message_number, dagtekening,
                                     message_id) VALUES ('IJW', '12345678', 'ER-1', '0935', ?, 315, current_date, ?)""",
                key, own);
        jdbc.update("""
                INSERT INTO request_answer (domain, municipality, provider, reference, verzoek_antwoord, message_id)
                VALUES ('IJW', '0935', '12345678', 'ER-1', '1', ?)""", own);
        for (String client : List.of(key, otherKey)) {
            jdbc.update("""
                    INSERT INTO declaration_line (message_id, domain, provider, municipality, client_key, reference,
                        assignment_number, category, code, begin_date, end_date, volume, unit, amount_cents, granted)
                    VALUES (?, 'IJW', '12345678', '0935', ?, ?, 930001, '45', '45A01', current_date, current_date, 1,
                            '04', 100, true)""", declaration, client, "ER-L-" + client.substring(0, 6));
        }

        assertThat(post("/api/v1/admin/erasure", "{}").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/admin/erasure", "{\"bsn\":\"" + bsn + "\",\"clientKey\":\"" + key + "\"}")
                .statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/admin/erasure", "{\"bsn\":\"12ab\"}").statusCode()).isEqualTo(400);

        HttpResponse<String> erased = post("/api/v1/admin/erasure", "{\"bsn\":\"" + bsn + "\"}");
        assertThat(erased.statusCode()).isEqualTo(200);
        assertThat(erased.body()).doesNotContain(bsn).doesNotContain(key);
        JsonNode counts = json.readTree(erased.body());
        assertThat(counts.get("messagesDeleted").asLong()).isEqualTo(1);
        assertThat(counts.get("messagesErased").asLong()).isEqualTo(1);
        assertThat(counts.get("unattributedMessagesSearched").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(counts.get("unattributedMessagesErased").asLong()).isEqualTo(1);
        assertThat(counts.get("unattributedMessagesUnreadable").asLong()).isZero();
        assertThat(counts.get("declarationPartsDeleted").asLong()).isEqualTo(1);
        assertThat(counts.get("waitingDeclarationsRemoved").asLong()).isEqualTo(1);
        assertThat(counts.get("assignmentsDeleted").asLong()).isEqualTo(1);
        assertThat(counts.get("deliveriesDeleted").asLong()).isEqualTo(1);
        assertThat(counts.get("requestsDeleted").asLong()).isEqualTo(1);
        assertThat(counts.get("requestAnswersDeleted").asLong()).isEqualTo(1);
        assertThat(counts.get("declarationLinesUnlinked").asLong()).isEqualTo(1);

        assertThat(store.find(own)).as("about the client only: deleted").isEmpty();
        MessageStore.Stored shared = store.find(declaration).orElseThrow();
        assertThat(shared.raw()).as("about other clients too: its content erased").isEmpty();
        assertThat(shared.answer()).isNull();
        assertThat(shared.clientKeys()).containsExactly(otherKey);
        assertThat(store.parts(declaration)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT erased_at IS NOT NULL FROM message WHERE id = ?", Boolean.class,
                declaration)).isTrue();
        assertThat(store.find(unattributed).orElseThrow().raw()).isEmpty();
        assertThat(store.find(unattributed).orElseThrow().notice()).isNull();
        assertThat(text(store.find(unrelated).orElseThrow().raw())).contains(other);
        assertThat(text(store.find(othersOwn).orElseThrow().raw())).contains(other);
        for (String table : List.of("assignment", "delivery", "request", "declaration_line")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE client_key = ?", Long.class, key))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM declaration_line WHERE client_key = ?", Long.class,
                otherKey)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM declaration_line WHERE client_key = 'erased' "
                + "AND message_id = ?", Long.class, declaration)).isEqualTo(1);

        // by client key: the declaration now concerns the other client only, and goes with it
        JsonNode second = json.readTree(post("/api/v1/admin/erasure", "{\"clientKey\":\"" + otherKey + "\"}").body());
        assertThat(second.get("messagesDeleted").asLong()).isEqualTo(2);
        assertThat(second.get("unattributedMessagesSearched").asLong()).as("a client key cannot be searched for")
                .isZero();
        assertThat(store.find(declaration)).isEmpty();
        assertThat(store.find(othersOwn)).isEmpty();
    }

    private UUID save(RetentionKind kind, Instant at, List<String> clients, String raw, String answer, String notice) {
        UUID id = UUID.randomUUID();
        String type = switch (kind) {
            case DECLARATION -> "JW323";
            case CARE -> "JW305";
            case REFUSED -> null;
        };
        Outcome outcome = kind == RetentionKind.REFUSED ? Outcome.REFUSED : Outcome.ACCEPTED;
        store.save(new MessageStore.Stored(id, at, Party.provider("12345678"), null, null, type, "12345678", "0935",
                "DAR-" + id.toString().substring(0, 8), clients.size() == 1 ? clients.get(0) : null, clients, List.of(),
                outcome, List.of(), List.of(), raw.getBytes(StandardCharsets.UTF_8),
                answer == null ? null : answer.getBytes(StandardCharsets.UTF_8), notice, null));
        return id;
    }

    private int keyOf(String column, UUID id) {
        return MessageCipher.keyOf(jdbc.queryForObject("SELECT " + column + " FROM message WHERE id = ?", byte[].class,
                id));
    }

    private String partition(UUID id) {
        return jdbc.queryForObject("SELECT tableoid::regclass::text FROM message WHERE id = ?", String.class, id);
    }

    private boolean exists(String table) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class, table));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private UUID post(byte[] message) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/api/v1/messages"))
                .header("Authorization", SERVERS.basic("12345678")).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(202);
        return UUID.fromString(json.readTree(posted.body()).get("id").asText());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SERVERS.basic("operator"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", SERVERS.basic("operator")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode awaitStatus(UUID id) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> status = get("/api/v1/messages/" + id);
            if (status.statusCode() == 200) {
                return json.readTree(status.body());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("message " + id + " was not judged within 15 s");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
