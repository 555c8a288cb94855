package org.centrumhub.hub.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.store.MessageStore;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.intake.IntakeContext;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.declaration.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The intake's view of the hub: the party registry, the message store and the stores the rules read. */
@Component
public class HubIntakeContext implements IntakeContext {
    private final PartyRegistry registry;
    private final MessageStore messages;
    private final HubState stores;
    private final Clock clock;

    private final int answerWithin;

    public HubIntakeContext(PartyRegistry registry, MessageStore messages, HubState stores, Clock clock,
                            @Value("${centrumhub.declarations.answer-within-working-days:10}") int answerWithin) {
        this.answerWithin = answerWithin;
        this.registry = registry;
        this.messages = messages;
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public boolean isKnown(Party.Role role, String code) {
        return (role == Party.Role.PROVIDER ? registry.providerCodes() : registry.municipalityCodes()).contains(code);
    }

    @Override
    public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
        return messages.alreadySent(sender, Integer.parseInt(type.berichtCode()), identificatie);
    }

    @Override
    public Optional<UUID> awaitingRetour(MessageType heenType, String sender, String receiver, String identificatie) {
        return messages.awaitingRetour(Integer.parseInt(heenType.berichtCode()), sender, receiver, identificatie)
                .map(MessageStore.Forwarded::id);
    }

    @Override
    public HubState state() {
        return stores;
    }

    /**
     * A declaration judged now may wait for its assignments until the day its 325 is due (10 working days after
     * today by default); by then it is answered with the codes that still apply.
     */
    @Override
    public boolean mayWait(Message declaration) {
        return LocalDate.now(clock).isBefore(dueDate());
    }

    /** The day the 325 of a declaration received today is due. */
    public LocalDate dueDate() {
        return WorkingDays.add(LocalDate.now(clock), answerWithin);
    }

    /** This context for judging a waiting declaration again: it may wait on until its own due date. */
    public IntakeContext until(LocalDate due) {
        HubIntakeContext self = this;
        return new IntakeContext() {
            @Override
            public boolean isKnown(Party.Role role, String code) {
                return self.isKnown(role, code);
            }

            @Override
            public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
                return false; // it was received once: this is its own judgement again
            }

            @Override
            public Optional<UUID> awaitingRetour(MessageType heenType, String sender, String receiver, String id) {
                return self.awaitingRetour(heenType, sender, receiver, id);
            }

            @Override
            public HubState state() {
                return self.state();
            }

            @Override
            public AnswerHeader answerHeader() {
                return self.answerHeader();
            }

            @Override
            public boolean mayWait(Message declaration) {
                return LocalDate.now(clock).isBefore(due);
            }
        };
    }

    @Override
    public AnswerHeader answerHeader() {
        return answerHeader(messages.nextAnswerIdentificatie());
    }

    /** The header of an answer with an Identificatie taken already. */
    public AnswerHeader answerHeader(String identificatie) {
        return new AnswerHeader(identificatie, LocalDate.now(clock), RuleCatalog.VERSION);
    }
}
