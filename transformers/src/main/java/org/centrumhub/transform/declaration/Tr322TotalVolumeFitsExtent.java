package org.centrumhub.transform.declaration;

import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.rules.RuleContext;

/**
 * TR322 (9322): all granted lines on an assignment together, credits withdrawing their debits, fit the extent over
 * the whole assignment period.
 */
public final class Tr322TotalVolumeFitsExtent extends DeclarationLineRule {
    public Tr322TotalVolumeFitsExtent() {
        super("TR322", "9322", "the volume of all lines on an assignment fits its extent over the whole period");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().flatMap(a -> Extent.total(a, line.unit())).ifPresent(most -> {
            long declared = line.volume() + netVolume(scope, line);
            if (declared > most) {
                context.report(line.element().child("GeleverdVolume").orElseThrow(), "with this line "
                        + declared + " is declared on assignment " + line.assignmentNumber() + ", which allows " + most);
            }
        });
    }

    /** The volume of the granted lines on the line's assignment, in the line's unit, credits subtracted. */
    static long netVolume(DeclarationScope scope, DeclarationLine line) {
        long sum = 0;
        for (DeclaredLine earlier : scope.onAssignment(line.responsible(), line.assignmentNumber())) {
            long volume = inUnit(earlier, line.unit());
            sum += earlier.credit() ? -volume : volume;
        }
        return sum;
    }

    private static long inUnit(DeclaredLine earlier, String unit) {
        if (earlier.unit().equals(unit)) {
            return earlier.volume();
        }
        // hours and minutes on one assignment: compare in the line's unit
        return "01".equals(unit) ? earlier.volume() * 60 : earlier.volume() / 60;
    }
}
