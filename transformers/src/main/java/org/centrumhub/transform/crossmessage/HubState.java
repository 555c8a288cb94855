package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import org.centrumhub.schema.Standard;

/** What cross-message rules may read of the traffic before: the hub's stores, as of now. */
public interface HubState {

    /**
     * How the stores know a client: a keyed hash of the BSN, so no store holds a BSN and the key can be rotated
     * by re-keying. The same BSN always gives the same key within one hub.
     */
    String clientKey(String bsn);

    /**
     * The current version of the assignment with this number of this municipality in this legal domain: of the 301
     * lines that carried the number and that no provider rejected, the one with the latest Toewijzingsdatum +
     * Toewijzingstijd (IV013). A version not yet answered by the provider counts.
     */
    Optional<Assignment> assignment(Standard domain, String municipality, long number);

    /** The current versions of the assignments a municipality gave a provider for a client. */
    List<Assignment> assignments(Standard domain, String municipality, String provider, String client);

    /**
     * Every version (not rejected) that carried a provider's request reference: the 301 lines that honoured that
     * request, whatever later versions of their assignments say (TR359, TR374, TR379).
     */
    List<Assignment> assignmentsForReference(Standard domain, String provider, String reference);

    /** The reported starts and stops (not deleted) of a provider for a client (by client key) of a municipality. */
    List<Delivery> deliveries(Standard domain, String provider, String municipality, String client);

    /** A provider's request with this reference (unique per provider per legal domain, TR347). */
    Optional<Request> request(Standard domain, String provider, String reference);

    /** The requests a provider sent a municipality for a client. */
    List<Request> requests(Standard domain, String provider, String municipality, String client);

    /** The municipality's answers (319) to a provider's request reference that the provider did not reject. */
    List<RequestAnswer> answers(Standard domain, String provider, String reference);

    /**
     * The current versions of the assignments with these numbers that any municipality gave this provider in this
     * legal domain, per number: a number is unique per municipality only (TR332), so in a region several may answer.
     * One read for a whole declaration.
     */
    Map<Long, List<Assignment>> assignmentsNumbered(Standard domain, String provider, Collection<Long> numbers);

    /** {@link #assignmentsNumbered(Standard, String, Collection)} for one number. */
    default List<Assignment> assignmentsNumbered(Standard domain, String provider, long number) {
        return assignmentsNumbered(domain, provider, List.of(number)).getOrDefault(number, List.of());
    }

    /**
     * Which of these ReferentieNummers the provider used before in this legal domain, on a line granted or not
     * (TR314: a number is used once).
     */
    Set<String> usedReferences(Standard domain, String provider, Collection<String> references);

    /**
     * The granted lines (debits and credits) a provider declared on assignments with these numbers, of any
     * municipality. A credit repeats its debit's assignment (IV091), so these are also the lines credits name.
     */
    List<DeclaredLine> declaredOnAssignments(Standard domain, String provider, Collection<Long> numbers);

    /** Whether a provider already used this DeclaratieNummer in a declaration that counts as sent (TR333). */
    boolean declarationNumberUsed(Standard domain, String provider, String number);

    /** The latest DeclaratiePeriode of a provider's declarations to a municipality that count as sent (TR318). */
    Optional<YearMonth> latestDeclarationPeriod(Standard domain, String provider, String municipality);

    /**
     * The municipalities a provider message addressed to this municipality may concern: the participants of its
     * region in this domain when it is the centre or a participant of one, otherwise itself alone.
     */
    default List<String> participants(Standard domain, String addressee) {
        return List.of(addressee);
    }

    /** The contract tariff of a provider's product in the region (or municipality) that is responsible, if known. */
    default Optional<Tariff> contractTariff(Standard domain, String municipality, String provider, String productCode,
                                            LocalDate on) {
        return Optional.empty();
    }
}
