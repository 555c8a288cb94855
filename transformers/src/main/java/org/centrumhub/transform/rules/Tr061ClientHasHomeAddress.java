package org.centrumhub.transform.rules;

import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** TR061: the client has at least one Contact with Soort 01 (BRP), 02 (correspondence) or 03 (residence). */
public final class Tr061ClientHasHomeAddress extends BaseRule {
    private static final Set<String> SOORTEN = Set.of("01", "02", "03");

    public Tr061ClientHasHomeAddress() {
        super("TR061", "the client has at least one address with Soort 01, 02 or 03", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        XmlElement contactgegevens = message.root().at("Client/Contactgegevens").orElseThrow();
        boolean found = contactgegevens.children("Contact").stream()
                .anyMatch(contact -> contact.text("Soort").filter(SOORTEN::contains).isPresent());
        if (!found) {
            context.report(contactgegevens, "the client has no Contact with Soort 01, 02 or 03");
        }
    }
}
