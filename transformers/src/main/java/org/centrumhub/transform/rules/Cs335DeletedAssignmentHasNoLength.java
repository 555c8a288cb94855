package org.centrumhub.transform.rules;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS335: RedenWijziging 13 (deleted) is only used on an assignment whose Einddatum equals its Ingangsdatum. */
public final class Cs335DeletedAssignmentHasNoLength extends BaseRule {
    public Cs335DeletedAssignmentHasNoLength() {
        super("CS335", "RedenWijziging 13 (deleted) only when Ingangsdatum = Einddatum", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement product : message.root().all("Client/ToegewezenProducten/ToegewezenProduct")) {
            if (product.text("RedenWijziging").filter("13"::equals).isPresent()
                    && !product.date("Einddatum").equals(product.date("Ingangsdatum"))) {
                context.report(product.at("RedenWijziging").orElseThrow(),
                        "RedenWijziging 13 (deleted) needs an Einddatum equal to the Ingangsdatum");
            }
        }
    }
}
