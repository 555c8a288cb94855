package org.centrumhub.transform.crossmessage;

import java.util.List;
import org.centrumhub.transform.rules.Rule;

/** The cross-message rules the hub checks against its stores, after the in-message rules passed, in this order. */
public final class CrossMessageRules {
    private CrossMessageRules() {
    }

    public static List<Rule> rules() {
        return List.of(
                new Tr332AssignmentNumberUnique(),
                new Tr019LinkedToAssignment(),
                new Tr063DeleteNeedsEarlierDelivery(),
                new Tr071NoStartDeleteAfterStop(),
                new Tr074FirstDeliveryIsNew(),
                new Tr326OneCurrentStart(),
                new Tr382StopMatchesStart(),
                new Tr413NoSecondReason20(),
                new Tr414EndNotBeforeEarlierStop(),
                new Tr415NoNewStopAfterFinalStop(),
                new Tr379AssignmentCarriesRequestReference(),
                new Tr347ReferenceUnique(),
                new Tr374NoPendingRequest(),
                new Tr304SameClientAsAssignment(),
                new Tr350UnchangedIsCurrentAssignment(),
                new Tr351ChangedIsCurrentAssignment(),
                new Tr349VowListsAllCurrentAssignments(),
                new Tr357PastChangeCoversWholePeriod(),
                new Tr361NoOverlapInVow(),
                new Tr373TotalChangeFromAssignmentStart(),
                new Tr375NoOmvangWithoutProduct(),
                new Tr411OmvangForProductCode(),
                new Tr412NoOmvangForCategoryOnly(),
                new Tr355AnswerToKnownRequest(),
                new Tr359NoAnswerAfterAssignment(),
                new Tr360InvestigationOnlyFirst(),
                new Tr365OnlyAfterInvestigation());
    }
}
