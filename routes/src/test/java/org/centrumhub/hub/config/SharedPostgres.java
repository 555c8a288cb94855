package org.centrumhub.hub.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * One PostgreSQL for several hub nodes, as an external server would be: the hub's own embedded one (same binaries,
 * passwords, loopback only, the hub role owning schema {@code centrumhub}), started by the test and reached by the
 * nodes through {@code spring.datasource.*}.
 */
public final class SharedPostgres implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final EmbeddedPostgresSecurity.Credentials credentials;

    private SharedPostgres(EmbeddedPostgres postgres, EmbeddedPostgresSecurity.Credentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /** Starts a cluster kept under {@code folder} on any free port. */
    public static SharedPostgres start(Path folder) throws Exception {
        HubProperties properties = new Binder(new MapConfigurationPropertySource(Map.of("centrumhub.data-dir",
                folder.toString()))).bindOrCreate("centrumhub", HubProperties.class);
        EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(properties);
        return new SharedPostgres(postgres, EmbeddedPostgresSecurity.readCredentials(
                EmbeddedPostgresSecurity.credentialsFile(folder)));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/centrumhub";
    }

    /** The hub's role: no superuser, owns schema centrumhub (its search_path). */
    public String user() {
        return credentials.hubUser();
    }

    public String password() {
        return credentials.hubPassword();
    }

    /** A connection as the hub's role. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    @Override
    public void close() throws Exception {
        postgres.close();
    }
}
