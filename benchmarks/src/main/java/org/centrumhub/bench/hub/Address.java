package org.centrumhub.bench.hub;

/** A queue on the hub's broker and the party that uses it (sends to it or reads it). */
public record Address(Login login, String queue) {
}
