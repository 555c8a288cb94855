package org.centrumhub.transform.declaration;

import java.util.List;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.CrossMessageRule;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.rules.RuleContext;

/**
 * A cross-message rule on the lines (Prestaties) of a 323, judged line by line by the {@link DeclarationJudge}. A
 * credit line can only be refused technically (IV085): rules on the assignment judge debit lines only, unless they
 * say otherwise. Run alone, the rule judges the declaration as the judge would with this rule only.
 */
public abstract class DeclarationLineRule extends CrossMessageRule {

    protected DeclarationLineRule(String code, String retourCode, String description) {
        super(code, retourCode, description, 323);
    }

    /** Whether this rule judges debit lines. */
    protected boolean judgesDebits() {
        return true;
    }

    /** Whether this rule judges credit lines (only the technical ones do, IV085). */
    protected boolean judgesCredits() {
        return false;
    }

    final boolean judges(DeclarationLine line) {
        return line.credit() ? judgesCredits() : judgesDebits();
    }

    /** Checks one line; report at the line (or an element in it). */
    protected abstract void check(DeclarationLine line, DeclarationScope scope, RuleContext context);

    @Override
    public final void check(Message message, HubState state, RuleContext context) {
        new DeclarationJudge(List.of(this)).judge(message, state, context, List.of());
    }
}
