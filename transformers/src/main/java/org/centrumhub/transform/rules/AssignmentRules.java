package org.centrumhub.transform.rules;

import java.util.List;

/**
 * Rules on the 301's people and addresses, on start and stop lines, and on product lines (301, and the product-line
 * conditions 315 and 317 share with it).
 */
final class AssignmentRules {
    private AssignmentRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Tr006ContactReachable(),
                new Tr061ClientHasHomeAddress(),
                new Cd005LandCodeWithPostcode(),
                new Cd007TaalForInterpreter(),
                new Cd009PeriodOnlyForTemporaryAddress(),
                new Cd025HuisForDutchAddress(),
                new Cd034PostcodeForHomeAddress(),
                new Cs089DutchPostcodeFormat(),
                new Cs050NaamGebruikFitsPartnernaam(),
                new Cs318NoNonNaturalPerson(),
                new Cs139DatumGebruikFitsDatum(),
                new Cs058StatusFirstOrDelete(),
                new Tr018StopNotBeforeStart(),
                new Tr302NoOverlappingAssignedProducts(),
                new Cs335DeletedAssignmentHasNoLength(),
                new Cs336NoRedenWijziging01(),
                new Cs003EndNotBeforeStart(),
                new Cd041OmvangWithProductCode(),
                new Cd075EinddatumWithBudget(),
                new Cd076EinddatumWithWeeklyFrequency(),
                new Cd077OmvangEmptyWithBudget(),
                new Cd078BudgetEmptyWithOmvang(),
                new Cd079ProductWithoutBudget(),
                new Cd080NoOmvangWithoutProductCode(),
                new Cs338FrequencyForPeriodUnits());
    }
}
