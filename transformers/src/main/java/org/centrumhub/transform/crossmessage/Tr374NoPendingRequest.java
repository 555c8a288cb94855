package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR374 (9374): a provider sends no new request for a client while an earlier one is pending, that is neither
 * rejected (319 with VerzoekAntwoord 1) nor honoured (a 301 carrying its ReferentieAanbieder).
 */
public final class Tr374NoPendingRequest extends CrossMessageRule {
    public Tr374NoPendingRequest() {
        super("TR374", "9374", "no request while an earlier request for the client is pending", 315, 317);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.RequestLine line : Lines.requests(message, state)) {
            Request request = line.request();
            boolean pending = state.requests(request.domain(), request.provider(), request.municipality(), request.client())
                    .stream().filter(earlier -> !earlier.reference().equals(request.reference()))
                    .anyMatch(earlier -> state.answers(earlier.domain(), earlier.provider(), earlier.reference()).stream()
                            .noneMatch(RequestAnswer::rejected)
                            && state.assignmentsForReference(earlier.domain(), earlier.provider(), earlier.reference()).isEmpty());
            if (pending) {
                context.report(line.element(), "an earlier request for this client is still pending");
            }
        }
    }
}
