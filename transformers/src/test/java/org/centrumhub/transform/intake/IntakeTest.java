package org.centrumhub.transform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.crossmessage.CrossMessageRules;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.fixtures.InMemoryHubState;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.retour.RetourBuilder;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.api.Test;

class IntakeTest {
    private static final Party PROVIDER = Party.provider("12345678");
    private static final Party MUNICIPALITY = Party.municipality("0935");
    private final Intake intake = new Intake(
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK),
            CrossMessageRules.standard(TestClock.CLOCK));
    private final InMemoryHubState state = new InMemoryHubState();

    private final Set<String> received = new HashSet<>();

    private IntakeDecision decide(byte[] document, Party from) {
        return intake.decide(document, from, new IntakeContext() {
            @Override
            public boolean isKnown(Party.Role role, String code) {
                return Set.of("0935", "12345678").contains(code);
            }

            @Override
            public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
                return !received.add(sender + "/" + type + "/" + identificatie);
            }

            @Override
            public HubState state() {
                return state;
            }

            @Override
            public AnswerHeader answerHeader() {
                return new AnswerHeader("CH0000000001", LocalDate.of(2026, 11, 22), "1.0.0");
            }
        });
    }

    @Test
    void repeatedIdentificatieIsRejectedWith9056() {
        state.apply(((IntakeDecision.Judged) decide(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY)).changes(), UUID.randomUUID());
        decide(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        IntakeDecision.Judged again = (IntakeDecision.Judged) decide(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        assertThat(again.accepted()).isFalse();
        assertThat(again.findings()).extracting(f -> f.retourCode()).containsExactly("9056");
        assertThat(again.answer().orElseThrow().headerCodes()).contains("9056");
    }

    @Test
    void acceptedStartIsAnsweredWithAnEmptyRetourAndForwarded() {
        state.apply(((IntakeDecision.Judged) decide(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY)).changes(), UUID.randomUUID());
        IntakeDecision.Judged judged = (IntakeDecision.Judged) decide(Fixture.bytes("ijw/jw305-valid.xml"), PROVIDER);
        assertThat(judged.accepted()).isTrue();
        assertThat(judged.answer().orElseThrow().type()).isEqualTo(MessageType.JW306);
        assertThat(judged.answer().orElseThrow().headerCodes()).isEmpty();
    }

    @Test
    void inMessageFaultIsAnsweredWith0001AndNotForwarded() {
        byte[] bad = Fixture.load("iwmo/wmo307-valid.xml").set("Client/Bsn", "999900019").toBytes();
        IntakeDecision.Judged judged = (IntakeDecision.Judged) decide(bad, PROVIDER);
        assertThat(judged.accepted()).isFalse();
        assertThat(judged.answer().orElseThrow().headerCodes()).containsExactly("0001");
    }

    @Test
    void acceptedDeclarationWaitsForJudgingWithoutAnswer() {
        IntakeDecision.Judged judged = (IntakeDecision.Judged) decide(Fixture.bytes("ijw/jw323-valid.xml"), PROVIDER);
        assertThat(judged.accepted()).isTrue();
        assertThat(judged.answer()).isEmpty();
    }

    @Test
    void rejectedDeclarationGetsTheHeaderOnly325() {
        byte[] bad = Fixture.load("ijw/jw323-valid.xml").set("Declaratie/TotaalIngediendBedrag/TotaalBedrag", "1").toBytes();
        IntakeDecision.Judged judged = (IntakeDecision.Judged) decide(bad, PROVIDER);
        assertThat(judged.answer().orElseThrow().type()).isEqualTo(MessageType.JW325);
        assertThat(judged.answer().orElseThrow().headerCodes()).containsExactly("0001");
    }

    @Test
    void providersRetourIsKeptButNotForwarded() {
        IntakeDecision.Judged assignment = (IntakeDecision.Judged) decide(Fixture.bytes("ijw/jw301-valid.xml"), MUNICIPALITY);
        assertThat(assignment.forwarded()).isTrue();
        byte[] providersRetour = new RetourBuilder().build(assignment.message(), List.of(),
                new AnswerHeader("P302-1", LocalDate.of(2026, 6, 1), "1.0.0")).xml();
        IntakeDecision.Judged retour = (IntakeDecision.Judged) decide(providersRetour, PROVIDER);
        assertThat(retour.message().type()).isEqualTo(MessageType.JW302);
        assertThat(retour.accepted()).isTrue();
        assertThat(retour.forwarded()).isFalse();
        assertThat(retour.answer()).isEmpty();
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
}
