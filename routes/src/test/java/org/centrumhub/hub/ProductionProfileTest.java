package org.centrumhub.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** In the production profile Hawtio and Jolokia want a login (JAAS users file), which the README documents. */
@ActiveProfiles("production")
@SpringBootTest(classes = CentrumhubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductionProfileTest {
    static final HubTestServers SERVERS = new HubTestServers();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        System.setProperty("java.security.auth.login.config",
                Path.of("target/test-classes/jaas/login.conf").toAbsolutePath().toString());
        SERVERS.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void consoleAndJolokiaNeedALogin() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/jolokia/version")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(401, 403);

        String basic = Base64.getEncoder().encodeToString("operator:test-secret".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> operator = http.send(HttpRequest.newBuilder(uri("/jolokia/version"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("\"agent\"");

        String wrong = Base64.getEncoder().encodeToString("operator:guess".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> guessed = http.send(HttpRequest.newBuilder(uri("/jolokia/version"))
                .header("Authorization", "Basic " + wrong).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(guessed.statusCode()).isIn(401, 403);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
