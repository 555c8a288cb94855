package org.centrumhub.hub.config;

import org.centrumhub.transform.MessageValidator;
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
        return new Intake(validator);
    }
}
