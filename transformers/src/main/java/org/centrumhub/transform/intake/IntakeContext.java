package org.centrumhub.transform.intake;

import java.util.Optional;
import java.util.UUID;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.retour.AnswerHeader;

/** What the intake needs to know from the hub's registry and stores. */
public interface IntakeContext {

    /** Whether a code is a registered party of the given role. */
    boolean isKnown(Party.Role role, String code);

    /** Whether this sender already sent a message of this type with this Identificatie that counts as sent (TR056). */
    boolean alreadyReceived(String sender, MessageType type, String identificatie);

    /**
     * The forwarded message a provider's retour answers, still awaiting its retour: the heen message of that type
     * from {@code sender} to {@code receiver} with that Identificatie (the retour copies the heen header).
     */
    Optional<UUID> awaitingRetour(MessageType heenType, String sender, String receiver, String identificatie);

    /** The stores, for the cross-message rules. */
    HubState state();

    /** The hub's identification and date for an answer; asked for only when an answer is built. */
    AnswerHeader answerHeader();

    /**
     * Whether a declaration received now whose assignments have not all arrived may still wait for them: true until
     * the day its 325 is due. A declaration judged again for that reason is asked again; by its deadline it is not.
     */
    default boolean mayWait(Message declaration) {
        return false;
    }
}
