package org.centrumhub.transform.rules;

import java.util.List;

/** Rules on declarations (323) and declaration answers (325). */
final class DeclarationRules {
    private DeclarationRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Tr137PeriodEndWithinBounds(),
                new Tr315UniqueVorigReferentieNummer(),
                new Tr316NoCreditOfLineInSameMessage(),
                new Tr335NotOlderThanFiveYears(),
                new Tr358TotalIsSumOfLines(),
                new Tr416NoDuplicateDebitLines(),
                new Cd060VorigReferentieNummerOnCredit(),
                new Cd087TariefUnlessEuros(),
                new Cs100NotBefore2021(),
                new Cs325ZeroIsDebit(),
                new Cs337ProductPeriodInOneMonth(),
                new Cs339EurosAmountIsVolume(),
                new Cs340DeclarationPeriodIsOneMonth(),
                new Tr319LineWithinDeclarationPeriod(),
                new Tr346AmountIsVolumeTimesTariff(),
                new Tr314UniqueReferenceInMessage(),
                new Tr342AnswerListsOnlyRejectedLines());
    }
}
