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

    /** The assignment with this number of this municipality in this legal domain, if any 301 carried it. */
    Optional<Assignment> assignment(Standard domain, String municipality, long number);

    /** The reported starts and stops (not deleted) of a provider for a client (by client key) of a municipality. */
    List<Delivery> deliveries(Standard domain, String provider, String municipality, String client);
}
