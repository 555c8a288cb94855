package org.centrumhub.bench.hub;

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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The hub's jar started as a process of its own, as {@code ./centrumhub run} would start it: a fresh data folder,
 * free ports for its broker acceptor and HTTP, its log in a file. Closing it stops it (SIGTERM, then SIGKILL after a
 * minute), ends whatever it started that is still alive (its PostgreSQL), and deletes the data folder unless kept.
 */
public final class HubUnderTest implements AutoCloseable {
    private final Process process;
    private final Path dataDir;
    private final Path log;
    private final int brokerPort;
    private final int httpPort;
    private final boolean keepData;
    private final List<ProcessHandle> started = new ArrayList<>();
    private boolean closed;

    private HubUnderTest(Process process, Path dataDir, Path log, int brokerPort, int httpPort, boolean keepData) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.brokerPort = brokerPort;
        this.httpPort = httpPort;
        this.keepData = keepData;
    }

    /**
     * Starts {@code java <jvmOptions> -jar <jar> run <hub options> <hubArgs>} with {@code CENTRUMHUB_HOME=home} (its
     * {@code config/parties.yml} and {@code config/regions}) and waits until {@code /health} answers.
     */
    public static HubUnderTest start(Path jar, Path home, List<String> jvmOptions, List<String> hubArgs, Path log,
                                     boolean keepData) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no hub jar at " + jar + ": build it with ./mvnw -q -B -DskipTests package");
        }
        Path dataDir = Files.createTempDirectory("centrumhub-bench-");
        int brokerPort = freePort();
        int httpPort = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "run", "--centrumhub.data-dir=" + dataDir,
                "--centrumhub.broker.acceptor=tcp://127.0.0.1:" + brokerPort, "--server.port=" + httpPort));
        command.addAll(hubArgs);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CENTRUMHUB_HOME", home.toAbsolutePath().toString());
        HubUnderTest hub = new HubUnderTest(builder.start(), dataDir, log, brokerPort, httpPort, keepData);
        try {
            hub.awaitHealthy(Duration.ofMinutes(3));
        } catch (Exception e) {
            hub.close();
            throw e;
        }
        return hub;
    }

    public int brokerPort() {
        return brokerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    /** A registered party's login, with the password the hub generated for it. */
    public Login login(String code) {
        return Login.of(dataDir, code);
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see " + log);
            }
            process.descendants().filter(p -> !started.contains(p)).forEach(started::add);
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    process.descendants().filter(p -> !started.contains(p)).forEach(started::add);
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the hub did not become healthy within " + timeout.toSeconds() + " s; see " + log);
    }

    /** Stops the hub and what it started; again (from a shutdown hook, say): nothing. */
    @Override
    public synchronized void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        process.descendants().filter(p -> !started.contains(p)).forEach(started::add);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        for (ProcessHandle left : started) {
            if (left.isAlive()) {
                left.destroy();
                left.onExit().get(30, TimeUnit.SECONDS);
            }
        }
        Path postmaster = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(postmaster)) {
            long pid = Long.parseLong(Files.readAllLines(postmaster).get(0).trim());
            // its database, if the hub could not stop it (the file may be stale: only a live postgres is ended)
            ProcessHandle.of(pid).filter(p -> p.info().command().orElse("").contains("postgres"))
                    .ifPresent(ProcessHandle::destroy);
        }
        if (!keepData) {
            delete(dataDir);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
