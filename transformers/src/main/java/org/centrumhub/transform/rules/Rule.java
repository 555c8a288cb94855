package org.centrumhub.transform.rules;

import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Message;

/**
 * A rule of the standard, named after its code and stateless: a TR, CD or CS that needs only the message itself
 * (in-message, XSLT level), or a TR that needs earlier messages (cross-message: it reads the hub's stores through
 * {@link RuleContext#state()}). One catalogue ({@link RuleCatalog}) holds both, in the order they run.
 */
public interface Rule {

    /** Where a rule's facts come from (rules.md: the class of the rule). */
    enum Scope {
        /** The message alone: checked by the offline validator and the hub; a violation is answered with 0001. */
        IN_MESSAGE,
        /** Earlier messages: checked by the hub against its stores, with the rule's own retourcode. */
        CROSS_MESSAGE
    }

    /** The rule code of the standard: TR002, CD005, CS002, ... */
    String code();

    /** The retourcode the standard gives for a violation: 0001 for in-message rules, 8848 for TR135, 9019, ... */
    String retourCode();

    /** One line saying what the rule demands. */
    String description();

    Scope scope();

    boolean appliesTo(MessageType type);

    void check(Message message, RuleContext context);
}
