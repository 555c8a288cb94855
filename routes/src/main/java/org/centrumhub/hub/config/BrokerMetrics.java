package org.centrumhub.hub.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.management.QueueControl;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.core.config.MetricsConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.server.metrics.ActiveMQMetricsPlugin;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.hub.routes.DatabaseOutagePolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded broker's figures in {@code /metrics}, for operators: Artemis' own queue metrics (through its
 * Micrometer plugin, on the hub's registry: {@code artemis_message_count{queue=...}} is the depth of every queue,
 * with messages added, acknowledged and killed) for the hub's own queues, and for them the age of the oldest message
 * waiting ({@code centrumhub_queue_oldest_message_seconds{queue=...}}, 0 when empty); the parties' queues with a
 * backlog ({@link PartyQueueBacklog});
 * whether the intake is paused for the database ({@code centrumhub_intake_paused}). Judging time per message type
 * is {@code centrumhub_judging_seconds{type=...}} (IntakeProcessor).
 * The alert rules in config/prometheus/alerts.yml read these.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class BrokerMetrics {

    @Bean
    ArtemisConfigurationCustomizer brokerMeters(ObjectProvider<MeterRegistry> registry) {
        // the JVM's own figures come from Spring Boot already: Artemis' copies (tagged with the broker) clashed with them
        return configuration -> registry.ifAvailable(meters -> configuration.setMetricsConfiguration(
                new MetricsConfiguration().setPlugin(new HubRegistry(meters))
                        .setJvmMemory(false).setJvmGc(false).setJvmThread(false)));
    }

    /** Artemis' metrics plugin on the hub's own registry (the plugin is Serializable; the registry is not). */
    static final class HubRegistry implements ActiveMQMetricsPlugin {
        private static final long serialVersionUID = 1L;
        private final transient MeterRegistry registry;

        HubRegistry(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public ActiveMQMetricsPlugin init(Map<String, String> options) {
            return this;
        }

        @Override
        public MeterRegistry getRegistry() {
            return registry;
        }
    }

    /** The oldest waiting message on the hub's own queues (both inbound queues, the intake, the dead letters). */
    @Bean
    ApplicationRunner oldestMessageGauges(EmbeddedActiveMQ broker, MeterRegistry meters, HubAddresses addresses) {
        return (ApplicationArguments arguments) -> {
            for (String queue : List.of(addresses.inboundFromProviders(), addresses.inboundFromMunicipalities(),
                    addresses.intake(), addresses.dlq())) {
                Gauge.builder(PartyQueueBacklog.OLDEST, broker, b -> oldestSeconds(b, queue))
                        .baseUnit("seconds").tag("queue", queue)
                        .description("age of the oldest message waiting on the queue (0 when it is empty)")
                        .register(meters);
            }
        };
    }

    /** 1 while the intake is paused because the database is unavailable (DatabaseOutagePolicy), else 0. */
    @Bean
    MeterBinder intakePaused(DatabaseOutagePolicy policy) {
        return meters -> Gauge.builder("centrumhub.intake.paused", policy, p -> p.paused() ? 1 : 0)
                .description("1 while the intake waits for the database").register(meters);
    }

    static double oldestSeconds(EmbeddedActiveMQ broker, String queue) {
        try {
            Object control = broker.getActiveMQServer().getManagementService().getResource(ResourceNames.QUEUE + queue);
            if (control instanceof QueueControl queueControl) {
                Long age = queueControl.getFirstMessageAge();
                return age == null ? 0 : age / 1000.0;
            }
        } catch (Exception e) {
            return Double.NaN;
        }
        return 0;
    }
}
