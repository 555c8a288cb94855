package org.centrumhub.transform.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Party;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.crossmessage.Lines;
import org.centrumhub.transform.crossmessage.StateChange;
import org.centrumhub.transform.declaration.Judgement;
import org.centrumhub.transform.retour.Answer;
import org.centrumhub.transform.retour.RetourBuilder;
import org.centrumhub.transform.xml.XmlElement;

/**
 * The hub's judgement of a message that arrived from a party, in the standard's order (rules.md section 1):
 * transport and XSD (refused with an error notice), who may send it, then the in-message rules (0001), then the
 * cross-message rules against the hub's stores (TR056 and the catalogue's cross-message rules).
 * <p>
 * The receiver answers. For messages to a municipality (305, 307, 315, 317, 323) the hub is the receiver on the
 * region's behalf: it judges and answers them. For messages to a provider (301, 319) the provider is: the hub
 * answers only an in-message fault itself (0001: the message counts as never sent and is not forwarded), forwards
 * the rest unanswered with what its stores predict as advice, and relays the provider's own retour (302, 320) once
 * it matches the forwarded message.
 * <p>
 * Reading ({@link #read}) needs nothing but the bytes; judging ({@link #judge}) reads the stores and is meant to run
 * in the transaction that records the decision, after the message's {@link #lockKeys lock keys} are held.
 */
public final class Intake {
    private static final Set<String> NO_REMARKS = Set.of("0200", "0233");
    private static final String IN_MESSAGE = "0001";

    private final MessageValidator validator;
    private final RetourBuilder retours = new RetourBuilder();

    public Intake(MessageValidator validator) {
        this.validator = validator;
    }

    /** Transport, XSD and in-message rules: everything that needs only the bytes. */
    public ValidationResult read(byte[] document) {
        return validator.validate(document);
    }

    /** The reading of a message refused from its size alone (the broker's size of a message it did not hand over). */
    public ValidationResult tooLarge(long size) {
        return validator.tooLarge(size);
    }

    /** The reading of a transport message that carries no document at all (a JMS map or object message). */
    public ValidationResult unreadable(String reason) {
        return validator.unreadable(reason);
    }

    /** The largest message read, in bytes. */
    public long maxBytes() {
        return validator.maxBytes();
    }

    /** {@link #read} then {@link #judge}, for callers without a transaction of their own (tests, tools). */
    public IntakeDecision decide(byte[] document, Party from, IntakeContext context) {
        return judge(read(document), from, context);
    }

    /**
     * @param read    what {@link #read} made of the bytes as received
     * @param from    the party whose address the message arrived on
     * @param context the registry and the stores
     */
    public IntakeDecision judge(ValidationResult read, Party from, IntakeContext context) {
        if (read.message().isEmpty()) {
            Finding first = read.findings().get(0);
            return new IntakeDecision.Refused(read.type(), ErrorCode.valueOf(first.code()), summary(read),
                    read.findings());
        }
        Message message = read.message().get();
        MessageType type = message.type();
        if (!sentToTheHubBy(type, from.role())) {
            return refused(type, ErrorCode.UNEXPECTED_TYPE, "a " + from.role().name().toLowerCase() + " does not send "
                    + type + " messages to the hub");
        }
        boolean retour = type.kind() == MessageType.Kind.RETOUR;
        // a retour copies the header of the message it answers: its sender is that message's Ontvanger
        String sender = retour ? message.receiver() : message.sender();
        String addressee = retour ? message.sender() : message.receiver();
        if (!sender.equals(from.code())) {
            return refused(type, ErrorCode.WRONG_SENDER, "the header " + (retour ? "Ontvanger" : "Afzender") + " "
                    + sender + " is not the party this address belongs to (" + from.code() + ")");
        }
        if (!context.isKnown(from.role().counterpart(), addressee)) {
            return refused(type, ErrorCode.UNKNOWN_RECEIVER, "the header " + (retour ? "Afzender " : "Ontvanger ")
                    + addressee + " is not a " + from.role().counterpart().name().toLowerCase() + " known to the hub");
        }
        if (retour) {
            return relay(message, context);
        }
        List<Finding> technical = read.findings().stream().filter(f -> IN_MESSAGE.equals(f.retourCode())).toList();
        if (!technical.isEmpty()) {
            // in-message fault: whoever receives it, the answer is the standard's 0001 and it was never sent
            return new IntakeDecision.Judged(message, Outcome.INVALID, read.findings(),
                    Optional.of(retours.build(message, read.findings(), context.answerHeader())), List.of(),
                    Optional.empty());
        }
        // in-message rules with a content code (8848 on the header, 9346, 9319, 8021 on a line) judge like the others
        List<Finding> content = read.findings();
        HubState state = context.state();
        if (type.sender() == Party.Role.PROVIDER && type.kind() == MessageType.Kind.HEEN) {
            message = message.judgedFor(responsible(message, state));
        }
        if (context.alreadyReceived(message.sender(), type, message.identificatie())) {
            List<Finding> repeat = List.of(new Finding(Level.RULES, "TR056", "9056",
                    "/Bericht/Header/BerichtIdentificatie/Identificatie",
                    "this sender already sent a " + type + " with Identificatie " + message.identificatie()));
            return judged(message, type, repeat, type.answeredByHub() ? List.of() : Lines.changes(message, state),
                    Optional.empty(), context);
        }
        if (type.kind() == MessageType.Kind.DECLARATION) {
            Judgement judgement = validator.judgeDeclaration(message, state, content);
            if (judgement.waitsForAssignments() && context.mayWait(message)) {
                return new IntakeDecision.Judged(message, Outcome.WAITING, judgement.findings(), Optional.empty(),
                        List.of(), Optional.empty(), Optional.of(judgement));
            }
            return judged(message, type, judgement.findings(), judgement.changes(), Optional.of(judgement), context);
        }
        List<Finding> findings = new ArrayList<>(content);
        findings.addAll(validator.checkAgainst(message, state));
        List<StateChange> changes = findings.isEmpty() || !type.answeredByHub()
                ? Lines.changes(message, state) : List.of();
        return judged(message, type, findings, changes, Optional.empty(), context);
    }

    private IntakeDecision.Judged judged(Message message, MessageType type, List<Finding> findings,
                                        List<StateChange> changes, Optional<Judgement> declaration,
                                        IntakeContext context) {
        if (!type.answeredByHub()) {
            return new IntakeDecision.Judged(message, Outcome.FORWARDED, findings, Optional.empty(), changes,
                    Optional.empty());
        }
        // a declaration with some lines granted is partly accepted: its granted lines go on
        Outcome outcome = findings.isEmpty() ? Outcome.ACCEPTED
                : declaration.filter(judgement -> !judgement.grantedLines().isEmpty()).isPresent() ? Outcome.PARTIAL
                : Outcome.REJECTED;
        Optional<Answer> answer = Optional.of(retours.build(message, findings, context.answerHeader()));
        return new IntakeDecision.Judged(message, outcome, findings, answer, changes, Optional.empty(), declaration);
    }

    /**
     * The municipality responsible for a provider's start, stop or request: the one that issued the assignment its
     * lines refer to (ToewijzingNummer + provider + client, among the participants of the region the message is
     * addressed to), else the Ontvanger (a request for a new product, a start without assignment).
     */
    static String responsible(Message message, HubState state) {
        String addressee = message.addressee();
        List<String> participants = state.participants(message.type().standard(), addressee);
        if (participants.size() == 1 && participants.get(0).equals(addressee)) {
            return addressee;
        }
        String client = message.root().text("Client/Bsn").map(state::clientKey).orElse(null);
        for (long number : assignmentNumbers(message)) {
            for (Assignment assignment : state.assignmentsNumbered(message.type().standard(), message.sender(), number)) {
                if (participants.contains(assignment.municipality()) && assignment.client().equals(client)) {
                    return assignment.municipality();
                }
            }
        }
        return addressee;
    }

    /** Every ToewijzingNummer the message names, at any depth, each once. */
    public static List<Long> assignmentNumbers(Message message) {
        List<Long> numbers = new ArrayList<>();
        collectNumbers(message.root(), numbers);
        return numbers.stream().distinct().toList();
    }

    private static void collectNumbers(XmlElement element, List<Long> numbers) {
        for (XmlElement child : element.children()) {
            if (child.name().equals("ToewijzingNummer")) {
                numbers.add(Long.parseLong(child.text()));
            }
            collectNumbers(child, numbers);
        }
    }

    /**
     * What a party may send to the hub: its own heen messages and declarations, and its retours on messages the hub
     * forwarded to it. The retours and 325s of messages the hub answers itself are the hub's to send.
     */
    private static boolean sentToTheHubBy(MessageType type, Party.Role role) {
        if (type.sender() != role) {
            return false;
        }
        return switch (type.kind()) {
            case HEEN, DECLARATION -> true;
            case RETOUR -> type.answers().filter(heen -> !heen.answeredByHub()).isPresent();
            case DECLARATION_ANSWER -> false;
        };
    }

    /** A provider's retour: relayed when it answers a forwarded message that awaits it; its codes are the verdict. */
    private IntakeDecision relay(Message retour, IntakeContext context) {
        MessageType heenType = retour.type().answers().orElseThrow();
        Optional<UUID> heen = context.awaitingRetour(heenType, retour.sender(), retour.receiver(), retour.identificatie());
        if (heen.isEmpty()) {
            return refused(retour.type(), ErrorCode.UNMATCHED_RETOUR, "no " + heenType + " from " + retour.sender()
                    + " with Identificatie " + retour.identificatie() + " awaits a retour (none was forwarded, or it was "
                    + "answered already)");
        }
        List<String> codes = retour.root().all("Header/RetourCodes/RetourCode").stream().map(XmlElement::text).toList();
        List<String> everyCode = new ArrayList<>(codes);
        collectCodes(retour.body().orElse(null), everyCode);
        boolean rejected = everyCode.stream().anyMatch(code -> !NO_REMARKS.contains(code));
        StateChange verdict = new StateChange.ReceiverVerdict(heen.get(), rejected, codes.contains(IN_MESSAGE));
        return new IntakeDecision.Judged(retour, Outcome.RELAYED, List.of(), Optional.empty(), List.of(verdict), heen);
    }

    private static void collectCodes(XmlElement element, List<String> codes) {
        if (element == null) {
            return;
        }
        for (XmlElement child : element.children()) {
            if (child.name().equals("RetourCode")) {
                codes.add(child.text());
            }
            collectCodes(child, codes);
        }
    }

    /**
     * What judging this message must hold exclusively, so messages about the same client (and copies of one
     * message) are judged one after another: every client it concerns ({@code client:<client key>}) and the business
     * key of the message ({@code message:<sender>:<code>:<identificatie>}), for a retour that of the message it
     * answers.
     */
    public static List<String> lockKeys(Message message, HubState state) {
        List<String> keys = new ArrayList<>();
        MessageType type = message.type();
        MessageType heen = type.kind() == MessageType.Kind.RETOUR ? type.answers().orElseThrow() : type;
        keys.add("message:" + message.sender() + ":" + heen.berichtCode() + ":" + message.identificatie());
        String clients = type.kind() == MessageType.Kind.DECLARATION ? "Declaratie/Clienten/Client/Bsn" : "Client/Bsn";
        for (XmlElement bsn : message.root().all(clients)) {
            keys.add("client:" + state.clientKey(bsn.text()));
        }
        return keys;
    }

    private static IntakeDecision.Refused refused(MessageType type, ErrorCode code, String reason) {
        return new IntakeDecision.Refused(Optional.of(type), code, reason,
                List.of(Finding.error(Level.XML, code, "/Bericht/Header", reason)));
    }

    private static String summary(ValidationResult result) {
        Finding first = result.findings().get(0);
        String more = result.findings().size() > 1 ? " (and " + (result.findings().size() - 1) + " more)" : "";
        return (first.path() == null ? "" : first.path() + ": ") + first.message() + more;
    }
}
