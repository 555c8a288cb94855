package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR379 (9379): a 301 carries a ReferentieAanbieder only to honour that provider's request for this client, and
 * only on the first 301 for it (a later change of that assignment, same number, may repeat it).
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
            boolean honouredElsewhere = state.assignmentsForReference(assignment.domain(), assignment.provider(), reference)
                    .stream().anyMatch(a -> a.number() != assignment.number());
            if (!requested || honouredElsewhere) {
                context.report(line.element(), requested
                        ? "ReferentieAanbieder " + reference + " was already honoured by another assignment"
                        : "no request of this provider for this client with ReferentieAanbieder " + reference);
            }
        }
    }
}
