package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CD043: a requested product has a BeschikkingIngangsdatum when it has a BeschikkingNummer, and none otherwise. */
public final class Cd043BeschikkingIngangsdatumWithNummer extends BaseRule {
    public Cd043BeschikkingIngangsdatumWithNummer() {
        super("CD043", "BeschikkingIngangsdatum mandatory when BeschikkingNummer is filled, otherwise empty", 315);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement line : message.root().all("Client/AangevraagdeProducten/AangevraagdProduct")) {
            boolean nummer = line.has("BeschikkingNummer");
            if (nummer && !line.has("BeschikkingIngangsdatum")) {
                context.report(line.at("BeschikkingNummer").orElseThrow(), "a BeschikkingNummer needs its BeschikkingIngangsdatum");
            } else if (!nummer && line.has("BeschikkingIngangsdatum")) {
                context.report(line.at("BeschikkingIngangsdatum").orElseThrow(),
                        "a BeschikkingIngangsdatum is only given with a BeschikkingNummer");
            }
        }
    }
}
