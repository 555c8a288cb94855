package org.centrumhub.hub;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.crossmessage.Conversation;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestBsns;
import org.centrumhub.transform.intake.IntakeDecision;

/**
 * Messages about a number of clients whose verdicts depend on the order they are judged in, for the ordering tests.
 * Each client first gets an assignment of two products from {@link #MUNICIPALITY} (JW301). Then the
 * {@link #PROVIDER} sends six rounds about it: starts, a repeat (9074), a stop, a new start, a repeated stop and a
 * second current start (9326). The rounds of three clients at a time are interleaved, so a client's next message is
 * three places behind its last.
 */
public final class ConflictingRounds {
    public static final String MUNICIPALITY = "0935";
    public static final String PROVIDER = "12345678";
    private static final int ROUNDS = 6;
    private static final String STARTS = "Client/StartProducten/StartProduct";
    private static final String STOP = "Client/StopProducten/StopProduct";
    private static final String ASSIGNED = "Client/ToegewezenProducten/ToegewezenProduct";

    private final String assignmentPrefix;
    private final String roundPrefix;
    private final long numberBase;
    private final List<byte[]> assignments = new ArrayList<>();
    private final List<byte[]> conflicts = new ArrayList<>();

    /**
     * @param clients          how many clients (a multiple of three)
     * @param assignmentPrefix the assignments' Identificatie before the client's number
     * @param roundPrefix      the rounds' Identificatie before {@code <round>-<client>}
     * @param numberBase       the first assignment number (each client gets two from it, ten apart per client)
     */
    public ConflictingRounds(int clients, String assignmentPrefix, String roundPrefix, long numberBase) {
        this.assignmentPrefix = assignmentPrefix;
        this.roundPrefix = roundPrefix;
        this.numberBase = numberBase;
        for (int first = 0; first < clients; first += 3) {
            for (int round = 0; round < ROUNDS; round++) {
                for (int client = first; client < first + 3; client++) {
                    if (round == 0) {
                        assignments.add(assignment(client));
                    }
                    conflicts.add(round(round, client));
                }
            }
        }
    }

    /** The municipality's assignments, one per client, to be forwarded before the provider acts. */
    public List<byte[]> assignments() {
        return assignments;
    }

    /** The provider's rounds, interleaved, in the order to send them. */
    public List<byte[]> conflicts() {
        return conflicts;
    }

    /** The verdict (retourcodes) per Identificatie when the rounds are judged one after another, in order. */
    public Map<String, List<String>> oneByOne() {
        Conversation hub = new Conversation("ijw").providersAnswer(false);
        assignments.forEach(message -> hub.decide(message, Party.municipality(MUNICIPALITY)));
        Map<String, List<String>> verdicts = new LinkedHashMap<>();
        for (byte[] message : conflicts) {
            IntakeDecision.Judged judged = (IntakeDecision.Judged) hub.decide(message, Party.provider(PROVIDER));
            verdicts.put(judged.message().identificatie(), judged.retourCodes());
        }
        return verdicts;
    }

    private static String bsn(int client) {
        return TestBsns.nth(800 + client);
    }

    private String number(int client, int product) {
        return String.valueOf(numberBase + client * 10L + product);
    }

    private byte[] assignment(int client) {
        return Fixture.load("ijw/jw301-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", assignmentPrefix + client)
                .set("Client/Bsn", bsn(client))
                .set(ASSIGNED + "[1]/ToewijzingNummer", number(client, 1))
                .set(ASSIGNED + "[2]/ToewijzingNummer", number(client, 2))
                .toBytes();
    }

    private byte[] round(int round, int client) {
        Fixture start = Fixture.load("ijw/jw305-valid.xml").set("Client/Bsn", bsn(client))
                .set(STARTS + "[1]/ToewijzingNummer", number(client, 1))
                .set(STARTS + "[2]/ToewijzingNummer", number(client, 2));
        Fixture stop = Fixture.load("ijw/jw307-valid.xml").set("Client/Bsn", bsn(client))
                .set(STOP + "/ToewijzingNummer", number(client, 1));
        Fixture message = switch (round) {
            case 0, 1 -> start;
            case 2, 4 -> stop;
            case 3 -> start.remove(STARTS + "[2]").set(STARTS + "/Begindatum", "2026-09-05")
                    .set("Header/BerichtIdentificatie/Dagtekening", "2026-09-10");
            default -> start.remove(STARTS + "[1]").set(STARTS + "/Begindatum", "2026-09-10")
                    .set("Header/BerichtIdentificatie/Dagtekening", "2026-09-10");
        };
        return message.set("Header/BerichtIdentificatie/Identificatie", roundPrefix + round + "-" + client).toBytes();
    }
}
