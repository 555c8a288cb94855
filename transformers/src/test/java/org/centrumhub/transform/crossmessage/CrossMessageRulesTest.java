package org.centrumhub.transform.crossmessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.InMemoryHubState;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.IntakeContext;
import org.centrumhub.transform.intake.IntakeDecision;
import org.centrumhub.transform.intake.Party;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The assignment and start/stop rules as conversations: messages go through the intake in order against an
 * in-memory store, and each rule produces its retourcode on the faulty line (both standards).
 */
class CrossMessageRulesTest {
    private static final Party PROVIDER = Party.provider("12345678");
    private static final Party MUNICIPALITY = Party.municipality("0935");
    private static final String START_1 = "Client/StartProducten/StartProduct[1]";
    private static final String STOP = "Client/StopProducten/StopProduct";

    private final Intake intake = new Intake(
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK),
            CrossMessageRules.standard(TestClock.CLOCK));
    private final InMemoryHubState state = new InMemoryHubState();
    private final Set<String> received = new HashSet<>();
    private int sequence;

    private String f(String standard, int number) {
        return standard.equals("ijw") ? "ijw/jw" + number + "-valid.xml" : "iwmo/wmo" + number + "-valid.xml";
    }

    /** Sends a fixture (edited) with a fresh Identificatie; accepted messages change the store. */
    private IntakeDecision.Judged send(Fixture fixture, Party from) {
        byte[] document = fixture.set("Header/BerichtIdentificatie/Identificatie", "SEQ" + (++sequence)).toBytes();
        IntakeDecision decision = intake.decide(document, from, new IntakeContext() {
            @Override
            public boolean isKnown(Party.Role role, String code) {
                return true;
            }

            @Override
            public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
                return !received.add(sender + type + identificatie);
            }

            @Override
            public HubState state() {
                return state;
            }

            @Override
            public AnswerHeader answerHeader() {
                return new AnswerHeader("CH" + sequence, LocalDate.of(2026, 11, 22), "1.0.0");
            }
        });
        assertThat(decision).isInstanceOf(IntakeDecision.Judged.class);
        IntakeDecision.Judged judged = (IntakeDecision.Judged) decision;
        state.apply(judged.changes());
        return judged;
    }

    private static List<String> retourCodes(IntakeDecision.Judged judged) {
        return judged.findings().stream().map(Finding::retourCode).distinct().toList();
    }

    private void assign(String standard) {
        assertThat(send(Fixture.load(f(standard, 301)), MUNICIPALITY).accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void startWithoutAssignmentIs9019AndWithItAccepted(String standard) {
        IntakeDecision.Judged unlinked = send(Fixture.load(f(standard, 305)), PROVIDER);
        assertThat(retourCodes(unlinked)).containsExactly("9019");
        assertThat(unlinked.findings()).extracting(Finding::path).allMatch(p -> p.contains("StartProduct"));
        assertThat(unlinked.answer().orElseThrow().xml()).asString().contains("9019").contains("0200");
        assign(standard);
        assertThat(send(Fixture.load(f(standard, 305)), PROVIDER).accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void assignmentNumberOfAnotherClientIs9332(String standard) {
        assign(standard);
        IntakeDecision.Judged other = send(Fixture.load(f(standard, 301)).set("Client/Bsn", "999900031"), MUNICIPALITY);
        assertThat(retourCodes(other)).containsExactly("9332");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void repeatedStartIs9074AndASecondCurrentStartIs9326(String standard) {
        assign(standard);
        send(Fixture.load(f(standard, 305)), PROVIDER);
        assertThat(retourCodes(send(Fixture.load(f(standard, 305)), PROVIDER))).containsExactly("9074");
        IntakeDecision.Judged second = send(Fixture.load(f(standard, 305)).remove("Client/StartProducten/StartProduct[2]")
                .set(START_1 + "/Begindatum", "2026-06-05"), PROVIDER);
        assertThat(retourCodes(second)).containsExactly("9326");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void deletesNeedTheirDeliveryAndAStoppedStartCannotBeDeleted(String standard) {
        assign(standard);
        IntakeDecision.Judged nothingToDelete = send(Fixture.load(f(standard, 305))
                .set(START_1 + "/StatusAanlevering", "3"), PROVIDER);
        assertThat(retourCodes(nothingToDelete)).containsExactly("9063");

        send(Fixture.load(f(standard, 305)), PROVIDER);
        assertThat(send(Fixture.load(f(standard, 307)), PROVIDER).accepted()).isTrue();
        IntakeDecision.Judged deleteStopped = send(Fixture.load(f(standard, 305))
                .remove("Client/StartProducten/StartProduct[2]").set(START_1 + "/StatusAanlevering", "3"), PROVIDER);
        assertThat(retourCodes(deleteStopped)).containsExactly("9071");

        assertThat(send(Fixture.load(f(standard, 307)).set(STOP + "/StatusAanlevering", "3"), PROVIDER).accepted()).isTrue();
        assertThat(send(Fixture.load(f(standard, 305)).remove("Client/StartProducten/StartProduct[2]")
                .set(START_1 + "/StatusAanlevering", "3"), PROVIDER).accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void stopWithoutItsStartIs9069(String standard) {
        assign(standard);
        send(Fixture.load(f(standard, 305)), PROVIDER);
        IntakeDecision.Judged wrongBegin = send(Fixture.load(f(standard, 307)).set(STOP + "/Begindatum", "2026-06-04"),
                PROVIDER);
        assertThat(retourCodes(wrongBegin)).containsExactly("9069");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    void laterStopsFollowTheFirst(String standard) {
        assign(standard);
        send(Fixture.load(f(standard, 305)), PROVIDER);
        assertThat(send(Fixture.load(f(standard, 307)).set(STOP + "/RedenBeeindiging", "20"), PROVIDER).accepted())
                .isTrue();
        assertThat(retourCodes(send(Fixture.load(f(standard, 307)).set(STOP + "/RedenBeeindiging", "20")
                .set(STOP + "/Einddatum", "2026-09-01"), PROVIDER))).containsExactly("9413");
        assertThat(retourCodes(send(Fixture.load(f(standard, 307)).set(STOP + "/Einddatum", "2026-08-30"), PROVIDER)))
                .containsExactly("9414");
        assertThat(send(Fixture.load(f(standard, 307)).set(STOP + "/Einddatum", "2026-09-01"), PROVIDER).accepted())
                .isTrue();
        assertThat(retourCodes(send(Fixture.load(f(standard, 307)).set(STOP + "/Einddatum", "2026-09-02")
                .set(STOP + "/RedenBeeindiging", "31"), PROVIDER))).contains("9415");
    }
}
