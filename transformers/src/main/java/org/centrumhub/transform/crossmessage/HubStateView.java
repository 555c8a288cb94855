package org.centrumhub.transform.crossmessage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Override
    public Map<Long, List<Assignment>> assignmentsNumbered(Standard domain, String provider, Collection<Long> numbers) {
        return stores.assignmentsNumbered(domain, provider, numbers);
    }

    @Override
    public Set<String> usedReferences(Standard domain, String provider, Collection<String> references) {
        return stores.usedReferences(domain, provider, references);
    }

    @Override
    public List<DeclaredLine> declaredOnAssignments(Standard domain, String provider, Collection<Long> numbers) {
        return stores.declaredOnAssignments(domain, provider, numbers);
    }

    @Override
    public boolean declarationNumberUsed(Standard domain, String provider, String number) {
        return stores.declarationNumberUsed(domain, provider, number);
    }

    @Override
    public Optional<YearMonth> latestDeclarationPeriod(Standard domain, String provider, String municipality) {
        return stores.latestDeclarationPeriod(domain, provider, municipality);
    }

    @Override
    public List<String> participants(Standard domain, String addressee) {
        return stores.participants(domain, addressee);
    }

    @Override
    public Optional<Tariff> contractTariff(Standard domain, String municipality, String provider, String productCode,
                                           LocalDate on) {
        return stores.contractTariff(domain, municipality, provider, productCode, on);
    }
}
