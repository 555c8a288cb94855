package org.centrumhub.transform.crossmessage;

/** TR351 (9351): each TeWijzigenProduct refers to a current assignment. */
public final class Tr351ChangedIsCurrentAssignment extends ReferencesCurrentAssignment {
    public Tr351ChangedIsCurrentAssignment() {
        super("TR351", "9351", "each TeWijzigenProduct refers to a current assignment", true);
    }
}
