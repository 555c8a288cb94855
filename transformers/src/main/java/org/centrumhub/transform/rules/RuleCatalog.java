package org.centrumhub.transform.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.crossmessage.CrossMessageRules;
import org.centrumhub.transform.declaration.DeclarationCrossRules;

/**
 * Every rule the hub checks, in-message and cross-message, in the order they run: the one catalogue the validator,
 * the hub's intake and the rule coverage table (docs/rule-coverage.md) read.
 */
public final class RuleCatalog {
    /** The version of this rule set, written as XsltVersie in answers that reject on it (rules.md section 1). */
    public static final String VERSION = "1.0.0";

    private final List<Rule> rules;

    private RuleCatalog(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All rules of the standard the hub implements. */
    public static RuleCatalog standard() {
        List<Rule> all = new ArrayList<>();
        all.addAll(CommonRules.rules());
        all.addAll(AssignmentRules.rules());
        all.addAll(RequestRules.rules());
        all.addAll(DeclarationRules.rules());
        all.addAll(CrossMessageRules.rules());
        all.addAll(DeclarationCrossRules.rules());
        return new RuleCatalog(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules of one scope that apply to a message type, in order. */
    public List<Rule> rulesFor(MessageType type, Rule.Scope scope) {
        return rules.stream().filter(rule -> rule.scope() == scope && rule.appliesTo(type)).toList();
    }

    public Optional<Rule> byCode(String code) {
        return rules.stream().filter(rule -> rule.code().equals(code)).findFirst();
    }
}
