package org.centrumhub.transform.forecast;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.region.ContractTariff;
import org.centrumhub.transform.region.DomainArrangement;
import org.centrumhub.transform.region.Participant;
import org.centrumhub.transform.settlement.Settlement;

/**
 * The year-end forecast of one municipality in one domain: the granted costs booked so far, plus what the
 * assignments still running will cost for the rest of the year (volume x frequency x contract tariff, until their
 * end date, the end of care reported by a stop, or the year end), compared with the advances.
 * <p>
 * The quantity of an assignment accrues day by day: a volume per day on each day, per week a seventh of it, per month
 * the volume divided by the days of that month, a total (or a budget) evenly over the assignment's validity. Each day
 * is priced at the contract tariff valid on that day, so a tariff that changes mid-year is followed. Amounts are
 * exact fractions until the assignment's cost is rounded half up to whole cents; a jointly paid category is spread
 * over the participants like a granted line ({@link Settlement#spread}).
 */
public final class Forecast {
    /** LDT_Frequentie (WMO757). */
    static final String PER_DAY = "1";
    static final String PER_WEEK = "2";
    static final String PER_MONTH = "4";
    static final String TOTAL = "6";
    /** LDT_Eenheid (WJ756). */
    static final String MINUTE = "01";
    static final String HOUR = "04";
    static final String EUROS = "83";

    private Forecast() {
    }

    /**
     * The current version of an assignment as the forecast needs it.
     *
     * @param municipality the municipality that issued it (the client's)
     * @param productCode  null for an assignment of a category only (no contract tariff applies)
     * @param end          its Einddatum; null when open-ended
     * @param stoppedOn    the last day of care a stop reported (and no later start resumed); null when not stopped
     * @param volume       Omvang/Volume; null without an Omvang
     * @param budgetCents  Budget; null without one
     */
    public record RunningAssignment(String municipality, String provider, String category, String productCode,
                                    LocalDate start, LocalDate end, LocalDate stoppedOn, Long volume, String unit,
                                    String frequency, Long budgetCents) {
    }

    /**
     * One row of the forecast.
     *
     * @param grantedSoFarCents   granted costs booked for the municipality from January up to the period
     * @param projectedCents      the running assignments' cost after the period until the year end (its share of
     *                            jointly paid categories)
     * @param advancesPaidCents   the monthly advance times the months January up to the period
     * @param advancesYearCents   the monthly advance times twelve
     * @param tariffMissing       running assignments it would pay for that have no contract tariff for every day
     *                            (not projected)
     */
    public record DomainForecast(Standard domain, long grantedSoFarCents, long projectedCents, long advancesPaidCents,
                                 long advancesYearCents, int tariffMissing) {

        public long expectedYearTotalCents() {
            return grantedSoFarCents + projectedCents;
        }

        /** Expected year total minus the year's advances: positive means the municipality will owe more. */
        public long expectedBalanceCents() {
            return expectedYearTotalCents() - advancesYearCents;
        }
    }

    /**
     * The forecast for a municipality in a domain, for the year of the period.
     *
     * @param assignments the current assignments that may run after the period: the municipality's own and, in a
     *                    region, those of the region's other municipalities in jointly paid categories (others are
     *                    ignored)
     * @param arrangement the region's arrangement of the domain; null for a municipality outside any region (no
     *                    contract tariffs, no advances)
     */
    public static DomainForecast forecast(Standard domain, String municipality, YearMonth period,
                                          long grantedSoFarCents, List<RunningAssignment> assignments,
                                          DomainArrangement arrangement) {
        LocalDate from = period.atEndOfMonth().plusDays(1);
        LocalDate yearEnd = LocalDate.of(period.getYear(), 12, 31);
        List<ContractTariff> tariffs = arrangement == null ? List.of() : arrangement.tariffs();
        boolean participates = arrangement != null && arrangement.participates(municipality);
        long projected = 0;
        int missing = 0;
        for (RunningAssignment assignment : assignments) {
            boolean joint = arrangement != null && arrangement.joint(assignment.category());
            if (joint ? !participates : !assignment.municipality().equals(municipality)) {
                continue;
            }
            Optional<Days> window = window(assignment, from, yearEnd);
            if (window.isEmpty()) {
                continue;
            }
            OptionalLong cost = cost(assignment, window.get().first(), window.get().last(), tariffs);
            if (cost.isEmpty()) {
                missing++;
                continue;
            }
            projected += joint ? Settlement.spread(cost.getAsLong(), arrangement.shares()).get(municipality)
                    : cost.getAsLong();
        }
        long monthly = Optional.ofNullable(arrangement).flatMap(a -> a.participant(municipality))
                .map(Participant::monthlyAdvanceCents).orElse(0L);
        return new DomainForecast(domain, grantedSoFarCents, projected, monthly * period.getMonthValue(), monthly * 12,
                missing);
    }

    /** Consecutive days, both inclusive. */
    record Days(LocalDate first, LocalDate last) {
        long count() {
            return ChronoUnit.DAYS.between(first, last) + 1;
        }
    }

    /** The days of the assignment from {@code from} to {@code yearEnd}; empty when none. */
    static Optional<Days> window(RunningAssignment assignment, LocalDate from, LocalDate yearEnd) {
        LocalDate first = assignment.start().isAfter(from) ? assignment.start() : from;
        LocalDate last = yearEnd;
        if (assignment.end() != null && assignment.end().isBefore(last)) {
            last = assignment.end();
        }
        if (assignment.stoppedOn() != null && assignment.stoppedOn().isBefore(last)) {
            last = assignment.stoppedOn();
        }
        return first.isAfter(last) ? Optional.empty() : Optional.of(new Days(first, last));
    }

    /**
     * What the assignment costs for the days {@code from..to} (inclusive), in whole cents; empty when it cannot be
     * priced: no extent (volume or budget), no product code, or a day without a contract tariff in a unit the
     * assignment's unit converts to (equal, or hours and minutes).
     *
     * @param tariffs the domain's contract tariffs (those of the assignment's provider and product are used)
     */
    public static OptionalLong cost(RunningAssignment assignment, LocalDate from, LocalDate to,
                                    List<ContractTariff> tariffs) {
        boolean budget = assignment.budgetCents() != null;
        if (!budget && (assignment.volume() == null || assignment.frequency() == null || assignment.unit() == null)) {
            return OptionalLong.empty();
        }
        boolean euros = budget || EUROS.equals(assignment.unit());
        if (!euros && assignment.productCode() == null) {
            return OptionalLong.empty();
        }
        List<ContractTariff> own = tariffs.stream().filter(t -> t.provider().equals(assignment.provider())
                && t.productCode().equals(assignment.productCode())).toList();
        Fraction total = Fraction.ZERO;
        for (Days segment : segments(from, to, own)) {
            Fraction quantity = quantity(assignment, segment);
            if (quantity == null) {
                return OptionalLong.empty();
            }
            if (euros) {
                total = total.plus(quantity);
                continue;
            }
            Fraction price = price(assignment.unit(), own, segment.first());
            if (price == null) {
                return OptionalLong.empty();
            }
            total = total.plus(quantity.times(price));
        }
        return OptionalLong.of(total.roundHalfUp());
    }

    /**
     * The days split where a month begins or a tariff begins or ends, so quantity and price are constant per day
     * within each segment.
     */
    private static List<Days> segments(LocalDate from, LocalDate to, List<ContractTariff> tariffs) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(from);
        for (LocalDate month = from.withDayOfMonth(1).plusMonths(1); !month.isAfter(to); month = month.plusMonths(1)) {
            starts.add(month);
        }
        for (ContractTariff tariff : tariffs) {
            if (tariff.validFrom().isAfter(from) && !tariff.validFrom().isAfter(to)) {
                starts.add(tariff.validFrom());
            }
            if (tariff.validTo() != null && !tariff.validTo().isBefore(from) && tariff.validTo().isBefore(to)) {
                starts.add(tariff.validTo().plusDays(1));
            }
        }
        List<LocalDate> list = List.copyOf(starts);
        return IntStream.range(0, list.size()).mapToObj(i -> new Days(list.get(i),
                i + 1 < list.size() ? list.get(i + 1).minusDays(1) : to)).toList();
    }

    /**
     * The quantity of the days of a segment (within one month): in the assignment's unit, or in cents for euros and
     * budgets.
     */
    private static Fraction quantity(RunningAssignment assignment, Days segment) {
        long days = segment.count();
        if (assignment.budgetCents() != null) {
            return overValidity(assignment.budgetCents(), days, assignment, segment.first());
        }
        long volume = assignment.volume();
        return switch (assignment.frequency()) {
            case PER_DAY -> Fraction.of(volume * days, 1);
            case PER_WEEK -> Fraction.of(volume * days, 7);
            case PER_MONTH -> Fraction.of(volume * days, segment.first().lengthOfMonth());
            case TOTAL -> overValidity(volume, days, assignment, segment.first());
            default -> null;
        };
    }

    /**
     * A total spread evenly over the days of the assignment's validity; an open-ended one is taken to be used up by
     * the end of the year.
     */
    private static Fraction overValidity(long total, long days, RunningAssignment assignment, LocalDate day) {
        LocalDate end = assignment.end() != null ? assignment.end() : LocalDate.of(day.getYear(), 12, 31);
        return Fraction.of(total * days, new Days(assignment.start(), end).count());
    }

    /** The price of one unit of the assignment on a day, in cents; null when no usable tariff. */
    private static Fraction price(String unit, List<ContractTariff> tariffs, LocalDate day) {
        ContractTariff tariff = tariffs.stream().filter(t -> t.validOn(day)).findFirst().orElse(null);
        if (tariff == null) {
            return null;
        }
        if (tariff.unit().equals(unit)) {
            return Fraction.of(tariff.tariffCents(), 1);
        }
        if (MINUTE.equals(unit) && HOUR.equals(tariff.unit())) {
            return Fraction.of(tariff.tariffCents(), 60);
        }
        if (HOUR.equals(unit) && MINUTE.equals(tariff.unit())) {
            return Fraction.of(tariff.tariffCents() * 60, 1);
        }
        return null;
    }

    /** An exact non-negative fraction of cents. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

        static Fraction of(long numerator, long denominator) {
            return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator)).reduced();
        }

        Fraction plus(Fraction other) {
            return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator)).reduced();
        }

        Fraction times(Fraction other) {
            return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator))
                    .reduced();
        }

        Fraction reduced() {
            BigInteger gcd = numerator.gcd(denominator);
            return gcd.signum() == 0 || gcd.equals(BigInteger.ONE) ? this
                    : new Fraction(numerator.divide(gcd), denominator.divide(gcd));
        }

        long roundHalfUp() {
            BigInteger[] division = numerator.divideAndRemainder(denominator);
            boolean up = division[1].shiftLeft(1).compareTo(denominator) >= 0;
            return division[0].longValueExact() + (up ? 1 : 0);
        }
    }
}
