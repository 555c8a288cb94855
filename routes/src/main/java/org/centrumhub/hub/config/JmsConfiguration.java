package org.centrumhub.hub.config;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.spring.spi.SpringTransactionPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.JmsTransactionManager;

/**
 * Camel's JMS component on the broker's ConnectionFactory with a local JMS transaction: a message is taken off its
 * queue in the same transaction that sends its answer and forwards it, so either all of that happens or none.
 */
@Configuration(proxyBeanMethods = false)
public class JmsConfiguration {

    @Bean
    JmsTransactionManager jmsTransactionManager(ConnectionFactory connectionFactory) {
        return new JmsTransactionManager(connectionFactory);
    }

    @Bean("jms")
    JmsComponent jms(ConnectionFactory connectionFactory, JmsTransactionManager transactionManager) {
        return JmsComponent.jmsComponentTransacted(connectionFactory, transactionManager);
    }

    /** The policy {@code transacted()} uses: join the consumer's JMS transaction. */
    @Bean("PROPAGATION_REQUIRED")
    SpringTransactionPolicy required(JmsTransactionManager transactionManager) {
        SpringTransactionPolicy policy = new SpringTransactionPolicy(transactionManager);
        policy.setPropagationBehaviorName("PROPAGATION_REQUIRED");
        return policy;
    }
}
