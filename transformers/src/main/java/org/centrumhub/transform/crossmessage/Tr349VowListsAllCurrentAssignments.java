package org.centrumhub.transform.crossmessage;

import java.util.Set;
import java.util.stream.Collectors;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR349 (9349): a VOW lists every current assignment of the client, as unchanged or to be changed. */
public final class Tr349VowListsAllCurrentAssignments extends CrossMessageRule {
    public Tr349VowListsAllCurrentAssignments() {
        super("TR349", "9349", "a VOW lists all current assignments of the client", 317);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        Set<Long> listed = VowLines.of(message, state).stream().map(VowLines.Line::number).collect(Collectors.toSet());
        String missing = state.assignments(message.type().standard(), message.receiver(), message.sender(),
                        VowLines.client(message, state)).stream()
                .filter(a -> a.currentOn(message.dagtekening()) && !listed.contains(a.number()))
                .map(a -> String.valueOf(a.number())).sorted().collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            context.report(message.root().at("Client/Verzoek").orElseThrow(),
                    "current assignments not listed: " + missing);
        }
    }
}
