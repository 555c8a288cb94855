package org.centrumhub.transform.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.xml.XmlElement;

/** What a rule may use besides the message, and where it reports. */
public final class RuleContext {
    private final Clock clock;
    private final HubState state;
    private final List<Finding> findings = new ArrayList<>();
    private String currentCode;
    private String currentRetourCode;

    /** For in-message rules only. */
    public RuleContext(Clock clock) {
        this(clock, null);
    }

    /** For every rule: the hub's stores as the cross-message rules read them. */
    public RuleContext(Clock clock, HubState state) {
        this.clock = clock;
        this.state = state;
    }

    /** The hub's stores, for cross-message rules. */
    public HubState state() {
        if (state == null) {
            throw new IllegalStateException("a cross-message rule needs the hub's stores");
        }
        return state;
    }

    /** The receiver's system date (TR135). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs one rule; its reports are attributed to it. */
    public void run(Rule rule, org.centrumhub.transform.Message message) {
        this.currentCode = rule.code();
        this.currentRetourCode = rule.retourCode();
        try {
            rule.check(message, this);
        } finally {
            this.currentCode = null;
            this.currentRetourCode = null;
        }
    }

    /** Runs part of a rule's check (e.g. on one line of a declaration); its reports are attributed to the rule. */
    public void as(Rule rule, Runnable check) {
        String code = currentCode;
        String retourCode = currentRetourCode;
        this.currentCode = rule.code();
        this.currentRetourCode = rule.retourCode();
        try {
            check.run();
        } finally {
            this.currentCode = code;
            this.currentRetourCode = retourCode;
        }
    }

    /** How many findings were reported so far. */
    public int findingCount() {
        return findings.size();
    }

    /** Reports a violation of the running rule at an element. Never put a BSN, name or address in the message. */
    public void report(XmlElement at, String message) {
        findings.add(new Finding(Level.RULES, currentCode, currentRetourCode, at.path(), message));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
