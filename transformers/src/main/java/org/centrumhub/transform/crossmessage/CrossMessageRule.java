package org.centrumhub.transform.crossmessage;

import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.BaseRule;
import org.centrumhub.transform.rules.RuleContext;

/**
 * A rule of the standard that needs earlier messages (rules.md class cross-message), read from the hub's stores.
 * It reports at the faulty class with its own retourcode; the retour carries 0200/0233 on the others.
 */
public abstract class CrossMessageRule extends BaseRule {

    protected CrossMessageRule(String code, String retourCode, String description, int... numbers) {
        super(code, retourCode, description, null, numbers);
    }

    @Override
    public final Scope scope() {
        return Scope.CROSS_MESSAGE;
    }

    @Override
    public final void check(Message message, RuleContext context) {
        check(message, context.state(), context);
    }

    public abstract void check(Message message, HubState state, RuleContext context);
}
