package org.centrumhub.transform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.crossmessage.Conversation;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.retour.RetourBuilder;
import org.junit.jupiter.api.Test;

class IntakeTest {
    private static final Party PROVIDER = Party.provider("12345678");
    private static final Party MUNICIPALITY = Party.municipality("0935");
    private final Conversation hub = new Conversation("ijw").known(Set.of("0935", "12345678"));

    private IntakeDecision decide(byte[] document, Party from) {
        return hub.decide(document, from);
    }

    private IntakeDecision.Judged judged(byte[] document, Party from) {
        IntakeDecision decision = decide(document, from);
        assertThat(decision).isInstanceOf(IntakeDecision.Judged.class);
        return (IntakeDecision.Judged) decision;
    }

    @Test
    void repeatedIdentificatieIsRejectedWith9056() {
        judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        judged(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        IntakeDecision.Judged again = judged(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        assertThat(again.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(again.findings()).extracting(Finding::retourCode).containsExactly("9056");
        assertThat(again.answer().orElseThrow().headerCodes()).contains("9056");
    }

    @Test
    void aMessageRejectedOnAnInMessageRuleCountsAsNeverSent() {
        judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        byte[] faulty = Fixture.load("ijw/jw305-valid.xml").set("Client/Bsn", "999900019").toBytes();
        assertThat(judged(faulty, PROVIDER).outcome()).isEqualTo(Outcome.INVALID);
        IntakeDecision.Judged resent = judged(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        assertThat(resent.outcome()).as("OP286: the corrected message may reuse the Identificatie").isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void acceptedStartIsAnsweredWithAnEmptyRetourAndForwarded() {
        judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        IntakeDecision.Judged judged = judged(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        assertThat(judged.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(judged.answer().orElseThrow().type()).isEqualTo(MessageType.JW306);
        assertThat(judged.answer().orElseThrow().headerCodes()).isEmpty();
    }

    @Test
    void inMessageFaultIsAnsweredWith0001AndNotForwarded() {
        byte[] bad = Fixture.load("iwmo/wmo307-valid.xml").set("Client/Bsn", "999900019").toBytes();
        IntakeDecision.Judged judged = judged(bad, PROVIDER);
        assertThat(judged.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(judged.outcome().passedOn()).isFalse();
        assertThat(judged.answer().orElseThrow().headerCodes()).containsExactly("0001");
    }

    /** A declaration on an assignment the hub forwarded: judged line by line, granted in full, answered 8001. */
    @Test
    void aDeclarationOnKnownAssignmentsIsGrantedInFullWith8001() {
        byte[] declaration = declarationOnTheFixturesAssignment("D-OK");
        judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        IntakeDecision.Judged judged = judged(declaration, PROVIDER);
        assertThat(judged.outcome()).isEqualTo(Outcome.ACCEPTED);
        String answer = new String(judged.answer().orElseThrow().xml(), StandardCharsets.UTF_8);
        assertThat(answer).contains("<jw325:RetourCode>8001</jw325:RetourCode>").doesNotContain("Clienten");
        assertThat(judged.changes()).hasSize(1);
    }

    /** A repeated Identificatie (TR056) rejects the header: nothing granted, never 8001. */
    @Test
    void aRepeatedDeclarationIsAnswered9056WithNothingGranted() {
        judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        byte[] declaration = declarationOnTheFixturesAssignment("D-TWICE");
        assertThat(judged(declaration, PROVIDER).outcome()).isEqualTo(Outcome.ACCEPTED);
        IntakeDecision.Judged again = judged(declaration, PROVIDER);
        assertThat(again.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(again.answer().orElseThrow().headerCodes()).containsExactly("9056");
        String answer = new String(again.answer().orElseThrow().xml(), StandardCharsets.UTF_8);
        assertThat(answer).doesNotContain("8001").contains("<jw325:RetourCode>0233</jw325:RetourCode>")
                .containsPattern("TotaalToegekendBedrag>\\s*<ijw:TotaalBedrag>0<");
        assertThat(again.changes()).isEmpty();
    }

    /** A declaration with one faulty line: that line rejected, the rest granted and passed on (PARTIAL). */
    @Test
    void aDeclarationWithOneFaultyLineIsPartlyGranted() {
        judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        byte[] declaration = Fixture.load("ijw/jw323-valid.xml")
                .set("Header/BerichtIdentificatie/Identificatie", "D-PART")
                .set("Declaratie/Clienten/Client[1]/Bsn", fixtureBsn()).toBytes();
        IntakeDecision.Judged judged = judged(declaration, PROVIDER);
        assertThat(judged.outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(judged.outcome().passedOn()).isTrue();
        assertThat(judged.declaration().orElseThrow().grantedLines()).isNotEmpty();
        assertThat(judged.declaration().orElseThrow().rejectedLines()).isNotEmpty();
    }

    private static String fixtureBsn() {
        return Fixture.load("ijw/jw301-valid.xml").text("Client/Bsn");
    }

    /** The 323 fixture's first client's first line on the 301 fixture's first assignment, alone. */
    private static byte[] declarationOnTheFixturesAssignment(String identificatie) {
        Fixture assignment = Fixture.load("ijw/jw301-valid.xml");
        String product = "Client/ToegewezenProducten/ToegewezenProduct[1]";
        org.centrumhub.transform.fixtures.DeclarationDoc.Line line =
                org.centrumhub.transform.fixtures.DeclarationDoc.Line.debit("OK-1",
                        Long.parseLong(assignment.text(product + "/ToewijzingNummer")),
                        assignment.text(product + "/Product/Categorie"), assignment.text(product + "/Product/Code"),
                        java.time.YearMonth.of(2026, 10), 1, 6500);
        return org.centrumhub.transform.fixtures.DeclarationDoc.ijw("12345678", "0935").identificatie(identificatie)
                .number(identificatie.replace("-", "")).line(assignment.text("Client/Bsn"), line).bytes();
    }

    @Test
    void rejectedDeclarationGetsTheHeaderOnly325() {
        byte[] bad = Fixture.load("ijw/jw323-valid.xml").set("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "1").toBytes();
        IntakeDecision.Judged judged = judged(bad, PROVIDER);
        assertThat(judged.answer().orElseThrow().type()).isEqualTo(MessageType.JW325);
        assertThat(judged.answer().orElseThrow().headerCodes()).containsExactly("0001");
    }

    @Test
    void anAssignmentIsForwardedUnansweredAndTheProvidersRetourIsRelayed() {
        hub.providersAnswer(false);
        IntakeDecision.Judged assignment = judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        assertThat(assignment.outcome()).isEqualTo(Outcome.FORWARDED);
        assertThat(assignment.answer()).as("the provider is the receiver: it answers").isEmpty();
        assertThat(assignment.changes()).isNotEmpty();

        IntakeDecision relayed = hub.providerAnswers(assignment, List.of());
        assertThat(relayed).isInstanceOfSatisfying(IntakeDecision.Judged.class, retour -> {
            assertThat(retour.outcome()).isEqualTo(Outcome.RELAYED);
            assertThat(retour.message().type()).isEqualTo(MessageType.JW302);
            assertThat(retour.answer()).isEmpty();
            assertThat(retour.inReplyTo()).isPresent();
        });
        IntakeDecision again = hub.providerAnswers(assignment, List.of());
        assertThat(again).as("one retour per message").isInstanceOfSatisfying(IntakeDecision.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.UNMATCHED_RETOUR));
    }

    @Test
    void anAssignmentWithAnInMessageFaultIsAnsweredByTheHubAndNotForwarded() {
        byte[] bad = Fixture.load("ijw/jw301-valid.xml").set("Client/Bsn", "999900019").toBytes();
        IntakeDecision.Judged judged = judged(bad, MUNICIPALITY);
        assertThat(judged.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(judged.answer().orElseThrow().type()).isEqualTo(MessageType.JW302);
        assertThat(judged.answer().orElseThrow().headerCodes()).containsExactly("0001");
        assertThat(judged.changes()).isEmpty();
    }

    @Test
    void anAssignmentTheProviderRejectedIsNotCurrentOneNotYetAnsweredIs() {
        hub.providersAnswer(false);
        IntakeDecision.Judged assignment = judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        byte[] start = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "S1").toBytes();
        assertThat(judged(start, PROVIDER).outcome()).as("an unanswered assignment is current").isEqualTo(Outcome.ACCEPTED);

        hub.providerAnswers(assignment, List.of(new Finding(Level.RULES, "TR332", "9332",
                "/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/ToewijzingNummer", "provider's verdict")));
        byte[] later = Fixture.load("ijw/jw305-valid.xml").set("Header/BerichtIdentificatie/Identificatie", "S2")
                .set("Client/StartProducten/StartProduct[1]/Begindatum", "2026-06-05").toBytes();
        assertThat(judged(later, PROVIDER).retourCodes()).as("a rejected assignment links nothing").contains("9019");
    }

    @Test
    void aRetourThatAnswersNothingIsRefused() {
        IntakeDecision.Judged assignment = judged(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        byte[] stray = new RetourBuilder().build(assignment.message(), List.of(),
                new AnswerHeader("P302-X", LocalDate.of(2026, 6, 1), "1.0.0")).xml();
        byte[] otherId = new String(stray, StandardCharsets.UTF_8)
                .replace(assignment.message().identificatie(), "NOSUCH301").getBytes(StandardCharsets.UTF_8);
        assertThat(decide(otherId, PROVIDER)).isInstanceOfSatisfying(IntakeDecision.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.UNMATCHED_RETOUR));
    }

    @Test
    void theHubsOwnRetoursAreNotAPartysToSend() {
        IntakeDecision.Judged start = judged(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        byte[] retour = start.answer().orElseThrow().xml();
        assertThat(decide(retour, MUNICIPALITY)).isInstanceOfSatisfying(IntakeDecision.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.UNEXPECTED_TYPE));
    }

    @Test
    void spoofedAfzenderIsRefused() {
        IntakeDecision decision = decide(Fixture.bytes("ijw/jw305-valid.xml"), Party.provider("87654321"));
        assertThat(decision).isInstanceOfSatisfying(IntakeDecision.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.WRONG_SENDER));
    }

    @Test
    void municipalityMayNotSendAStart() {
        IntakeDecision decision = decide(Fixture.bytes("ijw/jw305-valid.xml"), MUNICIPALITY);
        assertThat(decision).isInstanceOfSatisfying(IntakeDecision.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.UNEXPECTED_TYPE));
    }

    @Test
    void unknownReceiverIsRefused() {
        byte[] other = Fixture.load("ijw/jw301-valid.xml").set("Header/Ontvanger", "99999999").toBytes();
        IntakeDecision decision = decide(other, MUNICIPALITY);
        assertThat(decision).isInstanceOfSatisfying(IntakeDecision.Refused.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.UNKNOWN_RECEIVER));
    }

    @Test
    void garbageIsRefusedWithItsTransportCode() {
        IntakeDecision decision = decide("not xml".getBytes(StandardCharsets.UTF_8), PROVIDER);
        assertThat(decision).isInstanceOfSatisfying(IntakeDecision.Refused.class, refused -> {
            assertThat(refused.code()).isEqualTo(ErrorCode.NOT_WELL_FORMED);
            assertThat(refused.reason()).isNotBlank();
        });
    }

    @Test
    void lockKeysNameTheClientByKeyAndTheMessageByItsBusinessKey() {
        IntakeDecision.Judged start = judged(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        assertThat(Intake.lockKeys(start.message(), hub.state())).containsExactly(
                "message:12345678:438:" + start.message().identificatie(),
                "client:" + hub.state().clientKey(start.message().root().text("Client/Bsn").orElseThrow()));
    }
}
