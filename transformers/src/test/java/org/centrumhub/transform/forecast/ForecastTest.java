package org.centrumhub.transform.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.forecast.Forecast.DomainForecast;
import org.centrumhub.transform.forecast.Forecast.RunningAssignment;
import org.centrumhub.transform.region.ContractTariff;
import org.centrumhub.transform.region.DomainArrangement;
import org.centrumhub.transform.region.Participant;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The projection arithmetic, one case per frequency, unit, end and tariff situation; amounts worked out by hand. */
class ForecastTest {
    private static final String PROVIDER = "12345678";
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);
    private static final ContractTariff HOUR_6500 = tariff("45A01", "04", 6500, "2026-01-01", "2026-12-31");

    private static ContractTariff tariff(String product, String unit, long cents, String from, String to) {
        return new ContractTariff(PROVIDER, "45", product, unit, cents, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    /** Omvang: volume, unit, frequency of product 45A01 from 2026-09-01 until {@code end}. */
    private static RunningAssignment extent(long volume, String unit, String frequency, String end) {
        return new RunningAssignment("0935", PROVIDER, "45", "45A01", LocalDate.of(2026, 9, 1),
                end == null ? null : LocalDate.parse(end), null, volume, unit, frequency, null);
    }

    private record Case(RunningAssignment assignment, LocalDate from, LocalDate to, List<ContractTariff> tariffs,
                        OptionalLong cents) {
    }

    private static Arguments priced(String name, RunningAssignment assignment, LocalDate from, LocalDate to,
                                    List<ContractTariff> tariffs, long cents) {
        return Arguments.of(Named.of(name, new Case(assignment, from, to, tariffs, OptionalLong.of(cents))));
    }

    private static Arguments unpriced(String name, RunningAssignment assignment, List<ContractTariff> tariffs) {
        return Arguments.of(Named.of(name, new Case(assignment, NOV_1, DEC_31, tariffs, OptionalLong.empty())));
    }

    static Stream<Arguments> costs() {
        return Stream.of(
                // 61 days x 2 hours x 65.00
                priced("per day", extent(2, "04", "1", "2026-12-31"), NOV_1, DEC_31, List.of(HOUR_6500), 793_000),
                // 61/7 weeks x 4 hours x 65.00 = 226571.43
                priced("per week", extent(4, "04", "2", "2026-12-31"), NOV_1, DEC_31, List.of(HOUR_6500), 226_571),
                // two whole months x 30 hours x 65.00
                priced("per month, whole months", extent(30, "04", "4", null), NOV_1, DEC_31, List.of(HOUR_6500),
                        390_000),
                // 15/30 of November and all of December: 45 hours x 65.00
                priced("per month, from mid-month", extent(30, "04", "4", null), LocalDate.of(2026, 11, 16), DEC_31,
                        List.of(HOUR_6500), 292_500),
                // 20 hours over 122 days of validity (Sep-Dec), 61 of them left: 10 hours x 65.00
                priced("total within the validity", extent(20, "04", "6", "2026-12-31"), NOV_1, DEC_31,
                        List.of(HOUR_6500), 65_000),
                // open-ended total: used up by the year end (Sep 1 - Dec 31, 122 days), 61 left
                priced("total, open-ended", extent(20, "04", "6", null), NOV_1, DEC_31, List.of(HOUR_6500), 65_000),
                // ends November 15: 15/7 weeks x 3 hours x 65.00 = 41785.71
                priced("ends before the year end", extent(3, "04", "2", "2026-11-15"), NOV_1,
                        LocalDate.of(2026, 11, 15), List.of(HOUR_6500), 41_786),
                // November at 65.00, December at 70.00
                priced("tariff changes at a month", extent(30, "04", "4", null), NOV_1, DEC_31,
                        List.of(tariff("45A01", "04", 6500, "2026-01-01", "2026-11-30"),
                                tariff("45A01", "04", 7000, "2026-12-01", null)), 405_000),
                // 15 days at 65.00 and 16 at 70.00, an hour a day
                priced("tariff changes mid-month", extent(1, "04", "1", "2026-12-31"), DEC_1, DEC_31,
                        List.of(tariff("45A01", "04", 6500, "2026-01-01", "2026-12-15"),
                                tariff("45A01", "04", 7000, "2026-12-16", "2026-12-31")), 209_500),
                // 90 minutes a week for one week at the hour tariff: 1.5 x 65.00
                priced("minutes at an hour tariff", extent(90, "01", "2", "2026-12-31"), DEC_1,
                        LocalDate.of(2026, 12, 7), List.of(HOUR_6500), 9_750),
                // 2 days x 1 hour x 60 minutes x 1.10
                priced("hours at a minute tariff", extent(1, "04", "1", "2026-12-31"), DEC_1,
                        LocalDate.of(2026, 12, 2), List.of(tariff("45A01", "01", 110, "2026-01-01", null)), 13_200),
                // 30 minutes at an hour tariff of 1 cent: exactly half a cent, rounded up
                priced("half a cent rounds up", extent(30, "01", "1", "2026-12-31"), DEC_1, DEC_1,
                        List.of(tariff("45A01", "04", 1, "2026-01-01", null)), 1),
                // etmalen per month at an etmaal tariff
                priced("etmaal per month", extent(10, "14", "4", "2026-12-31"), NOV_1, DEC_31,
                        List.of(tariff("45A01", "14", 12_000, "2026-01-01", null)), 240_000),
                // euros: the volume is cents, no tariff needed (500.00 a month for two months)
                priced("euros per month", extent(50_000, "83", "4", "2026-12-31"), NOV_1, DEC_31, List.of(),
                        100_000),
                // a budget of 1200.00 over Oct 1 - Dec 31 (92 days), 61 days left: 795.65217
                priced("budget", new RunningAssignment("0935", PROVIDER, "45", null, LocalDate.of(2026, 10, 1),
                        DEC_31, null, null, null, null, 120_000L), NOV_1, DEC_31, List.of(), 79_565),
                unpriced("no tariff for the product", extent(2, "04", "1", "2026-12-31"),
                        List.of(tariff("45A02", "04", 6500, "2026-01-01", null))),
                unpriced("another provider's tariff", extent(2, "04", "1", "2026-12-31"),
                        List.of(new ContractTariff("87654321", "45", "45A01", "04", 6500, LocalDate.of(2026, 1, 1),
                                null))),
                unpriced("the tariff ends before the window does", extent(2, "04", "1", "2026-12-31"),
                        List.of(tariff("45A01", "04", 6500, "2026-01-01", "2026-11-30"))),
                unpriced("a tariff in another unit", extent(10, "14", "4", "2026-12-31"), List.of(HOUR_6500)),
                unpriced("a category only", new RunningAssignment("0935", PROVIDER, "45", null,
                        LocalDate.of(2026, 9, 1), DEC_31, null, 2L, "04", "1", null), List.of(HOUR_6500)),
                unpriced("no extent", new RunningAssignment("0935", PROVIDER, "45", "45A01",
                        LocalDate.of(2026, 9, 1), DEC_31, null, null, null, null, null), List.of(HOUR_6500)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("costs")
    void costOfTheDaysLeft(Case c) {
        assertThat(Forecast.cost(c.assignment(), c.from(), c.to(), c.tariffs())).isEqualTo(c.cents());
    }

    // a region domain: 0935 half, 0917 three tenths, 1883 a fifth; category 43 paid jointly
    private static final DomainArrangement JEUGD = new DomainArrangement(Standard.IJW, List.of(
            new Participant("0935", "Maastricht", new BigDecimal("0.5"), 100_000),
            new Participant("0917", "Heerlen", new BigDecimal("0.3"), 50_000),
            new Participant("1883", "Sittard-Geleen", new BigDecimal("0.2"), 0)), Set.of("43"),
            List.of(HOUR_6500, new ContractTariff(PROVIDER, "43", "43A01", "14", 10_000, LocalDate.of(2026, 1, 1),
                    null)));
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private static RunningAssignment assignment(String municipality, String category, String code, long volume,
                                                String unit, String frequency, String end, String stoppedOn) {
        return new RunningAssignment(municipality, PROVIDER, category, code, LocalDate.of(2026, 10, 1),
                end == null ? null : LocalDate.parse(end), stoppedOn == null ? null : LocalDate.parse(stoppedOn),
                volume, unit, frequency, null);
    }

    @Test
    void ownAssignmentsInFullJointOnesByShareOthersNot() {
        List<RunningAssignment> running = List.of(
                // own: 2 months x 30 hours x 65.00
                assignment("0935", "45", "45A01", 30, "04", "4", null, null),
                // another municipality's own assignment: not Maastricht's
                assignment("0917", "45", "45A01", 30, "04", "4", null, null),
                // joint, Heerlen's client: 61 days x 1 etmaal x 100.00 = 6100.00, Maastricht's half 3050.00
                assignment("0917", "43", "43A01", 1, "14", "1", null, null),
                // joint, Maastricht's own client, ends November 1: one etmaal, 100.00, of which Maastricht pays half
                assignment("0935", "43", "43A01", 1, "14", "1", "2026-11-01", null),
                // stopped in September: nothing left to project
                assignment("0935", "45", "45A01", 30, "04", "4", null, "2026-09-30"),
                // ended before the period's end
                assignment("0935", "45", "45A01", 30, "04", "4", "2026-10-31", null),
                // no tariff for the product: counted, not projected
                assignment("0935", "45", "45A02", 30, "04", "4", null, null),
                // a joint one without tariff: Maastricht pays a share, so it counts as missing too
                assignment("1883", "43", "43A02", 1, "14", "1", null, null));
        DomainForecast forecast = Forecast.forecast(Standard.IJW, "0935", OCTOBER, 1_234_567, running, JEUGD);
        // own 390000; joint 610000 x 0.5 = 305000; joint 10000 x 0.5 = 5000
        assertThat(forecast.projectedCents()).isEqualTo(390_000 + 305_000 + 5_000);
        assertThat(forecast.tariffMissing()).isEqualTo(2);
        assertThat(forecast.grantedSoFarCents()).isEqualTo(1_234_567);
        assertThat(forecast.expectedYearTotalCents()).isEqualTo(1_234_567 + 700_000);
        assertThat(forecast.advancesPaidCents()).isEqualTo(10 * 100_000);
        assertThat(forecast.advancesYearCents()).isEqualTo(12 * 100_000);
        assertThat(forecast.expectedBalanceCents()).isEqualTo(1_234_567 + 700_000 - 1_200_000);
    }

    @Test
    void aJointCostIsSpreadLikeALineTheOddCentToTheLargestRemainder() {
        // 1 etmaal on Dec 31 at 1000.01: 50000.5 / 30000.3 / 20000.2: the odd cent goes to Maastricht
        DomainArrangement jeugd = new DomainArrangement(Standard.IJW, JEUGD.participants(), Set.of("43"),
                List.of(new ContractTariff(PROVIDER, "43", "43A01", "14", 100_001, LocalDate.of(2026, 1, 1), null)));
        RunningAssignment joint = new RunningAssignment("1883", PROVIDER, "43", "43A01", DEC_31, DEC_31, null, 1L,
                "14", "1", null);
        assertThat(Forecast.forecast(Standard.IJW, "0935", OCTOBER, 0, List.of(joint), jeugd).projectedCents())
                .isEqualTo(50_001);
        assertThat(Forecast.forecast(Standard.IJW, "0917", OCTOBER, 0, List.of(joint), jeugd).projectedCents())
                .isEqualTo(30_000);
        assertThat(Forecast.forecast(Standard.IJW, "1883", OCTOBER, 0, List.of(joint), jeugd).projectedCents())
                .isEqualTo(20_000);
    }

    @Test
    void outsideARegionNoTariffsAndNoAdvances() {
        DomainForecast forecast = Forecast.forecast(Standard.IJW, "0983", OCTOBER, 50_000, List.of(
                assignment("0983", "45", "45A01", 30, "04", "4", null, null),
                assignment("0983", "45", "45A01", 50_000, "83", "4", null, null)), null);
        assertThat(forecast.projectedCents()).isEqualTo(100_000);
        assertThat(forecast.tariffMissing()).isEqualTo(1);
        assertThat(forecast.advancesPaidCents()).isZero();
        assertThat(forecast.expectedBalanceCents()).isEqualTo(150_000);
    }

    @Test
    void inDecemberNothingIsLeftToProject() {
        DomainForecast forecast = Forecast.forecast(Standard.IJW, "0935", YearMonth.of(2026, 12), 10, List.of(
                assignment("0935", "45", "45A01", 30, "04", "4", null, null),
                assignment("0935", "45", "45A02", 30, "04", "4", null, null)), JEUGD);
        assertThat(forecast.projectedCents()).isZero();
        assertThat(forecast.tariffMissing()).isZero();
        assertThat(forecast.advancesPaidCents()).isEqualTo(forecast.advancesYearCents()).isEqualTo(1_200_000);
    }

    @Test
    void anAssignmentStartingLaterIsProjectedFromItsStart() {
        RunningAssignment later = new RunningAssignment("0935", PROVIDER, "45", "45A01", LocalDate.of(2026, 12, 16),
                null, null, 1L, "04", "1", null);
        assertThat(Forecast.forecast(Standard.IJW, "0935", OCTOBER, 0, List.of(later), JEUGD).projectedCents())
                .isEqualTo(16 * 6500);
    }
}
