package org.centrumhub.transform.crossmessage;

/** TR350 (9350): each OngewijzigdProduct refers to a current assignment. */
public final class Tr350UnchangedIsCurrentAssignment extends ReferencesCurrentAssignment {
    public Tr350UnchangedIsCurrentAssignment() {
        super("TR350", "9350", "each OngewijzigdProduct refers to a current assignment", false);
    }
}
