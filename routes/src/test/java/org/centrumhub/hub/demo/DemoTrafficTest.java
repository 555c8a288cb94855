package org.centrumhub.hub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centrumhub.hub.addresses.HubAddresses;
import org.centrumhub.transform.MessageValidator;
import org.centrumhub.transform.ValidationResult;
import org.centrumhub.transform.fixtures.TestClock;
import org.centrumhub.transform.rules.RuleCatalog;
import org.centrumhub.transform.xml.MessageReader;
import org.junit.jupiter.api.Test;

/** The demo's month of traffic: the region's size, and every message valid but the few faults it means to show. */
class DemoTrafficTest {
    private static final HubAddresses ADDRESSES = new HubAddresses("hub.from-provider.", "hub.to-provider.",
            "hub.from-municipality.", "hub.to-municipality.", "hub.errors.", "hub.intake", "hub.dlq");
    private final MessageValidator validator =
            new MessageValidator(MessageReader.DEFAULT_MAX_BYTES, RuleCatalog.standard(), TestClock.CLOCK);

    @Test
    void monthIsValidApartFromItsDeliberateFaults() {
        List<List<DemoTraffic.Send>> phases = DemoTraffic.month(2026, ADDRESSES);
        assertThat(phases).hasSize(3);
        assertThat(phases.get(0)).hasSize(DemoRegion.MUNICIPALITIES.size() * 12)
                .allMatch(send -> send.queue().startsWith("hub.from-municipality."));
        assertThat(phases.get(1).stream().filter(send -> new String(send.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("<jw302:BerichtCode>437</jw302:BerichtCode>"))).as("every assignment gets its provider's retour")
                .hasSize(DemoRegion.MUNICIPALITIES.size() * 12);
        int invalid = 0;
        Set<String> bsns = new HashSet<>();
        for (List<DemoTraffic.Send> phase : phases) {
            for (DemoTraffic.Send send : phase) {
                ValidationResult result = validator.validate(send.body());
                if (!result.valid()) {
                    invalid++;
                }
                result.message().flatMap(m -> m.root().text("Client/Bsn")).ifPresent(bsns::add);
            }
        }
        assertThat(invalid).as("the in-message fault and the file that is not XML").isEqualTo(2);
        assertThat(bsns).hasSizeGreaterThan(DemoRegion.MUNICIPALITIES.size() * 12);
        assertThat(DemoRegion.providers()).hasSize(240).allMatch(p -> p.code().matches("[0-9]{8}"));
        assertThat(DemoRegion.registryArguments()).hasSize(2 * (16 + 240));
    }
}
