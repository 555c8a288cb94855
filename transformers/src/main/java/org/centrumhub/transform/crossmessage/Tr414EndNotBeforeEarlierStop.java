package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** TR414 (9414): a new stop for the same care does not end before the stop already reported. */
public final class Tr414EndNotBeforeEarlierStop extends CrossMessageRule {
    public Tr414EndNotBeforeEarlierStop() {
        super("TR414", "9414", "a new stop's Einddatum is on or after the current stop's", 307);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        StopRules.forNewStops(message, state, context, (line, earlier, ctx) -> {
            if (earlier.stream().anyMatch(d -> line.delivery().end().isBefore(d.end()))) {
                ctx.report(line.element(), "the Einddatum " + line.delivery().end()
                        + " lies before the Einddatum of the stop already reported");
            }
        });
    }
}
