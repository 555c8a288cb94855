package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR347 (9347): a request's ReferentieAanbieder is unique per provider per legal domain. */
public final class Tr347ReferenceUnique extends CrossMessageRule {
    public Tr347ReferenceUnique() {
        super("TR347", "9347", "ReferentieAanbieder unique per provider per legal domain", 315, 317);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.RequestLine line : Lines.requests(message, state)) {
            Request request = line.request();
            if (state.request(request.domain(), request.provider(), request.reference()).isPresent()) {
                context.report(line.element(), "ReferentieAanbieder " + request.reference() + " was used before");
            }
        }
    }
}
