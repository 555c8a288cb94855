package org.centrumhub.transform.settlement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.DomainArrangement;
import org.centrumhub.transform.region.Participant;

/**
 * The settlement arithmetic of a region: who pays which granted line, and the statements per participant and
 * provider. Everything is in whole euro cents; only the spreading of a joint line divides, and it hands out the
 * remainder cents so that nothing is lost or made up.
 */
public final class Settlement {

    private Settlement() {
    }

    /**
     * Spreads an amount over the participants by their shares with the largest-remainder method: each part is its
     * exact share rounded down, and the cents left over go one each to the parts with the largest remainders (ties:
     * the earlier participant). The parts add up to the amount exactly and each is within one cent of its exact share.
     * A negative amount (a credit) is spread as the exact mirror of the positive one.
     *
     * @param shares participant to share, in participant order; shares need not add up to 1 (they are weights)
     */
    public static Map<String, Long> spread(long amountCents, Map<String, BigDecimal> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("no shares to spread " + amountCents + " cents over");
        }
        int scale = shares.values().stream().mapToInt(s -> Math.max(s.scale(), 0)).max().orElse(0);
        List<String> codes = new ArrayList<>(shares.keySet());
        BigInteger[] weights = new BigInteger[codes.size()];
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigDecimal share = shares.get(codes.get(i));
            if (share.signum() < 0) {
                throw new IllegalArgumentException("negative share " + share + " of " + codes.get(i));
            }
            weights[i] = share.setScale(scale).unscaledValue();
            total = total.add(weights[i]);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("the shares add up to 0");
        }
        BigInteger amount = BigInteger.valueOf(amountCents).abs();
        long[] parts = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long handedOut = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = amount.multiply(weights[i]).divideAndRemainder(total);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            handedOut += parts[i];
        }
        long left = amount.longValueExact() - handedOut;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        // a stable sort: equal remainders keep participant order
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed());
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            result.put(codes.get(i), amountCents < 0 ? -parts[i] : parts[i]);
        }
        return result;
    }

    /**
     * The entries of one granted line. Outside any region (region null): one entry for the responsible municipality.
     * In a region: a line of a category the region's domain pays jointly is spread over its participants by share
     * (one entry each, also when a part is 0); any other line is the responsible municipality's own cost.
     *
     * @throws IllegalArgumentException when the region does not arrange the line's domain
     */
    public static List<LedgerEntry> entries(Arrangement region, GrantedLine line) {
        if (region == null) {
            return List.of(entry(null, line, line.responsible(), line.amountCents(), false));
        }
        DomainArrangement domain = region.domain(line.domain()).orElseThrow(() -> new IllegalArgumentException(
                "region " + region.name() + " does not arrange " + line.domain() + ", line " + line.referentieNummer()));
        if (!domain.joint(line.category())) {
            return List.of(entry(region.name(), line, line.responsible(), line.amountCents(), false));
        }
        List<LedgerEntry> entries = new ArrayList<>();
        spread(line.amountCents(), domain.shares()).forEach((participant, cents) ->
                entries.add(entry(region.name(), line, participant, cents, true)));
        return entries;
    }

    private static LedgerEntry entry(String region, GrantedLine line, String participant, long cents, boolean joint) {
        return new LedgerEntry(region, line.domain(), line.provider(), participant, line.responsible(),
                line.category(), line.productCode(), line.period(), cents, joint, line.referentieNummer());
    }

    /**
     * A region's month from its aggregated entries: one row per participant per domain (in arrangement order, each
     * with its advance, also without costs), plus a row for any other municipality with costs in the month.
     *
     * @param costs     the month's cost sums of the region (other months are ignored)
     * @param providers what the centre pays per provider in the month
     */
    public static MonthStatement month(Arrangement region, YearMonth period, List<CostSum> costs,
                                       List<ProviderMonth> providers) {
        List<ParticipantMonth> rows = new ArrayList<>();
        for (Standard standard : Standard.values()) {
            Optional<DomainArrangement> domain = region.domain(standard);
            Set<String> codes = new LinkedHashSet<>();
            domain.ifPresent(d -> d.participants().forEach(p -> codes.add(p.code())));
            costs.stream().filter(c -> c.domain() == standard && c.period().equals(period))
                    .map(CostSum::participant).sorted().forEach(codes::add);
            for (String code : codes) {
                rows.add(row(domain, code, standard, period, costs));
            }
        }
        List<ProviderMonth> paid = providers.stream().filter(p -> p.period().equals(period))
                .sorted(Comparator.comparing(ProviderMonth::domain).thenComparing(ProviderMonth::provider)).toList();
        return new MonthStatement(region.name(), period, rows, paid);
    }

    /**
     * One municipality's year: twelve months for each domain in which it is a participant or has costs.
     *
     * @param costs the municipality's cost sums in the region (other municipalities and years are ignored)
     */
    public static YearStatement year(Arrangement region, String municipality, Year year, List<CostSum> costs) {
        List<ParticipantMonth> months = new ArrayList<>();
        String name = null;
        for (Standard standard : Standard.values()) {
            Optional<DomainArrangement> domain = region.domain(standard);
            boolean participates = domain.map(d -> d.participates(municipality)).orElse(false);
            boolean hasCosts = costs.stream().anyMatch(c -> c.domain() == standard
                    && c.participant().equals(municipality) && c.period().getYear() == year.getValue());
            if (!participates && !hasCosts) {
                continue;
            }
            for (int month = 1; month <= 12; month++) {
                ParticipantMonth row = row(domain, municipality, standard, year.atMonth(month), costs);
                name = name == null ? row.name() : name;
                months.add(row);
            }
        }
        return new YearStatement(region.name(), municipality, name, year, months);
    }

    private static ParticipantMonth row(Optional<DomainArrangement> domain, String code, Standard standard,
                                        YearMonth period, List<CostSum> costs) {
        Optional<Participant> participant = domain.flatMap(d -> d.participant(code));
        long own = 0;
        long joint = 0;
        for (CostSum cost : costs) {
            if (cost.domain() == standard && cost.participant().equals(code) && cost.period().equals(period)) {
                if (cost.joint()) {
                    joint += cost.amountCents();
                } else {
                    own += cost.amountCents();
                }
            }
        }
        return new ParticipantMonth(code, participant.map(Participant::name).orElse(null), standard, period, own, joint,
                participant.map(Participant::monthlyAdvanceCents).orElse(0L));
    }
}
