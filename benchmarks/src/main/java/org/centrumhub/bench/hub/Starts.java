package org.centrumhub.bench.hub;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;

/**
 * Starts of care (305) as a provider sends them: the fixture {@code jw305-valid.xml} with one start line and no
 * ToewijzingNummer (task-based), each about a client of its own (the valid test BSNs from a seed on), so every one is
 * accepted, answered, stored and forwarded to its municipality (0935).
 */
public final class Starts {
    private static final String ID = "@ID@";
    private static final String PROVIDER = "@PROVIDER@";
    private static final String BSN = "@BSN@";
    private final String template;
    private int nextSeed;

    public Starts(int firstSeed) {
        this.nextSeed = firstSeed;
        this.template = new String(Fixture.load("ijw/jw305-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", ID)
                .set("Header/Afzender", PROVIDER)
                .set("Client/Bsn", BSN)
                .remove("Client/StartProducten/StartProduct[2]")
                .remove("Client/StartProducten/StartProduct/ToewijzingNummer").toBytes(), StandardCharsets.UTF_8);
    }

    /** The provider's next starts, on clients no start had yet; Identificatie {@code prefix} and a number. */
    public List<Outbound> next(String provider, String prefix, int count) {
        List<Outbound> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = prefix + i;
            if (id.length() > 12) {
                throw new IllegalArgumentException("an Identificatie has at most 12 characters: " + id);
            }
            String bsn;
            do {
                bsn = TestBsns.candidate(nextSeed++);
            } while (bsn == null);
            starts.add(new Outbound(id, template.replace(ID, id).replace(PROVIDER, provider).replace(BSN, bsn)
                    .getBytes(StandardCharsets.UTF_8), 1));
        }
        return starts;
    }
}
