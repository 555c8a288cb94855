package org.centrumhub.transform.declaration;

import org.centrumhub.transform.rules.RuleContext;

/** TR304 (8187): the client of a line is the client of the assignment it refers to. */
public final class Tr304DeclaredClientIsAssigned extends DeclarationLineRule {
    public Tr304DeclaredClientIsAssigned() {
        super("TR304", "8187", "the client of a line is the client of the assignment it refers to");
    }

    @Override
    protected void check(DeclarationLine line, DeclarationScope scope, RuleContext context) {
        if (line.assignment().isEmpty() && line.otherClientsAssignment().isPresent()) {
            context.report(line.element(), "assignment " + line.assignmentNumber() + " belongs to another client");
        }
    }
}
