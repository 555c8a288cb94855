package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * The Omvang of a TeWijzigenProduct follows the product of the assignment it changes: TR411 (with a code an
 * Omvang is mandatory), TR412 (category only) and TR375 (no product) (no Omvang when the assignment ends after
 * 2020-12-31 or is open).
 */
abstract class ChangedExtentFitsProduct extends CrossMessageRule {
    private final Predicate<Assignment> applies;
    private final boolean omvangRequired;

    ChangedExtentFitsProduct(String code, String retourCode, String description, Predicate<Assignment> applies,
                             boolean omvangRequired) {
        super(code, retourCode, description, 317);
        this.applies = applies;
        this.omvangRequired = omvangRequired;
    }

    static boolean endsAfter2020OrOpen(Assignment a) {
        return a.end() == null || a.end().isAfter(LocalDate.of(2020, 12, 31));
    }

    @Override
    public final void check(Message message, HubState state, RuleContext context) {
        for (VowLines.Line line : VowLines.changesOfOwnAssignments(message, state)) {
            Assignment assigned = line.assignment().orElseThrow();
            if (applies.test(assigned) && line.element().has("Omvang") != omvangRequired) {
                context.report(line.element(), omvangRequired
                        ? "the assignment names a product code, so the change needs an Omvang"
                        : "the assignment has no product code and runs after 2020, so the change has no Omvang");
            }
        }
    }
}
