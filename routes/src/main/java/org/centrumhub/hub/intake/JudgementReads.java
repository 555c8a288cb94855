package org.centrumhub.hub.intake;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.centrumhub.hub.store.JdbcHubStore;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.DeclaredLine;
import org.centrumhub.transform.crossmessage.Delivery;
import org.centrumhub.transform.crossmessage.HubState;
import org.centrumhub.transform.crossmessage.Request;
import org.centrumhub.transform.crossmessage.RequestAnswer;
import org.centrumhub.transform.crossmessage.Tariff;

/**
 * The stores as one judgement reads them: each read goes to the database once, and the assignments of every
 * ToewijzingNummer the message names are read together, for every municipality, the first time one of them is asked
 * for (by number and municipality, or by number and provider). Several rules ask the same (a start's rules each read
 * the client's starts and stops); while a message is judged its locks are held and nothing is written, so a second
 * read could only give the same answer. Made for one judgement, inside its transaction, and then dropped.
 */
final class JudgementReads implements HubState {
    private final JdbcHubStore stores;
    private final Set<Long> numbers;
    private final Map<Standard, List<Assignment>> named = new EnumMap<>(Standard.class);
    private final Map<List<Object>, Object> reads = new HashMap<>();

    /** @param numbers the ToewijzingNummers the message names */
    JudgementReads(JdbcHubStore stores, Collection<Long> numbers) {
        this.stores = stores;
        this.numbers = new HashSet<>(numbers);
    }

    /** The current versions of the assignments the message names, of every municipality. */
    private List<Assignment> named(Standard domain) {
        return named.computeIfAbsent(domain, d -> stores.currentVersions(d, numbers));
    }

    @SuppressWarnings("unchecked")
    private <T> T once(Supplier<T> read, Object... key) {
        List<Object> k = Arrays.asList(key);
        Object value = reads.get(k);
        if (value == null) {
            value = read.get();
            reads.put(k, value);
        }
        return (T) value;
    }

    @Override
    public String clientKey(String bsn) {
        return stores.clientKey(bsn);
    }

    @Override
    public Optional<Assignment> assignment(Standard domain, String municipality, long number) {
        if (numbers.contains(number)) {
            return named(domain).stream().filter(a -> a.number() == number && a.municipality().equals(municipality))
                    .findFirst();
        }
        return once(() -> stores.assignment(domain, municipality, number), "assignment", domain, municipality, number);
    }

    @Override
    public List<Assignment> assignments(Standard domain, String municipality, String provider, String client) {
        return once(() -> Collections.unmodifiableList(stores.assignments(domain, municipality, provider, client)),
                "assignments", domain, municipality, provider, client);
    }

    @Override
    public List<Assignment> assignmentsForReference(Standard domain, String provider, String reference) {
        return once(() -> Collections.unmodifiableList(stores.assignmentsForReference(domain, provider, reference)),
                "assignmentsForReference", domain, provider, reference);
    }

    @Override
    public List<Delivery> deliveries(Standard domain, String provider, String municipality, String client) {
        return once(() -> Collections.unmodifiableList(stores.deliveries(domain, provider, municipality, client)),
                "deliveries", domain, provider, municipality, client);
    }

    @Override
    public Optional<Request> request(Standard domain, String provider, String reference) {
        return once(() -> stores.request(domain, provider, reference), "request", domain, provider, reference);
    }

    @Override
    public List<Request> requests(Standard domain, String provider, String municipality, String client) {
        return once(() -> Collections.unmodifiableList(stores.requests(domain, provider, municipality, client)),
                "requests", domain, provider, municipality, client);
    }

    @Override
    public List<RequestAnswer> answers(Standard domain, String provider, String reference) {
        return once(() -> Collections.unmodifiableList(stores.answers(domain, provider, reference)), "answers",
                domain, provider, reference);
    }

    @Override
    public Map<Long, List<Assignment>> assignmentsNumbered(Standard domain, String provider, Collection<Long> numbers) {
        if (this.numbers.containsAll(numbers)) {
            Set<Long> asked = new HashSet<>(numbers);
            return Collections.unmodifiableMap(JdbcHubStore.numbered(named(domain).stream()
                    .filter(a -> asked.contains(a.number())).toList(), provider));
        }
        return once(() -> Collections.unmodifiableMap(stores.assignmentsNumbered(domain, provider, numbers)),
                "assignmentsNumbered", domain, provider, new ArrayList<>(numbers));
    }

    @Override
    public Set<String> usedReferences(Standard domain, String provider, Collection<String> references) {
        return once(() -> Collections.unmodifiableSet(stores.usedReferences(domain, provider, references)),
                "usedReferences", domain, provider, new ArrayList<>(references));
    }

    @Override
    public List<DeclaredLine> declaredOnAssignments(Standard domain, String provider, Collection<Long> numbers) {
        return once(() -> Collections.unmodifiableList(stores.declaredOnAssignments(domain, provider, numbers)),
                "declaredOnAssignments", domain, provider, new ArrayList<>(numbers));
    }

    @Override
    public boolean declarationNumberUsed(Standard domain, String provider, String number) {
        return once(() -> stores.declarationNumberUsed(domain, provider, number), "declarationNumberUsed", domain,
                provider, number);
    }

    @Override
    public Optional<YearMonth> latestDeclarationPeriod(Standard domain, String provider, String municipality) {
        return once(() -> stores.latestDeclarationPeriod(domain, provider, municipality), "latestDeclarationPeriod",
                domain, provider, municipality);
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
