package org.centrumhub.hub.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.intake.Intake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The message logic of the transformers module, as beans, and the hub's clock. */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    /** The hub's clock, in the standard's time zone: dates in messages are Dutch dates without a zone. */
    @Bean
    Clock clock(HubProperties properties) {
        return Clock.system(properties.timeZone());
    }

    @Bean
    MessageValidator messageValidator(Clock clock) {
        return MessageValidator.standard(clock);
    }

    @Bean
    Intake intake(MessageValidator validator) {
        return new Intake(validator);
    }

    /** Local transactions for the stores: a message row and what it changes commit together. */
    @Bean
    TransactionTemplate storeTransactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
