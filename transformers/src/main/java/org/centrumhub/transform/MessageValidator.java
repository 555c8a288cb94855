package org.centrumhub.transform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.declaration.DeclarationJudge;
import org.centrumhub.transform.declaration.Judgement;
import org.centrumhub.transform.rules.Rule;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.rules.RuleContext;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.ReadOutcome;

/**
 * Gives the standard's verdict on a message, level by level (rules.md section 1): well-formed and safe XML, the
 * XSD, then every in-message rule; the hub's intake then asks for the cross-message rules against its stores
 * ({@link #checkAgainst}). Retours
 * are checked against their XSD only: their content is the heen message's, echoed with the receiver's codes.
 * Thread-safe.
 */
public final class MessageValidator {
    /** The time zone of the standard's dates and times, which carry no zone (RS032, RS034). */
    public static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private final MessageReader reader;
    private final RuleCatalog rules;
    private final Clock clock;

    public MessageValidator(long maxBytes, RuleCatalog rules, Clock clock) {
        this.reader = new MessageReader(maxBytes);
        this.rules = rules;
        this.clock = clock;
    }

    /** The standard's limits and rules, against the system clock in the standard's time zone (dates are Dutch). */
    public static MessageValidator standard() {
        return standard(Clock.system(DUTCH_TIME));
    }

    /** The standard's limits and rules, against a clock. */
    public static MessageValidator standard(Clock clock) {
        return new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), clock);
    }

    public long maxBytes() {
        return reader.maxBytes();
    }

    public ValidationResult validate(byte[] document) {
        return judge(reader.read(document));
    }

    /** Validates a stream, reading no more than the size limit; the caller closes it. */
    public ValidationResult validate(InputStream document) {
        return judge(reader.read(document));
    }

    /** Validates a file; an oversized file is refused from its size alone, without reading it. */
    public ValidationResult validate(Path file) throws IOException {
        long size = Files.size(file);
        if (size > reader.maxBytes()) {
            return tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in);
        }
    }

    /** The verdict on a message refused from its size alone, without reading it. */
    public ValidationResult tooLarge(long size) {
        return new ValidationResult(Optional.empty(), Level.XML, List.of(Finding.error(Level.XML,
                ErrorCode.MESSAGE_TOO_LARGE, null, "the message is larger than the limit of " + reader.maxBytes()
                        + " bytes (" + size + " bytes)")), Optional.empty());
    }

    /** The verdict on something that carries no document at all. */
    public ValidationResult unreadable(String reason) {
        return new ValidationResult(Optional.empty(), Level.XML, List.of(Finding.error(Level.XML, ErrorCode.UNREADABLE,
                null, reason)), Optional.empty());
    }

    private ValidationResult judge(ReadOutcome outcome) {
        if (!outcome.schemaValid()) {
            return new ValidationResult(outcome.type(), outcome.level(), outcome.findings(), Optional.empty());
        }
        MessageType type = outcome.type().orElseThrow();
        Message message = new Message(type, outcome.root().orElseThrow());
        if (type.kind() == MessageType.Kind.RETOUR) {
            return new ValidationResult(Optional.of(type), Level.XSD, List.of(), Optional.of(message));
        }
        RuleContext context = new RuleContext(clock);
        for (Rule rule : rules.rulesFor(type, Rule.Scope.IN_MESSAGE)) {
            context.run(rule, message);
        }
        return new ValidationResult(Optional.of(type), Level.RULES, context.findings(), Optional.of(message));
    }

    /** The findings of the cross-message rules for a message that passed the in-message rules, against the stores. */
    public List<Finding> checkAgainst(Message message, HubState state) {
        if (message.type().kind() == MessageType.Kind.DECLARATION) {
            return judgeDeclaration(message, state, List.of()).findings();
        }
        RuleContext context = new RuleContext(clock, state);
        for (Rule rule : rules.rulesFor(message.type(), Rule.Scope.CROSS_MESSAGE)) {
            context.run(rule, message);
        }
        return context.findings();
    }

    /**
     * Judges a declaration line by line against the stores (its cross-message rules, {@link DeclarationJudge}).
     *
     * @param earlier the in-message findings with a content retourcode, which reject their lines (or everything)
     */
    public Judgement judgeDeclaration(Message declaration, HubState state, List<Finding> earlier) {
        return new DeclarationJudge(rules.rulesFor(declaration.type(), Rule.Scope.CROSS_MESSAGE))
                .judge(declaration, state, new RuleContext(clock, state), earlier);
    }
}
