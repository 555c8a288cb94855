package org.centrumhub.transform.declaration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.centrumhub.transform.crossmessage.Tariff;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR418 (0611): the ProductTarief is the contract tariff for the product on the first day of the product period,
 * where the region's arrangement holds one; an hour tariff declared in minutes is the hour tariff / 60, rounded half
 * up to whole cents (IV081).
 */
public final class Tr418ContractTariff extends DeclarationLineRule {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    public Tr418ContractTariff() {
        super("TR418", "0611", "the ProductTarief is the contract tariff of the product");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        if (line.tariff() == null) {
            return;
        }
        scope.state().contractTariff(scope.domain(), line.responsible(), scope.provider(), line.code(), line.begin())
                .ifPresent(contract -> {
                    long expected = expected(contract, line.unit());
                    if (line.tariff() != expected) {
                        context.report(line.element().child("ProductTarief").orElseThrow(), "the contract tariff for "
                                + line.code() + " is " + expected + " cents per unit " + line.unit());
                    }
                });
    }

    static long expected(Tariff contract, String unit) {
        if (Tariff.HOUR.equals(contract.unit()) && Tariff.MINUTE.equals(unit)) {
            return BigDecimal.valueOf(contract.cents()).divide(MINUTES_PER_HOUR, 0, RoundingMode.HALF_UP).longValueExact();
        }
        return contract.cents();
    }
}
