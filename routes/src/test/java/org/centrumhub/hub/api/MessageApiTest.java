package org.centrumhub.hub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.CoreClient;
import org.centrumhub.hub.HubTestServers;
import org.centrumhub.hub.config.PartyQueueBacklog;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTTP intake end to end: post, poll the status, fetch the answer; refusals; the OpenAPI description. */
@AutoConfigureObservability
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MessageApiTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SERVERS.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    PartyQueueBacklog backlog;

    @Test
    void postedMessageIsJudgedAndItsAnswerCanBeFetched() throws Exception {
        // each call a new request: its own Identificatie, references and client (TR056, TR347, TR374)
        int n = REQUESTS.incrementAndGet();
        String identificatie = "API315-" + n;
        byte[] request = Fixture.load("ijw/jw315-valid.xml").set("Header/BerichtIdentificatie/Identificatie", identificatie)
                .set("Client/Bsn", TestBsns.nth(100 + n))
                .set("Client/AangevraagdeProducten/AangevraagdProduct[1]/ReferentieAanbieder", "API-" + n + "-1")
                .set("Client/AangevraagdeProducten/AangevraagdProduct[2]/ReferentieAanbieder", "API-" + n + "-2")
                .toBytes();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/api/v1/messages")).header("Authorization", SERVERS.basic("12345678"))
                .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofByteArray(request)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(202);
        String id = json.readTree(posted.body()).get("id").asText();
        assertThat(posted.headers().firstValue("Location")).contains("/api/v1/messages/" + id);

        JsonNode status = awaitStatus(id);
        assertThat(status.get("outcome").asText()).isEqualTo("ACCEPTED");
        assertThat(status.get("type").asText()).isEqualTo("JW315");
        assertThat(status.get("sender").asText()).isEqualTo("12345678");
        assertThat(status.get("receiver").asText()).isEqualTo("0935");
        assertThat(status.toString()).doesNotContain(TestBsns.nth(100 + n));

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/messages/" + id + "/answer")).header("Authorization", SERVERS.basic("12345678")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<jw316:BerichtCode>").contains(identificatie);
    }

    @Test
    void metricsCountMessagesPerTypeAndRoute() throws Exception {
        postedMessageIsJudgedAndItsAnswerCanBeFetched();
        String metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).header("Authorization", SERVERS.basic("operator")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics).containsPattern("centrumhub_messages_total\\{[^}]*outcome=\"ACCEPTED\"[^}]*type=\"JW315\"");
        assertThat(metrics).contains("routeId=\"intake\"").contains("routeId=\"inbound-providers\"");
        // for operators: judging time per type, queue depths, the oldest waiting message per address, the pause
        assertThat(metrics).containsPattern("centrumhub_judging_seconds_count\\{[^}]*type=\"JW315\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("artemis_message_count\\{[^}]*queue=\"hub.intake\"");
        assertThat(metrics).containsPattern("artemis_messages_acknowledged\\{[^}]*queue=\"hub.intake\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("centrumhub_queue_oldest_message_seconds\\{queue=\"hub.inbound.from-providers\"\\} 0.0");
        assertThat(metrics).contains("centrumhub_queue_oldest_message_seconds{queue=\"hub.dlq\"}");
        assertThat(metrics).contains("centrumhub_intake_paused 0.0");
        // the JVM's figures once, from Spring Boot (the broker's plugin registered clashing copies before)
        assertThat(metrics).containsPattern("jvm_buffer_count_buffers\\{id=\"mapped\"\\}");
        assertThat(metrics).containsPattern("centrumhub_judging_seconds_bucket\\{[^}]*type=\"JW315\"");
    }

    @Test
    void aPartyQueueWithABacklogIsInTheMetricsAndEmptyOnesAreNot() throws Exception {
        // municipality 0935's queue is made by the hub's first forward to it; nobody reads it in this test
        String forwarded = "hub.to-municipality.0935";
        try (CoreClient provider = SERVERS.client()) {
            provider.send("hub.from-provider.12345678", Fixture.load("ijw/jw305-valid.xml")
                    .set("Header/BerichtIdentificatie/Identificatie", "BACKLOG-" + REQUESTS.incrementAndGet())
                    .set("Client/Bsn", TestBsns.nth(900 + REQUESTS.get())).remove("Client/StartProducten/StartProduct[2]")
                    .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes());
            provider.receive("hub.to-provider.12345678");
        }
        backlog.refresh();
        String metrics = http.send(HttpRequest.newBuilder(uri("/metrics")).header("Authorization", SERVERS.basic("operator")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics).containsPattern("centrumhub_party_queue_messages\\{queue=\"" + forwarded + "\"\\} [1-9]");
        assertThat(metrics).containsPattern("centrumhub_queue_oldest_message_seconds\\{queue=\"" + forwarded + "\"\\}");
        // the provider read its answer: its queue exists and is empty, so it has no series
        assertThat(metrics).doesNotContain("centrumhub_party_queue_messages{queue=\"hub.to-provider.12345678\"}");
    }

    @Test
    void theSenderIsTheLoginNeverAParameter() throws Exception {
        HttpResponse<String> named = http.send(HttpRequest.newBuilder(uri("/api/v1/messages?sender=87654321"))
                .header("Authorization", SERVERS.basic("12345678")).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixture.bytes("ijw/jw305-valid.xml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(json.readTree(named.body()).get("code").asText()).isEqualTo("SENDER_IS_THE_LOGIN");
        HttpResponse<String> operator = http.send(HttpRequest.newBuilder(uri("/api/v1/messages"))
                .header("Authorization", SERVERS.basic("operator")).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixture.bytes("ijw/jw305-valid.xml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(operator.statusCode()).isEqualTo(403);
    }

    @Test
    void aBodyOverTheLimitIsRefusedFromItsLengthBeforeItIsRead() throws Exception {
        URI target = uri("/api/v1/messages");
        try (java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort())) {
            socket.setSoTimeout(10_000);
            // only the head: a 200 MB body is announced and never sent, so only a refusal from the length can answer
            socket.getOutputStream().write(("POST " + target.getRawPath() + " HTTP/1.1\r\n"
                    + "Authorization: " + SERVERS.basic("12345678") + "\r\n"
                    + "Host: 127.0.0.1\r\nContent-Type: application/xml\r\nContent-Length: 209715200\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String head = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(head).isEqualTo("HTTP/1.1 413");
        }
    }

    @Test
    void aStreamedBodyOverTheLimitIsRefusedOnceItPassesIt() throws Exception {
        long size = 27L * 1024 * 1024;
        // no Content-Length: the body arrives chunked and is read only up to the limit
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(uri("/api/v1/messages")).header("Authorization", SERVERS.basic("12345678"))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                    private long left = size;

                    @Override
                    public int read() {
                        return left-- > 0 ? ' ' : -1;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(length, left);
                        java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
                        left -= n;
                        return n;
                    }
                })).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(413);
        assertThat(json.readTree(posted.body()).get("code").asText()).isEqualTo("MESSAGE_TOO_LARGE");
    }

    @Test
    void onlyAFewLargeBodiesAreReadAtOnce() throws Exception {
        URI target = uri("/api/v1/messages");
        List<java.net.Socket> slow = new ArrayList<>();
        try {
            // four uploads of 2 MB that send their head and stall: each holds one of the four places for large bodies
            for (int i = 0; i < 4; i++) {
                java.net.Socket socket = new java.net.Socket(target.getHost(), target.getPort());
                socket.getOutputStream().write(("POST " + target.getRawPath()
                        + " HTTP/1.1\r\nAuthorization: " + SERVERS.basic("12345678") + "\r\nHost: 127.0.0.1\r\nContent-Type: application/xml\r\nContent-Length: 2097152"
                        + "\r\n\r\n<").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Thread.sleep(500);
            HttpResponse<String> fifth = http.send(HttpRequest.newBuilder(target).header("Authorization", SERVERS.basic("12345678")).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(fifth.statusCode()).isEqualTo(503);
            assertThat(fifth.headers().firstValue("Retry-After")).isPresent();
            HttpResponse<String> small = http.send(HttpRequest.newBuilder(target).header("Authorization", SERVERS.basic("12345678")).header("Content-Type", "application/xml")
                    .POST(HttpRequest.BodyPublishers.ofString("<small/>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(small.statusCode()).as("a small body does not wait for large ones").isEqualTo(202);
        } finally {
            for (java.net.Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void unknownIdIsNotFound() throws Exception {
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(
                uri("/api/v1/messages/00000000-0000-0000-0000-000000000000")).header("Authorization", SERVERS.basic("12345678")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(status.statusCode()).isEqualTo(404);
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        HttpResponse<String> docs = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/v1/messages")).isTrue();
        assertThat(paths.has("/api/v1/messages/{id}/answer")).isTrue();
    }

    private JsonNode awaitStatus(String id) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(uri("/api/v1/messages/" + id)).header("Authorization", SERVERS.basic("12345678")).build(),
                    HttpResponse.BodyHandlers.ofString());
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
