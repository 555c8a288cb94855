package org.centrumhub.hub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.centrumhub.hub.security.SecretFiles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The embedded PostgreSQL as the hub starts it (its configuration and Flyway, without the rest of the hub): passwords
 * only, loopback only, the hub as a role that owns its schema and nothing more; a data folder from before that
 * protection is refused.
 */
class EmbeddedPostgresSecurityTest {
    /** Only the database side of the hub; no @Configuration, so the hub's component scan never picks it up. */
    @Import(EmbeddedPostgresConfiguration.class)
    @ImportAutoConfiguration(FlywayAutoConfiguration.class)
    @EnableConfigurationProperties(HubProperties.class)
    static class DatabaseOnly {
    }

    private final Path dataDir = Path.of("target", "test-data", "pg-security-" + UUID.randomUUID()).toAbsolutePath();
    private final Path credentialsFile = dataDir.resolve("credentials/postgres.properties");

    @Test
    void passwordsOnlyLoopbackOnlyAndTheHubOwnsItsSchemaOnly() throws Exception {
        Properties first;
        try (ConfigurableApplicationContext hub = start()) {
            int port = hub.getBean(EmbeddedPostgres.class).getPort();
            first = credentials();
            assertThat(first.getProperty("hub.user")).isEqualTo("centrumhub");
            assertThat(first.getProperty("superuser.password")).hasSizeGreaterThanOrEqualTo(32)
                    .isNotEqualTo(first.getProperty("hub.password"));
            assertThat(Files.getPosixFilePermissions(credentialsFile))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContainIgnoringCase("trust")
                    .contains("scram-sha-256");

            assertRefused(port, "postgres", null);
            assertRefused(port, "centrumhub", null);
            assertRefused(port, "postgres", "wrong-" + first.getProperty("superuser.password"));
            assertRefused(port, "centrumhub", "wrong-" + first.getProperty("hub.password"));

            try (Connection superuser = connect(port, "postgres", "postgres", first.getProperty("superuser.password"))) {
                assertThat(query(superuser, "SHOW password_encryption")).isEqualTo("scram-sha-256");
                assertThat(query(superuser, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(query(superuser, "SHOW unix_socket_directories")).isEmpty();
                assertThat(query(superuser, "SELECT string_agg(DISTINCT left(rolpassword, 14), ',') FROM pg_authid "
                        + "WHERE rolcanlogin")).isEqualTo("SCRAM-SHA-256$");
            }

            try (Connection db = hub.getBean(DataSource.class).getConnection(); Statement statement = db.createStatement()) {
                assertThat(query(db, "SELECT current_user")).isEqualTo("centrumhub");
                assertThat(query(db, "SELECT current_schema()")).isEqualTo("centrumhub");
                assertThat(query(db, "SELECT concat_ws(',', rolsuper, rolcreatedb, rolcreaterole, rolreplication, "
                        + "rolbypassrls) FROM pg_roles WHERE rolname = current_user")).isEqualTo("f,f,f,f,f");
                assertThat(query(db, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'centrumhub'"))
                        .isEqualTo("centrumhub");
                assertThat(query(db, "SELECT string_agg(DISTINCT schemaname, ',') FROM pg_tables "
                        + "WHERE tableowner = current_user")).isEqualTo("centrumhub");
                assertThat(query(db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'centrumhub' "
                        + "AND tablename IN ('message', 'flyway_schema_history', 'ledger_entry')")).isEqualTo("3");
                assertThat(query(db, "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = 'public'")).isEqualTo("0");
                assertThat(query(db, "SELECT count(*) FROM centrumhub.flyway_schema_history WHERE NOT success"))
                        .isEqualTo("0");
                assertThat(query(db, "SELECT has_schema_privilege('public', 'CREATE') OR has_schema_privilege('public', "
                        + "'USAGE') OR has_database_privilege(current_database(), 'CREATE')")).isEqualTo("f");
                assertThatThrownBy(() -> statement.execute("CREATE TABLE public.intruder (id int)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("CREATE SCHEMA intruder"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("CREATE DATABASE intruder"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            assertThatThrownBy(() -> connect(port, "postgres", "centrumhub", first.getProperty("hub.password")).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
        }

        // a restart on the same data folder: the same passwords, nothing trusted, the same migrated schema
        try (ConfigurableApplicationContext hub = start()) {
            int port = hub.getBean(EmbeddedPostgres.class).getPort();
            assertThat(credentials()).isEqualTo(first);
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContainIgnoringCase("trust");
            assertRefused(port, "postgres", null);
            try (Connection db = connect(port, "centrumhub", "centrumhub", first.getProperty("hub.password"))) {
                assertThat(query(db, "SELECT count(*) > 0 FROM flyway_schema_history WHERE success")).isEqualTo("t");
            }
            try (Connection db = hub.getBean(DataSource.class).getConnection()) {
                assertThat(query(db, "SELECT current_user")).isEqualTo("centrumhub");
            }
        }

        // rotation: edit the file, restart; the new passwords work and the old ones no longer do
        String newSuperuser = SecretFiles.password();
        String newHub = SecretFiles.password();
        SecretFiles.replace(credentialsFile, Files.readString(credentialsFile)
                .replace(first.getProperty("superuser.password"), newSuperuser)
                .replace(first.getProperty("hub.password"), newHub));
        try (ConfigurableApplicationContext hub = start()) {
            int port = hub.getBean(EmbeddedPostgres.class).getPort();
            assertRefused(port, "postgres", first.getProperty("superuser.password"));
            assertRefused(port, "centrumhub", first.getProperty("hub.password"));
            connect(port, "postgres", "postgres", newSuperuser).close();
            try (Connection db = hub.getBean(DataSource.class).getConnection()) {
                assertThat(query(db, "SELECT count(*) FROM message")).isEqualTo("0");
            }
        }
    }

    @Test
    void aClusterFromBeforePasswordsIsRefusedWithWhatToDo() throws Exception {
        Path cluster = dataDir.resolve("postgres");
        // what an earlier hub left: initdb with trust, the hub's tables in public, owned by postgres
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(cluster).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDir.resolve("postgres-binaries").toFile()).start()) {
            try (Connection db = old.getPostgresDatabase().getConnection(); Statement statement = db.createStatement()) {
                statement.execute("CREATE DATABASE centrumhub");
            }
            try (Connection db = old.getDatabase("postgres", "centrumhub").getConnection();
                 Statement statement = db.createStatement()) {
                statement.execute("CREATE TABLE message (id uuid PRIMARY KEY)");
            }
        }
        String trusting = Files.readString(cluster.resolve("pg_hba.conf"));
        assertThat(trusting).contains("trust");

        assertThatThrownBy(this::start).hasStackTraceContaining("made by an earlier Centrumhub without passwords")
                .hasStackTraceContaining("has no passwords file").hasStackTraceContaining("mv " + cluster);
        assertThat(credentialsFile).doesNotExist();
        assertThat(cluster.resolve("pg_hba.conf")).hasContent(trusting);
        assertThat(cluster.resolve("postmaster.pid")).doesNotExist();

        // a passwords file put next to it does not make the hub mix its new schema with the old tables
        SecretFiles.createPrivate(credentialsFile, "superuser.password=" + SecretFiles.password()
                + "\nhub.user=centrumhub\nhub.password=" + SecretFiles.password() + "\n");
        assertThatThrownBy(this::start).hasStackTraceContaining("made by an earlier Centrumhub without passwords")
                .hasStackTraceContaining("has tables in schema public");
        assertThat(cluster.resolve("postmaster.pid")).doesNotExist();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DatabaseOnly.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).run("--centrumhub.data-dir=" + dataDir);
    }

    private Properties credentials() throws Exception {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(credentialsFile)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, properties);
    }

    private static void assertRefused(int port, String user, String password) {
        for (String database : List.of("postgres", "centrumhub")) {
            assertThatThrownBy(() -> connect(port, database, user, password).close())
                    .as("%s into %s with %s", user, database, password == null ? "no password" : "a wrong password")
                    .isInstanceOf(SQLException.class)
                    .hasMessageMatching(password == null ? "(?s).*(no password was provided|password authentication failed).*"
                            : "(?s).*password authentication failed.*");
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
