package org.centrumhub.hub.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.retour.RetourBuilder;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.ReadOutcome;
import org.centrumhub.transform.xml.XmlElement;

/**
 * A generated month (October 2026) of youth-care traffic for the demo region, in phases that the demo sends one
 * after the other (a start needs its assignment first): the municipalities' assignments; the providers' retours on
 * them (one provider rejects an assignment), starts and requests; stops, answers and some faulty messages (an
 * in-message fault, a repeated Identificatie, a start without assignment, a start on the rejected assignment, a
 * spoofed sender, a file that is not XML). Seeded, so every demo run is the same.
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

    public static List<List<Send>> month(long seed, HubAddresses addresses) {
        Random random = new Random(seed);
        Retours retours = new Retours();
        List<DemoRegion.Member> providers = DemoRegion.providers();
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
                byte[] assignment = DemoMessages.jw301("D301-" + (++id), decided, municipality, provider, client, number,
                        product, start, MONTH.plusMonths(6).minusDays(1));
                assignments.add(new Send(addresses.inbound(Party.municipality(municipality)), assignment));
                // the provider answers its assignment; the first provider of the region rejects its first one
                boolean rejected = m == 0 && c == 0;
                startsAndRequests.add(new Send(addresses.inbound(Party.provider(provider)),
                        retours.of(assignment, rejected, "D302-" + (++id), decided.plusDays(1))));
                if (rejected) {
                    stopsAnswersAndFaults.add(new Send(addresses.inbound(Party.provider(provider)), DemoMessages.jw305(
                            "DF-REJECTED", start.plusDays(2), provider, municipality, client, number, product, start,
                            start)));
                } else if (random.nextInt(10) < 9) {
                    LocalDate begin = start.plusDays(random.nextInt(7));
                    startsAndRequests.add(new Send(addresses.inbound(Party.provider(provider)), DemoMessages.jw305("D305-" + (++id),
                            begin.plusDays(2), provider, municipality, client, number, product, start, begin)));
                    if (random.nextInt(5) == 0) {
                        LocalDate end = begin.plusDays(10 + random.nextInt(10));
                        stopsAnswersAndFaults.add(new Send(addresses.inbound(Party.provider(provider)), DemoMessages.jw307(
                                "D307-" + (++id), end.plusDays(1), provider, municipality, client, number, product,
                                start, begin, end)));
                    }
                }
                if (random.nextInt(6) == 0) {
                    DemoMessages.Client newClient = new DemoMessages.Client(bsn(clientSeed++), LocalDate.of(2012, 5, 1));
                    String reference = "VOT-" + municipality + "-" + c;
                    startsAndRequests.add(new Send(addresses.inbound(Party.provider(provider)), DemoMessages.jw315("D315-" + (++id),
                            MONTH.plusDays(10), provider, municipality, newClient, reference, product,
                            MONTH.plusMonths(1), MONTH.plusMonths(4).minusDays(1))));
                    stopsAnswersAndFaults.add(new Send(addresses.inbound(Party.municipality(municipality)), DemoMessages.jw319(
                            "D319-" + (++id), MONTH.plusDays(20), municipality, provider, reference, random.nextBoolean())));
                }
            }
        }
        addFaults(stopsAnswersAndFaults, addresses, providers.get(0).code(), DemoRegion.MUNICIPALITIES.get(0).code(),
                clientSeed);
        return List.of(assignments, startsAndRequests, stopsAnswersAndFaults);
    }

    /** A handful of faulty messages, each answered or refused the way the standard and the hub say. */
    private static void addFaults(List<Send> sends, HubAddresses addresses, String provider, String municipality,
                                  int clientSeed) {
        String queue = addresses.inbound(Party.provider(provider));
        DemoMessages.Client client = new DemoMessages.Client(bsn(clientSeed), LocalDate.of(2011, 3, 1));
        String badBsn = client.bsn().substring(0, 8) + ((client.bsn().charAt(8) - '0' + 1) % 10);
        sends.add(new Send(queue, DemoMessages.jw305("DF-BSN", MONTH.plusDays(12), provider, municipality,
                new DemoMessages.Client(badBsn, client.born()), 999001, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send(queue, DemoMessages.jw305("DF-NOASSIGN", MONTH.plusDays(12), provider, municipality, client,
                999002, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send(queue, DemoMessages.jw305("DF-NOASSIGN", MONTH.plusDays(12), provider, municipality, client,
                999002, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send(addresses.inbound(Party.provider(DemoRegion.providers().get(1).code())), DemoMessages.jw305("DF-SPOOF",
                MONTH.plusDays(12), provider, municipality, client, 999003, "45A01", MONTH, MONTH.plusDays(3))));
        sends.add(new Send(queue, "%PDF-1.4 this is not a message".getBytes(StandardCharsets.US_ASCII)));
    }

    /** A provider's own retour on an assignment: accepting, or rejecting its line as a number already in use. */
    private static final class Retours {
        private final MessageReader reader = new MessageReader(MessageReader.DEFAULT_MAX_BYTES);
        private final RetourBuilder builder = new RetourBuilder();

        byte[] of(byte[] assignment, boolean rejected, String identificatie, LocalDate date) {
            ReadOutcome read = reader.read(assignment);
            Message message = new Message(read.type().orElseThrow(), read.root().orElseThrow());
            List<Finding> verdict = List.of();
            if (rejected) {
                XmlElement number = message.root().all("Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer").get(0);
                verdict = List.of(new Finding(Level.RULES, "TR332", "9332", number.path(),
                        "the provider already knows this ToewijzingNummer for another client"));
            }
            return builder.build(message, verdict, new AnswerHeader(identificatie, date, "1.0.0")).xml();
        }
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
