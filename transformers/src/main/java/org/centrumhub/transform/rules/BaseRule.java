package org.centrumhub.transform.rules;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.centrumhub.schema.MessageType;
import org.centrumhub.schema.Standard;

/** Code, retourcode, description and the messages (by number, optionally one standard only) a rule applies to. */
public abstract class BaseRule implements Rule {
    private final String code;
    private final String retourCode;
    private final String description;
    private final Standard onlyStandard;
    private final Set<Integer> numbers;

    /** An in-message rule (retourcode 0001) for these message numbers in both standards. */
    protected BaseRule(String code, String description, int... numbers) {
        this(code, "0001", description, null, numbers);
    }

    protected BaseRule(String code, String retourCode, String description, Standard onlyStandard, int... numbers) {
        this.code = code;
        this.retourCode = retourCode;
        this.description = description;
        this.onlyStandard = onlyStandard;
        this.numbers = Arrays.stream(numbers).boxed().collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String retourCode() {
        return retourCode;
    }

    @Override
    public final String description() {
        return description;
    }

    /** In-message unless a subclass says otherwise. */
    @Override
    public Scope scope() {
        return Scope.IN_MESSAGE;
    }

    @Override
    public final boolean appliesTo(MessageType type) {
        return numbers.contains(type.number()) && (onlyStandard == null || onlyStandard == type.standard());
    }

    /** The message numbers this rule applies to, for the rule table. */
    public final Set<Integer> numbers() {
        return numbers;
    }

    @Override
    public String toString() {
        return code + " " + description;
    }
}
