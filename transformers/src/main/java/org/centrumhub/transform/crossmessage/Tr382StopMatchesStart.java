package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR382 (retourcode 9069): a stop copies the key elements of its start unchanged (ToewijzingNummer, product,
 * Begindatum), so a start with those elements must exist.
 */
public final class Tr382StopMatchesStart extends CrossMessageRule {
    public Tr382StopMatchesStart() {
        super("TR382", "9069", "the key elements of the start are copied unchanged into the stop", 307);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (Lines.DeliveryLine line : Lines.deliveries(message, state)) {
            Delivery stop = line.delivery();
            if (!line.isDelete() && state.deliveries(stop.domain(), stop.provider(), stop.municipality(), stop.client())
                    .stream().noneMatch(d -> d.kind() == Delivery.Kind.START && d.sameCareAs(stop))) {
                context.report(line.element(), "no start with this ToewijzingNummer, product and Begindatum");
            }
        }
    }
}
