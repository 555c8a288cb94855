package org.centrumhub.transform.crossmessage;

import java.util.List;
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
}
