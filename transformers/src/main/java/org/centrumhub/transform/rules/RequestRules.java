package org.centrumhub.transform.rules;

import java.util.List;

/** Rules on requests for assignment (315), requests for change (317) and the municipality's answer (319). */
final class RequestRules {
    private RequestRules() {
    }

    static List<Rule> rules() {
        return List.of(
                new Tr383UniqueReferentieAanbieder(),
                new Tr386NoOverlappingRequestedProducts(),
                new Cd043BeschikkingIngangsdatumWithNummer(),
                new Cd066NoNaamWithZorgverlenerCode(),
                new Cd067NaamWithoutZorgverlenerCode(),
                new Cd068NoZorgverlenerCodeForOtherTypes(),
                new Cd095NoOmvangWithoutProductCode(),
                new Cs343FrequencyForPeriodUnits(),
                new Tr352VowKeepsOrChangesAssignment(),
                new Tr353VowChangesSomething(),
                new Tr380NewProductStartsAfterDagtekening(),
                new Tr410NoOverlappingNewProducts(),
                new Cd096NoOmvangWithoutProductCode(),
                new Cd085ReasonForRejection(),
                new Cd086NoReasonUnderInvestigation(),
                new Tr377WoonplaatsbeginselWithReason8(),
                new Tr409WoonplaatsbeginselOnlyWithReason8());
    }
}
