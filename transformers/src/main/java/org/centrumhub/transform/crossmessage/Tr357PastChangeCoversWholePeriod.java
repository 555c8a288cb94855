package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR357 (9357): a change that does not lie in the future starts on the Ingangsdatum of the assignment it changes. */
public final class Tr357PastChangeCoversWholePeriod extends CrossMessageRule {
    public Tr357PastChangeCoversWholePeriod() {
        super("TR357", "9357", "a non-future change starts on the assignment's Ingangsdatum", 317);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (VowLines.Line line : VowLines.changesOfOwnAssignments(message, state)) {
            var wanted = line.element().date("GewensteIngangsdatum").orElseThrow();
            var assigned = line.assignment().orElseThrow().start();
            if (!wanted.isAfter(message.dagtekening()) && !wanted.equals(assigned)) {
                context.report(line.element(), "a change from " + wanted + " (not after the Dagtekening) must start on "
                        + "the assignment's Ingangsdatum " + assigned);
            }
        }
    }
}
