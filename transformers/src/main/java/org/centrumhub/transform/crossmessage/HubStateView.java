package org.centrumhub.transform.crossmessage;

import java.util.List;
import java.util.Optional;
import org.centrumhub.schema.Standard;

/** The hub's stores seen through a view that may hide or add rows: every read goes to the stores unless overridden. */
class HubStateView implements HubState {
    private final HubState stores;

    HubStateView(HubState stores) {
        this.stores = stores;
    }

    @Override
    public String clientKey(String bsn) {
        return stores.clientKey(bsn);
    }

    @Override
    public Optional<Assignment> assignment(Standard domain, String municipality, long number) {
        return stores.assignment(domain, municipality, number);
    }

    @Override
    public List<Assignment> assignments(Standard domain, String municipality, String provider, String client) {
        return stores.assignments(domain, municipality, provider, client);
    }

    @Override
    public List<Assignment> assignmentsForReference(Standard domain, String provider, String reference) {
        return stores.assignmentsForReference(domain, provider, reference);
    }

    @Override
    public List<Delivery> deliveries(Standard domain, String provider, String municipality, String client) {
        return stores.deliveries(domain, provider, municipality, client);
    }

    @Override
    public Optional<Request> request(Standard domain, String provider, String reference) {
        return stores.request(domain, provider, reference);
    }

    @Override
    public List<Request> requests(Standard domain, String provider, String municipality, String client) {
        return stores.requests(domain, provider, municipality, client);
    }

    @Override
    public List<RequestAnswer> answers(Standard domain, String provider, String reference) {
        return stores.answers(domain, provider, reference);
    }
}
