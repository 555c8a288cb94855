package org.centrumhub.transform.rules;

import java.util.List;
import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** The 315 Verwijzer classes and the referrer types that are care professionals (02-05), for CD066-CD068. */
final class Referrers {
    private static final Set<String> PROFESSIONALS = Set.of("02", "03", "04", "05");

    private Referrers() {
    }

    static List<XmlElement> of(Message message) {
        return message.root().all("Client/AangevraagdeProducten/AangevraagdProduct/Verwijzer");
    }

    static boolean isProfessional(XmlElement verwijzer) {
        return verwijzer.text("Type").filter(PROFESSIONALS::contains).isPresent();
    }
}
