package org.centrumhub.bench.hub;

import java.util.List;

/**
 * One run: what the senders send, the addresses the answers come back on (matched to what was sent by their
 * Identificatie: the message's own, or the one it answers), the addresses whose error notices fail the run, and what
 * is counted of the answers.
 */
public record Plan(List<Sender> senders, List<Address> answers, List<Address> errors, Answers tally) {
}
