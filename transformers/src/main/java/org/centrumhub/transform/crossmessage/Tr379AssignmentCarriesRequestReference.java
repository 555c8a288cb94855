package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR379 (9379): a 301 carries a ReferentieAanbieder only to honour that provider's request for this client, and
 * only on the first 301 that honours it (IV093, IV097: first send only). A later 301, also one that changes the
 * assignment it created, leaves the reference out.
 */
public final class Tr379AssignmentCarriesRequestReference extends CrossMessageRule {
    public Tr379AssignmentCarriesRequestReference() {
        super("TR379", "9379", "ReferentieAanbieder on a 301 only when it honours a VOT/VOW, first send only", 301);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.AssignmentLine line : Lines.assignments(message, state)) {
            Assignment assignment = line.assignment();
            String reference = assignment.reference();
            if (reference == null) {
                continue;
            }
            boolean requested = state.request(assignment.domain(), assignment.provider(), reference)
                    .filter(r -> r.client().equals(assignment.client()) && r.municipality().equals(assignment.municipality()))
                    .isPresent();
            boolean honouredBefore = !state.assignmentsForReference(assignment.domain(), assignment.provider(), reference)
                    .isEmpty();
            if (!requested || honouredBefore) {
                context.report(line.element(), requested
                        ? "ReferentieAanbieder " + reference + " was already sent on an earlier 301 (first send only)"
                        : "no request of this provider for this client with ReferentieAanbieder " + reference);
            }
        }
    }
}
