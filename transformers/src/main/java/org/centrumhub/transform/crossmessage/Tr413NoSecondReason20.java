package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR413 (9413): after a stop with reason 20 for the same care, a new stop has another reason. */
public final class Tr413NoSecondReason20 extends CrossMessageRule {
    static final String REASON_20 = "20";

    public Tr413NoSecondReason20() {
        super("TR413", "9413", "after a stop with reason 20 a new stop has another reason", 307);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        StopRules.forNewStops(message, state, context, (line, earlier, ctx) -> {
            if (REASON_20.equals(line.delivery().reason()) && earlier.stream().anyMatch(d -> REASON_20.equals(d.reason()))) {
                ctx.report(line.element(), "a stop with reason 20 exists for this care; give the final reason");
            }
        });
    }
}
