package org.centrumhub.transform.settlement;

import java.time.YearMonth;
import org.centrumhub.schema.Standard;

/**
 * One participant's month in one domain, in euro cents.
 *
 * @param name         the participant's name in the arrangement; null for a municipality with costs that is not
 *                     listed as a participant of the domain (the centre when it takes no share)
 * @param ownCents     the care of its own clients
 * @param jointCents   its share of the jointly paid categories
 * @param advanceCents the advance it pays the centre for the month
 */
public record ParticipantMonth(String participant, String name, Standard domain, YearMonth period, long ownCents,
                               long jointCents, long advanceCents) {

    public long costCents() {
        return ownCents + jointCents;
    }

    /** Costs minus advance: positive means the participant still owes the centre, negative the centre owes it. */
    public long balanceCents() {
        return ownCents + jointCents - advanceCents;
    }
}
