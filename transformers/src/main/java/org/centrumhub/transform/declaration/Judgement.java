package org.centrumhub.transform.declaration;

import java.util.List;
import java.util.Set;
import org.centrumhub.transform.Finding;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.Declaration;
import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.crossmessage.StateChange;
import org.centrumhub.transform.xml.XmlElement;

/**
 * The verdict on a declaration: the findings (what its 325 says), every line with its responsible municipality,
 * which lines are rejected, whether the declaration is rejected as a whole (header or class Declaratie), and
 * whether some debit line refers to an assignment the hub does not know yet (the declaration may wait for it).
 */
public record Judgement(Message message, Declaration declaration, List<Finding> findings, List<DeclarationLine> lines,
                        Set<XmlElement> rejectedLines, boolean rejectedWhole, boolean waitsForAssignments) {

    public boolean granted(DeclarationLine line) {
        return !rejectedWhole && !rejectedLines.contains(line.element());
    }

    public List<DeclarationLine> grantedLines() {
        return lines.stream().filter(this::granted).toList();
    }

    /** Signed total of the granted lines, in cents. */
    public long grantedCents() {
        return grantedLines().stream().mapToLong(DeclarationLine::amountCents).sum();
    }

    /** What the declaration changes in the stores: nothing when rejected as a whole (it counts as not sent). */
    public List<StateChange> changes() {
        if (rejectedWhole) {
            return List.of();
        }
        List<DeclaredLine> stored = lines.stream()
                .map(line -> line.stored(declaration.domain(), declaration.provider(), granted(line))).toList();
        return List.of(new StateChange.DeclarationReceived(declaration, stored));
    }
}
