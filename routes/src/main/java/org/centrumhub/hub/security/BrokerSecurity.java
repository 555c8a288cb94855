package org.centrumhub.hub.security;

import jakarta.jms.ConnectionFactory;
import java.util.HashSet;
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
import org.centrumhub.hub.config.PartyRegistry;
import org.centrumhub.schema.Party;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jms.connection.SingleConnectionFactory;

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
 * </ul>
 * The hub itself connects in-VM as {@code hub} with the password {@link Credentials} made for this start. An
 * external broker needs the same logins and security settings (config/broker.xml).
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
            Role hub = everything(Credentials.HUB);
            configuration.putSecurityRoles("#", Set.of(hub));
            Role operatorBrowses = new Role(Credentials.OPERATOR, false, false, false, false, false, false, false, true,
                    false, false, true, false);
            for (String deadLetters : new String[] {addresses.dlq(), "DLQ", "ExpiryQueue"}) {
                configuration.putSecurityRoles(deadLetters, Set.of(hub, operatorBrowses));
            }
            for (String queue : new String[] {addresses.intake(), addresses.dlq()}) {
                configuration.addQueueConfiguration(anycast(queue));
            }
            if (bareRoute) {
                // the benchmark's baseline route: any provider's load driver may use it
                configuration.putSecurityRoles("bench.bare.in", Set.of(hub, new Role(Credentials.PROVIDER_ROLE, true,
                        false, false, false, false, false, false, false, false, false, false, false)));
                configuration.putSecurityRoles("bench.bare.out", Set.of(hub, new Role(Credentials.PROVIDER_ROLE, false,
                        true, false, false, false, false, false, true, false, false, false, false)));
                configuration.addQueueConfiguration(anycast("bench.bare.in"));
                configuration.addQueueConfiguration(anycast("bench.bare.out"));
            }
            registry.providers().forEach(entry -> confine(configuration, addresses, Party.provider(entry.code()), hub));
            registry.municipalities().forEach(entry ->
                    confine(configuration, addresses, Party.municipality(entry.code()), hub));
        };
    }

    private static void confine(Configuration configuration, HubAddresses addresses, Party party, Role hub) {
        String code = party.code();
        Role sends = new Role(code, true, false, false, false, false, false, false, false, false, false, false, false);
        Role reads = new Role(code, false, true, false, false, false, false, false, true, false, false, false, false);
        configuration.putSecurityRoles(addresses.inbound(party), Set.of(hub, sends));
        configuration.putSecurityRoles(addresses.outbound(party), new HashSet<>(Set.of(hub, reads)));
        configuration.putSecurityRoles(addresses.errors(party), new HashSet<>(Set.of(hub, reads)));
        for (String queue : new String[] {addresses.inbound(party), addresses.outbound(party), addresses.errors(party)}) {
            configuration.addQueueConfiguration(anycast(queue));
        }
    }

    private static QueueConfiguration anycast(String queue) {
        return QueueConfiguration.of(queue).setAddress(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }

    /** The broker's own factory under Spring's caching one. */
    private static ConnectionFactory target(ConnectionFactory factory) {
        if (factory instanceof SingleConnectionFactory single && single.getTargetConnectionFactory() != null) {
            return target(single.getTargetConnectionFactory());
        }
        return factory;
    }

    private static Role everything(String name) {
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
                        && target(factory) instanceof ActiveMQConnectionFactory artemis && artemis.getUser() == null) {
                    artemis.setUser(Credentials.HUB);
                    artemis.setPassword(credentials.getObject().hubPassword());
                }
                return bean;
            }
        };
    }
}
