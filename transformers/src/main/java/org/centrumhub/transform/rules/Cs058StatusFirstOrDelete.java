package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS058: a start or stop line has StatusAanlevering 1 (first delivery) or 3 (delete); 2 (correction) is not used. */
public final class Cs058StatusFirstOrDelete extends BaseRule {
    public Cs058StatusFirstOrDelete() {
        super("CS058", "StatusAanlevering 1 (first) or 3 (delete) only", 305, 307);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement root = message.root();
        for (XmlElement status : root.all(message.type().number() == 305
                ? "Client/StartProducten/StartProduct/StatusAanlevering"
                : "Client/StopProducten/StopProduct/StatusAanlevering")) {
            if (!status.text().equals("1") && !status.text().equals("3")) {
                context.report(status, "StatusAanlevering " + status.text() + " is not allowed; use 1 (first) or 3 (delete)");
            }
        }
    }
}
