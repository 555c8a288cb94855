package org.centrumhub.transform.settlement;

import java.time.Year;
import java.util.List;
import org.centrumhub.schema.Standard;

/** One participant's year: twelve months per domain it takes part in (domain order, then month), and totals. */
public record YearStatement(String region, String participant, String name, Year year, List<ParticipantMonth> months) {

    public YearStatement {
        months = List.copyOf(months);
    }

    public List<Standard> domains() {
        return months.stream().map(ParticipantMonth::domain).distinct().toList();
    }

    public List<ParticipantMonth> months(Standard domain) {
        return months.stream().filter(m -> m.domain() == domain).toList();
    }

    /** The domain's year as one row (period null). */
    public ParticipantMonth total(Standard domain) {
        List<ParticipantMonth> rows = months(domain);
        return new ParticipantMonth(participant, name, domain, null,
                rows.stream().mapToLong(ParticipantMonth::ownCents).sum(),
                rows.stream().mapToLong(ParticipantMonth::jointCents).sum(),
                rows.stream().mapToLong(ParticipantMonth::advanceCents).sum());
    }

    public long ownCents() {
        return months.stream().mapToLong(ParticipantMonth::ownCents).sum();
    }

    public long jointCents() {
        return months.stream().mapToLong(ParticipantMonth::jointCents).sum();
    }

    public long advanceCents() {
        return months.stream().mapToLong(ParticipantMonth::advanceCents).sum();
    }

    public long balanceCents() {
        return months.stream().mapToLong(ParticipantMonth::balanceCents).sum();
    }
}
