package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR074 (9074): a first delivery (StatusAanlevering 1) has a logical key not received before. */
public final class Tr074FirstDeliveryIsNew extends CrossMessageRule {
    public Tr074FirstDeliveryIsNew() {
        super("TR074", "9074", "with StatusAanlevering 1 the logical key is new", 305, 307);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        HubState seen = Lines.afterOwnDeletes(message, state);
        for (Lines.DeliveryLine line : Lines.deliveries(message, state)) {
            Delivery delivery = line.delivery();
            if (!line.isDelete() && seen.deliveries(delivery.domain(), delivery.provider(), delivery.municipality(),
                    delivery.client()).stream().anyMatch(delivery::sameKey)) {
                context.report(line.element(), "this " + delivery.kind().name().toLowerCase()
                        + " was reported before with the same logical key");
            }
        }
    }
}
