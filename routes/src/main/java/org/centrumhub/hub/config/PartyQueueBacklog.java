package org.centrumhub.hub.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.core.postoffice.impl.LocalQueueBinding;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.centrumhub.hub.addresses.HubAddresses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The parties' answer and error queues that are not being read, in {@code /metrics}: for every such queue holding
 * messages, its depth ({@code centrumhub_party_queue_messages{queue=...}}) and the age of its oldest message
 * ({@code centrumhub_queue_oldest_message_seconds{queue=...}}). Queues that are empty have no series, so a hub with
 * thousands of parties exports only the few that lag; the figures are refreshed every
 * {@code centrumhub.metrics.party-queues-every} (default 30 s).
 */
@Component
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class PartyQueueBacklog {
    static final String OLDEST = "centrumhub.queue.oldest.message";

    private final EmbeddedActiveMQ broker;
    private final List<String> prefixes;
    private final MultiGauge depth;
    private final MultiGauge oldest;

    public PartyQueueBacklog(EmbeddedActiveMQ broker, MeterRegistry meters, HubAddresses addresses) {
        this.broker = broker;
        this.prefixes = List.of(addresses.toProvider(), addresses.toMunicipality(), addresses.errors());
        this.depth = MultiGauge.builder("centrumhub.party.queue.messages")
                .description("messages waiting on a party's answer or error queue (only queues with messages)")
                .register(meters);
        this.oldest = MultiGauge.builder(OLDEST).baseUnit("seconds")
                .description("age of the oldest message waiting on the queue (0 when it is empty)")
                .register(meters);
    }

    @Scheduled(initialDelayString = "${centrumhub.metrics.party-queues-every:PT30S}",
            fixedDelayString = "${centrumhub.metrics.party-queues-every:PT30S}")
    public void refresh() {
        if (broker.getActiveMQServer() == null || !broker.getActiveMQServer().isActive()) {
            return;
        }
        List<MultiGauge.Row<?>> depths = new ArrayList<>();
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        // the queues that exist: a party's are made at its first login or the hub's first send to it (PartyArrivals)
        broker.getActiveMQServer().getPostOffice().getAllBindings()
                .filter(binding -> binding instanceof LocalQueueBinding)
                .map(binding -> ((LocalQueueBinding) binding).getQueue())
                .filter(queue -> isPartyQueue(queue.getName().toString()) && queue.getMessageCount() > 0)
                .forEach(queue -> {
                    String name = queue.getName().toString();
                    Tags tags = Tags.of("queue", name);
                    depths.add(MultiGauge.Row.of(tags, queue.getMessageCount()));
                    ages.add(MultiGauge.Row.of(tags, BrokerMetrics.oldestSeconds(broker, name)));
                });
        depth.register(depths, true);
        oldest.register(ages, true);
    }

    private boolean isPartyQueue(String name) {
        return prefixes.stream().anyMatch(name::startsWith);
    }
}
