package org.centrumhub.transform.crossmessage;

import java.util.List;
import java.util.UUID;

/** What an accepted (or forwarded) message changes in the hub's stores. */
public sealed interface StateChange {

    /**
     * A 301 line: a new version of the assignment with this number. The current version is the one with the latest
     * Toewijzingsdatum + Toewijzingstijd (IV013, OP033x1), not the latest to arrive; versions a provider rejected
     * do not count.
     */
    record AssignmentVersion(Assignment assignment) implements StateChange {
    }

    /** A start or stop reported with StatusAanlevering 1. */
    record DeliveryReported(Delivery delivery) implements StateChange {
    }

    /** A start or stop withdrawn with StatusAanlevering 3: the delivery with the same logical key is deleted. */
    record DeliveryDeleted(Delivery delivery) implements StateChange {
    }

    /** A request (315 line or 317) was received. */
    record RequestReceived(Request request) implements StateChange {
    }

    /** A municipality answered a request (319). */
    record RequestAnswered(RequestAnswer answer) implements StateChange {
    }

    /**
     * The provider's retour (302, 320) on a message the hub forwarded to it. A rejected message changes nothing: what
     * it set (assignment versions, a request answer) no longer counts for any rule. Rejected on an in-message rule
     * (0001) it also counts as never sent (OP286), so its Identificatie is free again.
     */
    record ReceiverVerdict(UUID message, boolean rejected, boolean technical) implements StateChange {
    }

    /**
     * A judged declaration that counts as sent: its number and period, and every line with whether it was granted
     * (rejected lines keep their ReferentieNummer used, TR314). A declaration rejected as a whole counts as not sent.
     */
    record DeclarationReceived(Declaration declaration, List<DeclaredLine> lines) implements StateChange {
    }
}
