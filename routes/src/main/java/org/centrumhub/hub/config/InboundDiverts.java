package org.centrumhub.hub.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.core.config.DivertConfiguration;
import org.apache.activemq.artemis.core.config.TransformerConfiguration;
import org.apache.activemq.artemis.core.server.ComponentConfigurationRoutingType;
import org.apache.activemq.artemis.core.server.transformer.AddHeadersTransformer;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.schema.Party;

/**
 * How a party's inbound address reaches the hub: an exclusive divert of the broker's own (no code of ours in the
 * broker) moves what arrives there onto the inbound queue of its direction (the address's own queue stays empty), and its
 * {@link AddHeadersTransformer} puts the address on as the message group, so one party's messages are taken in the
 * order it sent them while all parties share a pool of consumers. The copy carries the address it was sent to in
 * {@code _AMQ_ORIG_ADDRESS}, which the broker sets itself (a client's value is overwritten), on an address the broker
 * lets only that party send to: the proof of the sender. The embedded broker gets a party's divert at the party's
 * first login (PartyArrivals), an external one all of them from the broker.properties ExternalBrokerFiles writes.
 */
public final class InboundDiverts {
    /** The group property of a core message (what JMS calls JMSXGroupID). */
    static final String GROUP = Message.HDR_GROUP_ID.toString();

    private InboundDiverts() {
    }

    /** Every registered party, municipalities first. */
    public static List<Party> parties(PartyRegistry registry) {
        List<Party> parties = new ArrayList<>();
        registry.municipalities().forEach(entry -> parties.add(Party.municipality(entry.code())));
        registry.providers().forEach(entry -> parties.add(Party.provider(entry.code())));
        return parties;
    }

    /** One divert per registered party, from its inbound address to the inbound queue of its direction. */
    public static List<DivertConfiguration> diverts(PartyRegistry registry, HubAddresses addresses) {
        return parties(registry).stream().map(party -> divert(party, addresses)).toList();
    }

    public static DivertConfiguration divert(Party party, HubAddresses addresses) {
        String address = addresses.inbound(party);
        return new DivertConfiguration()
                .setName(name(party))
                .setAddress(address)
                .setForwardingAddress(addresses.inboundQueue(party.role()))
                .setExclusive(true)
                .setRoutingType(ComponentConfigurationRoutingType.ANYCAST)
                .setTransformerConfiguration(new TransformerConfiguration(AddHeadersTransformer.class.getName())
                        .setProperties(Map.of(GROUP, address)));
    }

    /** The divert's name: {@code inbound-provider-<AGB>}, {@code inbound-municipality-<CBS>}. */
    public static String name(Party party) {
        return "inbound-" + party.role().name().toLowerCase() + "-" + party.code();
    }

    /** The same diverts in Artemis' broker-properties syntax, for an external broker. */
    public static String brokerProperties(PartyRegistry registry, HubAddresses addresses) {
        StringBuilder text = new StringBuilder();
        for (DivertConfiguration divert : diverts(registry, addresses)) {
            String prefix = "divertConfigurations.\"" + divert.getName() + "\".";
            text.append(prefix).append("address=").append(divert.getAddress()).append('\n')
                    .append(prefix).append("forwardingAddress=").append(divert.getForwardingAddress()).append('\n')
                    .append(prefix).append("exclusive=true\n")
                    .append(prefix).append("routingType=ANYCAST\n")
                    .append(prefix).append("transformerConfiguration.className=")
                    .append(AddHeadersTransformer.class.getName()).append('\n')
                    .append(prefix).append("transformerConfiguration.properties.").append(GROUP).append('=')
                    .append(divert.getAddress()).append('\n');
        }
        return text.toString();
    }
}
