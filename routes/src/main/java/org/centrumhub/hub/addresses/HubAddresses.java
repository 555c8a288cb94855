package org.centrumhub.hub.addresses;

import org.centrumhub.schema.Party;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hub's addresses on the broker: the one place that names them ({@code centrumhub.addresses.*}). Every party has
 * an inbound address it sends on, an outbound queue it reads its answers and forwarded messages from, and an error
 * queue for notices; the hub itself has its intake queue and its dead-letter queue.
 *
 * @param fromProvider     prefix of a provider's inbound address, followed by its AGB code
 * @param toProvider       prefix of a provider's outbound queue
 * @param fromMunicipality prefix of a municipality's inbound address, followed by its CBS code
 * @param toMunicipality   prefix of a municipality's outbound queue
 * @param errors           prefix of a party's error notices, followed by its code
 * @param intake           the queue every inbound message passes through to be judged, grouped by client
 * @param dlq              what could not be processed, with the reason, for operators to replay
 */
@ConfigurationProperties("centrumhub.addresses")
public record HubAddresses(@DefaultValue("hub.from-provider.") String fromProvider,
                           @DefaultValue("hub.to-provider.") String toProvider,
                           @DefaultValue("hub.from-municipality.") String fromMunicipality,
                           @DefaultValue("hub.to-municipality.") String toMunicipality,
                           @DefaultValue("hub.errors.") String errors,
                           @DefaultValue("hub.intake") String intake,
                           @DefaultValue("hub.dlq") String dlq) {

    /** Where a party sends its messages to the hub. */
    public String inbound(Party party) {
        return (party.role() == Party.Role.PROVIDER ? fromProvider : fromMunicipality) + party.code();
    }

    /** Where a party reads what the hub sends it: answers, forwarded messages, relayed retours. */
    public String outbound(Party party) {
        return (party.role() == Party.Role.PROVIDER ? toProvider : toMunicipality) + party.code();
    }

    /** Where a party reads the hub's error notices about its messages. */
    public String errors(Party party) {
        return errors + party.code();
    }
}
