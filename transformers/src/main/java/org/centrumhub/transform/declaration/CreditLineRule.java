package org.centrumhub.transform.declaration;

/** A rule on credit lines only: what a credit withdraws (IV085: a credit is only refused technically). */
abstract class CreditLineRule extends DeclarationLineRule {

    CreditLineRule(String code, String retourCode, String description) {
        super(code, retourCode, description);
    }

    @Override
    protected final boolean judgesDebits() {
        return false;
    }

    @Override
    protected final boolean judgesCredits() {
        return true;
    }
}
