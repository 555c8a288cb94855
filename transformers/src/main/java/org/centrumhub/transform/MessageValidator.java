package org.centrumhub.transform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.rules.InMessageRule;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.rules.RuleContext;
import org.centrumhub.transform.xml.MessageReader;
import org.centrumhub.transform.xml.ReadOutcome;

/**
 * Gives the standard's verdict on a message, level by level (rules.md section 1): well-formed and safe XML, the
 * XSD, then every in-message rule. Cross-message rules need the hub's stores and are not checked here. Retours
 * are checked against their XSD only: their content is the heen message's, echoed with the receiver's codes.
 * Thread-safe.
 */
public final class MessageValidator {
    private final MessageReader reader;
    private final RuleCatalog rules;
    private final Clock clock;

    public MessageValidator(long maxBytes, RuleCatalog rules, Clock clock) {
        this.reader = new MessageReader(maxBytes);
        this.rules = rules;
        this.clock = clock;
    }

    /** The standard's limits and rules, against the system clock. */
    public static MessageValidator standard() {
        return new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), Clock.systemDefaultZone());
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
            return new ValidationResult(Optional.empty(), Level.XML, List.of(Finding.error(Level.XML,
                    ErrorCode.MESSAGE_TOO_LARGE, null, "the message is larger than the limit of " + reader.maxBytes()
                            + " bytes (" + size + " bytes)")), Optional.empty());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return validate(in);
        }
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
        for (InMessageRule rule : rules.rulesFor(type)) {
            context.run(rule, message);
        }
        return new ValidationResult(Optional.of(type), Level.RULES, context.findings(), Optional.of(message));
    }
}
