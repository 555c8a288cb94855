package org.centrumhub.hub.config;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * Camel's JMS component on the broker's ConnectionFactory with local JMS transactions: a message is taken off its
 * queue in the same transaction that sends its answer and forwards it, so either all of that happens or none.
 * <p>
 * The transaction is the listener's own transacted session ({@code transacted} without a transaction manager,
 * Camel's {@code lazyCreateTransactionManager=false}): each consumer thread keeps its session and consumer for its
 * whole life ({@code CACHE_CONSUMER}), and what a route sends while handling a message goes through that same session
 * (Spring exposes the listener's session to the producer), committed after the route returns and rolled back when
 * it throws. With a transaction manager instead, Spring's listener container takes a new session and creates a new
 * consumer on the broker for every message (cache level none), which cost the broker more than half its CPU in
 * consumer set-up and queue iterator resets (issue 11's profile).
 */
@Configuration(proxyBeanMethods = false)
public class JmsConfiguration {

    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory) {
        JmsComponent jms = JmsComponent.jmsComponent(connectionFactory);
        jms.getConfiguration().setTransacted(true);
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        jms.getConfiguration().setCacheLevel(DefaultMessageListenerContainer.CACHE_CONSUMER);
        return jms;
    }

    /**
     * The hub's own connection factory: its consumers' window ({@code centrumhub.broker.consumer-window-size}, how
     * many bytes of messages each consumer takes ahead; Artemis' default when not set), and the size from which what
     * it sends goes as a large message ({@code centrumhub.broker.min-large-message-size}; Artemis' 100 KiB would make
     * every declaration of some size a chunked file on each of its hops through the hub).
     */
    @Bean
    static BeanPostProcessor hubConnectionFactory(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ConnectionFactory factory
                        && target(factory) instanceof ActiveMQConnectionFactory artemis) {
                    // bound here from the same properties as HubProperties (a post-processor comes before that bean)
                    HubProperties.Broker broker = Binder.get(environment)
                            .bindOrCreate("centrumhub.broker", HubProperties.Broker.class);
                    if (broker.consumerWindowSize() != null) {
                        artemis.setConsumerWindowSize((int) broker.consumerWindowSize().toBytes());
                    }
                    artemis.setMinLargeMessageSize((int) broker.minLargeMessageSize().toBytes());
                }
                return bean;
            }
        };
    }

    /** The broker's own factory under Spring's caching one. */
    public static ConnectionFactory target(ConnectionFactory factory) {
        if (factory instanceof SingleConnectionFactory single && single.getTargetConnectionFactory() != null) {
            return target(single.getTargetConnectionFactory());
        }
        return factory;
    }
}
