package org.centrumhub.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The hub: Camel routes over embedded (or external) Artemis and PostgreSQL, with Hawtio for operators. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CentrumhubApplication {

    public static void main(String[] args) {
        SpringApplication.run(CentrumhubApplication.class, args);
    }
}
