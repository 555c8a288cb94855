package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS002: every client BSN passes the eleven-test. */
public final class Cs002BsnElevenTest extends BaseRule {
    public Cs002BsnElevenTest() {
        super("CS002", "BSN passes the eleven-test", 301, 305, 307, 315, 317, 323, 325);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement bsn : Paths.clientBsns(message)) {
            if (!Bsn.passesElevenTest(bsn.text())) {
                context.report(bsn, "the BSN does not pass the eleven-test");
            }
        }
    }
}
