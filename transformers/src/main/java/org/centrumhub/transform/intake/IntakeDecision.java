package org.centrumhub.transform.intake;

import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.StateChange;
import org.centrumhub.transform.retour.Answer;

/** What the hub does with a message that arrived from a party. */
public sealed interface IntakeDecision {

    /**
     * Refused on transport: not a message of the standard, not valid against its XSD, or not this party's to send.
     * The standard has no retour for these; the sender gets an error notice with the code and reason.
     */
    record Refused(Optional<MessageType> type, ErrorCode code, String reason, List<Finding> findings)
            implements IntakeDecision {
    }

    /**
     * Judged by the standard's rules: the answer to send back (absent for retours, which are only forwarded, and for
     * a declaration that passed the in-message rules, which is answered when it is judged), and whether the message
     * is accepted and forwarded to its Ontvanger, with what it changes in the stores when it is.
     */
    record Judged(Message message, List<Finding> findings, Optional<Answer> answer, boolean accepted,
                  List<StateChange> changes) implements IntakeDecision {

        /**
         * Whether the message goes on to its Ontvanger. A provider's own retour (302, 320) is kept but not
         * forwarded: the hub already gave the municipality's message its one answer.
         */
        public boolean forwarded() {
            return accepted && message.type().kind() != MessageType.Kind.RETOUR;
        }
    }
}
