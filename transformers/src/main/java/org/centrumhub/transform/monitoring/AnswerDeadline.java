package org.centrumhub.transform.monitoring;

import java.time.LocalDate;
import org.centrumhub.transform.declaration.WorkingDays;

/**
 * Whether a message was answered within the standard's deadline (OP090): a retour within 3 Dutch working days of
 * receipt, a declaration's 325 within 10. An answer on the last day is on time.
 */
public final class AnswerDeadline {
    public static final int RETOUR_WORKING_DAYS = 3;
    public static final int DECLARATION_WORKING_DAYS = 10;

    /** What is known about a message's answer on a given day. */
    public enum Verdict {
        ON_TIME,
        LATE,
        /** not answered, and its deadline has not passed yet */
        PENDING
    }

    private AnswerDeadline() {
    }

    /** The last day its answer is on time. */
    public static LocalDate due(LocalDate received, boolean declaration) {
        return WorkingDays.add(received, declaration ? DECLARATION_WORKING_DAYS : RETOUR_WORKING_DAYS);
    }

    /**
     * @param received the business date it was received
     * @param answered the business date it was answered; null when not (yet)
     * @param today    the business date of the judgement
     */
    public static Verdict verdict(LocalDate received, boolean declaration, LocalDate answered, LocalDate today) {
        LocalDate due = due(received, declaration);
        if (answered != null) {
            return answered.isAfter(due) ? Verdict.LATE : Verdict.ON_TIME;
        }
        return today.isAfter(due) ? Verdict.LATE : Verdict.PENDING;
    }
}
