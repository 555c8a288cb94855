package org.centrumhub.hub.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.intake.IntakeContext;
import org.centrumhub.transform.retour.AnswerHeader;

/**
 * The intake's context for judging one message, in the transaction that records it: what was read with the
 * message's locks ({@link MessageStore.Opening}) answers TR056 and numbers the answer without a round trip of its
 * own, and the stores are read through {@link JudgementReads}. It also keeps when the forwarded message a retour
 * answers was received, for the retour's deadline band. For one judgement only.
 */
final class Judging implements IntakeContext {
    private final HubIntakeContext hub;
    private final MessageStore messages;
    private final MessageStore.Opening opening;
    private final HubState state;
    private String answerIdentificatie;
    private Instant forwardedAt;

    Judging(HubIntakeContext hub, MessageStore messages, MessageStore.Opening opening, HubState state) {
        this.hub = hub;
        this.messages = messages;
        this.opening = opening;
        this.state = state;
        this.answerIdentificatie = opening.answerIdentificatie();
    }

    /** When the hub received the forwarded message the judged retour answers, if it was looked up. */
    Instant forwardedAt() {
        return forwardedAt;
    }

    @Override
    public boolean isKnown(Party.Role role, String code) {
        return hub.isKnown(role, code);
    }

    @Override
    public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
        MessageStore.SentKey key = new MessageStore.SentKey(sender, Integer.parseInt(type.berichtCode()), identificatie);
        return key.equals(opening.sent()) ? opening.alreadySent() : hub.alreadyReceived(sender, type, identificatie);
    }

    @Override
    public Optional<UUID> awaitingRetour(MessageType heenType, String sender, String receiver, String identificatie) {
        Optional<MessageStore.Forwarded> forwarded = messages.awaitingRetour(Integer.parseInt(heenType.berichtCode()),
                sender, receiver, identificatie);
        forwarded.ifPresent(f -> forwardedAt = f.receivedAt());
        return forwarded.map(MessageStore.Forwarded::id);
    }

    @Override
    public HubState state() {
        return state;
    }

    @Override
    public AnswerHeader answerHeader() {
        if (answerIdentificatie == null) {
            return hub.answerHeader();
        }
        AnswerHeader header = hub.answerHeader(answerIdentificatie);
        answerIdentificatie = null;
        return header;
    }

    @Override
    public boolean mayWait(Message declaration) {
        return hub.mayWait(declaration);
    }
}
