package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR018: a StopProduct's Einddatum is on or after its Begindatum. */
public final class Tr018StopNotBeforeStart extends BaseRule {
    public Tr018StopNotBeforeStart() {
        super("TR018", "StopProduct Einddatum on or after Begindatum", 307);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement stop : message.root().all("Client/StopProducten/StopProduct")) {
            stop.date("Begindatum").ifPresent(begin -> stop.date("Einddatum").filter(end -> end.isBefore(begin))
                    .ifPresent(end -> context.report(stop.at("Einddatum").orElseThrow(),
                            "the stop date " + end + " lies before the start date " + begin)));
        }
    }
}
