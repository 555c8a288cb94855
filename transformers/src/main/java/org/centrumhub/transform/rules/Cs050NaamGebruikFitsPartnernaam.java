package org.centrumhub.transform.rules;

import java.util.Set;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS050: with a Partnernaam, NaamGebruik is 1, 2, 3 or 4; without one, NaamGebruik is 1 or 6. */
public final class Cs050NaamGebruikFitsPartnernaam extends BaseRule {
    private static final Set<String> WITH_PARTNER = Set.of("1", "2", "3", "4");
    private static final Set<String> WITHOUT_PARTNER = Set.of("1", "6");

    public Cs050NaamGebruikFitsPartnernaam() {
        super("CS050", "Partnernaam filled: NaamGebruik 1-4; otherwise NaamGebruik 1 or 6", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement naam : Persons.fullNames(message)) {
            boolean partner = naam.has("Partnernaam");
            String gebruik = naam.text("NaamGebruik").orElse("");
            if (!(partner ? WITH_PARTNER : WITHOUT_PARTNER).contains(gebruik)) {
                context.report(naam.at("NaamGebruik").orElseThrow(), "NaamGebruik " + gebruik + " does not fit a name "
                        + (partner ? "with a Partnernaam (allowed: 1-4)" : "without a Partnernaam (allowed: 1 or 6)"));
            }
        }
    }
}
