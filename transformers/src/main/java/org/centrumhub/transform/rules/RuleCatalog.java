package org.centrumhub.transform.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.MessageType;

/** Every in-message rule the hub checks, in the order they run. */
public final class RuleCatalog {
    /** The version of this rule set, written as XsltVersie in answers that reject on it (rules.md section 1). */
    public static final String VERSION = "1.0.0";

    private final List<InMessageRule> rules;

    private RuleCatalog(List<InMessageRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All rules of the standard that need nothing but the message. */
    public static RuleCatalog standard() {
        List<InMessageRule> all = new ArrayList<>();
        all.addAll(CommonRules.rules());
        all.addAll(AssignmentRules.rules());
        all.addAll(RequestRules.rules());
        all.addAll(DeclarationRules.rules());
        return new RuleCatalog(all);
    }

    public List<InMessageRule> rules() {
        return Collections.unmodifiableList(rules);
    }

    public List<InMessageRule> rulesFor(MessageType type) {
        return rules.stream().filter(rule -> rule.appliesTo(type)).toList();
    }

    public Optional<InMessageRule> byCode(String code) {
        return rules.stream().filter(rule -> rule.code().equals(code)).findFirst();
    }
}
