package org.centrumhub.hub.intake;

import java.util.UUID;
import org.centrumhub.schema.Party;

/**
 * What the hub knows of a message before judging it, carried in the message properties it sets on the intake queue:
 * its own id (set once, before the judging transaction, so a redelivery is recognised by it and not by anything the
 * client chose), the party whose address it arrived on, the id the client gave it (for the client's error notices
 * only), and, for a message too large to read, its size, or for a JMS message that carries no XML, why.
 */
public record Envelope(UUID id, Party party, String clientMessageId, Long oversize, String unreadable) {
    /** The hub's id of the message; every message the hub sends about it carries the same value. */
    public static final String MESSAGE_ID = "CentrumhubMessageId";
    public static final String PARTY_ROLE = "CentrumhubPartyRole";
    public static final String PARTY_CODE = "CentrumhubPartyCode";
    public static final String CLIENT_MESSAGE_ID = "CentrumhubClientMessageId";
    /** Set instead of a body when the message was larger than the limit and was not read. */
    public static final String OVERSIZE = "CentrumhubOversize";
    /** Set instead of a body when the JMS message was of a kind that carries no XML (a map, an object, ...). */
    public static final String UNREADABLE = "CentrumhubUnreadable";
    /** The broker's message group: messages about one client go to one consumer, in order. */
    public static final String GROUP = "JMSXGroupID";
}
