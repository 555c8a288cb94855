package org.centrumhub.transform.crossmessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.fixtures.Fixture;
import org.centrumhub.transform.fixtures.InMemoryHubState;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.intake.Intake;
import org.centrumhub.transform.intake.IntakeContext;
import org.centrumhub.transform.intake.IntakeDecision;
import org.centrumhub.transform.intake.Outcome;
import org.centrumhub.transform.retour.AnswerHeader;
import org.centrumhub.transform.retour.RetourBuilder;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;

/**
 * Messages through the intake in order, against a store that accepted messages change (in memory here; the hub's
 * tests run the same conversations against its PostgreSQL store), keeping what the hub keeps besides: the
 * Identificaties that count as sent (TR056) and the forwarded messages awaiting their retour. A provider answers
 * every message forwarded to it at once with its own retour, following the hub's advice (rejecting with the codes
 * the hub predicted), unless told not to answer.
 */
public final class Conversation {

    public static final Party PROVIDER = Party.provider("12345678");
    public static final Party MUNICIPALITY = Party.municipality("0935");

    private final Intake intake = new Intake(
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK));
    private final HubStore state;
    private final Set<String> sent = new HashSet<>();
    private final Map<String, UUID> awaiting = new HashMap<>();
    private final String standard;
    private Set<String> known;
    private boolean providersAnswer = true;
    private int sequence;

    public Conversation(String standard) {
        this(standard, new InMemoryHubState());
    }

    public Conversation(String standard, HubStore store) {
        this.standard = standard;
        this.state = store;
    }

    /** Only these party codes are registered (all are by default). */
    public Conversation known(Set<String> codes) {
        this.known = codes;
        return this;
    }

    /** Whether providers answer what is forwarded to them (yes by default). */
    public Conversation providersAnswer(boolean answer) {
        this.providersAnswer = answer;
        return this;
    }

    public HubStore state() {
        return state;
    }

    /** The base fixture of a message number in this conversation's standard. */
    public Fixture fixture(int number) {
        return Fixture.load(standard.equals("ijw") ? "ijw/jw" + number + "-valid.xml" : "iwmo/wmo" + number + "-valid.xml");
    }

    /** Sends a fixture (edited) with a fresh Identificatie and expects it judged. */
    public IntakeDecision.Judged send(Fixture fixture, Party from) {
        IntakeDecision decision = decide(fixture.set("Header/BerichtIdentificatie/Identificatie", "SEQ" + (++sequence))
                .toBytes(), from);
        assertThat(decision).isInstanceOf(IntakeDecision.Judged.class);
        return (IntakeDecision.Judged) decision;
    }

    /** Sends and asserts that it passed every check (for a forwarded message: no advice either). */
    public void accepted(Fixture fixture, Party from) {
        IntakeDecision.Judged judged = send(fixture, from);
        assertThat(judged.findings()).as("findings of a message that should be accepted").isEmpty();
    }

    /** Judges the bytes as the hub does and keeps what the hub keeps; a forwarded message is answered by its provider. */
    public IntakeDecision decide(byte[] document, Party from) {
        UUID id = UUID.randomUUID();
        IntakeDecision decision = intake.decide(document, from, context());
        if (decision instanceof IntakeDecision.Judged judged) {
            record(judged, id);
            if (judged.outcome() == Outcome.FORWARDED && providersAnswer) {
                IntakeDecision retour = providerAnswers(judged, judged.findings());
                assertThat(retour.outcome()).as("the provider's retour is relayed").isEqualTo(Outcome.RELAYED);
            }
        }
        return decision;
    }

    /** The provider's own retour on a forwarded message, with the given findings as its verdict, through the intake. */
    public IntakeDecision providerAnswers(IntakeDecision.Judged forwarded, List<Finding> verdict) {
        byte[] retour = new RetourBuilder().build(forwarded.message(), verdict,
                new AnswerHeader("P" + (++sequence), LocalDate.of(2026, 11, 22), "1.0.0")).xml();
        return decide(retour, Party.provider(forwarded.message().receiver()));
    }

    private void record(IntakeDecision.Judged judged, UUID id) {
        state.apply(judged.changes(), id);
        var message = judged.message();
        if (judged.outcome().countsAsSent() && !judged.retourCodes().contains("9056")) {
            sent.add(key(message.sender(), message.type(), message.identificatie()));
        }
        if (judged.outcome() == Outcome.FORWARDED) {
            awaiting.put(key(message.sender(), message.type(), message.identificatie()) + "/" + message.receiver(), id);
        }
        for (StateChange change : judged.changes()) {
            if (change instanceof StateChange.ReceiverVerdict verdict) {
                MessageType heen = message.type().answers().orElseThrow();
                awaiting.remove(key(message.sender(), heen, message.identificatie()) + "/" + message.receiver());
                if (verdict.technical()) {
                    sent.remove(key(message.sender(), heen, message.identificatie()));
                }
            }
        }
    }

    private IntakeContext context() {
        return new IntakeContext() {
            @Override
            public boolean isKnown(Party.Role role, String code) {
                return known == null || known.contains(code);
            }

            @Override
            public boolean alreadyReceived(String sender, MessageType type, String identificatie) {
                return sent.contains(key(sender, type, identificatie));
            }

            @Override
            public Optional<UUID> awaitingRetour(MessageType heenType, String sender, String receiver, String identificatie) {
                return Optional.ofNullable(awaiting.get(key(sender, heenType, identificatie) + "/" + receiver));
            }

            @Override
            public HubState state() {
                return state;
            }

            @Override
            public AnswerHeader answerHeader() {
                return new AnswerHeader("CH" + sequence, LocalDate.of(2026, 11, 22), "1.0.0");
            }
        };
    }

    private static String key(String sender, MessageType type, String identificatie) {
        return sender + "/" + type + "/" + identificatie;
    }

    public static List<String> retourCodes(IntakeDecision.Judged judged) {
        return judged.retourCodes();
    }
}
