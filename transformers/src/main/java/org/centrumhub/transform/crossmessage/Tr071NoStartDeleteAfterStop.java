package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR071 (9071): a start cannot be deleted once a stop has been reported for it. */
public final class Tr071NoStartDeleteAfterStop extends CrossMessageRule {
    public Tr071NoStartDeleteAfterStop() {
        super("TR071", "9071", "a start may not be deleted once a stop was sent for it", 305);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.DeliveryLine line : Lines.deliveries(message, state)) {
            Delivery start = line.delivery();
            if (line.isDelete() && state.deliveries(start.domain(), start.provider(), start.municipality(), start.client())
                    .stream().anyMatch(d -> d.kind() == Delivery.Kind.STOP && d.sameCareAs(start))) {
                context.report(line.element(), "this start has a stop; delete the stop first");
            }
        }
    }
}
