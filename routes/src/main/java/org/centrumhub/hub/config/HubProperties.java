package org.centrumhub.hub.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hub's own settings ({@code centrumhub.*} in application.yml).
 *
 * @param dataDir where the embedded servers keep their data (Artemis journal, PostgreSQL cluster)
 * @param broker the embedded broker's network side
 * @param embeddedPostgres the embedded PostgreSQL, used when {@code spring.datasource.url} is not set
 */
@ConfigurationProperties("centrumhub")
public record HubProperties(@DefaultValue("data") Path dataDir, @DefaultValue Broker broker,
                            @DefaultValue EmbeddedPostgres embeddedPostgres) {

    /**
     * @param acceptor the TCP acceptor of the embedded broker (CORE, AMQP 1.0 and STOMP); empty for in-VM only
     * @param journalSync whether the journal syncs to disk on commit (on: durable against power loss)
     */
    public record Broker(@DefaultValue("tcp://127.0.0.1:61616") String acceptor, @DefaultValue("true") boolean journalSync) {
    }

    /**
     * @param port the port of the embedded PostgreSQL (0: any free port)
     * @param database the database the hub uses in it
     */
    public record EmbeddedPostgres(@DefaultValue("0") int port, @DefaultValue("centrumhub") String database) {
    }
}
