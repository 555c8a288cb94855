package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD007: Communicatie has a Taal when its Vorm is 1 (spoken-language interpreter), and none otherwise. */
public final class Cd007TaalForInterpreter extends BaseRule {
    public Cd007TaalForInterpreter() {
        super("CD007", "Taal mandatory when Communicatie/Vorm is 1, otherwise empty", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement communicatie : message.root().all("Client/Communicatie")) {
            boolean interpreter = communicatie.text("Vorm").filter("1"::equals).isPresent();
            if (interpreter && !communicatie.has("Taal")) {
                context.report(communicatie, "Vorm 1 (interpreter) needs the Taal");
            } else if (!interpreter && communicatie.has("Taal")) {
                context.report(communicatie.at("Taal").orElseThrow(), "a Taal is only given with Vorm 1 (interpreter)");
            }
        }
    }
}
