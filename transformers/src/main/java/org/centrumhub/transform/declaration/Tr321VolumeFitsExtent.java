package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/**
 * TR321 (9321): the GeleverdVolume of one line fits the assignment's extent for its product period: per day the
 * days, per week the (partial) ISO weeks (effort-based) or Sundays (output-based), per month or in total the volume
 * itself (a partial period may hold the whole unit's volume, IV078).
 */
public final class Tr321VolumeFitsExtent extends DeclarationLineRule {
    public Tr321VolumeFitsExtent() {
        super("TR321", "9321", "the volume of a line fits the assigned extent for its product period");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        line.assignment().flatMap(a -> Extent.perPeriod(a, line.begin(), line.end(), line.unit()))
                .filter(most -> line.volume() > most)
                .ifPresent(most -> context.report(line.element().child("GeleverdVolume").orElseThrow(), "volume "
                        + line.volume() + " is more than assignment " + line.assignmentNumber() + " allows for the period ("
                        + most + ")"));
    }
}
