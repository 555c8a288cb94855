package org.centrumhub.transform.crossmessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centrumhub.transform.crossmessage.Conversation.MUNICIPALITY;
import static org.centrumhub.transform.crossmessage.Conversation.PROVIDER;
import static org.centrumhub.transform.crossmessage.Conversation.retourCodes;

import org.centrumhub.schema.Party;
import org.centrumhub.transform.fixtures.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request, request-for-change and answer rules as conversations (both standards): the 301 fixture assigns
 * 700101 (code, weekly hours) and 700102 (category only, Budget) to client 999900018; the 317 fixture keeps 700102,
 * changes 700101 from 2026-09-01 and adds a new product; the 319 fixture rejects that VOW.
 */
public class RequestRulesTest {

    /** The conversation under test: in memory here, overridden by the hub's tests to use its database store. */
    protected Conversation conversation(String standard) {
        return new Conversation(standard);
    }
    private static final String VERZOEK = "Client/Verzoek";
    private static final String UNCHANGED = VERZOEK + "/OngewijzigdeProducten/OngewijzigdProduct";
    private static final String CHANGE = VERZOEK + "/TeWijzigenProducten/TeWijzigenProduct";
    private static final String NEW = VERZOEK + "/NieuweProducten/NieuwProduct";

    private Conversation assigned(String standard) {
        Conversation hub = conversation(standard);
        hub.accepted(hub.fixture(301), MUNICIPALITY);
        return hub;
    }

    private static Fixture vow(Conversation hub, String reference) {
        return hub.fixture(317).set(VERZOEK + "/ReferentieAanbieder", reference);
    }

    private static Fixture answer(Conversation hub, String reference, String verdict) {
        Fixture answer = hub.fixture(319).set("Antwoord/ReferentieAanbieder", reference)
                .set("Antwoord/VerzoekAntwoord", verdict);
        if ("2".equals(verdict)) {
            answer.remove("Antwoord/RedenAfwijzingVerzoek");
            if (answer.has("Antwoord/Woonplaatsbeginsel")) {
                answer.remove("Antwoord/Woonplaatsbeginsel");
            }
        }
        return answer;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void referenceIsUniqueAndOneRequestAtATime(String standard) {
        Conversation hub = assigned(standard);
        hub.accepted(vow(hub, "VOW-1"), PROVIDER);
        assertThat(retourCodes(hub.send(vow(hub, "VOW-1"), PROVIDER))).containsExactly("9347");
        assertThat(retourCodes(hub.send(vow(hub, "VOW-2"), PROVIDER))).containsExactly("9374");
        hub.accepted(answer(hub, "VOW-1", "1"), MUNICIPALITY);
        hub.accepted(vow(hub, "VOW-2"), PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void answersFollowTheirRequest(String standard) {
        Conversation hub = assigned(standard);
        assertThat(retourCodes(hub.send(answer(hub, "VOW-9", "1"), MUNICIPALITY))).containsExactly("9355");
        hub.accepted(vow(hub, "VOW-3"), PROVIDER);
        hub.accepted(answer(hub, "VOW-3", "2"), MUNICIPALITY);
        assertThat(retourCodes(hub.send(answer(hub, "VOW-3", "2"), MUNICIPALITY))).containsExactly("9360");
        hub.accepted(answer(hub, "VOW-3", "1"), MUNICIPALITY);
        assertThat(retourCodes(hub.send(answer(hub, "VOW-3", "1"), MUNICIPALITY))).containsExactly("9365");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void assignmentHonoursARequestOnceAndEndsItsAnswers(String standard) {
        Conversation hub = assigned(standard);
        assertThat(retourCodes(hub.send(hub.fixture(301).insertAfter("Client/ToegewezenProducten/ToegewezenProduct[1]"
                + "/ToewijzingNummer", "ReferentieAanbieder", "VOW-4"), MUNICIPALITY))).containsExactly("9379");
        hub.accepted(vow(hub, "VOW-4"), PROVIDER);
        hub.accepted(hub.fixture(301).insertAfter("Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer",
                "ReferentieAanbieder", "VOW-4"), MUNICIPALITY);
        assertThat(retourCodes(hub.send(answer(hub, "VOW-4", "1"), MUNICIPALITY))).containsExactly("9359");
        hub.accepted(vow(hub, "VOW-5"), PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void vowListsCurrentAssignmentsOfItsClient(String standard) {
        Conversation hub = assigned(standard);
        assertThat(retourCodes(hub.send(vow(hub, "VOW-6").remove(VERZOEK + "/OngewijzigdeProducten"), PROVIDER)))
                .containsExactly("9349");
        assertThat(retourCodes(hub.send(vow(hub, "VOW-7").set(UNCHANGED + "/ToewijzingNummer", "700199"), PROVIDER)))
                .contains("9350");
        assertThat(retourCodes(hub.send(vow(hub, "VOW-8").set(CHANGE + "/ToewijzingNummer", "700199"), PROVIDER)))
                .contains("9351");
        Fixture otherClient = hub.fixture(301).set("Client/Bsn", "999900031")
                .remove("Client/ToegewezenProducten/ToegewezenProduct[2]")
                .set("Client/ToegewezenProducten/ToegewezenProduct/ToewijzingNummer", "700301");
        hub.accepted(otherClient, MUNICIPALITY);
        assertThat(retourCodes(hub.send(vow(hub, "VOW-9").set(UNCHANGED + "/ToewijzingNummer", "700301"), PROVIDER)))
                .contains("8187");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void changesRespectTheAssignment(String standard) {
        Conversation hub = assigned(standard);
        assertThat(retourCodes(hub.send(vow(hub, "VOW-10").set(CHANGE + "/GewensteIngangsdatum", "2026-08-01"),
                PROVIDER))).containsExactly("9357");
        Fixture budgetFromSeptember = vow(hub, "VOW-11").set(UNCHANGED + "/ToewijzingNummer", "700101")
                .set(CHANGE + "/ToewijzingNummer", "700102").remove(CHANGE + "/Omvang").append(CHANGE, "Budget", "300000");
        assertThat(retourCodes(hub.send(budgetFromSeptember, PROVIDER))).containsExactly("9373");
        Fixture categoryWithOmvang = vow(hub, "VOW-12").set(UNCHANGED + "/ToewijzingNummer", "700101")
                .set(CHANGE + "/ToewijzingNummer", "700102");
        assertThat(retourCodes(hub.send(categoryWithOmvang, PROVIDER))).containsExactly("9412");
        Fixture codeWithoutOmvang = vow(hub, "VOW-13").remove(CHANGE + "/Omvang").append(CHANGE, "Budget", "1000");
        assertThat(retourCodes(hub.send(codeWithoutOmvang, PROVIDER))).contains("9411");
        Fixture newOverlapsUnchanged = vow(hub, "VOW-14").set(UNCHANGED + "/ToewijzingNummer", "700101")
                .set(CHANGE + "/ToewijzingNummer", "700102").remove(CHANGE + "/Omvang")
                .set(NEW + "/Product/Code", standard.equals("ijw") ? "45A01" : "02A01");
        assertThat(retourCodes(hub.send(newOverlapsUnchanged, PROVIDER))).containsExactly("9361");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void changeOfAnAssignmentWithoutProductHasNoOmvang(String standard) {
        Conversation hub = conversation(standard);
        hub.accepted(hub.fixture(301).remove("Client/ToegewezenProducten/ToegewezenProduct[2]/Product"), MUNICIPALITY);
        Fixture change = vow(hub, "VOW-15").set(UNCHANGED + "/ToewijzingNummer", "700101")
                .set(CHANGE + "/ToewijzingNummer", "700102");
        assertThat(retourCodes(hub.send(change, PROVIDER))).containsExactly("9375");
    }

    /** A 301 assigned on the given date that honours a request: its reference on the first {@code lines} lines. */
    private static Fixture honour(Conversation hub, String reference, String date, int lines) {
        Fixture assignment = hub.fixture(301).set("Header/BerichtIdentificatie/Dagtekening", date);
        for (int line = 1; line <= 2; line++) {
            String product = "Client/ToegewezenProducten/ToegewezenProduct[" + line + "]";
            assignment.set(product + "/Toewijzingsdatum", date);
            if (line <= lines) {
                assignment.insertAfter(product + "/ToewijzingNummer", "ReferentieAanbieder", reference);
            }
        }
        return assignment;
    }

    /** A 301 that honours a request for change: its reference on every line (IV097). */
    private static Fixture honour(Conversation hub, String reference, String date) {
        return honour(hub, reference, date, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void theLatestAssignedVersionIsCurrentNotTheLatestToArrive(String standard) {
        Conversation hub = conversation(standard);
        String budget = "Client/ToegewezenProducten/ToegewezenProduct[2]";
        hub.accepted(hub.fixture(301).set("Header/BerichtIdentificatie/Dagtekening", "2026-07-01")
                .set(budget + "/Toewijzingsdatum", "2026-07-01").set(budget + "/Einddatum", "2026-07-31"), MUNICIPALITY);
        // the first version, assigned on 2026-05-28 with an end in November, arrives late (IV013: it does not win)
        hub.accepted(hub.fixture(301), MUNICIPALITY);
        assertThat(retourCodes(hub.send(vow(hub, "VOW-V"), PROVIDER))).as("700102 ended on 2026-07-31").contains("9350");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void anAssignmentKeepsEveryRequestItHonoured(String standard) {
        Conversation hub = assigned(standard);
        hub.accepted(vow(hub, "VOW-A"), PROVIDER);
        hub.accepted(honour(hub, "VOW-A", "2026-08-15"), MUNICIPALITY);
        hub.accepted(vow(hub, "VOW-B"), PROVIDER);
        hub.accepted(honour(hub, "VOW-B", "2026-08-20"), MUNICIPALITY);
        hub.accepted(vow(hub, "VOW-C"), PROVIDER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void theRequestReferenceGoesOnTheFirstHonouringAssignmentOnly(String standard) {
        Conversation hub = assigned(standard);
        hub.accepted(vow(hub, "VOW-R"), PROVIDER);
        hub.accepted(honour(hub, "VOW-R", "2026-08-15", 1), MUNICIPALITY);
        assertThat(retourCodes(hub.send(honour(hub, "VOW-R", "2026-08-16", 1), MUNICIPALITY)))
                .as("a later 301 for the same assignment leaves the reference out").containsExactly("9379");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void anAnswerComesFromTheMunicipalityThatWasAsked(String standard) {
        Conversation hub = assigned(standard);
        hub.accepted(vow(hub, "VOW-M"), PROVIDER);
        Fixture otherMunicipality = answer(hub, "VOW-M", "1").set("Header/Afzender", "0917");
        assertThat(retourCodes(hub.send(otherMunicipality, Party.municipality("0917")))).containsExactly("9355");
    }
}
