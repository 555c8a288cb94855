package org.centrumhub.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import org.centrumhub.hub.security.Credentials;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Per test class: a fresh data folder under target/ and a free port for the broker's TCP acceptor. */
public final class HubTestServers {
    private final Path dataDir = Path.of("target", "test-data", "hub-" + UUID.randomUUID()).toAbsolutePath();
    private final int brokerPort = freePort();

    public void register(DynamicPropertyRegistry registry) {
        // under target/, not a @TempDir: the cached context (and its PostgreSQL) outlives the test class
        registry.add("centrumhub.data-dir", dataDir::toString);
        registry.add("centrumhub.broker.acceptor", () -> "tcp://127.0.0.1:" + brokerPort);
        // more consumers than the default, so every test also shows that messages about one client keep their order
        registry.add("centrumhub.intake.consumers", () -> "8");
        // the monthly reports run only where a test asks for it (it would put notices on the municipalities' queues)
        registry.add("centrumhub.reports.monthly.enabled", () -> "false");
        registry.add("centrumhub.parties.providers[0].code", () -> "12345678");
        registry.add("centrumhub.parties.providers[0].name", () -> "Jeugdzorg Proef");
        registry.add("centrumhub.parties.providers[1].code", () -> "87654321");
        registry.add("centrumhub.parties.providers[1].name", () -> "Wmo Thuiszorg Proef");
        registry.add("centrumhub.parties.municipalities[0].code", () -> "0935");
        registry.add("centrumhub.parties.municipalities[0].name", () -> "Maastricht");
    }

    public Path dataDir() {
        return dataDir;
    }

    public String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    /** Parties' systems on this hub's broker, each logged in with its own credential. */
    public CoreClient client() {
        return new CoreClient(brokerUrl(), dataDir);
    }

    /** The password the hub generated for a party (its code) or the operator. */
    public String password(String login) {
        return Credentials.passwordOf(dataDir, login);
    }

    /** An HTTP Basic Authorization header value for a party or the operator. */
    public String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password(login))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
