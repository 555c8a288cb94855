package org.centrumhub.transform.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Level;
import org.centrumhub.transform.xml.XmlElement;

/** What a rule may use besides the message, and where it reports. */
public final class RuleContext {
    private final Clock clock;
    private final List<Finding> findings = new ArrayList<>();
    private String currentCode;
    private String currentRetourCode;

    public RuleContext(Clock clock) {
        this.clock = clock;
    }

    /** The receiver's system date (TR135). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Runs one rule; its reports are attributed to it. */
    public void run(InMessageRule rule, org.centrumhub.transform.Message message) {
        run(rule.code(), rule.retourCode(), () -> rule.check(message, this));
    }

    /** Runs a check whose reports are attributed to the given rule code and retourcode (cross-message rules). */
    public void run(String code, String retourCode, Runnable check) {
        this.currentCode = code;
        this.currentRetourCode = retourCode;
        try {
            check.run();
        } finally {
            this.currentCode = null;
            this.currentRetourCode = null;
        }
    }

    /** Reports a violation of the running rule at an element. Never put a BSN, name or address in the message. */
    public void report(XmlElement at, String message) {
        findings.add(new Finding(Level.RULES, currentCode, currentRetourCode, at.path(), message));
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
