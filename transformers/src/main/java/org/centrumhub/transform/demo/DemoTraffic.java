package org.centrumhub.transform.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated month (October 2026) of youth-care traffic for the demo region, in phases that the demo sends one
 * after the other (a start needs its assignment first): assignments; starts and requests; stops, answers and some
 * faulty messages (an in-message fault, a repeated Identificatie, a start without assignment, a spoofed sender,
 * a file that is not XML). Seeded, so every demo run is the same.
 */
public final class DemoTraffic {
    /** One message to put on a hub address. */
    public record Send(String queue, byte[] body) {
    }

    private static final int CLIENTS_PER_MUNICIPALITY = 12;
    private static final String[] PRODUCTS = {"45A01", "45A02", "45A03", "45B01", "45C01"};
    private static final LocalDate MONTH = LocalDate.of(2026, 10, 1);

    private DemoTraffic() {
    }

    public static List<List<Send>> month(long seed) {
        Random random = new Random(seed);
        List<DemoRegion.Party> providers = DemoRegion.providers();
        List<Send> assignments = new ArrayList<>();
        List<Send> startsAndRequests = new ArrayList<>();
        List<Send> stopsAnswersAndFaults = new ArrayList<>();
        int clientSeed = 0;
        int id = 0;
        for (int m = 0; m < DemoRegion.MUNICIPALITIES.size(); m++) {
            String municipality = DemoRegion.MUNICIPALITIES.get(m).code();
            for (int c = 0; c < CLIENTS_PER_MUNICIPALITY; c++) {
                DemoMessages.Client client = new DemoMessages.Client(bsn(clientSeed++),
                        LocalDate.of(2008 + random.nextInt(10), 1 + random.nextInt(12), 1));
                String provider = providers.get(random.nextInt(providers.size())).code();
                long number = 800000L + m * 1000L + c;
                String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                LocalDate decided = MONTH.plusDays(random.nextInt(5));
                LocalDate start = decided.plusDays(1);
                assignments.add(new Send("hub.from-municipality." + municipality, DemoMessages.jw301("D301-" + (++id),
                        decided, municipality, provider, client, number, product, start, MONTH.plusMonths(6).minusDays(1))));
                if (random.nextInt(10) < 9) {
                    LocalDate begin = start.plusDays(random.nextInt(7));
                    startsAndRequests.add(new Send("hub.from-provider." + provider, DemoMessages.jw305("D305-" + (++id),
                            begin.plusDays(2), provider, municipality, client, number, product, start, begin)));
                    if (random.nextInt(5) == 0) {
                        LocalDate end = begin.plusDays(10 + random.nextInt(10));
                        stopsAnswersAndFaults.add(new Send("hub.from-provider." + provider, DemoMessages.jw307(
                                "D307-" + (++id), end.plusDays(1), provider, municipality, client, number, product,
                                start, begin, end)));
                    }
                }
                if (random.nextInt(6) == 0) {
                    DemoMessages.Client newClient = new DemoMessages.Client(bsn(clientSeed++), LocalDate.of(2012, 5, 1));
                    String reference = "VOT-" + municipality + "-" + c;
                    startsAndRequests.add(new Send("hub.from-provider." + provider, DemoMessages.jw315("D315-" + (++id),
                            MONTH.plusDays(10), provider, municipality, newClient, reference, product,
                            MONTH.plusMonths(1), MONTH.plusMonths(4).minusDays(1))));
                    stopsAnswersAndFaults.add(new Send("hub.from-municipality." + municipality, DemoMessages.jw319(
                            "D319-" + (++id), MONTH.plusDays(20), municipality, provider, reference, random.nextBoolean())));
                }
            }
        }
        addFaults(stopsAnswersAndFaults, providers.get(0).code(), DemoRegion.MUNICIPALITIES.get(0).code(), clientSeed);
        return List.of(assignments, startsAndRequests, stopsAnswersAndFaults);
    }

    /** A handful of faulty messages, each answered or refused the way the standard and the hub say. */
    private static void addFaults(List<Send> sends, String provider, String municipality, int clientSeed) {
        String queue = "hub.from-provider." + provider;
        DemoMessages.Client client = new DemoMessages.Client(bsn(clientSeed), LocalDate.of(2011, 3, 1));
        String badBsn = client.bsn().substring(0, 8) + ((client.bsn().charAt(8) - '0' + 1) % 10);
        sends.add(new Send(queue, DemoMessages.jw305("DF-BSN", MONTH.plusDays(12), provider, municipality,
                new DemoMessages.Client(badBsn, client.born()), 999001, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send(queue, DemoMessages.jw305("DF-NOASSIGN", MONTH.plusDays(12), provider, municipality, client,
                999002, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send(queue, DemoMessages.jw305("DF-NOASSIGN", MONTH.plusDays(12), provider, municipality, client,
                999002, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send("hub.from-provider." + DemoRegion.providers().get(1).code(), DemoMessages.jw305("DF-SPOOF",
                MONTH.plusDays(12), provider, municipality, client, 999003, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send(queue, "%PDF-1.4 this is not a message".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The seed-th test BSN 99nnnnnnc that passes the eleven-test. */
    static String bsn(int seed) {
        for (int candidate = seed * 2; ; candidate++) {
            String prefix = String.format("99%06d", candidate);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (prefix.charAt(i) - '0') * (9 - i);
            }
            if (sum % 11 != 10) {
                return prefix + sum % 11;
            }
        }
    }
}
