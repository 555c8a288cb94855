package org.centrumhub.transform.crossmessage;

import java.time.Clock;
import java.util.List;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/** The cross-message rules the hub checks against its stores, after the in-message rules passed. */
public final class CrossMessageRules {
    private final List<CrossMessageRule> rules;
    private final Clock clock;

    private CrossMessageRules(List<CrossMessageRule> rules, Clock clock) {
        this.rules = List.copyOf(rules);
        this.clock = clock;
    }

    public static CrossMessageRules standard(Clock clock) {
        return new CrossMessageRules(List.of(
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
                new Tr365OnlyAfterInvestigation()), clock);
    }

    public List<CrossMessageRule> rules() {
        return rules;
    }

    public List<Finding> check(Message message, HubState state) {
        RuleContext context = new RuleContext(clock);
        for (CrossMessageRule rule : rules) {
            if (rule.appliesTo(message.type())) {
                context.run(rule.code(), rule.retourCode(), () -> rule.check(message, state, context));
            }
        }
        return context.findings();
    }
}
