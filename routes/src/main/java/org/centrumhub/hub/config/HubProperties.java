package org.centrumhub.hub.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The hub's own settings ({@code centrumhub.*} in application.yml).
 *
 * @param dataDir          where the embedded servers keep their data (Artemis journal, PostgreSQL cluster)
 * @param timeZone         the zone of the hub's business dates (the standard's dates are Dutch and carry no zone);
 *                         instants are stored in UTC whatever this or the JVM's zone is
 * @param broker           the embedded broker's network side
 * @param embeddedPostgres the embedded PostgreSQL, used when {@code spring.datasource.url} is not set
 * @param intake           how messages are taken in and what happens when that fails
 * @param http             limits of the HTTP intake
 */
@ConfigurationProperties("centrumhub")
public record HubProperties(@DefaultValue("data") Path dataDir, @DefaultValue("Europe/Amsterdam") ZoneId timeZone,
                            @DefaultValue Broker broker, @DefaultValue EmbeddedPostgres embeddedPostgres,
                            @DefaultValue Intake intake, @DefaultValue Http http) {

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

    /**
     * @param consumers          concurrent consumers of the intake queue (messages about one client always go to one
     *                           of them, in order); each party's address has one consumer, which keeps arrival order
     * @param redeliveries       attempts after the first at a message that fails for a reason of its own, before it
     *                           goes to the dead-letter queue with the reason and its sender gets an error notice
     * @param redeliveryDelay    the pause before each of those attempts
     * @param transientRetries   attempts after the first at a message that fails because the database or broker is
     *                           unavailable; after them the message goes back to its queue, never to a dead letter
     * @param transientRetryDelay the first pause between those attempts, doubling each time
     * @param databaseCheckEvery while the intake is paused for an unavailable database, how often the database is
     *                           checked; consumption resumes as soon as it answers
     * @param partitionsAhead    how many months of message-store partitions are made ahead
     */
    public record Intake(@DefaultValue("4") int consumers, @DefaultValue("3") int redeliveries,
                         @DefaultValue("200ms") Duration redeliveryDelay, @DefaultValue("3") int transientRetries,
                         @DefaultValue("1s") Duration transientRetryDelay,
                         @DefaultValue("5s") Duration databaseCheckEvery, @DefaultValue("3") int partitionsAhead) {
    }

    /**
     * @param largeBody             a body at least this large counts as large
     * @param concurrentLargeBodies how many large bodies are read at once; more are refused with 503 and Retry-After
     */
    public record Http(@DefaultValue("1MB") DataSize largeBody, @DefaultValue("4") int concurrentLargeBodies) {
    }
}
