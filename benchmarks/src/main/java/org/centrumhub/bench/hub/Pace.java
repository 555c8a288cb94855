package org.centrumhub.bench.hub;

/** How a run's messages leave the senders. */
public sealed interface Pace {

    /**
     * Everything at once, each sender committing every {@code batch} messages (one persistent send at a time would
     * cap a sender at the broker's journal sync rate): the peak; latency then includes the time queued.
     */
    record Burst(int batch) implements Pace {
    }

    /**
     * Open loop at a fixed total rate: the senders take turns (sender i's k-th message is due at
     * {@code (k * senders + i) / perSecond} seconds), each message committed on its own; latency counts from when a
     * message was due, so a sender that falls behind shows in it.
     */
    record Fixed(double perSecond) implements Pace {
    }
}
