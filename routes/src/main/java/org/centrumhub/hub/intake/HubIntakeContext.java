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
import org.springframework.stereotype.Component;

/** The intake's view of the hub: the party registry, the message store and the stores the rules read. */
@Component
public class HubIntakeContext implements IntakeContext {
    private final PartyRegistry registry;
    private final MessageStore messages;
    private final HubState stores;
    private final Clock clock;

    public HubIntakeContext(PartyRegistry registry, MessageStore messages, HubState stores, Clock clock) {
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
        return messages.awaitingRetour(Integer.parseInt(heenType.berichtCode()), sender, receiver, identificatie);
    }

    @Override
    public HubState state() {
        return stores;
    }

    @Override
    public AnswerHeader answerHeader() {
        return new AnswerHeader(messages.nextAnswerIdentificatie(), LocalDate.now(clock), RuleCatalog.VERSION);
    }
}
