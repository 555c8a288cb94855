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
 *   <li>nobody but the hub creates or deletes addresses and queues: every party's queues are made at start-up.</li>
 *   <li>what a party sends to its inbound address, the broker diverts to its direction's inbound queue
 *   ({@link InboundDiverts}).</li>
 * </ul>
 * The hub itself connects in-VM as {@code hub} with the password {@link Credentials} made for this start. An
 * external broker gets the same logins and rules from the files {@link ExternalBrokerFiles} writes.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class BrokerSecurity {

    @Bean
    ArtemisConfigurationCustomizer securitySettings(PartyRegistry registry, HubAddresses addresses,
                                                    HubProperties properties, SecurityProperties security,
                                                    @Value("${centrumhub.bench.bare-route:false}") boolean bareRoute) {
        return (Configuration configuration) -> {
            NetworkExposure.checkAcceptor(properties.broker().acceptor(), security.plaintextOnNetwork());
            configuration.setSecurityEnabled(true);
            rules(registry, addresses, bareRoute).forEach(configuration::putSecurityRoles);
            Set<String> grouped = Set.copyOf(groupedQueues(addresses));
            queues(registry, addresses, bareRoute).forEach(queue -> configuration.addQueueConfiguration(
                    grouped.contains(queue) ? anycast(queue).setGroupFirstKey(GroupHandover.FIRST_FOR_CONSUMER)
                            : anycast(queue)));
            InboundDiverts.diverts(registry, addresses).forEach(configuration::addDivertConfiguration);
        };
    }

    /**
     * Who may do what where: address match to the roles allowed there (the most specific match applies). The same
     * rules go to an external broker as broker properties ({@link ExternalBrokerFiles}).
     */
    static Map<String, Set<Role>> rules(PartyRegistry registry, HubAddresses addresses, boolean bareRoute) {
        Map<String, Set<Role>> rules = new LinkedHashMap<>();
        Role hub = everything(Credentials.HUB);
        rules.put("#", Set.of(hub));
        Role operatorBrowses = new Role(Credentials.OPERATOR, false, false, false, false, false, false, false, true,
                false, false, true, false);
        for (String deadLetters : new String[] {addresses.dlq(), "DLQ", "ExpiryQueue"}) {
            rules.put(deadLetters, Set.of(hub, operatorBrowses));
        }
        if (bareRoute) {
            // the benchmark's baseline route: any provider's load driver may use it
            rules.put("bench.bare.in", Set.of(hub, sends(Credentials.PROVIDER_ROLE)));
            rules.put("bench.bare.out", Set.of(hub, reads(Credentials.PROVIDER_ROLE)));
        }
        for (Party party : InboundDiverts.parties(registry)) {
            rules.put(addresses.inbound(party), Set.of(hub, sends(party.code())));
            rules.put(addresses.outbound(party), Set.of(hub, reads(party.code())));
            rules.put(addresses.errors(party), Set.of(hub, reads(party.code())));
        }
        return rules;
    }

    /**
     * The queues made at start-up, so that no party needs the right to create one: the hub's own (the inbound queue
     * of each direction, the intake, the dead letters) and every party's queues. The queue on a party's inbound
     * address stays empty (its exclusive divert takes every message, {@link InboundDiverts}); it is there because a
     * JMS client's producer looks for a queue on the address it sends to.
     */
    static List<String> queues(PartyRegistry registry, HubAddresses addresses, boolean bareRoute) {
        List<String> queues = new ArrayList<>(List.of(addresses.inboundFromProviders(),
                addresses.inboundFromMunicipalities(), addresses.intake(), addresses.dlq()));
        if (bareRoute) {
            queues.addAll(List.of("bench.bare.in", "bench.bare.out"));
        }
        for (Party party : InboundDiverts.parties(registry)) {
            queues.add(addresses.inbound(party));
            queues.add(addresses.outbound(party));
            queues.add(addresses.errors(party));
        }
        return queues;
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

    private static QueueConfiguration anycast(String queue) {
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
