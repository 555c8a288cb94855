package org.centrumhub.transform.crossmessage;

import java.util.Objects;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;
import org.centrumhub.transform.xml.XmlElement;

/**
 * TR373 (9373): a change of the Budget or of a total extent (Frequentie 6) starts on the Ingangsdatum of the
 * assignment it changes: a total cannot be split in time.
 */
public final class Tr373TotalChangeFromAssignmentStart extends CrossMessageRule {
    public Tr373TotalChangeFromAssignmentStart() {
        super("TR373", "9373", "a changed Budget or total extent starts on the assignment's Ingangsdatum", 317);
    }

    @Override
    public void check(Message message, HubState state, RuleContext context) {
        for (VowLines.Line line : VowLines.changesOfOwnAssignments(message, state)) {
            Assignment assigned = line.assignment().orElseThrow();
            XmlElement change = line.element();
            boolean budgetChanged = change.number("Budget").filter(b -> !b.equals(assigned.budget())).isPresent();
            boolean totalChanged = change.text("Omvang/Frequentie").filter("6"::equals).isPresent()
                    && (!Objects.equals(change.number("Omvang/Volume").orElse(null), assigned.volume())
                    || !Objects.equals(change.text("Omvang/Eenheid").orElse(null), assigned.unit())
                    || !"6".equals(assigned.frequency()));
            if ((budgetChanged || totalChanged)
                    && !change.date("GewensteIngangsdatum").orElseThrow().equals(assigned.start())) {
                context.report(change, "a changed " + (budgetChanged ? "Budget" : "total extent")
                        + " must start on the assignment's Ingangsdatum " + assigned.start());
            }
        }
    }
}
