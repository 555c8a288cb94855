package org.centrumhub.transform.crossmessage;

import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** The stops already reported for the same client, assignment and Begindatum as a new stop line (TR413-TR415). */
final class StopRules {
    private StopRules() {
    }

    interface Check {
        void check(Lines.DeliveryLine line, List<Delivery> earlierStops, RuleContext context);
    }

    static void forNewStops(Message message, HubState state, RuleContext context, Check check) {
        HubState seen = Lines.afterOwnDeletes(message, state);
        for (Lines.DeliveryLine line : Lines.deliveries(message, state)) {
            Delivery stop = line.delivery();
            if (line.isDelete()) {
                continue;
            }
            List<Delivery> earlier = seen.deliveries(stop.domain(), stop.provider(), stop.municipality(), stop.client())
                    .stream().filter(d -> d.kind() == Delivery.Kind.STOP && d.sameCareAs(stop) && !d.sameKey(stop))
                    .toList();
            if (!earlier.isEmpty()) {
                check.check(line, earlier, context);
            }
        }
    }
}
