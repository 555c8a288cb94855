package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR380: a new product in a request for change starts after the message Dagtekening. The sources do not name the
 * element; it is the NieuwProduct's GewensteIngangsdatum (a TeWijzigenProduct may start in the past, TR357).
 */
public final class Tr380NewProductStartsAfterDagtekening extends BaseRule {
    public Tr380NewProductStartsAfterDagtekening() {
        super("TR380", "NieuwProduct GewensteIngangsdatum later than the Dagtekening", 317);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement start : message.root().all("Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum")) {
            start.date().filter(date -> !date.isAfter(message.dagtekening())).ifPresent(date -> context.report(start,
                    "a new product must start after the Dagtekening " + message.dagtekening() + ", not on " + date));
        }
    }
}
