package org.centrumhub.transform.declaration;

import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.Message;
import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.crossmessage.HubState;

/**
 * What a line rule sees while a declaration is judged: the stores, plus the lines of this declaration judged before
 * it (credits first, OP366), so a credit and its corrected debit in one message are judged as if sent one by one.
 */
public interface DeclarationScope {

    Message declaration();

    Standard domain();

    /** The provider that sent the declaration. */
    String provider();

    HubState state();

    /** Whether a line of an earlier declaration of this provider used this ReferentieNummer (TR314). */
    boolean usedBefore(String reference);

    /**
     * The line with this ReferentieNummer: judged earlier in this declaration, or a granted stored line on one of the
     * assignments this declaration names (a credit repeats its debit's assignment).
     */
    Optional<DeclaredLine> line(String reference);

    /** The granted credit of the line with this ReferentieNummer: stored, or granted earlier in this declaration. */
    Optional<DeclaredLine> creditOf(String reference);

    /** The granted lines on an assignment: stored, and granted earlier in this declaration. */
    List<DeclaredLine> onAssignment(String municipality, long number);
}
