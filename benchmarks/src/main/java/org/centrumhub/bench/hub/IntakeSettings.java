package org.centrumhub.bench.hub;

/**
 * What the intake benchmark sends: its senders (registered providers, each with its own password), the starts (305)
 * per peak and warm-up run (all senders together), the declarations' size (clients, lines per client) and how many
 * each sender sends in the peak run, the length of the paced 305 run and the number of paced declarations, and
 * whether the 25 MB declaration is sent at the end.
 */
public record IntakeSettings(int senders, int starts, int warmUpStarts, int clients, int linesPerClient,
                             int declarationsPerSender, int pacedSeconds, int pacedDeclarations, boolean large) {

    /** The provider of the 25 MB declaration. */
    public static final String LARGE_PROVIDER = "90000099";

    /** The senders' AGB codes: 90000001, 90000002, ... (registered by the benchmark, not in config/parties.yml). */
    public String provider(int index) {
        return String.format("900000%02d", index + 1);
    }
}
