package org.centrumhub.transform.declaration;

import java.util.List;
import org.centrumhub.transform.rules.Rule;

/** The cross-message rules on declarations, in the order the {@link DeclarationJudge} runs them. */
public final class DeclarationCrossRules {
    private DeclarationCrossRules() {
    }

    public static List<Rule> rules() {
        return List.of(
                new Tr333DeclarationNumberUnique(),
                new Tr318DeclarationPeriodFollowsPrevious(),
                new Tr314ReferenceNotUsedBefore(),
                new Tr323CreditOfGrantedDebit(),
                new Tr390CreditedOnce(),
                new Tr338LineHasAssignment(),
                new Tr304DeclaredClientIsAssigned(),
                new Tr384NotOnDeletedAssignment(),
                new Tr339CategoryAsAssigned(),
                new Tr340CodeAsAssigned(),
                new Tr341UnitAsAssigned(),
                new Tr307NotBeforeAssignment(),
                new Tr308NotAfterAssignment(),
                new Tr387PeriodBeginsOnFirstOfMonth(),
                new Tr388PeriodEndsOnLastOfMonth(),
                new Tr389OneCurrentDebit(),
                new Tr321VolumeFitsExtent(),
                new Tr322TotalVolumeFitsExtent(),
                new Tr369VolumeFitsBudget(),
                new Tr418ContractTariff());
    }
}
