package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR415 (9415): no new stop once a stop with a final reason (other than 20) exists for the same care. */
public final class Tr415NoNewStopAfterFinalStop extends CrossMessageRule {
    public Tr415NoNewStopAfterFinalStop() {
        super("TR415", "9415", "no new stop after a stop with a reason other than 20", 307);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        StopRules.forNewStops(message, state, context, (line, earlier, ctx) -> {
            if (earlier.stream().anyMatch(d -> !Tr413NoSecondReason20.REASON_20.equals(d.reason()))) {
                ctx.report(line.element(), "this care was already stopped with a final reason; delete that stop first");
            }
        });
    }
}
