package org.centrumhub.hub.config;

import java.time.Clock;
import javax.sql.DataSource;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.crossmessage.CrossMessageRules;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.centrumhub.transform.intake.Intake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The message logic of the transformers module, as beans. */
@Configuration(proxyBeanMethods = false)
public class IntakeConfiguration {

    @Bean
    MessageValidator messageValidator() {
        return MessageValidator.standard();
    }

    @Bean
    Intake intake(MessageValidator validator) {
        return new Intake(validator, CrossMessageRules.standard(Clock.systemDefaultZone()));
    }

    /** Local transactions for the stores: a message row and what it changes commit together. */
    @Bean
    TransactionTemplate storeTransactions(DataSource dataSource) {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }
}
