package org.centrumhub.transform;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centrumhub.schema.MessageType;

/**
 * The verdict on one message.
 *
 * @param type     the detected type, when the root namespace identified one
 * @param level    the last check level reached
 * @param findings everything found; empty when valid
 * @param message  the parsed message, when it was schema-valid
 */
public record ValidationResult(Optional<MessageType> type, Level level, List<Finding> findings,
                               Optional<Message> message) {

    public boolean valid() {
        return findings.isEmpty();
    }

    /** Distinct rule codes (or error codes below the rules level), in order of finding. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        findings.forEach(finding -> codes.add(finding.code()));
        return codes;
    }

    /** Distinct retourcodes of the findings. */
    public Set<String> retourCodes() {
        Set<String> codes = new LinkedHashSet<>();
        findings.stream().map(Finding::retourCode).filter(code -> code != null).forEach(codes::add);
        return codes;
    }
}
