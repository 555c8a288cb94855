package org.centrumhub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The hub: Camel routes over embedded (or external) Artemis and PostgreSQL, with Hawtio for operators. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CentrumhubApplication {

    public static void main(String[] args) {
        SpringApplication.run(CentrumhubApplication.class, args);
    }
}
