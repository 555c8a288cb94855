package org.centrumhub.hub.addresses;

import java.util.Optional;
import org.centrumhub.schema.Party;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hub's addresses on the broker: the one place that names them ({@code centrumhub.addresses.*}). Every party has
 * an inbound address it sends on, an outbound queue it reads its answers and forwarded messages from, and an error
 * queue for notices; the hub itself has its intake queue and its dead-letter queue.
 * <p>
 * Nothing reads a party's inbound address: the broker diverts what arrives on it into one inbound queue
 * per direction ({@link #inboundFromProviders}, {@link #inboundFromMunicipalities}), so the hub's consumers are sized
 * by load, not by the number of parties. The diverted copy keeps the address it was sent to
 * ({@code _AMQ_ORIG_ADDRESS}, set by the broker, which allowed only that party to send there): the proof of its
 * sender, read back with {@link #sender}.
 *
 * @param fromProvider     prefix of a provider's inbound address, followed by its AGB code
 * @param toProvider       prefix of a provider's outbound queue
 * @param fromMunicipality prefix of a municipality's inbound address, followed by its CBS code
 * @param toMunicipality   prefix of a municipality's outbound queue
 * @param errors           prefix of a party's error notices, followed by its code
 * @param inboundFromProviders      the queue every provider's inbound address is diverted to, grouped by sender
 * @param inboundFromMunicipalities the same for municipalities
 * @param intake           the queue every inbound message passes through to be judged, grouped by client
 * @param dlq              what could not be processed, with the reason, for operators to replay
 */
@ConfigurationProperties("centrumhub.addresses")
public record HubAddresses(@DefaultValue("hub.from-provider.") String fromProvider,
                           @DefaultValue("hub.to-provider.") String toProvider,
                           @DefaultValue("hub.from-municipality.") String fromMunicipality,
                           @DefaultValue("hub.to-municipality.") String toMunicipality,
                           @DefaultValue("hub.errors.") String errors,
                           @DefaultValue("hub.inbound.from-providers") String inboundFromProviders,
                           @DefaultValue("hub.inbound.from-municipalities") String inboundFromMunicipalities,
                           @DefaultValue("hub.intake") String intake,
                           @DefaultValue("hub.dlq") String dlq) {

    /** Where a party sends its messages to the hub. */
    public String inbound(Party party) {
        return (party.role() == Party.Role.PROVIDER ? fromProvider : fromMunicipality) + party.code();
    }

    /** The queue a party's inbound address is diverted to: one per direction. */
    public String inboundQueue(Party.Role role) {
        return role == Party.Role.PROVIDER ? inboundFromProviders : inboundFromMunicipalities;
    }

    /**
     * The party that sent a message, from the inbound address the broker accepted it on (the diverted copy's
     * original address); empty for an address that is not a party's inbound address of the given direction.
     */
    public Optional<Party> sender(Party.Role role, String originalAddress) {
        String prefix = role == Party.Role.PROVIDER ? fromProvider : fromMunicipality;
        if (originalAddress == null || !originalAddress.startsWith(prefix) || originalAddress.length() == prefix.length()) {
            return Optional.empty();
        }
        String code = originalAddress.substring(prefix.length());
        return Optional.of(role == Party.Role.PROVIDER ? Party.provider(code) : Party.municipality(code));
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
