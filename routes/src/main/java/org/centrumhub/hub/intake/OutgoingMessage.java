package org.centrumhub.hub.intake;

/** A message the hub sends as a result of an intake: to which queue, what, and what it is (for headers and logs). */
public record OutgoingMessage(String queue, Object body, String kind) {
}
