package org.centrumhub.bench.hub;

import java.util.List;

/** One party sending its messages, in order, to one address. */
public record Sender(Address to, List<Outbound> messages) {
}
