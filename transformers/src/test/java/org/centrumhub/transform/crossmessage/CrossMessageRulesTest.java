package org.centrumhub.transform.crossmessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.intake.IntakeDecision;
import org.centrumhub.schema.Party;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The assignment and start/stop rules as conversations: messages go through the intake in order against an
 * in-memory store, and each rule produces its retourcode on the faulty line (both standards).
 */
public class CrossMessageRulesTest {

    /** The conversation under test: in memory here, overridden by the hub's tests to use its database store. */
    protected Conversation conversation(String standard) {
        return new Conversation(standard);
    }
    private static final Party PROVIDER = Conversation.PROVIDER;
    private static final Party MUNICIPALITY = Conversation.MUNICIPALITY;
    private static final String START_1 = "Client/StartProducten/StartProduct[1]";
    private static final String STOP = "Client/StopProducten/StopProduct";

    private Conversation hub;

    private void open(String standard) {
        this.hub = conversation(standard);
    }

    private IntakeDecision.Judged send(Fixture fixture, Party from) {
        return hub.send(fixture, from);
    }

    private static List<String> retourCodes(IntakeDecision.Judged judged) {
        return Conversation.retourCodes(judged);
    }

    private void assign(String standard) {
        hub.accepted(hub.fixture(301), MUNICIPALITY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void startWithoutAssignmentIs9019AndWithItAccepted(String standard) {
        open(standard);
        IntakeDecision.Judged unlinked = send(hub.fixture(305), PROVIDER);
        assertThat(retourCodes(unlinked)).containsExactly("9019");
        assertThat(unlinked.findings()).extracting(Finding::path).allMatch(p -> p.contains("StartProduct"));
        assertThat(unlinked.answer().orElseThrow().xml()).asString().contains("9019").contains("0200");
        assign(standard);
        assertThat(send(hub.fixture(305), PROVIDER).accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void assignmentNumberOfAnotherClientIs9332(String standard) {
        open(standard);
        assign(standard);
        IntakeDecision.Judged other = send(hub.fixture(301).set("Client/Bsn", "999900031"), MUNICIPALITY);
        assertThat(retourCodes(other)).containsExactly("9332");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void repeatedStartIs9074AndASecondCurrentStartIs9326(String standard) {
        open(standard);
        assign(standard);
        send(hub.fixture(305), PROVIDER);
        assertThat(retourCodes(send(hub.fixture(305), PROVIDER))).containsExactly("9074");
        IntakeDecision.Judged second = send(hub.fixture(305).remove("Client/StartProducten/StartProduct[2]")
                .set(START_1 + "/Begindatum", "2026-06-05"), PROVIDER);
        assertThat(retourCodes(second)).containsExactly("9326");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void deletesNeedTheirDeliveryAndAStoppedStartCannotBeDeleted(String standard) {
        open(standard);
        assign(standard);
        IntakeDecision.Judged nothingToDelete = send(hub.fixture(305)
                .set(START_1 + "/StatusAanlevering", "3"), PROVIDER);
        assertThat(retourCodes(nothingToDelete)).containsExactly("9063");

        send(hub.fixture(305), PROVIDER);
        assertThat(send(hub.fixture(307), PROVIDER).accepted()).isTrue();
        IntakeDecision.Judged deleteStopped = send(hub.fixture(305)
                .remove("Client/StartProducten/StartProduct[2]").set(START_1 + "/StatusAanlevering", "3"), PROVIDER);
        assertThat(retourCodes(deleteStopped)).containsExactly("9071");

        assertThat(send(hub.fixture(307).set(STOP + "/StatusAanlevering", "3"), PROVIDER).accepted()).isTrue();
        assertThat(send(hub.fixture(305).remove("Client/StartProducten/StartProduct[2]")
                .set(START_1 + "/StatusAanlevering", "3"), PROVIDER).accepted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void stopWithoutItsStartIs9069(String standard) {
        open(standard);
        assign(standard);
        send(hub.fixture(305), PROVIDER);
        IntakeDecision.Judged wrongBegin = send(hub.fixture(307).set(STOP + "/Begindatum", "2026-06-04"),
                PROVIDER);
        assertThat(retourCodes(wrongBegin)).containsExactly("9069");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void laterStopsFollowTheFirst(String standard) {
        open(standard);
        assign(standard);
        send(hub.fixture(305), PROVIDER);
        assertThat(send(hub.fixture(307).set(STOP + "/RedenBeeindiging", "20"), PROVIDER).accepted())
                .isTrue();
        assertThat(retourCodes(send(hub.fixture(307).set(STOP + "/RedenBeeindiging", "20")
                .set(STOP + "/Einddatum", "2026-09-01"), PROVIDER))).containsExactly("9413");
        assertThat(retourCodes(send(hub.fixture(307).set(STOP + "/Einddatum", "2026-08-30"), PROVIDER)))
                .containsExactly("9414");
        assertThat(send(hub.fixture(307).set(STOP + "/Einddatum", "2026-09-01"), PROVIDER).accepted())
                .isTrue();
        assertThat(retourCodes(send(hub.fixture(307).set(STOP + "/Einddatum", "2026-09-02")
                .set(STOP + "/RedenBeeindiging", "31"), PROVIDER))).contains("9415");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ijw", "iwmo"})
    public void aCorrectionDeletesAndResendsInOneMessage(String standard) {
        open(standard);
        assign(standard);
        send(hub.fixture(305), PROVIDER);
        // IV008: a key element (the Begindatum) changes, so the old start is deleted and the new one sent together
        Fixture newBegin = hub.fixture(305).remove("Client/StartProducten/StartProduct[2]").duplicate(START_1)
                .set(START_1 + "/StatusAanlevering", "3")
                .set("Client/StartProducten/StartProduct[2]/Begindatum", "2026-06-04");
        IntakeDecision.Judged start = send(newBegin, PROVIDER);
        assertThat(start.findings()).as("the deleted start is no longer current (no 9326)").isEmpty();

        send(hub.fixture(307).set(STOP + "/Begindatum", "2026-06-04"), PROVIDER);
        Fixture earlierEnd = hub.fixture(307).set(STOP + "/Begindatum", "2026-06-04").duplicate(STOP)
                .set(STOP + "[1]/StatusAanlevering", "3").set("Client/StopProducten/StopProduct[2]/Einddatum", "2026-08-30");
        IntakeDecision.Judged stop = send(earlierEnd, PROVIDER);
        assertThat(stop.findings()).as("the deleted stop is no longer there (no 9414, 9415)").isEmpty();
    }
}
