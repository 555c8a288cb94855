package org.centrumhub.hub.settlement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.settlement.MonthStatement;
import org.centrumhub.transform.settlement.ParticipantMonth;
import org.centrumhub.transform.settlement.YearStatement;

/**
 * The statements as JSON. Amounts are euros as strings with exactly two decimals ({@code "-54.98"}), so no client
 * reads them as binary floating point; each also comes in euro cents as an integer ({@code ...Cents}).
 */
final class SettlementViews {

    private SettlementViews() {
    }

    /** A participant's costs in one domain for a month (month view) or a month of the year (year view, with month). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Row(String municipality, String name, String domain, String month, String ownCosts, String jointShare,
               String costs, String advance, String balance, long ownCostsCents, long jointShareCents, long costsCents,
               long advanceCents, long balanceCents) {
    }

    record ProviderRow(String provider, String domain, String amount, long amountCents) {
    }

    /** Sums over the rows; {@code providers} (month view only) equals {@code costs}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Totals(String ownCosts, String jointShare, String costs, String advance, String balance, String providers,
                  long ownCostsCents, long jointShareCents, long costsCents, long advanceCents, long balanceCents,
                  Long providersCents) {
    }

    record MonthView(String region, String period, String municipality, List<Row> participants,
                     List<ProviderRow> providers, Totals totals) {
    }

    record YearView(String region, int year, String municipality, String name, List<Row> months, List<Row> domainTotals,
                    Totals totals) {
    }

    static MonthView month(MonthStatement statement, String municipality) {
        return new MonthView(statement.region(), statement.period().toString(), municipality,
                statement.participants().stream().map(m -> row(m, null)).toList(),
                statement.providers().stream().map(p -> new ProviderRow(p.provider(), key(p.domain()),
                        euros(p.amountCents()), p.amountCents())).toList(),
                totals(statement.participants(), statement.providersCents()));
    }

    static YearView year(YearStatement statement) {
        return new YearView(statement.region(), statement.year().getValue(), statement.participant(), statement.name(),
                statement.months().stream().map(m -> row(m, m.period().toString())).toList(),
                statement.domains().stream().map(d -> row(statement.total(d), "total")).toList(),
                totals(statement.months(), null));
    }

    static Row row(ParticipantMonth m, String month) {
        return new Row(m.participant(), m.name(), key(m.domain()), month, euros(m.ownCents()), euros(m.jointCents()),
                euros(m.costCents()), euros(m.advanceCents()), euros(m.balanceCents()), m.ownCents(), m.jointCents(),
                m.costCents(), m.advanceCents(), m.balanceCents());
    }

    static Totals totals(List<ParticipantMonth> rows, Long providersCents) {
        long own = rows.stream().mapToLong(ParticipantMonth::ownCents).sum();
        long joint = rows.stream().mapToLong(ParticipantMonth::jointCents).sum();
        long advance = rows.stream().mapToLong(ParticipantMonth::advanceCents).sum();
        return new Totals(euros(own), euros(joint), euros(own + joint), euros(advance), euros(own + joint - advance),
                providersCents == null ? null : euros(providersCents), own, joint, own + joint, advance,
                own + joint - advance, providersCents);
    }

    static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static String key(Standard domain) {
        return domain == Standard.IJW ? "jeugd" : "wmo";
    }
}
