package org.centrumhub.transform.crossmessage;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.rules.RuleContext;

/**
 * A rule of the standard that needs earlier messages (rules.md class cross-message). It reports at the faulty
 * class with its own retourcode; the retour carries 0200/0233 on the others.
 */
public abstract class CrossMessageRule {
    private final String code;
    private final String retourCode;
    private final String description;
    private final Set<Integer> numbers;

    protected CrossMessageRule(String code, String retourCode, String description, int... numbers) {
        this.code = code;
        this.retourCode = retourCode;
        this.description = description;
        this.numbers = Arrays.stream(numbers).boxed().collect(Collectors.toUnmodifiableSet());
    }

    public final String code() {
        return code;
    }

    public final String retourCode() {
        return retourCode;
    }

    public final String description() {
        return description;
    }

    public final boolean appliesTo(MessageType type) {
        return numbers.contains(type.number());
    }

    public abstract void check(Message message, HubState state, RuleContext context);

    @Override
    public String toString() {
        return code + " " + description;
    }
}
