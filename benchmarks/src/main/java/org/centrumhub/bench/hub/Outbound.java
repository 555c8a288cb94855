package org.centrumhub.bench.hub;

/**
 * One message to send: its Identificatie (unique within a run: answers are matched on it), its bytes, and how many
 * declaration lines it carries (1 for a message that is not a declaration).
 */
public record Outbound(String id, byte[] body, int lines) {
}
