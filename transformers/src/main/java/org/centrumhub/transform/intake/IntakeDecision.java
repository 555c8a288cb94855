package org.centrumhub.transform.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centrumhub.schema.MessageType;
import org.centrumhub.transform.ErrorCode;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.StateChange;
import org.centrumhub.transform.declaration.Judgement;
import org.centrumhub.transform.retour.Answer;

/** What the hub does with a message that arrived from a party. */
public sealed interface IntakeDecision {

    Outcome outcome();

    /**
     * Refused on transport: not a message of the standard, not valid against its XSD, not this party's to send, or
     * a retour that answers nothing the hub forwarded. The standard has no retour for these; the sender gets an error
     * notice with the code and reason.
     */
    record Refused(Optional<MessageType> type, ErrorCode code, String reason, List<Finding> findings)
            implements IntakeDecision {
        @Override
        public Outcome outcome() {
            return Outcome.REFUSED;
        }
    }

    /**
     * Judged by the standard's rules.
     *
     * @param outcome   what became of it
     * @param findings  the rules it broke: the verdict when the hub judges it; for a message the hub forwards to a
     *                  provider (301, 319) what the hub's stores say the provider will find (advice, not a verdict)
     * @param answer    the answer the hub sends back (absent when the receiver answers, and for an accepted 323
     *                  until it is judged)
     * @param changes   what it changes in the stores
     * @param inReplyTo for a relayed retour: the forwarded message it answers
     * @param declaration for a declaration judged line by line: the verdict per line, with each line's municipality
     */
    record Judged(Message message, Outcome outcome, List<Finding> findings, Optional<Answer> answer,
                  List<StateChange> changes, Optional<UUID> inReplyTo, Optional<Judgement> declaration)
            implements IntakeDecision {

        public Judged(Message message, Outcome outcome, List<Finding> findings, Optional<Answer> answer,
                      List<StateChange> changes, Optional<UUID> inReplyTo) {
            this(message, outcome, findings, answer, changes, inReplyTo, Optional.empty());
        }

        /** Whether it passed every check the hub made (for a forwarded message: no advice either). */
        public boolean accepted() {
            return outcome.passedOn() && findings.isEmpty();
        }

        /** The retourcodes of the findings, each once. */
        public List<String> retourCodes() {
            return findings.stream().map(Finding::retourCode).distinct().toList();
        }
    }
}
