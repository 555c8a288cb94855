package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR063 (9063): a delete (StatusAanlevering 3) refers to an earlier start or stop with the same logical key. */
public final class Tr063DeleteNeedsEarlierDelivery extends CrossMessageRule {
    public Tr063DeleteNeedsEarlierDelivery() {
        super("TR063", "9063", "a delete needs an earlier delivery with the same logical key", 305, 307);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.DeliveryLine line : Lines.deliveries(message, state)) {
            Delivery delivery = line.delivery();
            if (line.isDelete() && state.deliveries(delivery.domain(), delivery.provider(), delivery.municipality(),
                    delivery.client()).stream().noneMatch(delivery::sameKey)) {
                context.report(line.element(), "there is no earlier " + delivery.kind().name().toLowerCase()
                        + " with this logical key to delete");
            }
        }
    }
}
