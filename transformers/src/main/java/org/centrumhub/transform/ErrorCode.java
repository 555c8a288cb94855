package org.centrumhub.transform;

/**
 * Errors below the rules level. The standard sends no retour for these (rules.md section 1, level 1); the sender
 * gets them on the transport channel instead. The comments name the chain's own codes for the same situation.
 */
public enum ErrorCode {
    /** Larger than the configured limit (the chain's 25 MB, OP179; IB003/IB012, BRS06). */
    MESSAGE_TOO_LARGE,
    /** Empty input. */
    EMPTY_MESSAGE,
    /** Not well-formed XML (BRS14). */
    NOT_WELL_FORMED,
    /** A DOCTYPE declaration: never part of a message, refused before any entity is read. */
    DOCTYPE_FORBIDDEN,
    /** The root namespace is not one of the 28 messages (IB004). */
    UNKNOWN_MESSAGE_TYPE,
    /** The root namespace and the header's BerichtCode, BerichtVersie or BerichtSubversie disagree. */
    TYPE_MISMATCH,
    /** Not valid against the message's XSD (IB001/IB014, BRS13). */
    XSD_INVALID,
    /** The input could not be read at all. */
    UNREADABLE,
    /** The header Afzender is not the party whose address the message arrived on (the hub's intake). */
    WRONG_SENDER,
    /** A message type this party does not send (a provider's 301, a municipality's 305, ...). */
    UNEXPECTED_TYPE,
    /** The header Ontvanger is not a party the hub knows. */
    UNKNOWN_RECEIVER,
    /** A retour (302, 320) that answers no forwarded message awaiting one: none was sent, or it was answered already. */
    UNMATCHED_RETOUR,
    /** The hub could not process the message (a fault of the hub, not of the message): kept for the operators. */
    PROCESSING_FAILED
}
