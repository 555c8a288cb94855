package org.centrumhub.hub;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The hub as a real operating-system process (the test's classpath, the CLI's {@code run}), so a test can kill it
 * with SIGKILL, stop its database, and start either again on the same data folder and ports. Several processes may
 * share one data folder as hub nodes do (each logs to its own {@code hub-<node>-<start>.log} there).
 */
public final class HubProcess {
    public final Path dataDir;
    public final int brokerPort = freePort();
    public final int httpPort = freePort();
    public final int postgresPort = freePort();
    private final String name;
    private final List<String> jvmOptions;
    private final List<String> extraArgs;
    private Process process;
    private List<String> databaseCommand;
    private int starts;
    private Path log;
    private Duration startTimeout = Duration.ofSeconds(120);

    /** A hub with 512 MB of heap and these extra arguments. */
    public HubProcess(String... extraArgs) {
        this(List.of("-Xmx512m"), extraArgs);
    }

    public HubProcess(List<String> jvmOptions, String... extraArgs) {
        this(Path.of("target", "test-data", "process-" + UUID.randomUUID()).toAbsolutePath(), "hub", jvmOptions,
                extraArgs);
    }

    /** A hub node named {@code name} on a data folder it may share with other nodes. */
    public HubProcess(Path dataDir, String name, List<String> jvmOptions, String... extraArgs) {
        this.dataDir = dataDir;
        this.name = name;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.extraArgs = List.of(extraArgs);
    }

    public void start() throws Exception {
        launch();
        awaitHealthy(startTimeout);
    }

    /** Starts the process without waiting for it to become healthy ({@link #awaitHealthy}). */
    public void launch() throws Exception {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.centrumhub.cli.Centrumhub", "run",
                "--centrumhub.data-dir=" + dataDir, "--centrumhub.broker.acceptor=tcp://127.0.0.1:" + brokerPort,
                "--centrumhub.embedded-postgres.port=" + postgresPort, "--server.port=" + httpPort,
                "--centrumhub.parties.providers[0].code=12345678", "--centrumhub.parties.providers[0].name=Proef",
                "--centrumhub.parties.municipalities[0].code=0935",
                "--centrumhub.parties.municipalities[0].name=Maastricht"));
        command.addAll(extraArgs);
        log = dataDir.resolve(name + "-" + (++starts) + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** How long {@link #start} waits for the hub to be healthy (120 s unless set). */
    public HubProcess startTimeout(Duration timeout) {
        this.startTimeout = timeout;
        return this;
    }

    /** The log of the latest start. */
    public Path log() {
        return log;
    }

    public boolean alive() {
        return process != null && process.isAlive();
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

    /**
     * Stops the hub's embedded PostgreSQL under it (SIGINT to its postmaster: a fast shutdown), as an outage would;
     * {@link #startDatabase} starts it again with the same command line.
     */
    public void stopDatabase() throws Exception {
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        databaseCommand = Arrays.asList(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"),
                StandardCharsets.UTF_8).split("\0"));
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).start().waitFor();
        postmaster.onExit().get(60, TimeUnit.SECONDS);
    }

    /** Starts the PostgreSQL stopped by {@link #stopDatabase}, in a user namespace as the hub does (it refuses root). */
    public void startDatabase() throws Exception {
        List<String> command = new ArrayList<>(List.of("setsid", "unshare", "-U"));
        command.addAll(databaseCommand);
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("postgres-restart.log").toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = database()) {
                return;
            } catch (SQLException e) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("PostgreSQL did not come back within 60 s");
    }

    public String brokerUrl() {
        return "tcp://127.0.0.1:" + brokerPort;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/centrumhub";
    }

    /** A connection as the hub's own role (its tables are on its search path), with the password the hub made. */
    public Connection database() throws SQLException {
        Properties credentials = new Properties();
        try (var file = Files.newBufferedReader(dataDir.resolve("credentials/postgres.properties"))) {
            credentials.load(file);
        } catch (IOException e) {
            throw new SQLException("no database credentials in " + dataDir, e);
        }
        return DriverManager.getConnection(jdbcUrl(), credentials.getProperty("hub.user"),
                credentials.getProperty("hub.password"));
    }

    /** The first column of the first row of a query against the hub's database. */
    public long count(String sql) throws SQLException {
        try (Connection db = database(); var statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Waits until the hub has judged (stored) at least {@code count} messages; returns how many it has. */
    public long awaitJudged(long count) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            long judged = count("SELECT count(*) FROM message");
            if (judged >= count) {
                return judged;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the hub did not judge " + count + " messages in time");
    }

    public String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + path)).header("Authorization", basic("operator")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** An HTTP Basic Authorization header value for a party or the operator of this hub. */
    public String basic(String login) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((login + ":"
                + org.centrumhub.hub.security.Credentials.passwordOf(dataDir, login)).getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until {@code /health} answers 200; fails when the process exits or the time is up. */
    public void awaitHealthy(Duration timeout) throws Exception {
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
