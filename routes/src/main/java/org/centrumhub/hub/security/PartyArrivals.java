package org.centrumhub.hub.security;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQInternalErrorException;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.DivertConfiguration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerSessionPlugin;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.config.InboundDiverts;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.schema.Party;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the embedded broker holds for a party, made when the party first logs in, not at start-up: its security rules
 * ({@link BrokerSecurity#partyRules}), its three queues ({@link BrokerSecurity#partyQueues}) and the divert from its
 * inbound address ({@link InboundDiverts}). Before its first login a party can do nothing on the broker, so it needs
 * nothing there; a registry of thousands of parties that mostly sleep then costs the broker no more than the parties
 * that are active (issue 11: start-up and heap flat in the number of parties). If the hub sends to a party before it
 * has logged in, the hub's producer makes that queue ({@code BrokerConfiguration.partyAddressSettings}).
 * <p>
 * A broker session plugin: the broker calls it once it has authenticated a session and before it answers the client,
 * so rules and queues are there before the session can do anything. Queues and diverts the broker keeps in its
 * journal, so after a restart they are there already; the rules are made again at the party's next login. Idempotent
 * and once per party per start (a set of codes), under a lock so that two first logins of one party do not race.
 */
public final class PartyArrivals implements ActiveMQServerSessionPlugin {
    private static final Logger LOG = LoggerFactory.getLogger(PartyArrivals.class);

    private final Map<String, Party> parties;
    private final HubAddresses addresses;
    private final Set<String> arrived = ConcurrentHashMap.newKeySet();
    private volatile ActiveMQServer server;

    public PartyArrivals(PartyRegistry registry, HubAddresses addresses) {
        this.parties = InboundDiverts.parties(registry).stream()
                .collect(Collectors.toUnmodifiableMap(Party::code, Function.identity()));
        this.addresses = addresses;
    }

    @Override
    public void registered(ActiveMQServer server) {
        this.server = server;
    }

    @Override
    public void afterCreateSession(ServerSession session) throws ActiveMQException {
        String user = session.getValidatedUser();
        if (user != null && !arrived.contains(user) && parties.containsKey(user)) {
            try {
                arrive(user);
            } catch (Exception e) {
                LOG.error("Could not make the broker's rules, queues and divert for party {}", user, e);
                throw new ActiveMQInternalErrorException("the hub could not set up this party's queues", e);
            }
        }
    }

    /**
     * Makes what the broker holds for a registered party now, if not made since the broker started: for a login, and
     * for the hub's own demo, which sends on the parties' behalf through the hub's connection. Returns false for a code
     * that is not registered.
     */
    public boolean arrive(String code) throws Exception {
        Party party = parties.get(code);
        if (party == null) {
            return false;
        }
        synchronized (this) {
            // marked only once made: another session of the party that finds it unmarked waits here for it
            if (!arrived.contains(code)) {
                arrive(party);
                arrived.add(code);
            }
        }
        return true;
    }

    private void arrive(Party party) throws Exception {
        BrokerSecurity.partyRules(party, addresses).forEach(server.getSecurityRepository()::addMatch);
        for (String queue : BrokerSecurity.partyQueues(party, addresses)) {
            // made if missing, kept if there (a restart, or the hub's first send to the party came first)
            server.createQueue(BrokerSecurity.anycast(queue).setAutoCreateAddress(true), true);
        }
        DivertConfiguration divert = InboundDiverts.divert(party, addresses);
        if (server.getPostOffice().getBinding(SimpleString.of(divert.getName())) == null) {
            server.deployDivert(divert);
        }
        LOG.debug("First login of {} {} since start-up: its rules, queues and divert are in place",
                party.role(), party.code());
    }
}
