package org.centrumhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.centrumhub.hub.CentrumhubApplication;
import org.centrumhub.hub.HubTestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP API over TLS with client certificates (the production option next to HTTP Basic): a party whose
 * certificate the operator listed is logged in by it, with the same list the broker uses; a certificate nobody
 * listed is not a login, and without one the API still wants a password.
 */
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpClientCertificateTest {
    static final HubTestServers SERVERS = new HubTestServers();
    private static final TestKeys KEYS = new TestKeys(
            SERVERS.dataDir().resolveSibling(SERVERS.dataDir().getFileName() + "-keys"));
    private static final String PARTY_DN = "CN=0935, O=Gemeente Maastricht, C=NL";
    private static final String NOT_FOUND = "/api/v1/messages/00000000-0000-0000-0000-000000000000";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        KEYS.make(Map.of("party", PARTY_DN, "stranger", "CN=9999, O=Niemand, C=NL"));
        SecretFiles.createPrivate(Credentials.folderOf(SERVERS.dataDir()).resolve("certificate-users.properties"),
                "0935=" + PARTY_DN.replace("=", "\\=").replace(",", "\\,") + "\n");
        SERVERS.register(registry);
        registry.add("server.ssl.enabled", () -> "true");
        registry.add("server.ssl.key-store", () -> KEYS.path("hub.p12"));
        registry.add("server.ssl.key-store-password", () -> TestKeys.PASSWORD);
        registry.add("server.ssl.trust-store", () -> KEYS.path("hub-trust.p12"));
        registry.add("server.ssl.trust-store-password", () -> TestKeys.PASSWORD);
        registry.add("server.ssl.client-auth", () -> "want");
    }

    @LocalServerPort
    int port;

    @Test
    void aListedCertificateLogsItsPartyIn() throws Exception {
        HttpClient party = HttpClient.newBuilder().sslContext(KEYS.client("party.p12")).build();
        assertThat(get(party, NOT_FOUND, null).statusCode()).as("known, and no such message").isEqualTo(404);
        assertThat(get(party, "/api/v1/dlq", null).statusCode()).as("a party, not an operator").isEqualTo(403);
    }

    @Test
    void aCertificateNobodyListedIsNoLogin() throws Exception {
        HttpClient stranger = HttpClient.newBuilder().sslContext(KEYS.client("stranger.p12")).build();
        assertThat(get(stranger, NOT_FOUND, null).statusCode()).isEqualTo(401);
    }

    @Test
    void withoutACertificateAPasswordIsStillNeeded() throws Exception {
        HttpClient plain = HttpClient.newBuilder().sslContext(KEYS.client(null)).build();
        assertThat(get(plain, NOT_FOUND, null).statusCode()).isEqualTo(401);
        assertThat(get(plain, NOT_FOUND, SERVERS.basic("0935")).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(HttpClient http, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
