package org.centrumhub.hub.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
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
 * @param encryption       the keys that encrypt personal data at rest (docs/data-at-rest.md)
 * @param retention        how long stored messages are kept, per retention kind (docs/data-at-rest.md)
 */
@ConfigurationProperties("centrumhub")
public record HubProperties(@DefaultValue("data") Path dataDir, @DefaultValue("Europe/Amsterdam") ZoneId timeZone,
                            @DefaultValue Broker broker, @DefaultValue EmbeddedPostgres embeddedPostgres,
                            @DefaultValue Intake intake, @DefaultValue Http http,
                            @DefaultValue Encryption encryption, @DefaultValue Retention retention) {

    /**
     * @param acceptor             the TCP acceptor of the embedded broker (CORE, AMQP 1.0 and STOMP); empty for
     *                             in-VM only
     * @param journalSync          whether the journal syncs to disk on commit (on: durable against power loss)
     * @param journalType          the embedded broker's journal: AUTO takes ASYNCIO where Linux' libaio is present
     *                             and NIO otherwise
     * @param journalBufferTimeout how long the journal gathers writes before it flushes and syncs them (one sync
     *                             for every transaction committed meanwhile); empty: Artemis' default for the
     *                             journal type (NIO 3.33 ms, ASYNCIO 0.5 ms)
     * @param consumerWindowSize   how much the hub's own consumers take ahead from the broker (per consumer);
     *                             empty: Artemis' default (1 MiB)
     * @param minLargeMessageSize  messages the hub sends from this size on go as Artemis large messages (streamed
     *                             in chunks, a file each); under the journal's 10 MiB file size
     */
    public record Broker(@DefaultValue("tcp://127.0.0.1:61616") String acceptor, @DefaultValue("true") boolean journalSync,
                         @DefaultValue("AUTO") JournalType journalType, Duration journalBufferTimeout,
                         DataSize consumerWindowSize, @DefaultValue("8MB") DataSize minLargeMessageSize) {
    }

    /** The embedded broker's journal type; AUTO: ASYNCIO where libaio is present, NIO otherwise. */
    public enum JournalType { AUTO, NIO, ASYNCIO }

    /**
     * @param port the port of the embedded PostgreSQL (0: any free port)
     * @param database the database the hub uses in it
     */
    public record EmbeddedPostgres(@DefaultValue("0") int port, @DefaultValue("centrumhub") String database) {
    }

    /**
     * @param consumers          concurrent consumers of the intake queue (messages about one client always go to one
     *                           of them, in order)
     * @param inboundConsumers   concurrent consumers of each direction's inbound queue, whatever the number of
     *                           parties (one party's messages always go to one of them, in the order it sent them)
     * @param redeliveries       attempts after the first at a message that fails for a reason of its own, before it
     *                           goes to the dead-letter queue with the reason and its sender gets an error notice
     * @param redeliveryDelay    the pause before each of those attempts
     * @param transientRetries   attempts after the first at a message that fails because the database or broker is
     *                           unavailable; after them the message goes back to its queue, never to a dead letter
     * @param transientRetryDelay the first pause between those attempts, doubling each time
     * @param databaseCheckEvery while the intake is paused for an unavailable database, how often the database is
     *                           checked; consumption resumes as soon as it answers
     * @param partitionsAhead    how many months of message-store partitions are made ahead
     * @param groupHandoverSettle how long a consumer that gets a message group from another one (which closed, or
     *                           whose node died) waits before it rolls back to start the group from its oldest
     *                           message, so the messages the other one held are back on the queue first
     *                           ({@code GroupHandover}); 0 turns this off
     */
    public record Intake(@DefaultValue("4") int consumers, @DefaultValue("4") int inboundConsumers,
                         @DefaultValue("3") int redeliveries,
                         @DefaultValue("200ms") Duration redeliveryDelay, @DefaultValue("3") int transientRetries,
                         @DefaultValue("1s") Duration transientRetryDelay,
                         @DefaultValue("5s") Duration databaseCheckEvery, @DefaultValue("3") int partitionsAhead,
                         @DefaultValue("100ms") Duration groupHandoverSettle) {
    }

    /**
     * @param largeBody             a body at least this large counts as large
     * @param concurrentLargeBodies how many large bodies are read at once; more are refused with 503 and Retry-After
     */
    public record Http(@DefaultValue("1MB") DataSize largeBody, @DefaultValue("4") int concurrentLargeBodies) {
    }

    /**
     * The schedules are read by their {@code @Scheduled} annotations from the same properties.
     *
     * @param keyFolder             the folder of the data keys ({@code data-key-<id>.secret}); empty:
     *                              {@code <data dir>/keys}
     * @param rescanEvery           how often the key folder is read again
     * @param reencryptEvery        how often the re-encryption job looks for values under older keys
     * @param reencryptInitialDelay when it first runs after start-up
     * @param batchSize             how many rows the re-encryption job rewrites in one transaction
     */
    public record Encryption(Path keyFolder, @DefaultValue("PT1M") Duration rescanEvery,
                             @DefaultValue("PT24H") Duration reencryptEvery,
                             @DefaultValue("PT1M") Duration reencryptInitialDelay, @DefaultValue("100") int batchSize) {
        public Path keyFolder(Path dataDir) {
            return keyFolder == null || keyFolder.toString().isBlank() ? dataDir.resolve("keys") : keyFolder;
        }
    }

    /**
     * How long a message is kept after the month it was received in: its month's partition of its kind is dropped
     * once the whole month is older than this.
     *
     * @param declaration declarations (323) and their answers (325): fiscal law keeps them seven years
     * @param care        assignments, starts, stops, requests, answers and their retours (301-320)
     * @param refused     messages refused on transport or rejected as invalid (0001): unreadable, never processed
     * @param cron        when the retention job runs (UTC; read by its {@code @Scheduled} annotation)
     * @param lockTimeout how long dropping a partition waits for the intake's locks before it tries again next time
     */
    public record Retention(@DefaultValue("P7Y") Period declaration, @DefaultValue("P2Y") Period care,
                            @DefaultValue("P3M") Period refused, @DefaultValue("0 37 3 * * *") String cron,
                            @DefaultValue("5s") Duration lockTimeout) {
    }
}
