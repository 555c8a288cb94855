package org.centrumhub.transform.rules;

/** CS338: on 301 and 317 lines, Eenheid 14, 16, 83 or 84 (ending after 2020 or open) needs Frequentie 2, 4 or 6. */
public final class Cs338FrequencyForPeriodUnits extends FrequencyForPeriodUnits {
    public Cs338FrequencyForPeriodUnits() {
        super("CS338", 301, 317);
    }
}
