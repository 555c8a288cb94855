package org.centrumhub.bench.hub;

/**
 * What one run measured: messages and declaration lines answered, seconds from the first send to the last answer,
 * every message's latency (send, or when it was due, to its answer; nanoseconds, sorted) and what the answers said.
 */
public record RunResult(int messages, long lines, double seconds, long[] latencies, Answers answers) {

    public double messagesPerSecond() {
        return messages / seconds;
    }

    public double linesPerSecond() {
        return lines / seconds;
    }

    /** The latency at a percentile (50, 99, 100), in milliseconds: the smallest that many percent are within. */
    public double millis(double percentile) {
        int index = (int) Math.min(latencies.length - 1, Math.max(0, Math.ceil(latencies.length * percentile / 100) - 1));
        return latencies[index] / 1e6;
    }
}
