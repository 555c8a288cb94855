package org.centrumhub.transform.declaration;

import org.centrumhub.transform.crossmessage.Tariff;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR341 (9341): the Eenheid of a line is the assigned Eenheid, except that hours may be declared in minutes; for an
 * assignment without an extent (aspecific or generic) the unit of the contract, when the hub knows the contract.
 */
public final class Tr341UnitAsAssigned extends DeclarationLineRule {
    public Tr341UnitAsAssigned() {
        super("TR341", "9341", "the Eenheid of a line fits the assigned Eenheid (hours may be declared in minutes)");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().ifPresent(assignment -> {
            String agreed = assignment.unit();
            if (agreed == null) {
                agreed = scope.state().contractTariff(scope.domain(), line.responsible(), scope.provider(),
                        line.code(), line.begin()).map(Tariff::unit).orElse(null);
            }
            if (agreed != null && !fits(line.unit(), agreed)) {
                context.report(line.element().child("Eenheid").orElseThrow(), "unit " + line.unit()
                        + " does not fit the agreed unit " + agreed);
            }
        });
    }

    static boolean fits(String declared, String agreed) {
        return declared.equals(agreed) || (Tariff.HOUR.equals(agreed) && Tariff.MINUTE.equals(declared));
    }
}
