package org.centrumhub.transform.settlement;

import java.time.YearMonth;
import java.util.List;

/**
 * A region's month: per participant and domain what it owes, per provider what the centre pays. The participants'
 * costs add up to the providers' total, because every granted cent is in exactly one participant's entries.
 */
public record MonthStatement(String region, YearMonth period, List<ParticipantMonth> participants,
                             List<ProviderMonth> providers) {

    public MonthStatement {
        participants = List.copyOf(participants);
        providers = List.copyOf(providers);
    }

    public long ownCents() {
        return participants.stream().mapToLong(ParticipantMonth::ownCents).sum();
    }

    public long jointCents() {
        return participants.stream().mapToLong(ParticipantMonth::jointCents).sum();
    }

    public long advanceCents() {
        return participants.stream().mapToLong(ParticipantMonth::advanceCents).sum();
    }

    public long balanceCents() {
        return participants.stream().mapToLong(ParticipantMonth::balanceCents).sum();
    }

    public long providersCents() {
        return providers.stream().mapToLong(ProviderMonth::amountCents).sum();
    }
}
