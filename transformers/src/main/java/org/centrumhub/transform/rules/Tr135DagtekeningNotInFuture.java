package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;

/** TR135: the Dagtekening is not after the receiver's system date (retourcode 8848). */
public final class Tr135DagtekeningNotInFuture extends BaseRule {
    public Tr135DagtekeningNotInFuture() {
        super("TR135", "8848", "Dagtekening is not after the receiver's system date", null,
                301, 305, 307, 315, 317, 319, 323, 325);
    }

    @Override
    public void check(Message message, RuleContext context) {
        if (message.dagtekening().isAfter(context.today())) {
            context.report(message.header().at("BerichtIdentificatie/Dagtekening").orElseThrow(),
                    "Dagtekening " + message.dagtekening() + " is after today's date " + context.today());
        }
    }
}
