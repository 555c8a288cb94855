package org.centrumhub.transform.rules;

import java.util.regex.Pattern;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.xml.XmlElement;

/** CS089: the Postcode of an Adres with LandCode NL has the Dutch form 1234AB. */
public final class Cs089DutchPostcodeFormat extends BaseRule {
    private static final Pattern DUTCH = Pattern.compile("[1-9][0-9]{3}[a-zA-Z]{2}");

    public Cs089DutchPostcodeFormat() {
        super("CS089", "with LandCode NL the Postcode matches [1-9][0-9]{3}[a-zA-Z]{2}", 301);
    }

    @Override
    public void check(Message message, RuleContext context) {
        for (XmlElement adres : Persons.addresses(message)) {
            if (adres.text("LandCode").filter("NL"::equals).isPresent()) {
                adres.child("Postcode").filter(postcode -> !DUTCH.matcher(postcode.text()).matches())
                        .ifPresent(postcode -> context.report(postcode,
                                "a Dutch postcode has four digits (not starting with 0) and two letters"));
            }
        }
    }
}
