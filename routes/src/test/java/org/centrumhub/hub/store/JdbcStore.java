package org.centrumhub.hub.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centrumhub.schema.Standard;
import org.centrumhub.transform.crossmessage.Assignment;
import org.centrumhub.transform.crossmessage.Conversation;
import org.centrumhub.transform.crossmessage.Delivery;
import org.centrumhub.transform.crossmessage.Request;
import org.centrumhub.transform.crossmessage.RequestAnswer;
import org.centrumhub.transform.crossmessage.StateChange;
import org.springframework.jdbc.core.JdbcTemplate;

/** The hub's PostgreSQL stores behind the transformers' conversation tests; emptied for every conversation. */
final class JdbcStore implements Conversation.Store {

    private final JdbcHubState state;

    JdbcStore(JdbcHubState state, JdbcTemplate jdbc) {
        this.state = state;
        jdbc.execute("TRUNCATE assignment, delivery, request, request_answer");
    }

    @Override
    public void apply(List<StateChange> changes) {
        state.apply(changes, UUID.randomUUID());
    }

    @Override
    public String clientKey(String bsn) {
        return state.clientKey(bsn);
    }

    @Override
    public Optional<Assignment> assignment(Standard domain, String municipality, long number) {
        return state.assignment(domain, municipality, number);
    }

    @Override
    public List<Assignment> assignments(Standard domain, String municipality, String provider, String client) {
        return state.assignments(domain, municipality, provider, client);
    }

    @Override
    public List<Assignment> assignmentsForReference(Standard domain, String provider, String reference) {
        return state.assignmentsForReference(domain, provider, reference);
    }

    @Override
    public List<Delivery> deliveries(Standard domain, String provider, String municipality, String client) {
        return state.deliveries(domain, provider, municipality, client);
    }

    @Override
    public Optional<Request> request(Standard domain, String provider, String reference) {
        return state.request(domain, provider, reference);
    }

    @Override
    public List<Request> requests(Standard domain, String provider, String municipality, String client) {
        return state.requests(domain, provider, municipality, client);
    }

    @Override
    public List<RequestAnswer> answers(Standard domain, String provider, String reference) {
        return state.answers(domain, provider, reference);
    }
}
