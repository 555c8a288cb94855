package org.centrumhub.transform.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.Regions;
import org.junit.jupiter.api.Test;

/** Largest-remainder spreading, ledger entries of a line, and month and year statements to the cent. */
class SettlementTest {
    static final Arrangement REGION = Regions.parse("test.yml", """
            region: Test
            centre: "0935"
            domains:
              jeugd:
                participants:
                  - {code: "0935", name: A, share: 0.5, advance: 100.00}
                  - {code: "0917", name: B, share: 0.3, advance: 50}
                  - {code: "1883", name: C, share: 0.2, advance: 0}
                joint-categories: ["43"]
            """);
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Test
    void spreadHandsTheRemainderCentsToTheLargestRemainders() {
        Map<String, BigDecimal> thirds = shares("0.3334", "0.3333", "0.3333");
        assertThat(Settlement.spread(1, thirds)).containsExactly(Map.entry("p0", 1L), Map.entry("p1", 0L),
                Map.entry("p2", 0L));
        // .6668 .6666 .6666: p0 first, then the tie between p1 and p2 goes to the earlier participant
        assertThat(Settlement.spread(2, thirds)).containsExactly(Map.entry("p0", 1L), Map.entry("p1", 1L),
                Map.entry("p2", 0L));
        assertThat(Settlement.spread(-2, thirds)).containsExactly(Map.entry("p0", -1L), Map.entry("p1", -1L),
                Map.entry("p2", 0L));
        Map<String, BigDecimal> quarters = shares("0.25", "0.25", "0.25", "0.25");
        assertThat(Settlement.spread(10, quarters).values()).containsExactly(3L, 3L, 2L, 2L);
        assertThat(Settlement.spread(-10, quarters).values()).containsExactly(-3L, -3L, -2L, -2L);
        assertThat(Settlement.spread(0, quarters).values()).containsExactly(0L, 0L, 0L, 0L);
        // 999 x .5/.3/.2 = 499.5, 299.7, 199.8: the two cents left go to .8 and .7
        assertThat(Settlement.spread(999, shares("0.5", "0.3", "0.2")).values()).containsExactly(499L, 300L, 200L);
    }

    @Test
    void spreadIsExactForManyAmountsAndShareSets() {
        Random random = new Random(20261201);
        for (int run = 0; run < 5_000; run++) {
            int count = 1 + random.nextInt(20);
            boolean weights = run % 5 == 0;  // every fifth set does not add up to 1: shares are then weights
            Map<String, BigDecimal> shares = randomShares(random, count, weights);
            long amount = switch (run % 4) {
                case 0 -> random.nextInt(100);
                case 1 -> random.nextInt(1_000_000);
                case 2 -> random.nextLong() / 1_000_000;
                default -> -random.nextInt(10_000_000);
            };
            Map<String, Long> parts = Settlement.spread(amount, shares);
            assertThat(parts.keySet()).containsExactlyElementsOf(shares.keySet());
            assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).as("sum of %s", parts).isEqualTo(amount);
            BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
                BigDecimal exact = BigDecimal.valueOf(amount).multiply(share.getValue())
                        .divide(total, MathContext.DECIMAL128);
                assertThat(BigDecimal.valueOf(parts.get(share.getKey())).subtract(exact).abs())
                        .as("part of %s of %d by %s", share.getKey(), amount, shares).isLessThan(BigDecimal.ONE);
            }
            Map<String, Long> mirror = Settlement.spread(-amount, shares);
            parts.forEach((code, cents) -> assertThat(mirror.get(code)).isEqualTo(-cents));
        }
    }

    @Test
    void spreadRefusesNoSharesAndNegativeShares() {
        assertThatThrownBy(() -> Settlement.spread(5, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settlement.spread(5, shares("1.5", "-0.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Settlement.spread(5, shares("0", "0.0"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOwnLineIsOneEntryOfTheResponsibleMunicipality() {
        assertThat(Settlement.entries(REGION, line("12345678", "0917", "45", OCTOBER, 78_000, "R1")))
                .containsExactly(new LedgerEntry("Test", Standard.IJW, "12345678", "0917", "0917", "45", "45A01",
                        OCTOBER, 78_000, false, "R1"));
    }

    @Test
    void aJointLineIsSpreadOverEveryParticipant() {
        assertThat(Settlement.entries(REGION, line("12345678", "0935", "43", OCTOBER, 10_001, "R3")))
                .extracting(LedgerEntry::participant, LedgerEntry::responsible, LedgerEntry::amountCents,
                        LedgerEntry::joint)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0935", "0935", 5_001L, true),
                        org.assertj.core.groups.Tuple.tuple("0917", "0935", 3_000L, true),
                        org.assertj.core.groups.Tuple.tuple("1883", "0935", 2_000L, true));
    }

    @Test
    void outsideAnyRegionALineIsItsResponsibleMunicipalitysOwn() {
        assertThat(Settlement.entries(null, line("12345678", "0344", "43", OCTOBER, 500, "R9")))
                .containsExactly(new LedgerEntry(null, Standard.IJW, "12345678", "0344", "0344", "43", "45A01", OCTOBER,
                        500, false, "R9"));
    }

    @Test
    void aLineOfADomainTheRegionDoesNotArrangeIsRefused() {
        GrantedLine wmo = new GrantedLine(Standard.IWMO, "87654321", "0935", "02", "02A01", OCTOBER,
                LocalDate.of(2026, 10, 1), 100, "W1");
        assertThatThrownBy(() -> Settlement.entries(REGION, wmo)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region Test does not arrange IWMO");
    }

    /*
     * October 2026, by hand:
     *   R1 12345678 0917 cat 45  78000       -> B own 78000
     *   R2 12345678 1883 cat 45 -13000       -> C own -13000
     *   R3 12345678 0935 cat 43  10001       -> A 5001, B 3000, C 2000 (5000.5/3000.3/2000.2, the cent to A)
     *   R4 22000001 0917 cat 43   -999       -> A -499, B -300, C -200 (mirror of 499.5/299.7/199.8)
     *   (R5 12345678 0935 cat 45 5000 is September)
     *            own     joint  advance  balance
     *   A 0935       0    4502    10000    -5498
     *   B 0917   78000    2700     5000    75700
     *   C 1883  -13000    1800        0   -11200
     *   total    65000    9002    15000    59002
     * Providers: 12345678 78000 - 13000 + 10001 = 75001; 22000001 -999; total 74002 = 65000 + 9002.
     */
    @Test
    void theMonthStatementMatchesTheHandComputedTable() {
        List<LedgerEntry> ledger = ledger();
        MonthStatement month = Settlement.month(REGION, OCTOBER, costs(ledger), providers(ledger));
        assertThat(month.participants()).containsExactly(
                new ParticipantMonth("0935", "A", Standard.IJW, OCTOBER, 0, 4_502, 10_000),
                new ParticipantMonth("0917", "B", Standard.IJW, OCTOBER, 78_000, 2_700, 5_000),
                new ParticipantMonth("1883", "C", Standard.IJW, OCTOBER, -13_000, 1_800, 0));
        assertThat(month.participants()).extracting(ParticipantMonth::balanceCents)
                .containsExactly(-5_498L, 75_700L, -11_200L);
        assertThat(month.providers()).containsExactly(new ProviderMonth("12345678", Standard.IJW, OCTOBER, 75_001),
                new ProviderMonth("22000001", Standard.IJW, OCTOBER, -999));
        assertThat(month.ownCents()).isEqualTo(65_000);
        assertThat(month.jointCents()).isEqualTo(9_002);
        assertThat(month.advanceCents()).isEqualTo(15_000);
        assertThat(month.balanceCents()).isEqualTo(59_002);
        assertThat(month.providersCents()).isEqualTo(74_002).isEqualTo(month.ownCents() + month.jointCents());
    }

    @Test
    void aMunicipalityWithCostsThatTakesNoShareGetsItsOwnRow() {
        List<CostSum> costs = List.of(new CostSum("0344", Standard.IJW, OCTOBER, false, 700));
        MonthStatement month = Settlement.month(REGION, OCTOBER, costs, List.of());
        assertThat(month.participants()).last()
                .isEqualTo(new ParticipantMonth("0344", null, Standard.IJW, OCTOBER, 700, 0, 0));
    }

    @Test
    void theYearStatementHasTwelveMonthsAndTotals() {
        List<CostSum> costs = costs(ledger());
        YearStatement b = Settlement.year(REGION, "0917", Year.of(2026), costs);
        assertThat(b.name()).isEqualTo("B");
        assertThat(b.months()).hasSize(12);
        assertThat(b.months().get(0)).isEqualTo(new ParticipantMonth("0917", "B", Standard.IJW, YearMonth.of(2026, 1),
                0, 0, 5_000));
        assertThat(b.months().get(9)).isEqualTo(new ParticipantMonth("0917", "B", Standard.IJW, OCTOBER, 78_000,
                2_700, 5_000));
        assertThat(b.ownCents()).isEqualTo(78_000);
        assertThat(b.jointCents()).isEqualTo(2_700);
        assertThat(b.advanceCents()).isEqualTo(60_000);
        assertThat(b.balanceCents()).isEqualTo(20_700);
        assertThat(b.total(Standard.IJW).balanceCents()).isEqualTo(20_700);

        YearStatement a = Settlement.year(REGION, "0935", Year.of(2026), costs);
        assertThat(a.months().get(8).ownCents()).isEqualTo(5_000);
        assertThat(a.ownCents()).isEqualTo(5_000);
        assertThat(a.jointCents()).isEqualTo(4_502);
        assertThat(a.balanceCents()).isEqualTo(5_000 + 4_502 - 120_000);
        assertThat(Settlement.year(REGION, "0344", Year.of(2026), costs).months()).isEmpty();
    }

    static List<LedgerEntry> ledger() {
        List<LedgerEntry> ledger = new ArrayList<>();
        ledger.addAll(Settlement.entries(REGION, line("12345678", "0917", "45", OCTOBER, 78_000, "R1")));
        ledger.addAll(Settlement.entries(REGION, line("12345678", "1883", "45", OCTOBER, -13_000, "R2")));
        ledger.addAll(Settlement.entries(REGION, line("12345678", "0935", "43", OCTOBER, 10_001, "R3")));
        ledger.addAll(Settlement.entries(REGION, line("22000001", "0917", "43", OCTOBER, -999, "R4")));
        ledger.addAll(Settlement.entries(REGION, line("12345678", "0935", "45", SEPTEMBER, 5_000, "R5")));
        return ledger;
    }

    /** What the store's GROUP BY gives. */
    static List<CostSum> costs(List<LedgerEntry> ledger) {
        return ledger.stream().collect(Collectors.groupingBy(e -> List.of(e.participant(), e.domain(), e.period(),
                        e.joint()), LinkedHashMap::new, Collectors.summingLong(LedgerEntry::amountCents)))
                .entrySet().stream().map(g -> new CostSum((String) g.getKey().get(0), (Standard) g.getKey().get(1),
                        (YearMonth) g.getKey().get(2), (Boolean) g.getKey().get(3), g.getValue())).toList();
    }

    static List<ProviderMonth> providers(List<LedgerEntry> ledger) {
        return ledger.stream().collect(Collectors.groupingBy(e -> List.of(e.provider(), e.domain(), e.period()),
                        LinkedHashMap::new, Collectors.summingLong(LedgerEntry::amountCents)))
                .entrySet().stream().map(g -> new ProviderMonth((String) g.getKey().get(0), (Standard) g.getKey().get(1),
                        (YearMonth) g.getKey().get(2), g.getValue())).toList();
    }

    static GrantedLine line(String provider, String responsible, String category, YearMonth period, long cents,
                            String reference) {
        return new GrantedLine(Standard.IJW, provider, responsible, category, "45A01", period, period.atDay(1), cents,
                reference);
    }

    static Map<String, BigDecimal> shares(String... values) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            shares.put("p" + i, new BigDecimal(values[i]));
        }
        return shares;
    }

    static Map<String, BigDecimal> randomShares(Random random, int count, boolean weights) {
        int[] cuts = new int[count + 1];
        cuts[count] = 10_000;
        for (int i = 1; i < count; i++) {
            cuts[i] = random.nextInt(10_001);
        }
        java.util.Arrays.sort(cuts);
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int part = cuts[i + 1] - cuts[i] + (weights ? random.nextInt(3) : 0);
            shares.put("p" + i, BigDecimal.valueOf(part, 4));
        }
        if (shares.values().stream().allMatch(s -> s.signum() == 0)) {
            shares.put("p0", BigDecimal.ONE);
        }
        return shares;
    }
}
