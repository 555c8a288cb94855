package org.centrumhub.hub;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The hub as a real operating-system process (the test's classpath, the CLI's {@code run}), so a test can kill it
 * with SIGKILL and start it again on the same data folder and ports.
 */
public final class HubProcess {
    public final Path dataDir = Path.of("target", "test-data", "process-" + UUID.randomUUID()).toAbsolutePath();
    public final int brokerPort = freePort();
    public final int httpPort = freePort();
    public final int postgresPort = freePort();
    private final List<String> extraArgs;
    private Process process;
    private int starts;

    public HubProcess(String... extraArgs) {
        this.extraArgs = List.of(extraArgs);
    }

    public void start() throws Exception {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "org.centrumhub.cli.Centrumhub", "run",
                "--centrumhub.data-dir=" + dataDir, "--centrumhub.broker.acceptor=tcp://127.0.0.1:" + brokerPort,
                "--centrumhub.embedded-postgres.port=" + postgresPort, "--server.port=" + httpPort,
                "--centrumhub.parties.providers[0].code=12345678", "--centrumhub.parties.providers[0].name=Proef",
                "--centrumhub.parties.municipalities[0].code=0935",
                "--centrumhub.parties.municipalities[0].name=Maastricht"));
        command.addAll(extraArgs);
        Path log = dataDir.resolve("hub-" + (++starts) + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitHealthy(Duration.ofSeconds(120), log);
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the hub shuts down in order, its PostgreSQL with it. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/centrumhub?user=postgres";
    }

    public String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void awaitHealthy(Duration timeout, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + httpPort + "/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the hub did not become healthy within " + timeout + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
