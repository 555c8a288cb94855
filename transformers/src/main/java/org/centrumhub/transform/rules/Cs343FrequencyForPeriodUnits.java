package org.centrumhub.transform.rules;

/** CS343: on 315 lines, Eenheid 14, 16, 83 or 84 (ending after 2020 or open) needs Frequentie 2, 4 or 6. */
public final class Cs343FrequencyForPeriodUnits extends FrequencyForPeriodUnits {
    public Cs343FrequencyForPeriodUnits() {
        super("CS343", 315);
    }
}
