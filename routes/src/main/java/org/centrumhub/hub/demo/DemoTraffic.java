package org.centrumhub.hub.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.schema.Party;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.region.Arrangement;
import org.centrumhub.transform.region.DomainArrangement;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.retour.RetourBuilder;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.ReadOutcome;
import org.centrumhub.transform.xml.XmlElement;

/**
 * A generated month (October 2026) of traffic for the demo region, both domains, in phases that the demo sends one
 * after the other (a start needs its assignment first): the participants' assignments (iJw for all youth-care
 * participants, iWmo for the Wmo participants); the providers' retours on them (one provider rejects an
 * assignment), starts and requests; stops, answers and some faulty messages (an in-message fault, a repeated
 * Identificatie, a start without assignment, a start on the rejected assignment, a spoofed sender, a file that is
 * not XML); then every provider's declaration for October, addressed to the centre and mixing the clients of
 * several participants, a few with faults (a wrong product code, a credit of a line never declared, a repeated
 * declaration, a line on an assignment that never arrives). Seeded, so every demo run is the same.
 */
public final class DemoTraffic {
    /** One message to put on a hub address. */
    public record Send(String queue, byte[] body) {
    }

    /** An assignment the demo made and the provider accepted: what the provider declares on. */
    private record Assigned(Standard domain, String municipality, String provider, String bsn, long number,
                            String product, LocalDate start) {
    }

    private static final Map<Standard, List<String>> PRODUCTS = Map.of(
            Standard.IJW, List.of("45A01", "45A02", "45A03", "45B01", "45C01", "43A01"),
            Standard.IWMO, List.of("02A01", "02A03", "01A01", "15A01"));
    private static final Map<Standard, Integer> CLIENTS_PER_MUNICIPALITY = Map.of(Standard.IJW, 12, Standard.IWMO, 6);
    /** The last providers of the region deliver Wmo support, the others youth care. */
    static final int WMO_PROVIDERS = 10;
    private static final LocalDate MONTH = LocalDate.of(2026, 10, 1);
    private static final YearMonth OCTOBER = YearMonth.from(MONTH);
    private static final long DEFAULT_TARIFF = 6500;

    private DemoTraffic() {
    }

    public static List<List<Send>> month(long seed, HubAddresses addresses, Arrangement region) {
        Random random = new Random(seed);
        Retours retours = new Retours();
        List<DemoRegion.Member> all = DemoRegion.providers();
        List<Send> assignments = new ArrayList<>();
        List<Send> startsAndRequests = new ArrayList<>();
        List<Send> stopsAnswersAndFaults = new ArrayList<>();
        List<Assigned> accepted = new ArrayList<>();
        int clientSeed = 0;
        int id = 0;
        for (Standard domain : List.of(Standard.IJW, Standard.IWMO)) {
            DomainArrangement arranged = region.domain(domain).orElse(null);
            if (arranged == null) {
                continue;
            }
            List<DemoRegion.Member> providers = domain == Standard.IJW ? all.subList(0, all.size() - WMO_PROVIDERS)
                    : all.subList(all.size() - WMO_PROVIDERS, all.size());
            List<String> products = PRODUCTS.get(domain);
            for (int m = 0; m < arranged.participants().size(); m++) {
                String municipality = arranged.participants().get(m).code();
                for (int c = 0; c < CLIENTS_PER_MUNICIPALITY.get(domain); c++) {
                    DemoMessages.Client client = new DemoMessages.Client(bsn(clientSeed++),
                            LocalDate.of(2008 + random.nextInt(10), 1 + random.nextInt(12), 1));
                    String provider = providers.get(random.nextInt(providers.size())).code();
                    long number = 800000L + m * 1000L + c;
                    String product = products.get(random.nextInt(products.size()));
                    LocalDate decided = MONTH.plusDays(random.nextInt(5));
                    LocalDate start = decided.plusDays(1);
                    byte[] assignment = DemoMessages.inStandard(domain, DemoMessages.jw301("D301-" + (++id), decided,
                            municipality, provider, client, number, product, start, MONTH.plusMonths(6).minusDays(1)));
                    assignments.add(new Send(addresses.inbound(Party.municipality(municipality)), assignment));
                    // the provider answers its assignment; the first provider of the region rejects its first one
                    boolean rejected = domain == Standard.IJW && m == 0 && c == 0;
                    startsAndRequests.add(new Send(addresses.inbound(Party.provider(provider)),
                            retours.of(assignment, rejected, "D302-" + (++id), decided.plusDays(1))));
                    if (rejected) {
                        stopsAnswersAndFaults.add(new Send(addresses.inbound(Party.provider(provider)), DemoMessages.jw305(
                                "DF-REJECTED", start.plusDays(2), provider, municipality, client, number, product, start,
                                start)));
                        continue;
                    }
                    accepted.add(new Assigned(domain, municipality, provider, client.bsn(), number, product, start));
                    if (random.nextInt(10) < 9) {
                        LocalDate begin = start.plusDays(random.nextInt(7));
                        startsAndRequests.add(new Send(addresses.inbound(Party.provider(provider)),
                                DemoMessages.inStandard(domain, DemoMessages.jw305("D305-" + (++id), begin.plusDays(2),
                                        provider, municipality, client, number, product, start, begin))));
                        if (random.nextInt(5) == 0) {
                            LocalDate end = begin.plusDays(10 + random.nextInt(10));
                            stopsAnswersAndFaults.add(new Send(addresses.inbound(Party.provider(provider)),
                                    DemoMessages.inStandard(domain, DemoMessages.jw307("D307-" + (++id), end.plusDays(1),
                                            provider, municipality, client, number, product, start, begin, end))));
                        }
                    }
                    if (random.nextInt(6) == 0) {
                        DemoMessages.Client newClient = new DemoMessages.Client(bsn(clientSeed++), LocalDate.of(2012, 5, 1));
                        String reference = "VOT-" + municipality + "-" + c;
                        startsAndRequests.add(new Send(addresses.inbound(Party.provider(provider)),
                                DemoMessages.inStandard(domain, DemoMessages.jw315("D315-" + (++id), MONTH.plusDays(10),
                                        provider, municipality, newClient, reference, product, MONTH.plusMonths(1),
                                        MONTH.plusMonths(4).minusDays(1)))));
                        stopsAnswersAndFaults.add(new Send(addresses.inbound(Party.municipality(municipality)),
                                DemoMessages.inStandard(domain, DemoMessages.jw319("D319-" + (++id), MONTH.plusDays(20),
                                        municipality, provider, reference, random.nextBoolean()))));
                    }
                }
            }
        }
        String centre = region.centre();
        addFaults(stopsAnswersAndFaults, addresses, all.get(0).code(), centre, clientSeed);
        return List.of(assignments, startsAndRequests, stopsAnswersAndFaults,
                declarations(random, addresses, region, accepted));
    }

    /**
     * Every provider's declaration of October, addressed to the centre: per accepted assignment one line (from the
     * assignment's start, or the first, to the 31st; 4 to 12 hours at the contract tariff, or 65.00 without one).
     * Four carry a fault: a line with another product code (9340), a credit of a line never declared (8017), the
     * first declaration sent twice (9056), and a line on an assignment that never arrives (the declaration waits).
     */
    private static List<Send> declarations(Random random, HubAddresses addresses, Arrangement region,
                                           List<Assigned> accepted) {
        Map<String, List<DemoMessages.Line>> byProvider = new LinkedHashMap<>();
        Map<String, Standard> domains = new LinkedHashMap<>();
        for (Assigned a : accepted) {
            String key = a.domain() + ":" + a.provider();
            domains.put(key, a.domain());
            LocalDate begin = a.start().isAfter(MONTH) ? a.start() : MONTH;
            long tariff = region.domain(a.domain()).flatMap(d -> d.tariff(a.provider(), a.product(), begin))
                    .filter(t -> "04".equals(t.unit())).map(t -> t.tariffCents()).orElse(DEFAULT_TARIFF);
            byProvider.computeIfAbsent(key, k -> new ArrayList<>()).add(new DemoMessages.Line(a.bsn(),
                    "R" + a.number() + a.municipality(), null, a.number(), a.product(), begin, OCTOBER.atEndOfMonth(),
                    4 + random.nextInt(9), tariff));
        }
        List<Send> sends = new ArrayList<>();
        int faults = 0;
        LocalDate date = LocalDate.of(2026, 11, 5);
        for (Map.Entry<String, List<DemoMessages.Line>> entry : byProvider.entrySet()) {
            Standard domain = domains.get(entry.getKey());
            String provider = entry.getKey().substring(entry.getKey().indexOf(':') + 1);
            List<DemoMessages.Line> lines = new ArrayList<>(entry.getValue());
            DemoMessages.Line first = lines.get(0);
            if (domain == Standard.IJW && faults < 3) {
                switch (faults++) {
                    case 0 -> lines.add(new DemoMessages.Line(first.bsn(), "RX" + first.assignment(), null,
                            first.assignment(), first.productCode().substring(0, 3) + "99", first.begin(), first.end(),
                            1, first.tariff()));
                    case 1 -> lines.add(new DemoMessages.Line(first.bsn(), "RC" + first.assignment(), "NEVER1",
                            first.assignment(), first.productCode(), first.begin(), first.end(), 1, first.tariff()));
                    default -> lines.add(new DemoMessages.Line(first.bsn(), "RW" + first.assignment(), null, 899999,
                            first.productCode(), MONTH, OCTOBER.atEndOfMonth(), 2, first.tariff()));
                }
            }
            String prefix = domain == Standard.IJW ? "J" : "W";
            String shortCode = prefix + provider.substring(2); // Identificatie and DeclaratieNummer hold 12 characters
            byte[] declaration = DemoMessages.inStandard(domain, DemoMessages.jw323("D323" + shortCode, date,
                    provider, region.centre(), shortCode + "2610", OCTOBER, lines));
            sends.add(new Send(addresses.inbound(Party.provider(provider)), declaration));
            if (sends.size() == 1) {
                sends.add(new Send(addresses.inbound(Party.provider(provider)), declaration));
            }
        }
        return sends;
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
