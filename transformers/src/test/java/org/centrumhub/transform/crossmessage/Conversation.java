package org.centrumhub.transform.crossmessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

/**
 * Messages through the intake in order, against a store that accepted messages change (in memory here; the hub's
 * tests run the same conversations against its PostgreSQL store).
 */
public final class Conversation {

    public static final Party PROVIDER = Party.provider("12345678");
    public static final Party MUNICIPALITY = Party.municipality("0935");

    private final Intake intake = new Intake(
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK),
            CrossMessageRules.standard(TestClock.CLOCK));
    private final HubStore state;
    private final Set<String> received = new HashSet<>();
    private final String standard;
    private int sequence;

    public Conversation(String standard) {
        this(standard, new InMemoryHubState());
    }

    public Conversation(String standard, HubStore store) {
        this.standard = standard;
        this.state = store;
    }

    /** The base fixture of a message number in this conversation's standard. */
    Fixture fixture(int number) {
        return Fixture.load(standard.equals("ijw") ? "ijw/jw" + number + "-valid.xml" : "iwmo/wmo" + number + "-valid.xml");
    }

    /** Sends a fixture (edited) with a fresh Identificatie; accepted messages change the store. */
    IntakeDecision.Judged send(Fixture fixture, Party from) {
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
        state.apply(judged.changes(), UUID.randomUUID());
        return judged;
    }

    /** Sends and asserts acceptance. */
    void accepted(Fixture fixture, Party from) {
        IntakeDecision.Judged judged = send(fixture, from);
        assertThat(judged.findings()).as("findings of an message that should be accepted").isEmpty();
    }

    static List<String> retourCodes(IntakeDecision.Judged judged) {
        return judged.findings().stream().map(Finding::retourCode).distinct().toList();
    }
}
