package org.centrumhub.transform.intake;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.crossmessage.CrossMessageRules;
import org.centrumhub.transform.crossmessage.Lines;
import org.centrumhub.transform.retour.Answer;
import org.centrumhub.transform.retour.RetourBuilder;

/**
 * The hub's first judgement of a message that arrived from a party, in the standard's order (rules.md section 1):
 * transport and XSD (refused with an error notice), who may send it, then the in-message rules (answered with
 * 0001), then the cross-message rules against the hub's stores (TR056 and {@link CrossMessageRules}), each
 * with its own retourcode on the faulty class.
 */
public final class Intake {
    private static final Set<Integer> FROM_PROVIDER = Set.of(305, 307, 315, 317, 323, 302, 320);
    private static final Set<Integer> FROM_MUNICIPALITY = Set.of(301, 319);

    private final MessageValidator validator;
    private final CrossMessageRules crossMessageRules;
    private final RetourBuilder retours = new RetourBuilder();

    public Intake(MessageValidator validator, CrossMessageRules crossMessageRules) {
        this.validator = validator;
        this.crossMessageRules = crossMessageRules;
    }

    /**
     * @param document the bytes as received
     * @param from the party whose address the message arrived on
     * @param context the registry and the stores
     */
    public IntakeDecision decide(byte[] document, Party from, IntakeContext context) {
        ValidationResult result = validator.validate(document);
        Optional<Message> parsed = result.message();
        if (parsed.isEmpty()) {
            Finding first = result.findings().get(0);
            return new IntakeDecision.Refused(result.type(), ErrorCode.valueOf(first.code()), summary(result),
                    result.findings());
        }
        Message message = parsed.get();
        MessageType type = message.type();
        if (!(from.role() == Party.Role.PROVIDER ? FROM_PROVIDER : FROM_MUNICIPALITY).contains(type.number())) {
            return refused(type, ErrorCode.UNEXPECTED_TYPE, "a " + from.role().name().toLowerCase() + " does not send "
                    + type + " messages to the hub");
        }
        // a retour copies the header of the message it answers: its sender is that message's Ontvanger
        boolean retour = type.kind() == MessageType.Kind.RETOUR;
        String sender = retour ? message.receiver() : message.sender();
        String addressee = retour ? message.sender() : message.receiver();
        if (!sender.equals(from.code())) {
            return refused(type, ErrorCode.WRONG_SENDER, "the header " + (retour ? "Ontvanger" : "Afzender") + " "
                    + sender + " is not the party this address belongs to (" + from.code() + ")");
        }
        if (!context.isKnown(from.counterpart(), addressee)) {
            return refused(type, ErrorCode.UNKNOWN_RECEIVER, "the header " + (retour ? "Afzender " : "Ontvanger ")
                    + addressee + " is not a " + from.counterpart().name().toLowerCase() + " known to the hub");
        }
        List<Finding> findings = result.findings();
        if (findings.isEmpty() && !retour && context.alreadyReceived(message.sender(), type, message.identificatie())) {
            findings = List.of(new Finding(Level.RULES, "TR056", "9056", "/Bericht/Header/BerichtIdentificatie/Identificatie",
                    "this sender already sent a " + type + " with Identificatie " + message.identificatie()));
        }
        if (findings.isEmpty()) {
            findings = crossMessageRules.check(message, context.state());
        }
        boolean accepted = findings.isEmpty();
        Optional<Answer> answer = Optional.empty();
        boolean answered = type.kind() == MessageType.Kind.HEEN || (type.kind() == MessageType.Kind.DECLARATION && !accepted);
        if (answered) {
            answer = Optional.of(retours.build(message, findings, context.answerHeader()));
        }
        return new IntakeDecision.Judged(message, findings, answer, accepted,
                accepted ? Lines.changes(message, context.state()) : List.of());
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
