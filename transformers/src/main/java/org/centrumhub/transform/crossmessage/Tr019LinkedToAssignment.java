package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR019 (9019): a start or stop that names a ToewijzingNummer refers to an assignment this municipality gave this
 * provider for this client. A line without a number is task-based work and is not linked (the message cannot
 * tell the financing form otherwise). Deletes (status 3) are not content-checked (TR063).
 */
public final class Tr019LinkedToAssignment extends CrossMessageRule {
    public Tr019LinkedToAssignment() {
        super("TR019", "9019", "a start or stop is linked to an assignment through its ToewijzingNummer", 305, 307);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.DeliveryLine line : Lines.deliveries(message, state)) {
            Delivery delivery = line.delivery();
            if (line.isDelete() || delivery.assignmentNumber() == null) {
                continue;
            }
            boolean linked = state.assignment(delivery.domain(), delivery.municipality(), delivery.assignmentNumber())
                    .filter(a -> a.provider().equals(delivery.provider()) && a.client().equals(delivery.client()))
                    .isPresent();
            if (!linked) {
                context.report(line.element(), "no assignment " + delivery.assignmentNumber()
                        + " of this municipality for this provider and client");
            }
        }
    }
}
