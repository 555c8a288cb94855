package org.centrumhub.hub.security;

import jakarta.jms.ConnectionFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.config.HubProperties;
import org.centrumhub.hub.config.InboundDiverts;
import org.centrumhub.hub.config.JmsConfiguration;
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.hub.routes.GroupHandover;
import org.centrumhub.schema.Party;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The embedded broker with security on: every connection logs in (anonymous ones are refused) through
 * {@link LoginModules}, and each login may touch only its own addresses:
 * <ul>
 *   <li>a party sends only to its {@code hub.from-…<code>} address and consumes (or browses) only its
 *   {@code hub.to-…<code>} and {@code hub.errors.<code>} queues;</li>
 *   <li>only the hub consumes from {@code hub.from-…}, writes {@code hub.to-…}/{@code hub.errors.…}, or touches its
 *   intake queue and {@code hub.dlq}; operators may browse {@code hub.dlq} and the broker's own {@code DLQ} and
 *   {@code ExpiryQueue} (replay goes through the DLQ API);</li>
 *   <li>nobody but the hub creates or deletes addresses and queues. A party's rules, its three queues and its divert
 *   are made when it first logs in ({@link PartyArrivals}), or its answer and notice queues by the hub's first send
 *   to it, whichever comes first; a registered party that has not logged in costs the broker nothing.</li>
 *   <li>what a party sends to its inbound address, the broker diverts to its direction's inbound queue
 *   ({@link InboundDiverts}).</li>
 * </ul>
 * The hub itself connects in-VM as {@code hub} with the password {@link Credentials} made for this start. An
 * external broker gets the same logins and rules from the files {@link ExternalBrokerFiles} writes.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class BrokerSecurity {
    private static final Role HUB = everything(Credentials.HUB);

    @Bean
    PartyArrivals partyArrivals(PartyRegistry registry, HubAddresses addresses) {
        return new PartyArrivals(registry, addresses);
    }

    @Bean
    ArtemisConfigurationCustomizer securitySettings(PartyArrivals arrivals, HubAddresses addresses,
                                                    HubProperties properties, SecurityProperties security,
                                                    @Value("${centrumhub.bench.bare-route:false}") boolean bareRoute) {
        return (Configuration configuration) -> {
            NetworkExposure.checkAcceptor(properties.broker().acceptor(), security.plaintextOnNetwork());
            configuration.setSecurityEnabled(true);
            hubRules(addresses, bareRoute).forEach(configuration::putSecurityRoles);
            Set<String> grouped = Set.copyOf(groupedQueues(addresses));
            queues(addresses, bareRoute).forEach(queue -> configuration.addQueueConfiguration(
                    grouped.contains(queue) ? anycast(queue).setGroupFirstKey(GroupHandover.FIRST_FOR_CONSUMER)
                            : anycast(queue)));
            // a party's rules, addresses and divert come with its first login
            configuration.registerBrokerPlugin(arrivals);
        };
    }

    /**
     * Who may do what where: address match to the roles allowed there (the most specific match applies). All of them
     * go to an external broker as broker properties ({@link ExternalBrokerFiles}); the embedded broker starts with the
     * hub's and gets a party's when the party first logs in ({@link PartyArrivals}).
     */
    static Map<String, Set<Role>> rules(PartyRegistry registry, HubAddresses addresses, boolean bareRoute) {
        Map<String, Set<Role>> rules = hubRules(addresses, bareRoute);
        InboundDiverts.parties(registry).forEach(party -> rules.putAll(partyRules(party, addresses)));
        return rules;
    }

    /** The rules of the hub, the operators and the benchmark: nothing that names a party. */
    static Map<String, Set<Role>> hubRules(HubAddresses addresses, boolean bareRoute) {
        Map<String, Set<Role>> rules = new LinkedHashMap<>();
        rules.put("#", Set.of(HUB));
        Role operatorBrowses = new Role(Credentials.OPERATOR, false, false, false, false, false, false, false, true,
                false, false, true, false);
        for (String deadLetters : new String[] {addresses.dlq(), "DLQ", "ExpiryQueue"}) {
            rules.put(deadLetters, Set.of(HUB, operatorBrowses));
        }
        if (bareRoute) {
            // the benchmark's baseline route: any provider's load driver may use it
            rules.put("bench.bare.in", Set.of(HUB, sends(Credentials.PROVIDER_ROLE)));
            rules.put("bench.bare.out", Set.of(HUB, reads(Credentials.PROVIDER_ROLE)));
        }
        return rules;
    }

    /** One party's rules: it sends on its inbound address and reads (consumes, browses) its answers and notices. */
    static Map<String, Set<Role>> partyRules(Party party, HubAddresses addresses) {
        Map<String, Set<Role>> rules = new LinkedHashMap<>();
        rules.put(addresses.inbound(party), Set.of(HUB, sends(party.code())));
        rules.put(addresses.outbound(party), Set.of(HUB, reads(party.code())));
        rules.put(addresses.errors(party), Set.of(HUB, reads(party.code())));
        return rules;
    }

    /** The hub's own queues, made at start-up: the inbound queue of each direction, the intake, the dead letters. */
    static List<String> queues(HubAddresses addresses, boolean bareRoute) {
        List<String> queues = new ArrayList<>(List.of(addresses.inboundFromProviders(),
                addresses.inboundFromMunicipalities(), addresses.intake(), addresses.dlq()));
        if (bareRoute) {
            queues.addAll(List.of("bench.bare.in", "bench.bare.out"));
        }
        return queues;
    }

    /**
     * A party's three queues, each an anycast queue on the address of its name: its inbound address (the queue stays
     * empty: the address's exclusive divert takes every message, {@link InboundDiverts}; it is there because a JMS
     * client's producer looks for a queue on the address it sends to), its answers and its notices. A broker queue
     * costs about 25 KB of heap however idle (Artemis 2.44), so the embedded broker makes them at the party's first
     * login ({@link PartyArrivals}), or the answer and notice queues at the hub's first send to the party; an external
     * broker at its start ({@link ExternalBrokerFiles}).
     */
    static List<String> partyQueues(Party party, HubAddresses addresses) {
        return List.of(addresses.inbound(party), addresses.outbound(party), addresses.errors(party));
    }

    /** Every registered party's queues ({@link #partyQueues(Party, HubAddresses)}). */
    static List<String> partyQueues(PartyRegistry registry, HubAddresses addresses) {
        return InboundDiverts.parties(registry).stream().flatMap(party -> partyQueues(party, addresses).stream())
                .toList();
    }

    /**
     * The queues whose messages the hub takes in message groups (a party's, a client's): on each the broker marks the
     * first message a consumer gets of a group ({@link GroupHandover}).
     */
    public static List<String> groupedQueues(HubAddresses addresses) {
        return List.of(addresses.inboundFromProviders(), addresses.inboundFromMunicipalities(), addresses.intake());
    }

    private static Role sends(String role) {
        return new Role(role, true, false, false, false, false, false, false, false, false, false, false, false);
    }

    private static Role reads(String role) {
        return new Role(role, false, true, false, false, false, false, false, true, false, false, false, false);
    }

    static QueueConfiguration anycast(String queue) {
        return QueueConfiguration.of(queue).setAddress(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }

    static Role everything(String name) {
        return new Role(name, true, true, true, true, true, true, true, true, true, true, true, true);
    }

    /**
     * Logins checked against the hub's store before the broker starts; a client with a certificate is known by it.
     * The hub's own in-VM connection factory logs in as {@code hub}.
     */
    @Bean
    static BeanPostProcessor brokerLogins(ObjectProvider<Credentials> credentials) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof EmbeddedActiveMQ broker) {
                    LoginModules modules = new LoginModules(credentials.getObject());
                    broker.setSecurityManager(new ActiveMQJAASSecurityManager(LoginModules.PASSWORD,
                            LoginModules.CERTIFICATE, modules, modules));
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                // Spring Boot's in-VM connection factory carries no credentials: the hub's own login goes on it
                if (bean instanceof ConnectionFactory factory
                        && JmsConfiguration.target(factory) instanceof ActiveMQConnectionFactory artemis
                        && artemis.getUser() == null) {
                    artemis.setUser(Credentials.HUB);
                    artemis.setPassword(credentials.getObject().hubPassword());
                }
                return bean;
            }
        };
    }
}
