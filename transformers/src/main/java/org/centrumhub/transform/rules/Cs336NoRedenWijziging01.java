package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS336: RedenWijziging 01 is not used any more. */
public final class Cs336NoRedenWijziging01 extends BaseRule {
    public Cs336NoRedenWijziging01() {
        super("CS336", "RedenWijziging 01 must not be used", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement reden : message.root().all("Client/ToegewezenProducten/ToegewezenProduct/RedenWijziging")) {
            if (reden.text().equals("01")) {
                context.report(reden, "RedenWijziging 01 is no longer allowed");
            }
        }
    }
}
