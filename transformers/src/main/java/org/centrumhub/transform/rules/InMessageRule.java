package org.centrumhub.transform.rules;

import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Message;

/**
 * A rule of the standard that needs only the message itself (XSLT level): a TR of the in-message class, a CD or
 * a CS. Implementations are named after their code and are stateless.
 */
public interface InMessageRule {
    /** The rule code of the standard: TR002, CD005, CS002, ... */
    String code();

    /** The retourcode the standard gives for a violation: 0001 for in-message rules, 8848 for TR135, ... */
    default String retourCode() {
        return "0001";
    }

    /** One line saying what the rule demands. */
    String description();

    boolean appliesTo(MessageType type);

    void check(Message message, RuleContext context);
}
