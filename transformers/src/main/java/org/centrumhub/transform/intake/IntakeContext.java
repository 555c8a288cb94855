package org.centrumhub.transform.intake;

import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.retour.AnswerHeader;

/** What the intake needs to know from the hub's registry and stores. */
public interface IntakeContext {

    /** Whether a code is a registered party of the given role. */
    boolean isKnown(Party.Role role, String code);

    /** Whether this sender already sent a message of this type with this Identificatie (TR056). */
    boolean alreadyReceived(String sender, MessageType type, String identificatie);

    /** The stores, for the cross-message rules. */
    HubState state();

    /** The hub's identification and date for an answer; asked for only when an answer is built. */
    AnswerHeader answerHeader();
}
