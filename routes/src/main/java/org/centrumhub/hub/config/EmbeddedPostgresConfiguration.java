package org.centrumhub.hub.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.centrumhub.hub.config.EmbeddedPostgresSecurity.Credentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real PostgreSQL started by the hub itself (zonky's embedded binaries), with its cluster under the data folder,
 * so {@code run} and the tests need nothing installed. Not started when {@code spring.datasource.url} points at an
 * external server: then Spring Boot's own DataSource is used.
 * <p>
 * Protected as {@link EmbeddedPostgresSecurity} describes: passwords (scram-sha-256) from
 * {@code <data-dir>/credentials/postgres.properties}, 127.0.0.1 only, and the hub connects as a role that is no
 * superuser and owns schema {@value EmbeddedPostgresSecurity#HUB_SCHEMA} only, where Flyway puts the hub's tables.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(HubProperties properties) throws IOException, SQLException {
        Path cluster = properties.dataDir().resolve("postgres").toAbsolutePath();
        Path work = properties.dataDir().resolve("postgres-binaries").toAbsolutePath();
        Path credentialsFile = EmbeddedPostgresSecurity.credentialsFile(properties.dataDir());
        EmbeddedPostgresSecurity.refuseClusterWithoutCredentials(cluster, credentialsFile);
        Credentials credentials = EmbeddedPostgresSecurity.readOrCreateCredentials(credentialsFile);
        Files.createDirectories(cluster);
        Files.createDirectories(work);
        stopOrphanedServer(cluster);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(work.toFile())
                .setPort(properties.embeddedPostgres().port())
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "") // TCP on loopback only
                .setServerConfig("password_encryption", "scram-sha-256")
                // zonky's defaults favour test speed; the hub's stores must survive a crash
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                // after zonky's initdb (-A trust) and before every start: password set, pg_hba.conf without trust
                .setDataDirectoryCustomizer(folder -> EmbeddedPostgresSecurity.secureCluster(folder, credentials))
                // zonky's own readiness probe and superuser connections authenticate
                .setConnectConfig("password", credentials.superuserPassword())
                .start();
        try {
            EmbeddedPostgresSecurity.prepareHubDatabase(postgres, cluster, properties.embeddedPostgres().database(),
                    credentials);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        LOG.info("Embedded PostgreSQL started on 127.0.0.1:{} with its data in {}; passwords (scram-sha-256) in {}",
                postgres.getPort(), cluster, credentialsFile);
        return postgres;
    }

    /** Flyway's history and the hub's tables go to the schema the hub role owns (also its search_path). */
    @Bean
    FlywayConfigurationCustomizer hubSchema() {
        return configuration -> configuration.defaultSchema(EmbeddedPostgresSecurity.HUB_SCHEMA);
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

    /**
     * Connects as the hub's own role (not a superuser; it owns schema centrumhub only). Pool settings come from
     * {@code spring.datasource.hikari.*}, as for an external server.
     */
    @Bean
    @FlywayDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, HubProperties properties) {
        Credentials credentials = EmbeddedPostgresSecurity.readCredentials(
                EmbeddedPostgresSecurity.credentialsFile(properties.dataDir()));
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/"
                + properties.embeddedPostgres().database());
        dataSource.setUsername(credentials.hubUser());
        dataSource.setPassword(credentials.hubPassword());
        dataSource.setPoolName("centrumhub");
        return dataSource;
    }
}
