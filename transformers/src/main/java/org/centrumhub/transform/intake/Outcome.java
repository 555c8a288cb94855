package org.centrumhub.transform.intake;

/** What became of a message the hub received: exactly one per message, stored with it. */
public enum Outcome {
    /** Judged by the hub for the region and accepted: answered (a 323 later, by its 325) and forwarded. */
    ACCEPTED(true, true),
    /** Judged by the hub and rejected on a cross-message rule: answered with the codes, not forwarded. */
    REJECTED(true, false),
    /** A declaration with some lines granted: answered by its 325; the granted lines go to their municipalities. */
    PARTIAL(true, true),
    /**
     * A declaration whose assignments have not all arrived: not answered yet; judged again when they arrive, and
     * answered at the latest by the deadline of its 325 with the codes that still apply.
     */
    WAITING(true, false),
    /** An in-message rule failed: answered with 0001, not forwarded; the message counts as never sent (OP286). */
    INVALID(false, false),
    /** A message for a provider (301, 319), checked and forwarded unanswered: the provider's retour decides. */
    FORWARDED(true, true),
    /** A provider's retour (302, 320) on a forwarded message, relayed unchanged to the municipality. */
    RELAYED(false, true),
    /** Not a message of the standard, not valid against its XSD, or not this party's to send: an error notice. */
    REFUSED(false, false);

    private final boolean countsAsSent;
    private final boolean passedOn;

    Outcome(boolean countsAsSent, boolean passedOn) {
        this.countsAsSent = countsAsSent;
        this.passedOn = passedOn;
    }

    /** Whether its Identificatie is now used by its sender (TR056): everything that reached the content checks. */
    public boolean countsAsSent() {
        return countsAsSent;
    }

    /** Whether the message itself goes on to the other party (forwarded or relayed). */
    public boolean passedOn() {
        return passedOn;
    }
}
